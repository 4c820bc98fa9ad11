from fractions import Fraction
import math

a, b = Fraction(3, 4), Fraction("2/3")
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-b), a // b, a % b)
print(Fraction("1.25"), Fraction(0.5), Fraction(1.1).limit_denominator(100), Fraction(10, -4))
print(a < b, a == Fraction(6, 8), a == 0.75, hash(a) == hash(0.75), float(a), int(Fraction(7, 2)))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)))
print(repr(a), str(a), a.numerator, a.denominator, a.as_integer_ratio(), Fraction(5).is_integer() if hasattr(Fraction, "is_integer") else True)
print(sum(Fraction(1, n) for n in range(1, 8)))
print(Fraction(1, 3) + 1, 2 * Fraction(1, 3), Fraction(1, 3) + 0.5)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("x/y")
except ValueError as e:
    print("ValueError:", e)
print(f"{Fraction(22, 7)!r:>20}")
