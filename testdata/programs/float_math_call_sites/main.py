# math functions called in float code with a local argument (one call:
# the module entry's kernel), and everything that must leave that path.
import math
import math as m2


def rot(angle):
    c = math.cos(angle)
    s = math.sin(angle)
    r = 0.0
    r = math.sqrt(c * c + s * s) + m2.sqrt(s * s)
    return c, s, r


def root(d):
    s = 0.0
    s = math.sqrt(d)
    return s * 2


class F:
    def __float__(self):
        return 0.25


for a in [0.0, 0.5, -1.25, 3, -2, True, 1e22, 2**60, float("nan"), F()]:
    print(repr(a) if not isinstance(a, F) else "F()", rot(a))
for a in [4.0, 2, 0.0, -0.0, float("inf"), float("nan"), F()]:
    print(root(a))
for bad in [-1.0, -4, float("-inf")]:
    try:
        root(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [float("inf"), float("-inf")]:
    try:
        rot(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["x", None, 10**400]:
    try:
        rot(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

saved_cos, saved_sqrt = math.cos, math.sqrt
for i in range(4):
    if i == 1:
        math.cos = lambda x: ("patched cos", x)
    if i == 2:
        del math.cos
    if i == 3:
        math.cos = saved_cos
        math.sqrt = abs
    try:
        print(i, rot(0.5), root(-9.0))
    except (AttributeError, TypeError, ValueError) as e:
        print(i, type(e).__name__ + ":", e)
math.sqrt = saved_sqrt
print(root(9.0))


def shadowed(math):
    v = 0.0
    v = math.cos(1.0)
    return v


class Fake:
    @staticmethod
    def cos(x):
        return "Fake.cos"


print(shadowed(Fake), shadowed(m2))
