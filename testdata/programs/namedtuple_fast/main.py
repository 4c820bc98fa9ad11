# namedtuple's field descriptors (_collections._tuplegetter, a Go type read
# in place by the attribute caches), a class whose __new__ is a Python
# function called without an argument slice, and deque as a ring buffer:
# every behaviour CPython shows through them.
import copy
import pickle
import _collections
from collections import namedtuple, deque
from typing import NamedTuple


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print("== namedtuple basics")
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), hash(p) == hash((1, 2)))
print(P(x=3, y=4), P(5, y=6), P(*[7, 8]), P(**{"y": 10, "x": 9}))
show("P(1)", lambda: P(1))
show("P(1, 2, 3)", lambda: P(1, 2, 3))
show("P(1, x=2)", lambda: P(1, x=2))
show("P(z=1)", lambda: P(z=1))
print(P.__doc__, P._fields, P._field_defaults, P.__match_args__, P.__slots__)
print(P.__new__.__name__, P.__new__.__qualname__, P.__new__.__doc__, P.__new__.__defaults__)
print(P._make([3, 4]), P._make(iter((5, 6))), p._replace(x=10), p._asdict(), p.__getnewargs__())
show("P._make([1])", lambda: P._make([1]))
show("p._replace(z=1)", lambda: p._replace(z=1))
x, y = p
print(x, y, p + (3,), p * 2, sorted([P(2, 1), P(1, 2)]), isinstance(p, tuple), type(p) is P)
print(repr(P), P.__module__, P.__qualname__, P.__name__, P.__bases__, type(p).__mro__)

print("== the field descriptors")
print(type(P.x), type(P.x).__name__, type(P.x).__module__, P.x, P.y)
print(P.x.__doc__, P.y.__doc__, P.x is P.__dict__["x"], P.x.__get__(p), P.y.__get__(p, P), P.x.__get__(None, P) is P.x)
print(P.x.__get__((7, 8)), P.x.__reduce__(), pickle.loads(pickle.dumps(P.x)), copy.copy(P.x), copy.deepcopy(P.x))
show("P.x.__get__(None)", lambda: P.x.__get__(None))
show("P.x.__get__(None, None)", lambda: P.x.__get__(None, None))
show("P.x.__get__(3)", lambda: P.x.__get__(3))
show("P.x.__get__([1, 2])", lambda: P.x.__get__([1, 2]))
show("P.y.__get__((1,))", lambda: P.y.__get__((1,)))
show("P.x.__get__()", lambda: P.x.__get__())
show("P.x.__get__(1, 2, 3)", lambda: P.x.__get__(1, 2, 3))
show("P.x.__set__(p, 3)", lambda: P.x.__set__(p, 3))
show("P.x.__delete__(p)", lambda: P.x.__delete__(p))
show("P.x.__set__(p)", lambda: P.x.__set__(p))
show("P.x.__delete__()", lambda: P.x.__delete__())
print(sorted(n for n in vars(type(P.x)) if not n.startswith("__") or n in ("__get__", "__set__", "__delete__", "__reduce__")))


def assign_x(o):
    o.x = 5


def del_x(o):
    del o.x


show("p.x = 5", lambda: assign_x(p))
show("del p.x", lambda: del_x(p))
show("setattr(p, 'x', 5)", lambda: setattr(p, "x", 5))
show("p.z = 5", lambda: setattr(p, "z", 5))
show("p.z", lambda: p.z)
print(getattr(p, "x"), hasattr(p, "y"), hasattr(p, "z"))
TG = _collections._tuplegetter
g = TG(5, "doc")
print(g, g.__doc__)
g.__doc__ = "new"
print(g, g.__doc__)
del g.__doc__
print(g, g.__doc__)
print(TG(-1, None), TG(True, 1), TG(2**62, None))
show("TG(-1, None).__get__((1, 2))", lambda: TG(-1, None).__get__((1, 2)))
show("TG(2, None).__get__((1, 2))", lambda: TG(2, None).__get__((1, 2)))
for args in [(), (1,), ("a", None), (1, 2, 3), (2**64, None), (1.5, None)]:
    show("TG%r" % (args,), lambda: TG(*args))
