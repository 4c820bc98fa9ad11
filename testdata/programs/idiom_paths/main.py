# The fast paths behind common idioms keep CPython's semantics: string
# appends that share a buffer, int()/str()/float() of one argument, str.split,
# deque methods, dict-subclass overrides found through a cache, calls of
# functions through their class, and exceptions caught at various depths.
import traceback
from collections import deque, defaultdict

# s += piece: strings built over one buffer stay independent.
s = "p" * 70
a = s + "A"
b = s + "B"            # not the longest string over the buffer: copies
c = a + "C"
a += "x"
print(a[-4:], b[-4:], c[-4:], len(a), len(b), len(c))
acc = ""
snapshots = []
for i in range(300):
    acc += chr(65 + i % 26)
    if i % 97 == 0:
        snapshots.append(acc)
print(len(acc), [len(x) for x in snapshots], snapshots[-1][-5:], acc[95:100])
u = "é" * 40
v = u + "ü" * 30
w = v + "€"
print(len(v), len(w), w[-2:], v[-1], u == "é" * 40)
t = "q" * 80
t2 = t + ""
t3 = "" + t
print(t2 is t or t2 == t, t3 == t)

# One-argument int/float/str and their errors.
class I(int):
    def __str__(self):
        return "I!"
class Conv:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __str__(self):
        return "Conv"
for x in [5, -3.9, True, " 42 ", "-007", "1_000", "0x1f", "٣", b"12", I(9), Conv(), "", "12.5", None]:
    row = []
    for fn in (int, float, str):
        try:
            row.append(repr(fn(x)))
        except (TypeError, ValueError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(row)
print(int("123456789012345678"), int("-1234567890123456789"), int("99999999999999999999"))

# str.split without a separator.
for line in ["alpha beta  gamma", "  lead\ttab\nnl  ", "", " ", "a\x1cb\x1fc\x85d\u3000e\xa0f", "x " * 40]:
    print(line.split(), line.split(None, 1), line.split(maxsplit=0))
parts = "one two three".split()
parts.append("four")
print(parts, [p.upper() for p in parts])

# deque's fast entries, a subclass, and calls on the wrong object.
class D(deque):
    def append(self, x):
        super().append(x * 10)
q = deque(maxlen=3)
for i in range(5):
    q.append(i)
q.appendleft(-1)
print(q, q.pop(), q.popleft(), q)
d = D()
d.append(2)
deque.append(d, 3)
print(d)
try:
    deque.append([], 1)
except TypeError as e:
    print("TypeError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)

# dict subclasses: overrides are found, also after the class changes.
class Counting(dict):
    pass
cd = Counting(a=1)
print(cd["a"])
Counting.__getitem__ = lambda self, k: "overridden " + k
print(cd["a"])
del Counting.__getitem__
print(cd["a"])
dd = defaultdict(list)
for word in "the cat the hat".split():
    dd[word].append(len(word))
print(sorted(dd.items()))

# Functions called through their class.
class Base:
    def __init__(self, x):
        self.x = x
    def add(self, a, b, c):
        return self.x + a + b + c
    @staticmethod
    def st(a):
        return a * 2
    @classmethod
    def cm(cls, a):
        return cls.__name__ + str(a)
class Derived(Base):
    def __init__(self, x, y):
        Base.__init__(self, x)
        self.y = y
o = Derived(1, 2)
print(o.x, o.y, Base.add(o, 1, 2, 3), Derived.st(4), Derived.cm(5))
class Meta(type):
    def only(cls, a, b, c):
        return "meta " + cls.__name__ + str(a + b + c)
class WithMeta(metaclass=Meta):
    def add(self, a, b, c):
        return "instance"
print(WithMeta.add(WithMeta(), 1, 2, 3), WithMeta.only(1, 2, 3), WithMeta().add(1, 2, 3))
try:
    Base.add(o, 1)
except TypeError as e:
    print("TypeError", e)

# Exceptions caught at various depths keep their tracebacks.
def inner(n):
    if n == 0:
        raise KeyError("deep")
    return inner(n - 1)
for depth in (0, 3):
    try:
        inner(depth)
    except KeyError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(depth, [f.name for f in tb], repr(e))
count = 0
for i in range(1000):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        count += 1
    except ValueError as e:
        count -= len(traceback.extract_tb(e.__traceback__))
print(count)
def reraiser():
    try:
        inner(1)
    except KeyError:
        raise RuntimeError("wrapped")
try:
    reraiser()
except RuntimeError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)], repr(e.__context__))

# dict.items() tuples come from chunks: each still its own object.
d = {i: str(i) for i in range(40)}
l = list(d.items())
print(len(l), l[:3], l[-2:], len(set(l)), l[5] is not l[6], [id(x) for x in l].count(id(l[0])))
it = iter(d.items())
a = next(it); b = next(it)
print(a, b, a == (0, "0"), type(a).__name__)
d2 = {}
print(list(d2.items()), dict(d.items()) == d, sorted({"b": 1, "a": 2}.items()))
for k, v in {"x": 1}.items():
    print(k, v)
try:
    for k, v in d.items():
        d[k + 100] = v
except RuntimeError as e:
    print("RuntimeError", e)
big = dict.fromkeys(range(1000), 0)
acc = [p for p in big.items() if p[0] % 333 == 0]
print(acc)

# Sets find int keys by value first; equal keys of other types still match.
s = set()
for i in range(2000):
    s.add(i % 300)
    if (i * 7) % 300 in s:
        s.discard(i % 150)
print(len(s), sorted(s)[:10], 1 in s, True in s, 1.0 in s, 2**70 in s)
t = {1, True, 1.0, 2, 2.0}
print(t, len(t), {0, False, -0.0}, {2**64, 2**64 + 0, float(2**64)})
u = {-1, -2, 10**18}
u.add(-1); u.add(10**18)
print(sorted(u), -2 in u, 10**18 + 1 in u)
class H:
    def __hash__(self): return 5
    def __eq__(self, o): return o == 5
print(5 in {H()}, H() in {5}, len({5, H()}))

# f(*t) binds a new *args tuple, as CPython does.
def va(*args):
    return args
tt = (1, 2)
print(va(*tt) is tt, va(*tt) == tt, va(*[]) == (), va(*tt, 3))
