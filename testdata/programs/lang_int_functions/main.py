# Pure int functions (def and async def over ints only) get an int64
# version; everything it cannot do exactly must fall back to the boxed body
# with CPython's results, types, errors and recursion limit.
import asyncio
import sys
import threading

import intmod


def fib(n):
    if n <= 1:
        return n
    return fib(n - 1) + fib(n - 2)


async def afib(n):
    if n <= 1:
        return n
    return await afib(n - 1) + await afib(n - 2)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def fdiv(a, b):
    return a // b


def fmod(a, b):
    return a % b


def neg(a):
    return -a


def mul(a, b):
    return a * b


def sub(a, b):
    return a - b


def add(a, b):
    return a + b


def is_even(n):
    if n == 0:
        return 1
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return 0
    return is_even(n - 1)


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


async def adown(n):
    if n == 0:
        return 0
    return await adown(n - 1) + 1


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def loop_break(n):
    i = 0
    while True:
        i += 1
        if i * i > n:
            break
        if i % 2 == 0 and not i % 3 == 0 or i == 1:
            continue
    return i


def first_square_above(n):
    i = 0
    while True:
        i += 1
        if i * i > n:
            return i


def chain(a, b, c):
    if 0 <= a < b <= c:
        return 1
    return 0 if a == b != c else -1


def divs(a, b, k):
    # Floor division and modulo of both signs on the int64 path.
    r = 0
    while k > 0:
        r = r * 3 + a // b - a % b
        a = a - 5
        k -= 1
    return r


def maybe(n):
    if n > 0:
        return n


def unbound(n):
    if n > 0:
        x = n
    return x


def big_literal(n):
    return n + 100000000000000000000


def ident(n):
    "Returns its argument."
    return n


def bump(n):
    return n + 1


def uses_bump(n):
    return bump(n) * 10


class MyInt(int):
    def __sub__(self, other):
        print("MyInt.__sub__", int(self), other)
        return MyInt(int(self) - other)

    def __le__(self, other):
        return int(self) <= other


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, type(r).__name__, r)


show("fib 20", fib, 20)
show("fib True", fib, True)
show("fib False", fib, False)
show("fib MyInt", fib, MyInt(3))
show("fact 20", fact, 20)
show("fact 21", fact, 21)
show("fact 30", fact, 30)
for a in (7, -7, 0, 2**63 - 1, -2**63):
    for b in (2, -2, 3, -3, 1, -1, 0):
        show("floordiv %d %d" % (a, b), fdiv, a, b)
        show("mod %d %d" % (a, b), fmod, a, b)
show("neg min", neg, -2**63)
show("neg max", neg, 2**63 - 1)
show("mul edge", mul, -2**32, 2**31)
show("mul over", mul, 2**32, 2**31)
show("mul min -1", mul, -2**63, -1)
show("mul -1 min", mul, -1, -2**63)
show("mul big", mul, 2**70, 3)
show("mul 3 big", mul, 3, 2**70)
show("sub over", sub, -2**63, 1)
show("add over", add, 2**63 - 1, 1)
show("add under", add, -2**63, -1)
show("add True", add, True, True)
show("add float", add, 1.5, 2)
show("even 10", is_even, 10)
show("odd 7", is_odd, 7)
show("collatz 27", collatz, 27)
show("collatz big", collatz, 2**62 + 1)
show("gcd", gcd, 1071, 462)
show("loop_break", loop_break, 50)
show("first_square_above", first_square_above, 50)
show("chain", chain, 1, 2, 3)
show("chain eq", chain, 2, 2, 3)
show("chain no", chain, 3, 2, 1)
for a in (17, -17, 2**63 - 1, -2**63 + 20):
    for b in (4, -4, 7, -7, -1):
        show("divs %d %d" % (a, b), divs, a, b, 6)
show("divs zero", divs, 3, 0, 2)
show("divs zero later", divs, 3, 0, 0)
show("maybe 5", maybe, 5)
show("maybe -5", maybe, -5)
show("unbound 1", unbound, 1)
show("unbound 0", unbound, 0)
show("big_literal", big_literal, 1)
show("ident True", ident, True)
show("ident 5", ident, 5)
show("ident big", ident, 2**80)
show("down 100", down, 100)

# Rebinding mid-run: a global store, then the code of the callee.
show("uses_bump", uses_bump, 4)
_old_bump = bump
bump = lambda n: n - 1
show("uses_bump rebound", uses_bump, 4)
bump = _old_bump
show("uses_bump back", uses_bump, 4)


def other_bump(n):
    return n + 7


bump.__code__ = other_bump.__code__
show("uses_bump code swap", uses_bump, 4)
show("bump code swap", bump, 4)

# An imported module's functions rebound from inside and from outside.
show("h", intmod.h, 1)
intmod.g = lambda n: n * 100
show("h setattr", intmod.h, 1)
intmod.rebind_here()
show("h global store", intmod.h, 1)
intmod.rebind_globals()
show("h globals()", intmod.h, 1)
show("tri", intmod.tri, 100)
show("gcd2", intmod.gcd, 1071, 462)
show("gcd2 neg", intmod.gcd, -1071, 462)


# Deep recursion: where RecursionError starts must not move.
def boundary(f):
    last = None
    for n in range(900, 1100):
        try:
            f(n)
        except RecursionError as e:
            return last, str(e)
        last = n
    return last, None


print("down boundary", boundary(down))
sys.setrecursionlimit(3000)
print("down boundary 3000", boundary(down) is not None, down(2500))
sys.setrecursionlimit(1000)
print("down boundary again", boundary(down))
try:
    down(2000)
except RecursionError as e:
    print("RecursionError", e)


async def main():
    print("afib 15", await afib(15))
    print("afib True", await afib(True))
    print("afib big", await adown(10))
    last = None
    for n in range(900, 1100):
        try:
            await adown(n)
        except RecursionError as e:
            print("adown boundary", last, e)
            break
        last = n
    # A thread computing with the int path.
    out = []
    t = threading.Thread(target=lambda: out.append(fib(18)))
    t.start()
    t.join()
    print("thread", out)
    # Called, not awaited: a coroutine, closed unstarted.
    c = afib(3)
    print("coroutine", type(c).__name__)
    c.close()
    print("task", await asyncio.create_task(afib(12)))


asyncio.run(main())
