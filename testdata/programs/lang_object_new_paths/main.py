# Instantiating classes whose __new__ is object.__new__ (called without building an argument list), with and without __init__, abstract classes, exceptions, value-type subclasses and the message naming the static base.
import abc
class A: pass
class B:
    def __init__(self, x, *, y=2): self.v = (x, y)
class C(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class E(Exception): pass
class E2(Exception):
    def __init__(self, a, b=0): super().__init__(a); self.b = b
class N:
    def __new__(cls, *a, **k): o = super().__new__(cls); o.a = a; return o
class I(int): pass
for f in [lambda: A() is not None, lambda: A(1), lambda: A(x=1), lambda: B(1).v, lambda: B(1, y=3).v, lambda: B(), lambda: C(),
          lambda: E(1, 2).args, lambda: E2(5, b=3).args, lambda: N(1, k=2).a, lambda: object.__new__(A).__class__.__name__,
          lambda: object.__new__(A, 1), lambda: object.__new__(B, 1).__class__.__name__, lambda: object.__new__(I),
          lambda: I(5) + 1, lambda: type(A()).__name__, lambda: object(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class J(int):
    def __new__(cls, v): return super().__new__(cls, v)
class K(J): pass
for t in (J, K):
    try:
        object.__new__(t)
    except TypeError as e:
        print(e)
