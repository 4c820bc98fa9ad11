# super().name(...) calls through the site cache: diamonds, classmethods,
# staticmethods, properties, super's own attributes, metaclasses, a class
# patched after the cache filled, missing names and a bad super(type, obj).
class A:
    def __init__(self, x): self.x = x
    def f(self): return "A.f"
    def g(self, a, b, c, d): return ("A.g", a, b, c, d)
    @classmethod
    def c(cls, a): return "A.c " + cls.__name__ + str(a)
    @staticmethod
    def s(a, b): return "A.s", a, b
    @property
    def p(self): return "A.p"
class B(A):
    def __init__(self, x):
        super().__init__(x * 2)
    def f(self): return "B.f>" + super().f()
class C(A):
    def f(self): return "C.f>" + super().f()
class D(B, C):
    def f(self): return "D.f>" + super().f()
    def g(self, a, b, c, d): return super().g(a, b, c, d)
    def all(self):
        return super().c(1), super().s(2, 3), super().p, super().__class__.__name__, super().__repr__()[:10]
d = D(5)
print(d.x, d.f(), d.g(1, 2, 3, 4), d.all(), C(1).f(), B(2).f())
class M(type):
    def make(cls):
        return super().__call__()
class K(metaclass=M):
    def __init__(self): self.v = 1
print(M.make(K).v)
class E(A):
    def f(self):
        return super().f()
A.f = lambda self: "patched"
print(E(0).f(), D(1).f())
try:
    class F(A):
        def h(self): return super().nope()
    F(0).h()
except AttributeError as e:
    print("AttributeError", e)
try:
    super(A, 5).f()
except TypeError as e:
    print("TypeError", e)
class G(A):
    def f(self, n):
        return n if n == 0 else super().f()
print([G(0).f(i) for i in range(3)])
