# Attribute loads of locals read as floats in float code (self.x * o.x +
# ...): a float value unboxed, anything else as it is, a missing one
# through the full lookup, with its traceback.


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class D:
    def __init__(self, x):
        self.x = x

    def sq(self):
        return self.x * self.x + 0.5


class G:
    def __getattr__(self, name):
        return 2.5

    def sq(self):
        return self.x * self.x + 0.5


class Prop:
    @property
    def x(self):
        print("Prop.x")
        return 1.5

    def sq(self):
        return self.x * self.x + 0.5


class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    def __add__(self, o):
        return ("Num+", self.v, o)


for a, b in [(V(1.5, 2.0), V(0.5, 4.0)), (V(1, 2), V(3, 4)), (V(2**62, 1), V(4, 1)), (V("a", "b"), V(2, 3)), (V(Num(2), 1.0), V(Num(3), 2.0))]:
    print(a.dot(b))
for o in [D(1.5), D(3), D(True), D(10**20), G(), Prop()]:
    print(type(o).__name__, o.sq())
try:
    V(1.0, None).dot(V(1.0, 2.0))
except TypeError as e:
    print("TypeError:", e)
empty = V.__new__(V)
try:
    empty.dot(V(1.0, 2.0))
except AttributeError as e:
    print("AttributeError:", e)


class H:
    def __init__(self, d):
        self.d = d

    def twice(self):
        return self.d.x * 2.0 + self.d.x


for h in [H(D(1.25)), H(D(3)), H(V(0.5, 1.0)), H(G())]:
    print(h.twice())
try:
    H(empty).twice()
except AttributeError as e:
    print("AttributeError:", e)
d = D(2.0)
del d.x
d.sq()
