# list, bytearray and array.array insert(): one index rule (negative from the end,
# clamped), a Py_ssize_t argument (__index__, OverflowError past it, TypeError otherwise).
import array


class I:
    def __index__(self):
        return 1


for mk, v in ((lambda: [1, 2, 3], 9), (lambda: bytearray(b"abc"), 57), (lambda: array.array("i", [1, 2, 3]), 9)):
    for i in (-100, -3, -1, 0, 1, 3, 100, I(), 2**70, -2**70, 1.5, "x"):
        s = mk()
        try:
            s.insert(i, v)
            print(type(s).__name__, i if isinstance(i, int) else type(i).__name__, list(s))
        except Exception as e:
            print(type(s).__name__, type(e).__name__, e)
