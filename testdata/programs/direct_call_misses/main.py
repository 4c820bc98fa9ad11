# Direct calls of module functions (py.Direct0..3) on their hit and on each
# miss: the global rebound to another function, to a builtin, to a callable
# instance, the function's __code__ swapped, the recursion limit reached, an
# exception raised through the call; the level taken by a miss is given back.
import sys


def zero():
    return "zero"


def one(a):
    return ("one", a)


def two(a, b):
    return ("two", a, b)


def three(a, b, c):
    return ("three", a, b, c)


def other_two(a, b):
    return ("other", a, b)


def run():
    return [zero(), one(1), two(1, 2), three(1, 2, 3)]


print(run())
two = other_two
print(run())
two = max
print(run())


class Callable:
    def __call__(self, *args):
        return ("instance", args)


three = Callable()
print(run())


def swapped(a):
    return ("swapped", a)


def _one_original(a):
    return ("one", a)


one.__code__ = swapped.__code__
print(run())
one.__code__ = _one_original.__code__
print(run())


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


print(down(50))
sys.setrecursionlimit(120)
try:
    down(1000)
except RecursionError as e:
    print("RecursionError", type(e).__name__)
sys.setrecursionlimit(1000)
print(down(200))


def raiser(x):
    raise ValueError(x)


def calls_raiser(x):
    return raiser(x)


try:
    calls_raiser(7)
except ValueError as e:
    print("ValueError", e)

raiser = lambda x: ("lambda", x)
print(calls_raiser(8))

del zero
try:
    run()
except NameError as e:
    print("NameError", e)


def missing_many():
    # two is max: every call misses.
    return sum(two(i, 1) for i in range(500))


def depth_after():
    # The levels the missed calls took were given back: as deep as before.
    return down(900)


print(missing_many())
print(depth_after())
