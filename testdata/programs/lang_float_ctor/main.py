import math
import warnings


class F(float):
    pass


class G(float):
    def __init__(self, v, extra=None):
        self.extra = extra


class RetSub:
    def __float__(self):
        return F(2.5)


class Idx:
    def __index__(self):
        return 2 ** 2000


def show(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
            print(repr(r), type(r).__name__, end="")
        except Exception as e:
            print(type(e).__name__, e, end="")
    for x in w:
        print(" |", x.category.__name__, x.message, end="")
    print()


for f in (lambda: float(" 1_000.5 "), lambda: float("1__0"), lambda: float("1_"), lambda: float("0x1p3"),
          lambda: float("  -0x3.p-1  "), lambda: float(b"  12.5 "), lambda: float(b" 1 2 "),
          lambda: float(memoryview(b"12.3")[1:4]), lambda: float(bytearray(b"7e2")), lambda: float("\u0663.\u0661\u2003"),
          lambda: float("infinity"), lambda: math.copysign(1.0, float("-nan")), lambda: float("1e500"),
          lambda: float("."), lambda: float("1e"), lambda: float(".5"), lambda: float("5."), lambda: float(x="1"),
          lambda: float(RetSub()), lambda: float(Idx()), lambda: float([]), lambda: G(1.5, extra=3).extra,
          lambda: F(x=1), lambda: float.fromhex(" 0x1.8p1 "), lambda: float.fromhex("-inf"), lambda: float.fromhex("0x1p-1075"),
          lambda: float.fromhex("0x1p1024"), lambda: float.fromhex("1.g"), lambda: F.fromhex("0x10"),
          lambda: type(F.fromhex("0x10")).__name__, lambda: float.fromhex((1e300).hex()) == 1e300,
          lambda: round(123.456, 2 ** 100), lambda: round(123.456, -2 ** 100), lambda: round(1.6e308, -308),
          lambda: (lambda n: n in [n])(float("nan")),
          lambda: format(1234.56, ".4"), lambda: "%#.0f|%#.0e|%#.0g|%#.2g" % (1.5, 20.0, 2.0, 20.0)):
    show(f)
