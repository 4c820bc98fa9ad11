# Functions made at run time by exec and eval (the evaluator compiles
# their bodies to closures on the first call): argument binding, defaults,
# keyword-only and variadic parameters, closures, globals and builtins,
# errors, and the namedtuple and dataclass idioms built on them.
import dataclasses
from collections import namedtuple
from dataclasses import dataclass, field, InitVar


def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return r


ns = {"K": 10}
exec('''
def plain(a, b):
    return a + b * K

def dflt(a, b=2, *, c, d=4):
    return (a, b, c, d)

def var(a, *args, k=1, **kw):
    return a, args, k, sorted(kw.items())

def posonly(a, b, /, c=3):
    return a, b, c

def ifs(x):
    if x > 2:
        return "big"
    elif x == 2:
        return "two"
    if not x:
        pass
    return "small" if x else "zero"

def ops(a, b):
    return (a and b, a or b, a < b, a <= b < 10, -a, ~a, +a, not a, a % 3, [a, b], (a,), ())

def attrs(o, v):
    o.v = v
    o.w = o.v * 2
    return o.w

def unbound(flag):
    if flag:
        y = 1
    return y

def glob(v):
    global G
    G = v
    return G + K

def uses_missing():
    return missing_name

def kwcall(f):
    return f(1, c=3), f(1, 2, c=5, d=6)

def starcall(f, xs):
    return f(*xs), f(1, *xs[1:])

def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

def gen(n):
    for i in range(n):
        yield i * i

def multi(v):
    a = b = v
    x, y = v, v + 1
    return a, b, x, y

def debug():
    return __debug__

def subscr(xs, i):
    xs[i] = xs[i] + 1
    return xs[i], xs[-1]

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fails(x, y):
    z = x / y
    return z

def rec(n):
    return rec(n + 1)

def frames(a):
    b = a * 2
    return eval("a + b"), sorted(locals().items()), "frames" in globals()

def handler(x):
    try:
        1 / x
    except ZeroDivisionError as e:
        msg = str(e)
    return msg, [n for n in ("e",) if n in locals()]

def dele(x):
    del x
    return x

def walrus(xs):
    ys = [y for x in xs if (y := x * 2) > 2]
    return ys, y

def gdef():
    def inner(a, b=1, *c, d, **e):
        return a, b, c, d, e
    return inner(1, d=2), inner(1, 2, 3, d=4, f=5)

async def coro(x):
    return x + 1

class Base:
    def hello(self):
        return "base"

class Child(Base):
    def hello(self):
        return "child+" + super().hello()
    def cls(self):
        return __class__.__name__
''', ns)

print(ns["plain"](1, 2))
print(ns["dflt"](1, c=3), ns["dflt"](1, 5, c=6, d=7))
print(err(ns["dflt"], 1))
print(err(ns["dflt"]))
print(err(ns["dflt"], 1, 2, 3))
print(err(ns["dflt"], 1, c=1, e=2))
print(err(ns["plain"], 1, 2, b=3))
print(ns["var"](1), ns["var"](1, 2, 3, k=4, z=5, y=6))
print(ns["posonly"](1, 2), err(ns["posonly"], a=1, b=2))
print([ns["ifs"](x) for x in (0, 1, 2, 3)])
print(ns["ops"](4, 7), ns["ops"](0, 3))


class O:
    pass


o = O()
print(ns["attrs"](o, 5), o.v, o.w)
print(err(ns["attrs"], 1, 2))
print(ns["unbound"](True), err(ns["unbound"], False))
print(ns["glob"](3), ns["G"])
print(err(ns["uses_missing"]))
print(ns["kwcall"](ns["dflt"]))
print(ns["starcall"](ns["plain"], [1, 2]))
inc = ns["counter"]()
print(inc(), inc(5), inc.__code__.co_varnames if hasattr(inc, "__code__") else None)
print(ns["late"]())
print(list(ns["gen"](4)))
print(ns["multi"](7))
print(ns["debug"]())
print(ns["subscr"]([1, 2, 3], 0), err(ns["subscr"], [1], 5))
print(err(ns["rec"], 0))
print([ns["fact"](n) for n in range(8)])
print(ns["fails"](1, 2), err(ns["fails"], 1, 0), ns["fails"](3, 4), err(ns["unbound"], False))
print(ns["frames"](3))
print(ns["handler"](0))
print(err(ns["dele"], 1))
print(ns["walrus"]([1, 2, 3]))
print(ns["gdef"]())
try:
    ns["coro"](1).send(None)
