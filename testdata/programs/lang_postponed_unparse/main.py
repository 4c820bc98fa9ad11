# PEP 563 stores annotations as text rendered by CPython's C unparser:
# lambdas, comprehensions and f-strings included.
from __future__ import annotations
import sys
def show(f): print(repr(f.__annotations__['a']))
def f0(a: lambda: 0): pass
show(f0)
def f1(a: lambda x: x): pass
show(f1)
def f2(a: lambda x, y=1, *a, z, w=2, **k: (x, y)): pass
show(f2)
def f3(a: lambda x, /, y: x): pass
show(f3)
def f4(a: lambda *, k: k): pass
show(f4)
def f5(a: lambda *a: a): pass
show(f5)
def f6(a: (lambda: 0)()): pass
show(f6)
def f7(a: [x for x in y]): pass
show(f7)
def f8(a: [x for x in y if x if not x for z in x]): pass
show(f8)
def f9(a: {x for x in y}): pass
show(f9)
def f10(a: {k: v for k, v in y}): pass
show(f10)
def f11(a: (x for x in y)): pass
show(f11)
def f12(a: f(x for x in y)): pass
show(f12)
def f13(a: f((x for x in y), 1)): pass
show(f13)
def f14(a: [x async for x in y]): pass
show(f14)
def f15(a: [(lambda: x) for x in y]): pass
show(f15)
def f16(a: f"abc"): pass
show(f16)
def f17(a: f"a{x}b"): pass
show(f17)
def f18(a: f"{x!r:>{w}}"): pass
show(f18)
def f19(a: f"{x=}"): pass
show(f19)
def f20(a: f"{'a'}"): pass
show(f20)
def f21(a: f"{x:{y}.{z}}"): pass
show(f21)
def f22(a: f'{"q"}'): pass
show(f22)
def f23(a: f"{{}}{x}"): pass
show(f23)
def f24(a: [i for i in (lambda: 1)()]): pass
show(f24)
def f25(a: x if (lambda: 1) else y): pass
show(f25)
def f26(a: -(lambda: 1)): pass
show(f26)
def f27(a: (lambda: 1) + 1): pass
show(f27)
def f28(a: a[lambda: 1]): pass
show(f28)
def f29(a: (x for x in y for y in z)): pass
show(f29)
def f30(a: [x for (x, y) in z]): pass
show(f30)
def f31(a: [x for x, in z]): pass
show(f31)
def f32(a: f"{x!s}{y!a}"): pass
show(f32)
def f33(a: f"{3.5:.2f}"): pass
show(f33)
v: [x async for x in y] = 1
w: {k: f"{k!r:>{n}}" for k in z}
print(__annotations__)
class K:
    a: (lambda *a, **k: 0)
    b: f"{ {1: 2} }" = 3
    def m(self, p: (x for x in range(3)) = 1) -> [lambda: (yield) for _ in ()]:
        pass
print(K.__annotations__, K.m.__annotations__)
def g(a: [lambda: (yield 1) for _ in ()], b: lambda: (yield from x), c: lambda: [(y := 1), y]) -> (lambda: await_(x)):
    pass
async def h(a: [lambda: await x for _ in ()], b: (lambda: -(await x) ** 2)):
    pass
print(g.__annotations__, h.__annotations__)
