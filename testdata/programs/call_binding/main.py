# Calls bound at translation time (keywords, defaults, *args, **kwargs),
# loops over enumerate/zip, nested function objects and properties: the
# fast paths against rebinding and the unusual callees.
import builtins
import sys


def kw(a, b=1, *, c=2, **rest):
    return (a, b, c, rest)


def va(*args):
    return args


def mixed(x, y=10, *args, z, w=5, **kw):
    return (x, y, args, z, w, kw)


def posonly(a, b=2, /, c=3):
    return (a, b, c)


def posonly_kw(a, /, **kw):
    return (a, kw)


def trace(n):
    print("eval", n)
    return n


print(kw(1), kw(1, 2), kw(1, c=3), kw(1, b=2, d=4), kw(a=5, z=1, y=2))
print(kw(trace(1), c=trace(2), b=trace(3), e=trace(4)))
print(va(), va(1), va(1, 2, 3), va(*(1, 2)), va(*[3, 4]), va(*range(3)))
print(va(*(x * x for x in range(4))), va(*"ab"), va(*{1: 2, 3: 4}))
t = (7, 8)
print(va(*t) == t, type(va(*t)))
print(mixed(1, z=2), mixed(1, 2, 3, 4, z=5, w=6, q=7), mixed(1, *[2, 3], z=0))
print(mixed(trace("x"), *[trace("star")], z=trace("z")))
print(posonly(1), posonly(1, 5), posonly(1, c=9), posonly_kw(1, a=2))


def check(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


check(lambda: kw())
check(lambda: kw(1, a=2))
check(lambda: kw(1, 2, 3))
check(lambda: kw(1, 2, 3, c=4))
check(lambda: posonly(a=1))
check(lambda: posonly(1, b=2))
check(lambda: mixed(1))
check(lambda: mixed(1, 2, y=3, z=1))
check(lambda: va(x=1))
check(lambda: kw(1, **{"c": 5, "b": 6}))

# Defaults and kwdefaults changed at run time.
print(kw(1))
kw.__defaults__ = (100,)
kw.__kwdefaults__ = {"c": 200}
print(kw(1), kw(1, c=3))
kw.__defaults__ = ()
check(lambda: kw(1))
del kw.__defaults__
kw.__kwdefaults__ = None
check(lambda: kw(1, 2))


# Rebinding the name: later calls reach the new object.
def target(a, *, k=1):
    return ("old", a, k)


def call_target():
    return target(1, k=2), target(3)


print(call_target())
saved = target


def target(a, *, k=1):
    return ("new", a, k)


print(call_target())
target = lambda a, k=0: ("lambda", a, k)
print(call_target())
target = saved
print(call_target())


class Callable:
    def __call__(self, *a, **k):
        return ("callable", a, sorted(k.items()))


target = Callable()
print(call_target())
target = print
try:
    call_target()
except TypeError as e:
    print("TypeError:", e)
target = 5
try:
    call_target()
except TypeError as e:
    print("TypeError:", e)


# __code__ swapped.
def other(a, *, k=1):
    return ("other", a, k)


target = saved
saved.__code__ = other.__code__
print(call_target())


# Recursion through keyword calls reaches the limit as any call does.
def deep(n, *, step=1):
    return deep(n + step, step=step)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)


def boom(a, *, b):
    raise ValueError(a + b)


try:
    boom(1, b=2)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", e, names)


# enumerate and zip loops.
a = [1, 2, 3]
b = ["x", "y", "z", "w"]
for i, (x, y) in enumerate(zip(a, b)):
    print(i, x, y)
for i, x in enumerate(b):
    print(i, x)
for x, y, z in zip(a, b, "pq"):
    print(x, y, z)
for [i, [x, y]] in enumerate(zip(a, a)):
    print(i, x + y)


def gen(n):
    for k in range(n):
        print("gen", k)
        yield k


for x, y in zip(gen(3), gen(2)):
    print("pair", x, y)
for i, x in enumerate(gen(2)):
    print("enum", i, x)
    break
else:
    print("no break")
for i, x in enumerate([]):
    print("never")
else:
    print("empty else")


# A list growing while it is iterated.
grow = [1]
for i, x in enumerate(grow):
    if i < 3:
        grow.append(x + 1)
print(grow)


class Store:
    pass


s = Store()
d = {}
for s.i, d["x"] in enumerate("ab"):
    print(s.i, d)


def bad():
    yield (1, 2, 3)


try:
    for i, (x, y) in enumerate(zip(bad(), bad())):
        print(i, x, y)
except TypeError as e:
    print("TypeError:", e)

try:
    for x, y in zip(1, [2]):
        pass
except TypeError as e:
    print("TypeError:", e)


def rebound_loop():
    out = []
    for i, (x, y) in enumerate(zip("ab", "cd")):
        out.append((i, x, y))
    return out


print(rebound_loop())
real_enumerate, real_zip = builtins.enumerate, builtins.zip
builtins.enumerate = lambda it: [("E", p) for p in real_zip(it, it)]
print(rebound_loop())
builtins.enumerate = real_enumerate
builtins.zip = lambda *its: [tuple(reversed(p)) for p in real_zip(*its)]
print(rebound_loop())
builtins.zip = lambda *its: [(1, 2, 3)]
try:
    print(rebound_loop())
except ValueError as e:
    print("ValueError:", e)
builtins.zip = real_zip
print(rebound_loop())


def shadowed():
    enumerate = lambda x: [(9, 9)]
    return [(i, x) for i, x in enumerate("a")] + [p for p in zip("a", "b")]


print(shadowed())


# Nested defs: closures over loop variables and parameters.
def make(k):
    def f(x):
        return x + k
    return f


fs = [make(i) for i in range(3)]
print([f(10) for f in fs])
late = []
for i in range(3):
    late.append(lambda: i)
print([g() for g in late])


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


c1 = counter()
print(c1(), c1(), c1.__closure__[0].cell_contents)
c1.__closure__[0].cell_contents = 10
print(c1())
f0 = make(5)
print(f0.__name__, f0.__qualname__, f0.__closure__[0].cell_contents, f0.__dict__)
f0.tag = "t"
f0.__name__ = "renamed"
print(f0.tag, f0.__dict__, f0.__name__, f0.__qualname__, f0.__module__, f0.__doc__)
f0.__doc__ = "doc"
f0.__annotations__["x"] = int
print(f0.__doc__, f0.__annotations__, vars(f0))
print(make.__kwdefaults__, make.__defaults__, kw.__kwdefaults__)


# Properties.
class P:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x * 2


class Q(P):
    @property
    def v(self):
        return "Q" + str(self._v)


class R(P):
    v = 42


class G:
    @property
    def v(self):
        raise AttributeError("no v")

    def __getattr__(self, name):
        return "getattr " + name


class MyProp(property):
    def __get__(self, obj, owner=None):
        return "myprop"


class S:
    v = MyProp(lambda self: 1)


def read(o):
    return o.v


p = P()
objs = [p, Q(), R(), G(), S(), p]
for o in objs:
    print(type(o).__name__, read(o))
p.v = 5
p.__dict__["v"] = "shadow"
print(read(p), p.__dict__)
P.v = property(lambda self: "replaced")
print(read(p), read(objs[1]))
P.v.__init__(lambda self: "reinit")
print(read(p))
P.v = property(None)
try:
    read(p)
except AttributeError as e:
    print("AttributeError:", e)
del P.v
print(read(p))
print(sys.getrecursionlimit() > 0)
