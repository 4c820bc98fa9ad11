# The allocation fast paths of lists, sets and slices (runtime/py
# listinline.go, settable.go, items.go) against the general semantics:
# slice assignment from a slice of the same list (overlapping, reversed,
# stepped), bounds clamping, list and set subclasses, __hash__/__eq__
# overrides, and sets built from iterables.


def show(label, *v):
    print(label, *v)


# Slice assignment whose source is a slice (SetSliceFrom).
for k in range(6):
    p = list(range(8))
    p[:k + 1] = p[k::-1]
    show("rev", p)
p = list(range(10))
p[2:6] = p[3:7]
show("fwd overlap down", p)
p = list(range(10))
p[3:7] = p[2:6]
show("fwd overlap up", p)
p = list(range(10))
p[0:4] = p[6:2:-1]
show("rev overlap", p)
p = list(range(10))
p[0:3] = p[9:3:-2]
show("step -2 disjoint", p)
p = list(range(10))
p[1:4] = p[5:0:-2]
show("step -2 overlap", p)
p = list(range(10))
p[2:5] = p[::3]
show("grow", p)
p = list(range(10))
p[2:8] = p[1:3]
show("shrink", p)
p = list(range(10))
p[::2] = p[4::-1]
show("extended dst", p)
try:
    p[::2] = p[:3]
except ValueError as e:
    show("ValueError", e)
p = list(range(6))
q = list("abcdef")
p[1:4] = q[5:2:-1]
show("other list", p)
p = list(range(6))
p[-3:] = p[-1:-4:-1]
show("negative bounds", p)
p = list(range(6))
p[4:100] = p[100:3:-1]
show("clamped", p)
p = list(range(6))
p[5:1] = p[1:5]
show("stop below start", p)
p = list(range(6))
p[:] = p[::-1]
show("whole reversed", p)
p = list(range(6))
p[:0] = p[2::-1]
show("insert at front", p)
p = list(range(6))
p[2:2] = p[:]
show("self into middle", p)
p = list(range(6))
p[1:3] = p[True:None:None]
show("bool bound", p)
p = list(range(40))
p[:30] = p[29::-1]
show("long reversed", p[:5], p[-12:])
p = list(range(40))
p[5:35] = p[:30]
show("long overlap", p[:8], p[-8:])


class L(list):
    def __getitem__(self, i):
        print("L.__getitem__", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("L.__setitem__", i, v)
        list.__setitem__(self, i, v)


p = L(range(5))
p[:3] = p[2::-1]
show("subclass", p)
p = list(range(5))
p[:3] = L(range(5))[2::-1]
show("subclass src", p)
print(list(range(10))[1:8:3], list(range(10))[8:1:-3], list(range(10))[::-9223372036854775808])
print(list(range(5))[-100:100], list(range(5))[100:-100:-1], tuple(range(5))[::-2])

# Concatenations of slices and displays (AddSlices, ListDisplayAdd).
items = [1, 2, 3, 4]
for i in range(len(items)):
    print(items[:i] + items[i + 1:], [items[i]] + items[:i], items[i::-1] + items[:i:2])
print([0] + L([1, 2]), type([0] + L([1, 2])).__name__)
try:
    [0] + (1, 2)
except TypeError as e:
    print("TypeError", e)


class R:
    def __radd__(self, other):
        return ("radd", other)


print([1, 2] + R(), items[:2] + R())

# Sets: small and growing tables, order as CPython's.
for n in (0, 1, 4, 5, 8, 9, 20, 40):
    s = set(i * 7 % 13 - 6 for i in range(n))
    print(n, len(s), sorted(s) == sorted(set(range(-6, 7)) & s), list(s))
print(set([3, 1, 2]), frozenset((5, 4, 9, 33, 1)), {x * 8 for x in range(10)})
print(set("abracadabra") == set("abcdr"), len(set((i, -i) for i in range(10))))
s = set(range(5))
s2 = s.copy()
s2.add(100)
print(s, s2, s | {7}, s & {1, 2, 9}, s - {0}, s ^ {4, 5})


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return self.v % 2

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __repr__(self):
        return "H(%d)" % self.v


s = set([H(1), H(2), H(3), H(1)])
print(len(s), sorted(s, key=lambda h: h.v))


class S(set):
    pass


t = S(x for x in range(6))
print(type(t).__name__, sorted(t), len(t))
print(len(set(vec - i for i, vec in enumerate([0, 4, 7, 5, 2, 6, 1, 3]))))
print(tuple([1, 2, 3]), tuple(L([4, 5])), list((6, 7)), list(L([8])))

# range(x) of one argument (the call's fast path).


class Ix:
    def __index__(self):
        return 3


class MyInt(int):
    pass


print(range(5), range(True), range(-2), range(Ix()), range(MyInt(4)), range(2**70)[-1])
for bad in ("3", 2.0, None):
    try:
        range(bad)
    except TypeError as e:
        print("TypeError", e)

# list.insert / list.pop.
p = [1, 2, 3]
for i, v in ((0, "a"), (-1, "b"), (-100, "c"), (100, "d"), (2, "e"), (True, "f")):
    p.insert(i, v)
    print(p)
print(p.pop(0), p.pop(), p.pop(-2), p)
for bad in ((), (99,), (-99,)):
    try:
        [].pop(*bad) if not bad else p.pop(*bad)
    except IndexError as e:
        print("IndexError", e)


class Grow:
    def __init__(self, lst):
        self.lst = lst

    def __index__(self):
        self.lst.extend([7, 8])
        return 1


q = [0, 1]
q.insert(Grow(q), "x")
print(q)
r = L([5, 6, 7])
r.insert(1, 9)
print(r.pop(0), r, type(r).__name__)
try:
    list.insert((), 0, 1)
except TypeError as e:
    print("TypeError", e)
try:
    p.insert(1)
except TypeError as e:
    print("TypeError", e)
