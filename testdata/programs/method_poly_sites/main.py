# Method call sites that see several classes and dict shapes (the site's
# shape entries after the first): results must follow rebinding on the
# class or the instance, shadowing by the instance dict, subclasses,
# staticmethod/classmethod, __getattr__ and tracebacks, as in CPython.
import traceback


class Base:
    def __init__(self, n):
        self.n = n

    def get(self):
        return ("Base.get", self.n)

    def add(self, a):
        return self.n + a

    def two(self, a, b):
        return (type(self).__name__, a, b)

    def three(self, a, b, c):
        return a + b + c + self.n

    def four(self, a, b, c, d):
        return [self.n, a, b, c, d]


class A(Base):
    def get(self):
        return ("A.get", self.n)


class B(Base):
    pass


class C(B):
    def add(self, a):
        return ("C.add", super().add(a))


class D(Base):
    def __init__(self, n):
        self.extra = 1
        self.n = n


class E(Base):
    get = staticmethod(lambda: "E.static")
    add = classmethod(lambda cls, a: (cls.__name__, a))


class F(Base):
    def __getattr__(self, name):
        return lambda *a: ("F.__getattr__", name, a)


class G(Base):
    def get(self):
        raise ValueError("G.get fails")


def run(objs, rounds=3):
    out = []
    for r in range(rounds):
        for o in objs:
            out.append(o.get())
            out.append(o.add(r))
            out.append(o.two(r, "x"))
            out.append(o.three(1, 2, r))
            out.append(o.four(1, 2, 3, r))
    return out


objs = [Base(1), A(2), B(3), C(4), D(5), E(6), F(7)]
for line in run(objs):
    print(line)

# The instance dict shadows the method for one object only.
b2 = B(30)
b2.get = lambda: "instance get"
objs.append(b2)
print(run(objs, 1)[-5:])
del b2.get
print(run(objs, 1)[-5:])

# Rebinding on a class mid-way, with the sites warm.
print(run(objs, 1)[:10])
B.get = lambda self: ("new B.get", self.n)
Base.add = lambda self, a: ("new Base.add", self.n, a)
print(run(objs, 1))
del B.get
print(run(objs, 1)[10:20])

# A class whose instances get different dict shapes.
shapes = []
for i in range(6):
    o = B(i)
    for j in range(i):
        setattr(o, "a%d" % j, j)
    shapes.append(o)
print([o.get() for o in shapes], [o.add(1) for o in shapes])
shapes[3].add = lambda a: "shadowed add"
print([o.add(2) for o in shapes])

# __class__ assignment changes the method found.
x = A(9)
seen = []
for cls in (A, B, C, Base, A):
    x.__class__ = cls
    seen.append(x.get())
    seen.append(x.add(1))
print(seen)

# Tracebacks through a polymorphic site.
for o in (A(1), G(2), B(3), G(4)):
    try:
        print(o.get())
    except ValueError:
        traceback.print_exc()


def rec(o, k):
    return o.get() if k == 0 else rec(o, k - 1)


try:
    rec(G(5), 3)
except ValueError as e:
    traceback.print_exc()
