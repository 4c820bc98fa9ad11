# Unpacking assignments (`a, b = x`, `a, *b, c = x`, for-loop and
# comprehension targets) against CPython's UNPACK_SEQUENCE/UNPACK_EX: exact
# tuples and lists, subclasses, iterators advanced only as far as needed,
# the error messages, and stores that change the source list.
import itertools
from collections import namedtuple


def gen(n, tag):
    for i in range(n):
        print(tag, "yield", i)
        yield i
    print(tag, "exhausted")


def attempt(label, f):
    try:
        print(label, f())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


# Exact tuples and lists of 2, 3, 4 and 5 items, and wrong lengths.
for src in [(1, 2), [1, 2], (1, 2, 3), [1, 2, 3], (1, 2, 3, 4), [1, 2, 3, 4, 5], (), [7]]:
    def two(src=src):
        a, b = src
        return a, b

    def three(src=src):
        a, b, c = src
        return a, b, c

    def four(src=src):
        a, b, c, d = src
        return a, b, c, d

    def five(src=src):
        a, b, c, d, e = src
        return a, b, c, d, e

    def starred(src=src):
        a, *b, c = src
        return a, b, c

    for name, f in [("two", two), ("three", three), ("four", four), ("five", five), ("star", starred)]:
        attempt(f"{name} {src!r}", f)

# Iterators: taken only as far as the targets need, plus one to check.
attempt("gen 2 of 5", lambda: [(a, b) for a, b in [gen(5, "g1")]])
attempt("gen 3 of 3", lambda: [(a, b, c) for a, b, c in [gen(3, "g2")]])
attempt("gen 4 of 2", lambda: [(a, b, c, d) for a, b, c, d in [gen(2, "g3")]])
attempt("count", lambda: [(a, b) for a, b in [itertools.count()]])
attempt("count 3", lambda: [(a, b, c) for a, b, c in [itertools.count(10)]])
attempt("star gen", lambda: [(a, b, c) for a, *b, c in [gen(4, "g4")]])
attempt("star gen short", lambda: [(a, b, c, d) for a, b, *c, d in [gen(2, "g5")]])
attempt("star gen none", lambda: [(a, b) for *a, b in [gen(0, "g6")]])
it = iter(range(10))
a, b = itertools.islice(it, 2)
print("rest of it", list(it))

# Objects that are not iterable.
for bad in [5, None, 3.5, object(), len]:
    def plain(bad=bad):
        a, b = bad
        return a, b

    def star(bad=bad):
        a, *b = bad
        return a, b

    def five(bad=bad):
        a, b, c, d, e = bad
        return a

    attempt(f"plain {type(bad).__name__}", plain)
    attempt(f"star {type(bad).__name__}", star)
    attempt(f"five {type(bad).__name__}", five)


class OldSeq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


class BadIter:
    def __iter__(self):
        return 5


class NoneIter:
    __iter__ = None


class RaisingIter:
    def __iter__(self):
        raise TypeError("my own TypeError")


class Sized:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        print("__len__ called")
        return 2


attempt("old sequence", lambda: [(a, b, c) for a, b, c in [OldSeq()]])
attempt("old sequence short", lambda: [(a, b, c, d) for a, b, c, d in [OldSeq()]])
attempt("bad __iter__", lambda: [(a, b) for a, b in [BadIter()]])
attempt("__iter__ None", lambda: [(a, b) for a, b in [NoneIter()]])
attempt("raising __iter__", lambda: [(a, b) for a, b in [RaisingIter()]])
attempt("sized", lambda: [(a, b) for a, b in [Sized()]])
attempt("sized star", lambda: [(a, b) for a, *b in [Sized()]])

# Other containers.
attempt("dict", lambda: [(a, b) for a, b in [{"x": 1, "y": 2}]])
attempt("dict items", lambda: sorted((k, v) for k, v in {"x": 1, "y": 2}.items()))
attempt("str", lambda: [(a, b, c) for a, b, c in ["abc"]])
attempt("str short", lambda: [(a, b, c) for a, b, c in ["ab"]])
attempt("bytes", lambda: [(a, b) for a, b in [b"hi"]])
attempt("range", lambda: [(a, b, c) for a, b, c in [range(3)]])
attempt("set", lambda: sorted([a, b] for a, b in [{4}]))

# Subclasses: a namedtuple reads its items; an overridden __iter__ is used.
P = namedtuple("P", "x y z")
x, y, z = P(1, 2, 3)
print("namedtuple", x, y, z)


class RevList(list):
    def __iter__(self):
        print("RevList.__iter__")
        return iter(self[::-1])


class RevTuple(tuple):
    def __iter__(self):
        print("RevTuple.__iter__")
        return iter(self[::-1])


a, b = RevList([1, 2])
print("RevList", a, b)
a, b, c = RevTuple((1, 2, 3))
print("RevTuple", a, b, c)
a, *b = RevTuple((1, 2, 3))
print("RevTuple star", a, b)

# Stores that change the list being unpacked see its old items.
l = [1, 2]
l[1], l[0] = l
print("swap in place", l)
m = [1, 2, 3]
m[2], m[1], m[0] = m
print("reverse in place", m)
q = [1, 2, 3, 4]
q[3], q[2], q[1], q[0] = q
print("four in place", q)
r = [1, 2, 3, 4, 5, 6]
r[5], r[4], r[3], r[2], r[1], r[0] = r
print("six in place", r)


class Holder:
    def __init__(self, lst):
        self.lst = lst

    @property
    def first(self):
        return None

    @first.setter
    def first(self, v):
        print("setter got", v)
        self.lst[1] = "changed"


lst = [5, 6]
h = Holder(lst)
h.first, second = lst
print("after setter", second, lst)

# Nested targets in loops, and swaps.
pairs = [((1, 2, 3), [4, 5, 6]), ([7, 8, 9], (10, 11, 12))]
for (p1, v1, m1), (p2, v2, m2) in pairs:
    print("nested", p1 + p2, v1 * v2, m1 - m2)
a, b = 1, 2
a, b = b, a
print("swap", a, b)
grid = [[1, 2], [3, 4]]
print("comprehension", [x * y for x, y in grid], {k: v for k, v in grid})

# An error in a loop target unpack has the traceback of the for line.


def last():
    for a, b in [(1, 2), (3, 4, 5)]:
        print("pair", a, b)


last()
