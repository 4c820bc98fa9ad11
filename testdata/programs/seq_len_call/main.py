# len(x) of the builtin len (py.CallLen): builtin containers' lengths in
# place, everything else (subclasses, __len__, errors, a rebound
# builtins.len) through the call.
import builtins
import traceback


class L(list):
    def __len__(self):
        return 99


class T(tuple):
    pass


class D(dict):
    def __len__(self):
        return -1


class S(set):
    def __len__(self):
        return 2**70


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def lengths():
    print(len([]), len([1, 2, 3]), len(list(range(70000))))
    print(len(()), len((1, 2)), len("héllo wörld"), len(""), len("\U0001f600x"))
    print(len({}), len({1: 2, 3: 4}), len(set()), len({1, 2, 3}), len(frozenset([1, 1, 2])))
    print(len(b"abc"), len(bytearray(b"ab")), len(range(10)), len(range(0, 100, 7)))
    print(len(L([1, 2])), len(T((1, 2, 3))), len(Sized(5)), len(Sized(True)))
    print(len({}.keys()), len({1: 2}.items()), len(memoryview(b"xyz")))
    for bad in [D(), S(), Sized(-3), Sized("x"), Sized(2**64), 5, None]:
        try:
            print(len(bad))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)


lengths()


def tb():
    return len(3.5) + 1


try:
    tb()
except TypeError:
    traceback.print_exc()

real_len = builtins.len
builtins.len = lambda x: "rebound %r" % (x,)
try:
    lengths_after = [len([1, 2]), len("abc")]
    print(lengths_after)

    def inner():
        return len((1, 2, 3))

    print(inner())
finally:
    builtins.len = real_len
print(len([1, 2]), len("abc"))
