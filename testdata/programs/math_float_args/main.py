# math's one-argument functions read their argument as PyFloat_AsDouble
# does: a float subclass is its value (its own __float__ is not called),
# other objects go through __float__, then __index__.
import math


class F(float):
    def __float__(self):
        return 2.0


class I(int):
    def __float__(self):
        return 3.0


class Idx:
    def __index__(self):
        return 5


class Flt:
    def __float__(self):
        return 0.25


class Both:
    def __float__(self):
        return 0.5

    def __index__(self):
        return 7


class BadFloat:
    def __float__(self):
        return "x"


for arg in [F(1.0), I(1), Idx(), Flt(), Both(), True, False, 7, -3, 2**60 + 1, -(2**80), 0.0, -0.0, 1.5]:
    print(type(arg).__name__, math.sin(arg), math.cos(arg), math.sqrt(abs(float(arg))), math.exp(arg if not isinstance(arg, int) or abs(arg) < 100 else 1))

for f in (math.sin, math.cos, math.tan, math.sqrt, math.exp, math.atan):
    for bad in ("1.5", None, [1.0], BadFloat(), 2**2000, float("inf"), float("nan"), -1.0, 1e308):
        try:
            r = f(bad)
            print(f.__name__, repr(bad)[:20], "->", r)
        except Exception as e:
            print(f.__name__, repr(bad)[:20], type(e).__name__, e)

# results are fresh floats that behave as floats
vals = [math.sin(x / 7) for x in range(-50, 50)]
print(sum(vals), max(vals), min(vals), len(set(vals)))
print([math.cos(x) for x in (0.0, -0.0, 1e-300, 5e-324)], math.sin(-0.0), math.sin(5e-324))