show("TG(index=1, doc=2)", lambda: TG(index=1, doc=2))
P.x.__doc__ = "abscissa"
print(P.x.__doc__, P.x)
P.x.__doc__ = "Alias for field number 0"

print("== subclasses")


class Q(P):
    @property
    def s(self):
        return self.x + self.y

    def norm(self):
        return abs(self.x) + abs(self.y)


q = Q(3, -4)
print(q, q.x, q.y, q.s, q.norm(), q.__dict__, Q.x is P.x, P.x.__get__(q), q._replace(y=4), type(q._replace(y=4)).__name__)
show("q.x = 5", lambda: assign_x(q))
q.z = 9
print(q.z, q.__dict__, vars(q))


class R(P):
    __slots__ = ()

    def __repr__(self):
        return "R<%d,%d>" % self


r = R(1, 2)
print(r, r.x, hasattr(r, "__dict__"))
show("r.z = 1", lambda: setattr(r, "z", 1))


class WithNew(P):
    __slots__ = ()

    def __new__(cls, x, y=0):
        return super().__new__(cls, x * 10, y)


print(WithNew(1), WithNew(2, 3), WithNew(x=4).x)


class WithInit(P):
    def __init__(self, *args, **kw):
        print("WithInit.__init__", args, kw)
        self.extra = len(args)


w = WithInit(1, y=2)
print(w, w.extra)


class Swap(P):
    def __new__(cls, x, y):
        if x > y:
            return (x, y)
        return super().__new__(cls, y, x)


print(Swap(1, 2), Swap(3, 1), type(Swap(3, 1)).__name__)

print("== arities, defaults, rename, module")
for names in ["", "a", "a b", "a b c", "a b c d", "a b c d e", "a b c d e f"]:
    T = namedtuple("T", names)
    n = len(T._fields)
    t = T(*range(n))
    print(repr(t), [getattr(t, f) for f in T._fields], T(*range(n)) == tuple(range(n)))
D = namedtuple("D", ["a", "b", "c"], defaults=[20, 30])
print(D(1), D(1, 2), D(1, 2, 3), D(1, c=5), D._field_defaults, D.__new__.__defaults__)
show("D()", lambda: D())
Ren = namedtuple("Ren", ["a", "def", "a", "_b", "1x", "ok"], rename=True)
print(Ren._fields, Ren(1, 2, 3, 4, 5, 6), Ren(1, 2, 3, 4, 5, 6)._3)
M = namedtuple("M", "u v", module="geometry.shapes")
print(M.__module__, repr(M), M(1, 2), M.u)
show("namedtuple('bad name', 'a')", lambda: namedtuple("bad name", "a"))
show("namedtuple('T', 'a a')", lambda: namedtuple("T", "a a"))
show("namedtuple('T', 'a _b')", lambda: namedtuple("T", "a _b"))
show("namedtuple('T', 'a def')", lambda: namedtuple("T", "a def"))
show("namedtuple('T', 'a', defaults=[1, 2])", lambda: namedtuple("T", "a", defaults=[1, 2]))

print("== pickling and copying")
pp = pickle.loads(pickle.dumps(p))
print(pp, type(pp) is P, p.__reduce_ex__(2)[0].__name__, copy.copy(p), copy.deepcopy(P(1, [2])))
print(pickle.loads(pickle.dumps(q)) == q, pickle.loads(pickle.dumps(D(1))))

print("== typing.NamedTuple")


class Emp(NamedTuple):
    name: str
    id: int = 3

    def tag(self):
        return "%s#%d" % (self.name, self.id)


e = Emp("ann")
print(e, e.name, e.id, e.tag(), Emp._fields, Emp.__annotations__, Emp._field_defaults, Emp.name)

print("== caches")


def fx(o):
    return o.x


for o in [P(1, 2), Q(3, 4), R(5, 6), P(7, 8)]:
    print(fx(o), end=" ")
