import sys
import warnings

warnings.simplefilter("always")


class Trunc:
    def __trunc__(self):
        return 42


class IntRetBool:
    def __int__(self):
        return True


class Idx:
    def __index__(self):
        return 7


class Sub(int):
    def __int__(self):
        return 42.0


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


for f in (lambda: int("१२३४५६७८९०1234567890"), lambda: int(" \u2003 42 \u2003"),
          lambda: int(b"123\x00"), lambda: int(bytearray(b" 12 ")), lambda: int(memoryview(b"123")[1:3]),
          lambda: int("0x_1f", 0), lambda: int("0_7", 0), lambda: int("00", 0), lambda: int("1__0"),
          lambda: int("z", 36), lambda: int("12", 2**100), lambda: int("12", Idx()), lambda: int(x="1"),
          lambda: int(base=2), lambda: int(Trunc()), lambda: int(IntRetBool()), lambda: int(Sub(3)),
          lambda: int(3.9), lambda: int(-1e30), lambda: int(float("nan")), lambda: int([1]),
          lambda: int(1.5, 2), lambda: int("x" * 300)):
    show(f)
sys.set_int_max_str_digits(1000)
show(lambda: int("1" * 1001))
show(lambda: len(str(10 ** 999)))
show(lambda: str(10 ** 1000))
show(lambda: int("1" * 1001, 16) > 0)
