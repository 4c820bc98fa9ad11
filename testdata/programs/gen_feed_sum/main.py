# sum() of a generator expression keeps an exact int or float total unboxed;
# what it prints must match sum() over any other iterable.
import sys


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __radd__(self, other):
        return MyInt(7)


class MyFloat(float):
    def __radd__(self, other):
        return f"radd {other!r}"


class Acc:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Acc(other + self.v)

    def __add__(self, other):
        return Acc(self.v + other)

    def __repr__(self):
        return f"Acc({self.v!r})"


big = sys.maxsize
print(sum(x for x in range(10)))
print(sum(x * 2 for x in range(100000)))
print(sum(x for x in [big, 1, 1]), sum(x for x in [big, 1, -2]))
print(sum(x for x in [-big, -1, -1, -1]))
print(sum(x for x in [big, big, -big, -big]))
print(sum(b for b in [True, True, False, True]))
print(type(sum(b for b in [True, True])).__name__)
print(sum(x for x in [0.1] * 10), sum(x for x in [1, 0.5, 2, 0.25]))
print(sum(x for x in [-0.0]), sum(x for x in [-0.0, -0.0]), sum(x for x in []))
print(sum(x for x in [1e308, 1e308, -1e308]), sum(x for x in [float("nan"), 1]))
print(sum(x for x in [1.5, big, big]), sum(x for x in [big, 2 ** 70, 0.5]))
print(sum(x for x in [1, MyInt(3), 4]), sum(x for x in [MyInt(3)]))
r = sum(x for x in [1, 2, MyFloat(2.5)])
print(r)
print(sum(x for x in [1, 2.0, MyFloat(2.5)]))
print(sum(x for x in [1, Acc(2), 3, 4.5]))
print(sum(x for x in [1.0, True, 2, 3.5]), sum(x for x in [2 ** 64, -(2 ** 64), 5]))
print(sum(x for x in [1 + 2j, 3]), sum(x for x in [3, 1 + 2j, 0.5]))
try:
    print(sum(x for x in [1, "a"]))
except TypeError as e:
    print("TypeError", e)
try:
    print(sum(x for x in [1.5, None]))
except TypeError as e:
    print("TypeError", e)


def boom(n):
    if n == 3:
        raise ValueError(n)
    return n


try:
    print(sum(boom(i) for i in range(5)))
except ValueError as e:
    print("ValueError", e)

from fractions import Fraction
from decimal import Decimal

print(sum(x for x in [1, Fraction(1, 3), 2]), sum(x for x in [Decimal("1.1"), 2, 3]))
print(sum(i % 3 == 0 for i in range(100)))