print()


class Plain:
    x = "class x"


for o in [P(1, 2), Plain(), P(3, 4), Emp("b")]:
    show("fx(%s)" % type(o).__name__, lambda: fx(o))
saved = P.x
P.x = property(lambda self: "prop %d" % self[0])
print(fx(p), p.x)
del P.x
show("p.x after del P.x", lambda: fx(p))
P.x = saved
print(fx(p), p.x)
match P(1, 5):
    case P(x=1, y=yy):
        print("matched y", yy)
match Q(2, 3):
    case P(a, b):
        print("matched positional", a, b)

print("== classes whose __new__ is a Python function")


class Single:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst


print(Single() is Single(1) is Single(1, 2))


class A:
    def __new__(cls, x):
        if x == 1:
            return object.__new__(B)
        if x == 2:
            return "not an A"
        return object.__new__(cls)


class B(A):
    def __init__(self, *args):
        print("B.__init__", args)


print(type(A(0)).__name__, type(A(1)).__name__, A(2))


class NoInit:
    def __new__(cls, a, b):
        o = object.__new__(cls)
        o.ab = (a, b)
        return o


print(NoInit(1, 2).ab, NoInit(a=3, b=4).ab)
show("NoInit(1)", lambda: NoInit(1))


class Counted(tuple):
    def __new__(cls, a, b, c):
        return tuple.__new__(cls, (a, b, c))


print(Counted(1, 2, 3), type(Counted(1, 2, 3)).__name__, tuple.__new__(tuple, (1, 2)), tuple.__new__(Counted, [4, 5, 6]))
show("tuple.__new__(int, ())", lambda: tuple.__new__(int, ()))
show("tuple.__new__(5)", lambda: tuple.__new__(5))
show("tuple.__new__()", lambda: tuple.__new__())
show("tuple.__new__(Counted, 5)", lambda: tuple.__new__(Counted, 5))
show("tuple.__new__(Counted, (1,), 2)", lambda: tuple.__new__(Counted, (1,), 2))

print("== deque")
show("deque([1, 2, 3], 2)", lambda: deque([1, 2, 3], 2))
d = deque()
for i in range(20):
    d.appendleft(i)
for i in range(5):
    d.pop()
print(d, len(d), d[0], d[-1], d.index(7), d.index(7, 5), d.count(3))
d = deque(range(100))
for i in range(50):
    d.popleft()
    d.append(i)
print(sum(d), d[0], d[49], d[50], d[-1], len(d))
d.rotate(33)
print(d[0], d[-1])
d.reverse()
print(d[0], d[-1])
d.remove(40)
print(len(d), 40 in d)
d.clear()
print(d, len(d), bool(d))
d = deque(range(5))
d.rotate(-2)
print(d)
d.rotate(7)
print(d)
d.rotate(-12)
print(d)
d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
d.appendleft(0)
print(d)
d.extend(range(5))
d.extendleft("ab")
print(d)
d2 = deque([1, 2, 3])
d2.insert(-1, "x")
d2.insert(-10, "y")
d2.insert(10, "z")
d2.insert(2, "w")
print(d2)
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
while len(big) > 3:
    big.pop()
