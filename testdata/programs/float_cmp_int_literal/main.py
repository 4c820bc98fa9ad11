# Float-speculated values compared with an int literal (d < 0), and a
# math call as an operand of float arithmetic (1.0 / math.sqrt(x)).
import math


class C:
    def __lt__(self, o):
        return ("C.__lt__", o)

    def __ge__(self, o):
        return ("C.__ge__", o)

    def __eq__(self, o):
        return ("C.__eq__", o)

    def __sub__(self, o):
        return self


def cmps(v):
    d = 0.5
    d = v - 0.0
    out = [d < 0, d == 0]
    out.append("lt" if d < 0 else "-")
    out.append("le" if d <= 0 else "-")
    out.append("eq" if d == 0 else "-")
    out.append("ne" if d != 0 else "-")
    out.append("gt" if d > 0 else "-")
    out.append("ge" if d >= 0 else "-")
    out.append("lt3" if d < 3 else "-")
    out.append("gt-2" if d > -2 else "-")
    out.append("eq2**53" if d == 9007199254740992 else "-")
    out.append("lt2**53+1" if d < 9007199254740993 else "-")
    return out


for v in [0.0, -0.0, 1.5, -1.5, 3.0, 2.99999, float("nan"), float("inf"), 9007199254740992.0, 2**53 + 1, 10**20, -5, 0, True]:
    print(repr(v), cmps(v))


def ccmp(v):
    d = 0.5
    d = v - 0.0
    if d < 0:
        print("lt", d < 0)
    if d >= 0:
        print("ge", d >= 0)
    if d == 0:
        print("eq")


ccmp(C())
try:
    ccmp("s")
except TypeError as e:
    print("TypeError:", e)


def inv(x):
    return 1.0 / math.sqrt(x) + 2 * math.cos(x)


for x in [4.0, 4, 0.25, True, 1e300]:
    print(inv(x))
for bad in [0.0, -1.0, "x"]:
    try:
        inv(bad)
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
saved = math.sqrt
math.sqrt = lambda x: 8
print(inv(4.0))
math.sqrt = lambda x: "str"
try:
    inv(4.0)
except TypeError as e:
    print("TypeError:", e)
math.sqrt = saved
print(inv(16.0))


# Objects (not float-speculated) compared with an int literal.
def plain(v):
    out = []
    if v > 0:
        out.append("gt0")
    if v <= 3:
        out.append("le3")
    if v == 0:
        out.append("eq0")
    if v != 0:
        out.append("ne0")
    if v >= -1:
        out.append("ge-1")
    if v < 9007199254740992:
        out.append("lt2**53")
    if v == 9007199254740993:
        out.append("eq2**53+1")
    return out


for v in [0.5, -0.0, 0.0, 3.0, 3.5, -1.0, float("nan"), float("inf"), float("-inf"), 9007199254740992.0, 2, 2**53 + 1, True, C()]:
    try:
        print(repr(v) if not isinstance(v, C) else "C()", plain(v))
    except TypeError as e:
        print("TypeError:", e)
