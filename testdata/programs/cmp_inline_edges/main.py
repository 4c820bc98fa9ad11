# Comparisons in conditions (py.CmpLt..CmpGe: two ints inline) and `in`
# over lists and tuples (an int needle meets int items inline): every
# other operand takes the generic path, with the same results, errors and
# tracebacks as CPython.
import traceback


class MyInt(int):
    def __eq__(self, other):
        print("MyInt.__eq__", int(self), other)
        return int(self) % 10 == other % 10

    def __lt__(self, other):
        print("MyInt.__lt__", int(self), other)
        return NotImplemented

    __hash__ = int.__hash__


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Loud.__eq__", self.v, other)
        return self.v == other

    def __lt__(self, other):
        return "yes" if self.v < other else ""

    def __gt__(self, other):
        return [] if self.v > other else [1]

    __hash__ = None


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")

    def __eq__(self, other):
        raise KeyError("no eq")


def conds(a, b):
    out = []
    for name, r in (("<", a < b), ("<=", a <= b), ("==", a == b), ("!=", a != b), (">", a > b), (">=", a >= b)):
        out.append(f"{name}{'T' if r else 'F'}")
    # The same comparisons in conditions (the inlined form).
    c = []
    if a < b:
        c.append("lt")
    if a <= b:
        c.append("le")
    if a == b:
        c.append("eq")
    if a != b:
        c.append("ne")
    if a > b:
        c.append("gt")
    if a >= b:
        c.append("ge")
    if not (a < b):
        c.append("!lt")
    while a == b:
        c.append("weq")
        break
    return " ".join(out), " ".join(c)


big = 2 ** 70
nan = float("nan")
pairs = [
    (1, 2), (2, 1), (3, 3), (-5, -5), (0, -0), (2 ** 62, 2 ** 62 + 1),
    (-(2 ** 63), 2 ** 63 - 1), (True, 1), (1, True), (False, 0), (True, False),
    (1, 1.0), (1.5, 1), (nan, nan), (nan, 1), (1, nan), (big, big), (big, 1), (1, -big),
    (MyInt(13), 3), (3, MyInt(13)), (MyInt(5), MyInt(15)),
    ("a", "b"), ("b", "b"), ((1, 2), (1, 3)), ([1], [1]),
]
for a, b in pairs:
    print(repr(a), repr(b), *conds(a, b))

l = Loud(4)
if l < 5:
    print("Loud < 5 truthy")
if not (l > 5):
    print("Loud > 5 falsy (non-empty list is truthy?)", bool(l > 5))
if l == 4:
    print("Loud == 4")
if 4 == l:
    print("4 == Loud (reflected)")
if l != 4:
    print("Loud != 4")
else:
    print("Loud != 4 false")

# Chains
x, y, z = 1, 2, 3
if x < y < z:
    print("chain 1<2<3")
if x < y > z:
    print("wrong")
else:
    print("chain 1<2>3 false")
if 0 <= x < 10 == 10:
    print("chain with const")

# Errors and tracebacks from comparisons
for a, b in ((1, "a"), ("a", 1), (Bad(), 1), (1, Bad()), (None, 0), ([1], (1,))):
    try:
        if a < b:
            print("lt?")
    except Exception as e:
        print(type(e).__name__, e)
    try:
        if a == b:
            print("eq", repr(a), repr(b))
        else:
            print("ne", type(a).__name__, type(b).__name__)
    except Exception as e:
        print(type(e).__name__, e)


def deep(a, b):
    if a < b:
        return 1
    return 0


try:
    deep(Bad(), 1)
except ValueError:
    traceback.print_exc()
try:
    deep(3, "x")
except TypeError:
    traceback.print_exc()
try:
    deep(Bad(), Bad())
except ValueError:
    traceback.print_exc()
try:
    deep(1, Bad())
except TypeError:
    traceback.print_exc()

# Membership: ints among ints, and everything else
lst = [1, 2, 3, 2 ** 62, -7]
tup = (1, 2, 3, 2 ** 62, -7)
for needle in (1, 3, -7, 4, 2 ** 62, 2 ** 62 + 1, True, False, 1.0, 3.0, 2.5, big, MyInt(13), MyInt(4), nan, "1", None):
    print(repr(needle), needle in lst, needle in tup, needle not in lst, needle not in tup)
mixed = [1, Loud(2), 3.0, "x", nan, MyInt(24), True]
for needle in (1, 2, 3, 4, 5, "x", nan, 0):
    print("mixed", repr(needle), needle in mixed)
print(2 in [big, 2], big in [1, big], 2 ** 70 in [big])
print(1 in [True], 0 in [False], 1 in [1.0], 2 in [2.0 + 0j])


class L(list):
    pass


class C(list):
    def __contains__(self, x):
        print("C.__contains__", x)
        return True


class T(tuple):
    pass


class D(dict):
    def __contains__(self, x):
        print("D.__contains__", x)
        return x == 7


class TC(tuple):
    def __contains__(self, x):
        print("TC.__contains__", x)
        return 0


print(3 in L([1, 2, 3]), 4 in L([1, 2, 3]), 9 in C([1]), 2 in T((1, 2)), 5 in T((1, 2)))
print(7 in D(), 1 in D({1: 2}), 1 in TC((1,)), 1 not in TC((1,)), 9 not in C())
if 1 in TC((1,)) or 2 not in C([2]):
    print("wrong")

# A list changed by __eq__ while `in` scans it.
grow = [0, 0]


class Grow:
    def __eq__(self, other):
        if len(grow) < 6:
            grow.append(len(grow))
        return False


grow.insert(1, Grow())
print(5 in grow, len(grow), 5 in grow, grow[1:] == grow[1:])
try:
    print(1 in [Bad()])
except KeyError as e:
    print("KeyError", e)
try:
    print(1 in [1, Bad()], 2 in [1, Bad()])
except KeyError as e:
    print("KeyError", e)
