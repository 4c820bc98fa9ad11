# Method call sites that see more classes than they have entries for
# (the first entry and the polymorphic ones), kept across many rounds so
# that entries change places; rebinding, shadowing, __class__ and
# __code__ assignment, the recursion limit; calls of plain classes whose
# __init__ takes defaults, keywords or many arguments; method calls of
# more than four arguments.
import sys


class Base:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def add(self, a):
        return self.n + a

    def two(self, a, b):
        return self.n * a - b

    def five(self, a, b, c, d, e):
        return (type(self).__name__, self.n, a, b, c, d, e)


def make(name, k):
    def get(self):
        return (name, self.n * k)
    return type(name, (Base,), {"get": get})


classes = [make("K%d" % i, i) for i in range(7)]
# Four classes: each gets an entry. Eight: past the site's entries.
objs = [cls(i) for i, cls in enumerate(classes[:3])] + [Base(100)]
many = [cls(i) for i, cls in enumerate(classes)] + [Base(100)]


def bump(x):
    return x + 1


def run(objs, rounds):
    total = []
    for r in range(rounds):
        for o in objs:
            total.append(o.get())
            total.append(o.add(r))
            total.append(o.two(r, 3))
            total.append(o.add(bump(r)))
            total.append(o.two(bump(r), bump(1)))
            total.append(o.five(r, bump(r), 3, 4, 5))
    return total


out = run(objs, 40)
print(len(out), out[:8], out[-8:])
out = run(many, 40)
print(len(out), out[:8], out[-8:])

# Rebinding a method of a class that has an entry by now.
classes[1].get = lambda self: ("rebound", self.n)
Base.add = lambda self, a: ("Base.add rebound", a)
print(run(objs, 2)[-30:])
print(run(many, 1))

# An instance value shadows the method on one object.
objs[2].get = lambda: "shadow"
objs[3].two = lambda a, b: ("shadow two", a, b)
print(run(objs, 1))
del objs[2].get

# __class__ assignment between classes the site has entries for.
o = objs[1]
for cls in classes + [Base, classes[0]]:
    o.__class__ = cls
    print(cls.__name__, o.get(), o.add(1), o.five(1, 2, 3, 4, 5)[0])


# __code__ assignment of a method found through an entry (closures'
# cells stay out of it: see lang_method_code_swap).
def other_two(self, a, b):
    return ("other code", self.n, a, b)


Base.two.__code__ = other_two.__code__
print(run(objs, 1)[2::6])


# The recursion limit through a polymorphic site.
class R1(Base):
    def get(self):
        return self.peer.get()


class R2(R1):
    pass


a, b = R1(1), R2(2)
a.peer, b.peer = b, a
sys.setrecursionlimit(200)
try:
    a.get()
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


# Plain classes called with defaults, keywords and many arguments.
class P:
    def __init__(self, a, b=2, *rest, c=3, **kw):
        self.v = (a, b, rest, c, sorted(kw.items()))


class Q:
    def __init__(self, a, b, c, d, e, f=6):
        self.v = (a, b, c, d, e, f)


class Bad:
    def __init__(self, a, b=0):
        return a


for i in range(40):
    p = P(i)
print(p.v, P(1, 5).v, P(1, 2, 3, 4, c=9, z=1).v, P(a=7).v)
print(Q(1, 2, 3, 4, 5).v, Q(1, 2, 3, 4, 5, 7).v, Q(1, 2, 3, e=5, d=4).v)
for args, kw in [((), {}), ((1, 2, 3, 4, 5, 6, 7), {}), ((1,), {"q": 2}), ((1, 2, 3, 4, 5), {"a": 1})]:
    try:
        Q(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    Bad(5)
except TypeError as e:
    print("TypeError", e)
print(Bad(None).__class__.__name__)

# __init__ replaced at run time, and a __new__ added.
P.__init__ = lambda self, a, b=1: setattr(self, "v", ("new init", a, b))
print(P(4).v, P(4, b=5).v)
P.__new__ = lambda cls, *a, **k: "from __new__"
print(P(1, 2))


# More than four arguments to a method that is a bound value, a
# staticmethod, a builtin.
class S:
    @staticmethod
    def st(a, b, c, d, e):
        return ("static", a, b, c, d, e)

    def keep(self, *args):
        self.kept = args
        return len(args)


s = S()
s.inst = lambda a, b, c, d, e: ("instance value", a + b + c + d + e)
print(s.st(1, 2, 3, 4, 5), s.inst(1, 2, 3, 4, 5), s.keep(1, 2, 3, 4, 5), s.kept)
d = {}
print("%s %s %s %s %s".format(1, 2, 3, 4, 5), "{}{}{}{}{}".format(1, 2, 3, 4, 5))
print(max.__call__(1, 2, 3, 4, 5), d.setdefault("k", 5), d)
