# One + - * on attributes or elements (self.x - o.x, p[0] * k): the float
# case inline, every other kind of operand as the generic operation.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Vec:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Vec(self.v + o.v)

    def __radd__(self, o):
        return ("radd", o)

    def __repr__(self):
        return f"Vec({self.v!r})"


class Holder:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b

    def diff(self):
        return self.a - self.b

    def prod(self, k):
        return self.a * k

    def scaled(self, k):
        return k * self.b


def items(p, q):
    return p[0] + q[0], p[1] - q[1], p[0] * q[1]


vals = [
    (1.5, 0.25), (3, 4), (2**62, 2**62), (-(2**63), 1), (True, 2.5), ("ab", "cd"),
    ([1], [2]), ((1,), (2,)), (Vec(1), Vec(2)), (1, Vec(3)), (float("inf"), float("inf")),
    (0.1, 0.2), (-0.0, 0.0), (None, 1), (1.0, "s"),
]
for a, b in vals:
    h = Holder(a, b)
    for name, f in [("total", h.total), ("diff", h.diff), ("prod3", lambda: h.prod(3)), ("prod1.5", lambda: h.prod(1.5)),
                    ("scaled", lambda: h.scaled(2))]:
        try:
            print(name, repr(f()))
        except TypeError as e:
            print(name, "TypeError:", e)
for p, q in [([1.5, 2.5], [0.5, 4.0]), ([1, 2], [3, 4]), (["a", "b"], ["c", "d"]), ((2.0, 3.0), (4.0, 0.5))]:
    try:
        print(items(p, q))
    except TypeError as e:
        print("TypeError:", e)
a, b = P(1.0, 2.0), P(0.5, 4.0)
print(a.x + b.x, a.y - b.y, a.x * b.y)
