# Float-speculated locals bound to attribute and item loads, int() of float
# arithmetic (py.IntF), and variables used as objects (not speculated):
# each fast path and its fallbacks, compared with CPython.
import math


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class MyFloat(float):
    def __lt__(self, other):
        print("MyFloat.__lt__")
        return True

    def __add__(self, other):
        return MyFloat(float(self) + 1000.0)


class IntOver(float):
    def __add__(self, other):
        return IntOver(float(self) + float(other))

    def __int__(self):
        return 42


class Weird:
    def __lt__(self, other):
        return "yes"

    def __gt__(self, other):
        return False

    def __add__(self, other):
        return self

    def __repr__(self):
        return "Weird()"


def track(points):
    lo = hi = 1e9
    hi = -1e9
    for p in points:
        if p.x < lo:
            lo = p.x
        if p.x > hi:
            hi = p.x
    return lo, hi


class Cmp:
    def __mul__(self, k):
        return self

    def __lt__(self, o):
        return "lt"

    def __le__(self, o):
        return 0

    def __eq__(self, o):
        return []

    def __ne__(self, o):
        return [1]

    def __gt__(self, o):
        return 2.5

    def __ge__(self, o):
        return None


def compare_all(a, b):
    x = a * 1.0
    y = b * 1.0 if not isinstance(b, str) else b
    r = []
    for ok in [x < y, x <= y, x == y, x != y, x > y, x >= y]:
        r.append(ok)
    if x < y:
        r.append("lt")
    if x <= y:
        r.append("le")
    if x == y:
        r.append("eq")
    if x != y:
        r.append("ne")
    if x > y:
        r.append("gt")
    if x >= y:
        r.append("ge")
    return r


def track_items(rows):
    best = 0.0
    for r in rows:
        if r[0] > best:
            best = r[0]
    return best


def keep(points):
    out = []
    v = 0.5
    for p in points:
        v = p.y
        out.append(v)
    out.append(v)
    return out


def toint(xs, size):
    res = []
    for x in xs:
        res.append(int((x + 0.5) / 2.0 * size))
    return res


def toint_local(x):
    f = x * 2.0
    return int(f), int(-f), int(f * 0.25)


def shadowed(x):
    int = lambda v: ("shadow", v)
    return int(x * 1.5)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


def real_times(x):
    r = x.real
    return x * 2.5 + r / 4.0, -x * 1.5


def vec_use(a, b, scale):
    d = a - b
    e = d.dot(d) * scale
    w = a * 1.0 if isinstance(a, float) else [a.x * 2.0, 0.5]
    return e, d.x, w[0] if not isinstance(w, float) else w


print(track([P(1.5, 2.0), P(-3.25, 1.0), P(7.0, 0.0)]))
print(track([P(1, 2), P(-3, 1), P(7, 0)]))
print(track([P(2**70, 0), P(-2**70, 0)]))
print(track([P(float("nan"), 0), P(2.0, 0), P(float("nan"), 0)]))
print(track([P(MyFloat(2.5), 0), P(1.0, 0)]))
print(track([P(Weird(), 0), P(Weird(), 0)]))
print(track([]))
print(track_items([[1.5], [0.25], [3], [2.75]]))
print(track_items([(True,), (2**80,), (5.5,)]))
print(keep([P(0, 1.25), P(0, "s"), P(0, None), P(0, 3)]))
print(keep([]))
print(toint([0.1, -0.5, 1.0, 123456.789, -0.9999], 64))
print(toint([1, True, 2**60], 64))
print(toint([1e300], 1e10 if False else 64))
print(toint_local(3.7), toint_local(-2.5), toint_local(2**62), toint_local(4))
print(toint_local(1e18), toint_local(5e18))
print(shadowed(2.0))
print(toint([MyFloat(1.0)], 2))
print(vec_use(Vec(1.0, 2.0), Vec(0.5, -1.0), 3.0))
print(vec_use(Vec(1, 2), Vec(3, 4), 2))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        toint([bad], 1)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    toint_local("ab")
except TypeError as e:
    print("TypeError", e)
try:
    toint([Weird()], 1)
except TypeError as e:
    print("TypeError", e)
print(toint([IntOver(3.0)], 1), toint_local(IntOver(1.0)))
print(Vec(3.0, 4.0).norm(), Vec(3, 4).norm())
print(real_times(2.0), real_times(3), real_times(MyFloat(1.0)), real_times(2**60))
try:
    Vec("a", "b").norm()
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
for a, b in [(1.5, 2.5), (2.5, 2.5), (3.5, 2), (nan, 1.0), (nan, nan), (2**60, 2**60 + 1),
             (MyFloat(1.0), 2.0), (2.0, MyFloat(1.0)), (Cmp(), 1.0), (1.0, Cmp())]:
    print(compare_all(a, b))
for a, b in [(1.0, "s"), (Weird(), 1.0)]:
    try:
        print(compare_all(a, b))
    except TypeError as e:
        print("TypeError", e)
import builtins
saved = builtins.int
builtins.int = lambda v: ("patched", v)
print(toint([1.25], 4))
builtins.int = saved
print(toint([1.25], 4))
print(int(math.pi * 1e6), int(-math.e / 1e-3))
toint([float("nan")], 3)
