# The builtin iterators pickle and copy as CPython's: their type names,
# __reduce__/__setstate__/__length_hint__, and exhausted iterators drop
# their sequence.
import pickle, copy
def rt(it, proto=4):
    return list(pickle.loads(pickle.dumps(it, proto)))
for seq in ([1, 2, 3], (1, 2, 3), "abc", "ab\u00e9d", b"xyz", range(1, 10, 2), {5}, {"a": 1, "b": 2}):
    it = iter(seq); next(it)
    print(type(it).__name__, rt(it), it.__length_hint__() if hasattr(it, "__length_hint__") else "-")
    print(list(it))
    print(rt(it))
d = {"a": 1, "b": 2}
print(rt(iter(d.values())), rt(iter(d.items())))
for mk in (lambda: zip([1, 2], "ab"), lambda: map(abs, [-1, -2]), lambda: filter(None, [0, 1, 2]),
           lambda: enumerate("abc", 3), lambda: reversed([1, 2, 3]), lambda: reversed((1, 2, 3))):
    it = mk(); next(it)
    print(type(it).__name__, rt(it), list(copy.copy(it)) if type(it).__name__ != "zip" else "")
z = zip((1, 2, 3), (4, 5, 6, 7), strict=True)
z2 = pickle.loads(pickle.dumps(z))
try:
    print(list(z2))
except ValueError as e:
    print(e)
l = [1]; it = iter(l); print(list(it)); l.append(2); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
it = iter("héllo"); it.__setstate__(2); print(list(it))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({1})).__name__, type(iter(b"")).__name__, type(iter({})).__name__, type(iter({}.values())).__name__)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
it = iter(Seq()); next(it)
print(type(it).__name__, rt(it))
it.__setstate__(3); print(list(it), rt(it))
class Counter:
    n = 0
    def __call__(self):
        Counter.n += 1
        return Counter.n
it = iter(Counter(), 4)
print(type(it).__name__, list(it), it.__reduce__()[1])
d = {"a": 1, "b": 2, "c": 3}
for r in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    next(r)
    print(type(r).__name__, rt(r))
for f, a in ((d.__getitem__, ()), ([].__getitem__, ()), ("".__contains__, ()), ([].__setitem__, (1,))):
    try:
        f(*a)
    except TypeError as e:
        print(e)
for f, a in (({}.__setitem__, (1,)), ([].__delitem__, ()), ((1).__format__, ()), ((1.5).__format__, ())):
    try:
        f(*a)
    except TypeError as e:
        print(repr(str(e)))
