# A local bound only by `v = x[a:b]` and used only through subscripts gets
# its next slice's items in its old list (py.SliceInto) when nothing else
# can hold that list. A list something else holds (a __getitem__ handing
# out its own list, a subclass) is never written to, and results match.


def flips(perm):
    total = 0
    for r in range(len(perm)):
        p = perm[r:] + perm[:r]
        q = p[:]
        k = q[0]
        while k:
            q[:k + 1] = q[k::-1]
            total += 1
            k = q[0]
    return total


print("flips", flips([3, 1, 2, 0]), flips(list(range(6))[::-1]))


def shapes(src):
    out = []
    for lo, hi, st in [(0, 5, 1), (2, 3, 1), (None, None, -1), (1, None, 2), (5, 0, -2), (3, 3, 1), (0, 9, 1)]:
        s = src[lo:hi:st]
        s[0:0] = ["h"]
        out.append(s[:])
        del s[0]
        out.append(s[1:])
    return out


print("shapes", shapes(list("abcdefghi")))


class Shared:
    # __getitem__ hands out its own list: writes through the local are
    # writes to it, as in CPython.
    def __init__(self):
        self.items = [1, 2, 3]

    def __getitem__(self, i):
        return self.items


def through_shared(sh, lst):
    v = sh[:]
    v[0] = "w"
    v = lst[:]
    v[1] = "x"
    v = sh[:]
    v[2] = "y"
    v = lst[1:]
    v[0] = "z"
    return v[:]


sh = Shared()
lst = [10, 20, 30]
print("shared", through_shared(sh, lst), sh.items, lst)


class Sub(list):
    def __getitem__(self, i):
        r = super().__getitem__(i)
        print("  Sub.__getitem__", i, r)
        return r


def through_sub(x):
    a = x[:]
    a[0] = 0
    a = x[1:]
    a[0] = -1
    return a[:]


sx = Sub([5, 6, 7])
print("sub", through_sub(sx), sx, through_sub([5, 6, 7]))


def self_slice(x):
    v = x[:]
    for _ in range(3):
        v = v[1:]
        v[0:0] = [len(v[:])]
    return v[:]


print("self", self_slice([1, 2, 3, 4, 5]))


def recurse(x, depth):
    v = x[:]
    if depth:
        inner = recurse(x[1:], depth - 1)
        v = x[1:]
        v[0] = inner
    v = x[::-1]
    v[-1] = depth
    return v[:]


print("recurse", recurse([1, 2, 3, 4], 3))


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        print("  __index__", self.i)
        return self.i


def indexes(x):
    v = x[Idx(1):Idx(3)]
    v[0] = "i"
    v = x[:Idx(2)]
    return v[:]


print("index", indexes([1, 2, 3, 4]))


def tuples(x):
    v = x[:]
    r = v[1]
    v = tuple(x)[1:]
    return r, v[0], v[0:]


print("tuples", tuples([7, 8, 9]))


def bad(x):
    v = x[:]
    v = x[1:]
    return v[0]


try:
    bad(5)
except TypeError as e:
    print("error", e)
try:
    bad([1])
except IndexError as e:
    print("error", e)


def keep_all(x):
    kept = []
    for i in range(3):
        v = x[i:]
        v[0] = i
        kept.append(v[:])
    return kept


print("kept", keep_all([1, 2, 3, 4]))


# The list a slice-copy local last held is not kept once the function is
# done with it: an item only it referred to dies as under CPython.
import gc
import weakref


class Item:
    pass


def first_is_none(x):
    v = x[:]
    return v[0] is None


item = Item()
ref = weakref.ref(item, lambda r: print("item freed"))
items = [item]
print("first is None", first_is_none(items))
del items, item
gc.collect()
print("alive after return", ref() is not None)
