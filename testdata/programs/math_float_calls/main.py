# math's functions of one float called in float code (py.FloatCall): a
# local bound to `math.cos(a)` is float-speculated and the call runs the
# function's kernel unboxed. Everything a call can meet must come out as
# CPython's: ints and bools as arguments, objects with __float__ and
# __index__, wrong types, domain and range errors, infinities and NaNs,
# math's functions replaced, the module name rebound, the attribute looked
# up before the argument runs.
import math
import math as m2
from math import sqrt, cos as kos


def rot(x, y, angle):
    c = math.cos(angle)
    s = math.sin(angle)
    return x * c - y * s, x * s + y * c


def norm(x, y):
    d = math.sqrt(x * x + y * y)
    return d


def mixed(v):
    a = m2.exp(v) * 0.5
    b = kos(v) + sqrt(abs(v)) * 2.0
    return a, b


print(rot(1.0, 2.0, 0.5), rot(3, 4, 1), rot(1.0, 0.0, True))
print(norm(3.0, 4.0), norm(3, 4), norm(1e200, 1e200))
print(mixed(0.25), mixed(2), mixed(-3.5))


class F:
    def __float__(self):
        return 0.75


class I:
    def __index__(self):
        return 3


def one(fn, x):
    try:
        r = fn(x) * 1.0
        return r
    except (ValueError, OverflowError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


def sq(x):
    r = math.sqrt(x)
    return r


def ex(x):
    r = math.exp(x) + 0.0
    return r


def si(x):
    r = math.sin(x) * 1.0
    return r


def ac(x):
    r = math.acos(x) - 0.0
    return r


def lp(x):
    r = math.log1p(x)
    return r


for fn in (sq, ex, si, ac, lp):
    print(fn.__name__, [one(fn, x) for x in (0.5, 2, -1.0, -1, 1e308, float("inf"), float("-inf"),
                                              float("nan"), 2**60 + 1, 10**400, True, F(), I(), "x", None)])

for name in sorted(n for n in dir(math) if not n.startswith("_")):
    f = getattr(math, name)
    if name in ("sqrt", "exp", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
                "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "erf", "erfc", "degrees", "radians"):
        out = []
        for x in (0.3, -0.7, 1.0, 5, 710.0, -40.0):
            try:
                v = f(x) * 1.0
                out.append(v.hex())
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
        print(name, out)


def calls(v):
    a = math.tan(v) * 2.0
    b = math.fabs(v) + 1.0
    return a, b


print(calls(0.5))
# A replaced function: the call is the new one's, its result carried on.
saved = math.tan
math.tan = lambda x: 10
print(calls(0.5))
math.tan = lambda x: "s"
try:
    print(calls(0.5))
except TypeError as e:
    print("TypeError", e)
math.tan = saved
print(calls(0.5))


# The attribute is looked up before the argument runs.
def patch():
    math.fabs = lambda x: -1.0
    return 3.0


def calls2():
    b = math.fabs(patch()) + 1.0
    c = math.fabs(2.0) + 1.0
    return b, c


saved_fabs = math.fabs
print(calls2())
math.fabs = saved_fabs


# The name rebound to something else with such attributes.
class FakeMath:
    def sqrt(self, x):
        return ("fake", x)


def fake(v):
    r = math.sqrt(v)
    return r


print(fake(16.0))
real = math
math = FakeMath()
print(fake(16.0))
math = real
print(fake(16.0))

sqrt = lambda x: x * 100
print(mixed(0.25))
del sqrt
try:
    print(mixed(0.25))
except NameError as e:
    print("NameError", e)


def loop(n):
    t = 0.0
    for i in range(n):
        t += math.sin(i * 0.001) * math.cos(i * 0.002)
    return t


print(loop(20000))


def fails(x):
    y = 2.0 * math.sqrt(x) + 1.0
    return y


print(fails(4.0))
fails(-4.0)
