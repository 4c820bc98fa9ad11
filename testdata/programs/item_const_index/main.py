# x[k] loads, stores and augmented assignments with constant indexes on
# lists, tuples, list and tuple subclasses, dicts, strings, ranges and
# objects with __getitem__/__setitem__, in range, out of range and past
# 2**31, with the errors' tracebacks; loops over lists, tuples and other
# iterables.
import traceback


class L(list):
    def __getitem__(self, i):
        print("  L.__getitem__", i)
        return list.__getitem__(self, i) * 10

    def __setitem__(self, i, v):
        print("  L.__setitem__", i, v)
        list.__setitem__(self, i, v)


class T(tuple):
    def __getitem__(self, i):
        return ("T", tuple.__getitem__(self, i))


class G:
    def __getitem__(self, i):
        return ("G", i)

    def __setitem__(self, i, v):
        print("  G.__setitem__", i, v)


def loads(x):
    return x[0], x[2]


def store_and_aug(x):
    x[0] = 5
    x[2] += 7
    x[1] -= 1
    return x


def big(x):
    return x[2147483648]


def neg(x):
    return x[-1], x[-3]


for obj in ([1, 2, 3], (4, 5, 6), L([7, 8, 9]), T((1, 2, 3)), {0: "a", 2: "b"}, "xyz", range(10, 13), G()):
    print(type(obj).__name__, loads(obj), neg(obj) if not isinstance(obj, dict) else "-")

for obj in ([1, 2, 3], L([1, 2, 3]), {0: 1, 1: 2, 2: 3}, G()):
    try:
        print(type(obj).__name__, store_and_aug(obj))
    except TypeError as e:
        print("TypeError:", e)

for obj in ([1], (1,), "a", [], ()):
    try:
        print(loads(obj))
    except IndexError as e:
        print("IndexError:", e)

for obj in ([1, 2], (1,), {2147483648: "far"}):
    try:
        print(big(obj))
    except IndexError as e:
        print("IndexError:", e)

for obj in ((1, 2, 3), "abc", 5, None):
    try:
        print(store_and_aug(obj))
    except TypeError as e:
        print("TypeError:", e)

try:
    store_and_aug([1, 2])
except IndexError:
    traceback.print_exc()


def nested(rows):
    total = 0
    for row in rows:
        for v in row:
            total += v
    return total


print(nested([[1, 2], (3, 4), range(5, 7), {8: 0, 9: 0}, L([1]), "", []]))
try:
    nested([[1], 5])
except TypeError:
    traceback.print_exc()
