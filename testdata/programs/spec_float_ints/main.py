# Arithmetic the translator computes as speculated floats (attribute and
# item operands) that meets ints instead: int results, overflow into big
# ints, bools, int subclasses with their own operators, floats mixed in,
# strings and lists, and the errors' tracebacks.
import traceback


class V:
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

    def lin(self):
        return self.a * self.b + self.c

    def diff(self):
        return self.a - self.b * self.c

    def ratio(self):
        return self.a / self.b + self.c


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __mul__(self, other):
        return MyInt(int(self) * 3)


cases = [
    (2, 3, 4),
    (2 ** 40, 2 ** 30, 7),
    (9223372036854775807, 1, 1),
    (-9223372036854775808, 1, -1),
    (3037000500, 3037000500, 0),
    (True, 5, False),
    (1.5, 2, 3),
    (2, 2.5, 1),
    (MyInt(3), 4, 5),
    ("ab", 3, "c"),
    ([1], 2, [3]),
]
for a, b, c in cases:
    v = V(a, b, c)
    out = []
    for m in (v.lin, v.diff, v.ratio):
        try:
            r = m()
            out.append(f"{r!r}:{type(r).__name__}")
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(out)


def items(xs):
    return xs[0] * xs[1] - xs[2], xs[0] + xs[1] * xs[2]


print(items([7, 6, 5]), items([10 ** 18, 10, 1]), items([0.5, 4, 1]))
try:
    V(1, 0, 1).ratio()
except ZeroDivisionError:
    traceback.print_exc()
try:
    V(None, 1, 2).lin()
except TypeError:
    traceback.print_exc()
