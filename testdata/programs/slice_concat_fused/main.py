# a[:i] + b[j:] and friends: the fused concatenation must match CPython's
# two slices and a `+` for exact lists, and fall back for everything else.
import traceback


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p


print(list(perms([1, 2, 3])))


def shapes(a, b):
    out = []
    for i in range(-len(a) - 2, len(a) + 3):
        for j in range(-len(b) - 2, len(b) + 3):
            out.append(a[:i] + b[j:])
            out.append(a[i:] + b[:j])
            out.append(a[i:j] + b[j:i])
            out.append(a[::2] + b[j::-1])
            out.append(a[None:i] + b[j:None])
    return out


r = shapes([1, 2, 3, 4], ["x", "y", "z"])
print(len(r), r[:6], r[-6:], sum(len(x) for x in r))
a = [1, 2, 3]
c = a[:1] + a[1:]
print(c, c is a, c == a)
c[0] = 99
print(a, c)


class L(list):
    def __getitem__(self, k):
        print("L.__getitem__", k)
        return list.__getitem__(self, k)

    def __add__(self, o):
        print("L.__add__", len(o))
        return "added"


class Other:
    def __getitem__(self, k):
        print("Other.__getitem__", k)
        return (k.start, k.stop)

    def __radd__(self, o):
        return "radd"


def mixed(x, y, i):
    return x[:i] + y[i:]


print(mixed(L([1, 2, 3]), [4, 5, 6], 1))
print(mixed([1, 2, 3], L([4, 5, 6]), 1))
print(type(mixed(L([1, 2, 3]), L([4, 5, 6]), 2)))
print(mixed(Other(), Other(), 2))
print(mixed((1, 2, 3), (4, 5, 6), 1))
print(mixed("abc", "def", 1))


class R(list):
    def __radd__(self, o):
        return "R.__radd__"


# A list subclass's slice is a plain list: the sum is a plain list too.
print(mixed([1, 2], R([3, 4]), 1), type(mixed(R([1, 2]), R([3, 4]), 1)))


def raises(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
        # The failing line with its carets: the `+` or the slice.
        print(traceback.format_exc().splitlines()[-3:-1])


raises(lambda: mixed([1, 2], (3, 4), 1))
raises(lambda: mixed((1, 2), [3, 4], 1))
raises(lambda: mixed([1, 2], 5, 1))
raises(lambda: mixed(5, [1, 2], 1))
raises(lambda: mixed([1, 2], [3, 4], "x"))
raises(lambda: mixed([1, 2], [3, 4], 1.5))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


print(mixed([1, 2, 3], [4, 5, 6], Idx(2)))
print([1, 2, 3][:True] + [4, 5, 6][True:])
big = list(range(40))
print(len(big[:17] + big[3:]), (big[:17] + big[3:])[15:20])


def steps(a, k):
    return a[:k] + a[::k]


print(steps([1, 2, 3, 4, 5], 2), steps([1, 2, 3, 4, 5], -1))
try:
    steps([1, 2, 3], 0)
except ValueError as e:
    print("ValueError", e)
