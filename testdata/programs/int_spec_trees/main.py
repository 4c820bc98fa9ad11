# Speculated int trees: nested int arithmetic over locals and literals is
# tried over int64 first; every other case must behave as CPython does.
import sys


def tri(i, j):
    return (i + j) * (i + j + 1) // 2 + i + 1


def inv(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mixed(a, b, c):
    return a * b - c % b + (a - c) // b


def cmp(a, b):
    if (a + b) * 2 < a * b - 1:
        return "lt"
    return "ge"


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("add", self.v, o)
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __mul__(self, o):
        print("mul", self.v, o)
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    def __floordiv__(self, o):
        return Num(self.v // (o.v if isinstance(o, Num) else o))

    def __rtruediv__(self, o):
        return ("rtruediv", o, self.v)

    def __repr__(self):
        return f"Num({self.v})"


class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + o + 1000)


big = 2 ** 62
cases = [
    (1, 2), (0, 0), (-3, 7), (True, 2), (big, big), (-big, big), (2 ** 70, 1),
    (1.5, 2), (MyInt(5), 3), (3, MyInt(5)), (Num(2), 3),
]
for a, b in cases:
    for f in (tri, inv, mixed, cmp):
        try:
            r = f(a, b) if f is not mixed else f(a, b, 5)
            print(f.__name__, repr(a), repr(b), repr(r), type(r).__name__)
        except Exception as e:
            print(f.__name__, repr(a), repr(b), type(e).__name__, e)

# Zero divisors and the most negative int64.
def zd(a, b):
    return (a + 1) // (b - b) + a


def md(a, b):
    return (a * 2) % (b - b)


def edge(a, b):
    return (a - 1) // (b - 0) * 1


for a, b in [(1, 2), (-(2 ** 63), -1), (-(2 ** 63) + 1, -1), (2 ** 63 - 1, 1)]:
    for f in (zd, md, edge, inv):
        try:
            print(f.__name__, f(a, b))
        except ZeroDivisionError as e:
            print(f.__name__, "ZeroDivisionError", e)

# inv's float division: exact conversion of large ints, division by zero.
for a, b in [(2 ** 53, 1), (2 ** 60 + 1, 3), (-1, 0), (0, -1)]:
    try:
        print("inv", a, b, inv(a, b))
    except ZeroDivisionError as e:
        print("inv", a, b, "ZeroDivisionError", e)
print(1.5 / ((2 ** 40 + 3) * 4 - 1), -2.0 / ((3 - 1) * 2 + 1))


# An unbound local as a leaf.
def unbound(flag):
    if flag:
        x = 3
    return (x + 1) * (x - 1) // 2


for flag in (True, False):
    try:
        print("unbound", unbound(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


# A local rebound between evaluations, in a loop, to non-ints.
def loop(vals):
    out = []
    for v in vals:
        out.append((v + 1) * (v + 2) - v // 3)
    return out


print(loop([1, 2, 3, 2 ** 61, 2.5, True, -7]))
try:
    print(loop(["a"]))
except TypeError as e:
    print("TypeError", e)
# Small ints stay shared objects, as CPython's are.
eight, big999 = 8, int("999")
print(tri(1, 2) is eight, (lambda a, b: (a + b) * 2 - 1)(100, 400) is big999)
sys.stdout.flush()


# The leftmost operand may be any expression: it is evaluated once, first.
class Rng:
    def __init__(self, seed):
        self.state = seed
        self.reads = 0

    @property
    def prop(self):
        self.reads += 1
        print("prop read", self.reads)
        return self.state

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n

    def via_prop(self, k):
        return (self.prop * k + 1) // 3

    def via_call(self, k):
        return (self.get() * k - 7) % (k + 1)

    def get(self):
        print("get")
        return self.state


r = Rng(42)
print([r.next(10) for _ in range(5)], r.state)
for st, k in [(5, 3), (2 ** 62, 4), (2 ** 70, 2), (2.5, 2), ("ab", 2), (True, 3)]:
    r.state = st
    for meth in (r.via_prop, r.via_call):
        try:
            print(meth.__name__, repr(meth(k)))
        except TypeError as e:
            print(meth.__name__, "TypeError", e)


def first_item(xs, k):
    return (xs[0] * k + xs[1]) * 2 - k


print(first_item([3, 4], 5), first_item([2 ** 62, 1], 3), first_item([1.5, 2], 2))