print(big)
d = deque([1, 2, 3, 4, 5])
del d[1]
del d[-1]
print(d)
d[1] = "a"
d[-1] = "b"
print(d, d.__len__(), d.__contains__("a"), "a" in d)
d = deque([1, 2, 3], maxlen=5)
print(d * 2, 2 * d, d + deque([9]), d * 0, d * -1, deque([1, 2]) + deque([4], 1), 3 * deque([1], 2))
d *= 3
print(d)
d += [7, 8]
print(d)
print(deque([1, 2, 3]) == deque([1, 2, 3]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([1, 2]) >= deque([1, 2]))
print(repr(deque()), repr(deque(maxlen=2)), repr(deque([deque([1])])))
rec = deque([1])
rec.append(rec)
print(rec)
d = deque([1, [2]], maxlen=4)
c = copy.copy(d)
dc = copy.deepcopy(d)
print(c, dc, c[1] is d[1], dc[1] is d[1], pickle.loads(pickle.dumps(d)), d.copy(), d.__copy__())
print(list(reversed(deque([1, 2, 3]))), deque[int], deque.__name__)


class DQ(deque):
    pass


s = DQ([1, 2])
s.x = 5
print(s, s.x, type(s.copy()).__name__, s.copy(), len(s), s.__reduce__()[:3])


class DLen(deque):
    def __len__(self):
        return 42


print(len(DLen([1])), bool(DLen()))


class DIter(deque):
    def __iter__(self):
        return iter([0, 0])

    def __contains__(self, x):
        return x == "always"


di = DIter([1, 2])
print(list(di), "always" in di, 1 in di, sorted(di), [x for x in di], di, di == deque([0, 0]), di == deque([1, 2]))
dd = deque([1, 2, 3])
for expr in ["dd['a']", "dd[1:2]", "dd[2**70]", "dd[5]", "dd[-4]",
             "deque([], 2.5)", "deque([], 'a')", "deque([], 2**70)", "deque(maxlen=-1)", "deque(1)",
             "deque([], 1, 2)", "deque(foo=1)", "deque([1], iterable=[2])",
             "dd.rotate('a')", "dd.rotate(1, 2)", "dd.rotate(2**70)", "dd.insert(1)", "dd.insert('a', 1)",
             "dd.insert(2**70, 9)", "dd.index()", "dd.index(1, 'a')", "dd.index(1, 0, 1, 2)",
             "dd.index(3, -1)", "dd.index(3, 0, -1)", "dd.index(1, 5)", "dd.index(2, -100, 100)", "dd.index(9)",
             "dd.append()", "dd.append(1, 2)", "dd.pop(1)", "dd.count()", "dd.extend(1)", "dd + [1]", "dd * 2.5",
             "dd * True", "dd == 1", "deque().pop()", "deque().popleft()", "dd.remove(99)",
             "deque([1, 2], maxlen=2).insert(0, 0)", "deque().rotate()", "deque([1], maxlen=0)",
             "type(iter(dd)).__name__", "type(reversed(dd)).__name__", "iter(dd).__length_hint__()"]:
    show(expr, lambda: eval(expr))
d = deque([1, 2, 3])
it = iter(d)
next(it)
print(it.__reduce__()[1], list(pickle.loads(pickle.dumps(it))), it.__length_hint__())
DI = _collections._deque_iterator
print(list(DI(d, 1)), list(DI(d)), list(_collections._deque_reverse_iterator(d, 1)), list(DI(d, 10)), list(DI(d, -1)))
show("DI()", lambda: DI())
show("DI(1)", lambda: DI(1))

print("== deque mutated during iteration")
ops = {
    "append": lambda d: d.append(9), "appendleft": lambda d: d.appendleft(9),
    "pop": lambda d: d.pop(), "popleft": lambda d: d.popleft(),
    "setitem": lambda d: d.__setitem__(0, 5), "delitem": lambda d: d.__delitem__(0),
    "rotate": lambda d: d.rotate(1), "rotate0": lambda d: d.rotate(0), "reverse": lambda d: d.reverse(),
    "extend": lambda d: d.extend([1]), "extend0": lambda d: d.extend([]), "clear": lambda d: d.clear(),
    "remove": lambda d: d.remove(d[0]), "insert": lambda d: d.insert(1, 7), "iadd": lambda d: d.__iadd__([1]),
    "imul": lambda d: d.__imul__(2), "imul1": lambda d: d.__imul__(1),
    "app_pop": lambda d: (d.append(1), d.popleft()),
    "extendleft": lambda d: d.extendleft([1]), "count": lambda d: d.count(1), "index": lambda d: d.index(d[0]),
    "copy": lambda d: d.copy(), "contains": lambda d: 99 in d, "init": lambda d: d.__init__([1, 2, 3]),
}
for name, op in ops.items():
    for where in (0, 2):
        d = deque([1, 2, 3, 4])
        it = iter(d)
        out = []
        try:
            for i in range(where):
                out.append(next(it))
            op(d)
            out.extend(it)
            print(name, where, "ok", out)
        except RuntimeError as e:
            print(name, where, "RuntimeError", e, out)


def chk(name, init, op, maxlen=None, adv=0):
    d = deque(init, maxlen)
    it = iter(d)
    for _ in range(adv):
        next(it)
    try:
        op(d)
    except Exception as e:
        print(name, "op raised", type(e).__name__, e)
    try:
        print(name, list(it), d)
    except RuntimeError as e:
        print(name, "RuntimeError", e, d)


chk("rot1", [1], lambda d: d.rotate(1))
chk("rot-empty", [], lambda d: d.rotate(1))
chk("rot-n", [1, 2, 3], lambda d: d.rotate(3))
chk("clear-empty", [], lambda d: d.clear())
chk("init-empty", [], lambda d: d.__init__())
chk("remove-missing", [1, 2], lambda d: d.remove(5))
chk("remove-last", [1, 2], lambda d: d.remove(2))
chk("insert-full", [1, 2], lambda d: d.insert(0, 5), maxlen=2)
chk("app-maxlen0", [], lambda d: d.append(1), maxlen=0)
chk("extend-maxlen0", [], lambda d: d.extend([1]), maxlen=0)
chk("app-maxlen-full", [1, 2], lambda d: d.append(3), maxlen=2)
chk("appleft-maxlen-full", [1, 2], lambda d: d.appendleft(3), maxlen=2)
chk("extend-self", [1, 2], lambda d: d.extend(d))
chk("extendleft-self", [1, 2], lambda d: d.extendleft(d))
chk("imul0-empty", [], lambda d: d.__imul__(0))
chk("pop-empty", [], lambda d: d.pop())
chk("delitem-out", [1], lambda d: d.__delitem__(5))
chk("reverse-done", [1, 2], lambda d: d.reverse(), adv=2)
chk("app-done", [1, 2], lambda d: d.append(3), adv=2)
rv = deque([1, 2, 3])
it = reversed(rv)
print(next(it))
rv.append(5)
show("reversed after append", lambda: next(it))


class Eq:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


d = deque([1, 2, 3])
show("count mutating", lambda: d.count(Eq(d)))
d = deque([1, 2, 3])
show("index mutating", lambda: d.index(Eq(d)))
d = deque([1, 2, 3])
show("remove mutating", lambda: d.remove(Eq(d)))
d = deque([1, 2, 3])
show("in mutating", lambda: Eq(d) in d)

print("== deque against a list, random operations")
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


for trial in range(120):
    maxlen = [None, 0, 1, 3, 8, 17][rnd(6)]
    d = deque(range(rnd(20)), maxlen)
    log = []
    for step in range(rnd(150)):
        op = rnd(14)
        try:
            if op == 0:
                d.append(rnd(1000))
            elif op == 1:
                d.appendleft(rnd(1000))
            elif op == 2:
                d.pop()
            elif op == 3:
                d.popleft()
            elif op == 4:
                d.rotate(rnd(40) - 20)
            elif op == 5:
                d.extend(range(rnd(30)))
            elif op == 6:
                d.extendleft(range(rnd(30)))
            elif op == 7:
                d.insert(rnd(30) - 15, -1)
            elif op == 8:
                del d[rnd(max(len(d), 1))]
            elif op == 9:
                d.reverse()
            elif op == 10:
                d.remove(d[rnd(max(len(d), 1))])
            elif op == 11:
                d[rnd(max(len(d), 1))] = -2
            elif op == 12:
                for _ in range(rnd(100)):
                    d.append(rnd(5))
                    d.popleft()
            elif op == 13:
                d *= rnd(3)
        except (IndexError, ValueError) as e:
            log.append("E%d:%s" % (op, e))
    if trial % 10 == 0 or log:
        print(trial, list(d), len(d), d.count(-1), list(reversed(d))[:3], log[:3])
