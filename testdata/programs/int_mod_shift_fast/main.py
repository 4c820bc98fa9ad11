# a % b, a // b, a >> k and a & k with an int fast path: every other
# kind of operand keeps the generic operation.


class R:
    def __rmod__(self, o):
        return ("R.__rmod__", o)

    def __rfloordiv__(self, o):
        return ("R.__rfloordiv__", o)

    def __rrshift__(self, o):
        return ("R.__rrshift__", o)

    def __rand__(self, o):
        return ("R.__rand__", o)


class I(int):
    pass


def mod(a, b):
    return a % b


def fdiv(a, b):
    return a // b


def shr(a):
    return a >> 3, a >> 0, a >> 63


def band(a):
    return a & 0xFF, a & 0, a & -8


ints = [0, 1, 7, -7, 2**62, -(2**63), 2**63 - 1, 2**64 + 5, -(2**70) - 3, True, I(9)]
for a in ints:
    for b in [1, 3, -3, 2**40, -(2**65), True, I(4)]:
        print(a, b, mod(a, b), fdiv(a, b))
for a in ints:
    print(a, shr(a), band(a))
for a, b in [(7.5, 2), (7, 2.5), (-7.5, -2), ("%d-%s", (3, "x")), ("%s", 5), (b"%d", 4)]:
    print(repr(mod(a, b)))
for a, b in [(7.5, 2), (7, 2.5), (-7.5, -2)]:
    print(repr(fdiv(a, b)))
print(mod(5, R()), fdiv(5, R()), 5 >> R(), 5 & R())
for a, b in [(1, 0), (1.0, 0), (0, 0.0)]:
    for f in (mod, fdiv):
        try:
            f(a, b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
for bad in ["s", 1.5, None]:
    for f in (shr, band):
        try:
            f(bad)
        except TypeError as e:
            print("TypeError:", e)
try:
    mod([], 2)
except TypeError as e:
    print("TypeError:", e)
print(type(mod(I(9), 4)).__name__, type(shr(I(9))[0]).__name__, type(band(True)[0]).__name__)
