# Binary operators with an instance of a Python class on the left: the
# order in which __op__ and __rop__ are tried, NotImplemented, subclasses,
# builtin operands and the errors.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __radd__(self, o):
        return ("V.radd", self.x, o)

    def __sub__(self, o):
        return V(self.x - (o.x if isinstance(o, V) else o))

    def __mul__(self, k):
        if isinstance(k, V):
            return NotImplemented
        return V(self.x * k)

    def __repr__(self):
        return f"V({self.x!r})"


class W(V):
    def __radd__(self, o):
        return ("W.radd", self.x, o)

    def __rsub__(self, o):
        return ("W.rsub", self.x, o)


class W2(V):
    pass


class Other:
    def __repr__(self):
        return "Other()"

    def __radd__(self, o):
        return ("Other.radd", o)

    def __rmul__(self, o):
        return ("Other.rmul", o)

    def __rsub__(self, o):
        return NotImplemented


class LV(list, V):
    def __radd__(self, o):
        return ("LV.radd", o)


big = 2 ** 100
cases = [
    ("V+V", lambda: V(1) + V(2)),
    ("V+int", lambda: V(1) + 5),
    ("V+float", lambda: V(1) + 2.5),
    ("V+big", lambda: V(1) + big),
    ("V+W", lambda: V(1) + W(2)),      # W overrides __radd__: W.radd first
    ("V+W2", lambda: V(1) + W2(2)),    # W2 inherits V's __radd__: V.__add__ first
    ("W+V", lambda: W(1) + V(2)),
    ("V-W", lambda: V(1) - W(2)),
    ("V+Other", lambda: V(1) + Other()),
    ("V*Other", lambda: V(3) * Other()),
    ("V-Other", lambda: V(3) - Other()),
    ("V*V", lambda: V(3) * V(2)),
    ("V+str", lambda: V(1) + "s"),
    ("V+complex", lambda: V(1) + 1j),
    ("V+LV", lambda: V(1) + LV([1])),
    ("V*list", lambda: V(1) * [1]),
    ("Other+V", lambda: Other() + V(1)),
    ("Other-1", lambda: Other() - 1),
    ("V/V", lambda: V(1) / V(2)),
    ("V%1", lambda: V(1) % 1),
    ("V**2", lambda: V(1) ** 2),
    ("V@V", lambda: V(1) @ V(1)),
]
for name, f in cases:
    try:
        print(name, f())
    except TypeError as e:
        print(name, "TypeError:", e)


def inplace():
    v = V(1)
    v += 2
    v -= V(1)
    v *= 3
    print("inplace", v)
    o = Other()
    try:
        o -= 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        v @= 2
    except TypeError as e:
        print("TypeError:", e)


inplace()


# The method rebound on the class after use; an instance attribute does
# not count (operators look at the class).
def add_twice(a, b):
    return a + b, a + b


v = V(10)
print(add_twice(v, 1))
V.__add__ = lambda self, o: ("patched", self.x, o)
print(add_twice(v, 1))
v.__add__ = lambda o: "instance attribute"
print(v + 1)
del V.__add__
try:
    print(v + 1)
except TypeError as e:
    print("TypeError:", e)

# A big int handed to a dunder stays intact after more arithmetic.
kept = []


class Keep:
    def __add__(self, o):
        kept.append(o)
        return self


k = Keep()
n = 3 ** 80
for i in range(3):
    k + (n * (i + 2))
m = n * 5 + 1
print(kept, m)
