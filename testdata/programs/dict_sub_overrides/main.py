# Builtin containers' subclasses: whether a subclass overrides __getitem__,
# __setitem__, __delitem__, __len__ or __contains__ is cached per class
# until a class changes; int keys are matched by value. Both must keep
# CPython's results.
from collections import defaultdict, Counter, OrderedDict


def counting():
    d = defaultdict(int)
    for i in range(1000):
        d[i % 7] += 1
    print(sorted(d.items()))
    c = Counter(i % 3 for i in range(10))
    c[5] += 2
    print(c, len(c), 5 in c, 9 in c)
    od = OrderedDict()
    for k in (3, 1, 2, 1):
        od[k] = od.get(k, 0) + 1
    print(od, list(od))


class Loud(dict):
    pass


def late_override():
    d = Loud(a=1)
    print(d["a"], len(d), "a" in d)

    def getitem(self, k):
        return ("loud", dict.__getitem__(self, k))

    Loud.__getitem__ = getitem
    Loud.__len__ = lambda self: 42
    Loud.__contains__ = lambda self, k: k == "zzz"
    print(d["a"], len(d), "a" in d, "zzz" in d)
    del Loud.__getitem__
    print(d["a"])

    def setitem(self, k, v):
        dict.__setitem__(self, k, v * 2)

    Loud.__setitem__ = setitem
    d["b"] = 5
    print(dict(d))

    def delitem(self, k):
        print("del", k)
        dict.__delitem__(self, k)

    Loud.__delitem__ = delitem
    del d["b"]
    print(dict(d))


class Base(list):
    def __getitem__(self, i):
        return ("base", list.__getitem__(self, i))


class Child(Base):
    pass


def inherited():
    c = Child([1, 2, 3])
    print(c[0], len(c), 2 in c)
    Child.__getitem__ = lambda self, i: "child"
    print(c[0], Base([9])[0])


def int_keys():
    d = {}
    for k in (-1, -2, 2**61 - 1, 2**61, 0, True, 1.0, 2**64, -(2**64)):
        d[k] = d.get(k, 0) + 1
    print(d)
    print(d[-1], d[-2], d[1], d[True], d[1.0], d[2**64], d.get(2**61), -(2**64) in d)
    big = {i * 1000003: i for i in range(500)}
    print(sum(big[i * 1000003] for i in range(0, 500, 7)), (499 * 1000003) in big, 1000002 in big)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return other == self.v if not isinstance(other, Key) else other.v == self.v


def mixed_keys():
    d = {5: "int", "s": "str"}
    print(d.get(Key(5)), Key(5) in d, d.get(Key("s")))
    d[Key(7)] = "key"
    print(d.get(7), 7 in d)


counting()
late_override()
inherited()
int_keys()
mixed_keys()
