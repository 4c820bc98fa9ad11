# Errors inside arithmetic on int-typed locals (a zero divisor, a negative
# shift count) show CPython's carets under the failing operation, in plain
# functions, generators, coroutines and multi-line expressions.
import traceback
def f(n):
    t = 0
    for i in range(n):
        t = t + i // (i - 2)
    return t
try:
    f(5)
except ZeroDivisionError:
    traceback.print_exc()
def g(xs):
    return sum(x // 0 for x in xs)
try:
    g([1, 2])
except ZeroDivisionError:
    traceback.print_exc()
def h(n):
    k = 0
    for i in range(n):
        k += 10 % (i - 1)
    return k
try:
    h(3)
except ZeroDivisionError:
    traceback.print_exc()
def m(n):
    total = 0
    for i in range(n):
        total += i * 2 + n // (i - 1) - 3
    return total
try:
    m(3)
except ZeroDivisionError:
    traceback.print_exc()
def run(f, *a):
    try:
        f(*a)
    except Exception:
        traceback.print_exc()
def a(xs):
    return sum(s for s in xs)
run(a, ["x", "y"])
def b(n):
    return sum(i * i for i in range(n)) + sum(1 // (i - 1) for i in range(n))
run(b, 3)
def c(n):
    k = 1
    for i in range(n):
        k = k << (i - 2)
    return k
run(c, 3)
def d(n):
    k = 5
    for i in range(n):
        k = -k + ~(k // (i - 1))
    return k
run(d, 3)
def e(n):
    t = 0
    for i in range(n):
        t = (t
             + i
             // (i - 1))
    return t
run(e, 3)
def g(n):
    for i in range(n):
        yield i // (i - 2)
run(lambda: list(g(4)))
async def co(n):
    t = 0
    for i in range(n):
        t += 7 % (i - 1)
    return t
import asyncio
async def main():
    run(lambda: co(3).send(None))
asyncio.run(main())
print(sum(x for x in [1, 2.5]), sum((y for y in range(3)), 10))
