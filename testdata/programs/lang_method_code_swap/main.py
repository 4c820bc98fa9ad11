# Bound methods called through their fixed-arity entries (arity errors, defaults, *args, keyword-only, recursion), and functions whose __code__ is replaced: calls (direct ones of module-level defs and never-suspending async defs included) run the new code, and errors name the function, not the code.
import functools, sys
class A:
    def __init__(self, k): self.k = k
    def one(self): return self.k
    def two(self, x): return self.k + x
    def five(self, a, b, c, d): return (self.k, a, b, c, d)
    def dflt(self, x, y=10): return x + y
    def star(self, *a): return a
    def kw(self, x, *, z=1): return x * z
a = A(3)
ms = [a.one, a.two, a.five, a.dflt, a.star, a.kw]
calls = [lambda: ms[0](), lambda: ms[1](4), lambda: ms[2](1, 2, 3, 4), lambda: ms[3](1), lambda: ms[3](1, 2), lambda: ms[4](1, 2),
         lambda: ms[5](2, z=3), lambda: ms[0](1), lambda: ms[1](), lambda: ms[2](1, 2, 3, 4, 5), lambda: ms[1](x=5)]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError", e)
print(sorted([3, 1, 2], key=A(1).two), list(map(A(2).two, [1, 2])), functools.reduce(A(0).five.__func__.__get__(A(9)).__call__ if False else (lambda x, y: x + y), [1, 2, 3]))
def deep(m, n):
    return m(n) if n <= 0 else deep(m, n - 1)
sys.setrecursionlimit(200)
class R:
    def f(self, n): return n if n <= 0 else bound(n - 1)
bound = R().f
try:
    bound(1000)
except RecursionError as e:
    print("RecursionError", e)
print(bound(50))
A.two.__code__ = A.five.__code__
try:
    print(A(1).two(1))
except TypeError as e:
    print("TypeError", e)
def g(x): return x
def h(x, y): return y
g.__code__ = h.__code__
print(g.__name__, g.__qualname__, g.__code__.co_name)
try:
    g(1)
except TypeError as e:
    print("TypeError", e)
g.__qualname__ = "renamed"
try:
    g()
except TypeError as e:
    print("TypeError", e)
def p1(x): return ("p1", x)
def p2(x): return ("p2", x)
print(p1(1))
p1.__code__ = p2.__code__
print(p1(1))
async def c1(): return "c1"
async def c2(): return "c2"
async def drive():
    print(await c1())
    c1.__code__ = c2.__code__
    print(await c1())
import asyncio
asyncio.run(drive())