except StopIteration as e:
    print("coro", e.value)
c = ns["Child"]()
print(c.hello(), c.cls())
print(ns["dflt"].__defaults__, ns["dflt"].__kwdefaults__, ns["dflt"].__name__, ns["dflt"].__qualname__)

# Builtins come from the globals' __builtins__.
g = {"__builtins__": {"len": lambda x: 42}}
exec("def f(x):\n    return len(x)\n", g)
print(g["f"]("abc"))
g2 = {"__builtins__": {}}
exec("def f(x):\n    return len(x)\n", g2)
print(err(g2["f"], "abc"))

# A global rebound after the function first ran is seen.
g3 = {}
exec("def f():\n    return V\n", g3)
g3["V"] = 1
print(g3["f"]())
g3["V"] = 2
print(g3["f"]())
del g3["V"]
print(err(g3["f"]))
g3["V"] = 3
print(g3["f"]())

# The same code object run in two namespaces.
code = compile("def f():\n    return W\n", "<s>", "exec")
a, b = {"W": "a"}, {"W": "b"}
exec(code, a)
exec(code, b)
print(a["f"](), b["f"](), a["f"](), b["f"]())

# eval'd lambdas.
lam = eval("lambda x, y=5, *r, z=1, **k: (x, y, r, z, k)")
print(lam(1), lam(1, 2, 3, z=4, w=5))
print(err(lam))
adder = eval("lambda n: lambda m: n + m")
print(adder(2)(3))

# namedtuple.
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p.y, p == (1, 2), P(x=3, y=4), P._make([5, 6]), p._replace(y=9), p._asdict())
print(err(P, 1), err(P, 1, 2, 3), err(P, 1, x=2), err(P, 1, z=2))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 1])
print(Q(9), Q(9, 8), Q(9, c=7), Q.__new__.__defaults__, Q._field_defaults)
R = namedtuple("R", "a def class", rename=True)
print(R(1, 2, 3), R._fields)
print(P.__new__.__qualname__, P.__new__.__name__, P.__new__.__doc__)
t = 0
for i in range(1000):
    q = P(i, 2)
    t += q.x + q.y
print(t)


# dataclasses.
@dataclass
class D:
    x: int
    y: int = 5
    z: list = field(default_factory=list)


d = D(1)
print(d, D(1, 2, [3]), d == D(1), d == D(2), D(y=7, x=8))
print(err(D), err(D, 1, 2, 3, 4), err(D, 1, q=1))
print([f.name for f in dataclasses.fields(D)], D.__init__.__qualname__, D.__init__.__defaults__)


@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "s"


f = F(1)
print(f, hash(f) == hash(F(1)), F(1) < F(2), sorted([F(3), F(1, "z"), F(1, "a")]))
print(err(setattr, f, "a", 3))


@dataclass
class Post:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


print(Post(3), Post(3, 10))


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 0


print(KW(a=1), err(KW, 1))


@dataclass
class Sub(D):
    w: int = 0


print(Sub(1, 2, [], 4), [f.name for f in dataclasses.fields(Sub)])


@dataclass(slots=True)
class S:
    a: int
    b: int = 1


print(S(1), S.__slots__, err(S, 1, 2, 3))
t = 0
for i in range(1000):
    e = D(i, 2)
    t += e.x + e.y
print(t)

# Evaluated frames on several threads: eval() without globals inside an
# evaluated function reads that function's locals on its own thread.
import threading

tns = {}
exec('''
def work(k, out):
    acc = 0
    for i in range(200):
        acc += eval("k * 1000 + i")
    out[k] = acc
''', tns)
out = {}
ths = [threading.Thread(target=tns["work"], args=(k, out)) for k in range(4)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print(sorted(out.items()))
