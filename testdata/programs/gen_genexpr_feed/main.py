# Generator expressions passed straight to builtins (list, tuple, set,
# sorted, sum, any, all, min, max): results, evaluation order, short
# circuits, exceptions from the loops and from the consumer, tracebacks,
# frames, PEP 479, shadowed and rebound builtins.
import sys
import traceback


def frames(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def noisy(name, items):
    print("iter", name)
    for x in items:
        print(" next", name, x)
        yield x


print(list(x * x for x in range(5)))
print(tuple(x for x in "abc" if x != "b"))
print(tuple(x for x in []))
print(sorted(-x for x in [3, 1, 2]))
print(sum(x for x in range(10)), sum(x / 2 for x in range(3)), sum(2 ** 70 + x for x in range(3)))
print(sum(x for x in []), min(x for x in [3, 1, 2]), max(x for x in [3, 1, 2]))
print(set(x % 3 for x in range(10)))
print(list((x, y) for x in range(3) if x for y in range(x)))


# Ties: min and max keep the first of equals.
class K:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, o):
        return self.v < o.v

    def __gt__(self, o):
        return self.v > o.v


print(min(K(v, t) for v, t in [(2, "a"), (1, "b"), (1, "c")]).tag)
print(max(K(v, t) for v, t in [(2, "a"), (2, "b"), (1, "c")]).tag)

# The first iterable is evaluated before the call, the rest per item;
# any and all stop at their answer.
print(any(x > 1 for x in noisy("a", [0, 1, 2, 3, 4])))
print(all(x < 2 for x in noisy("b", [0, 1, 2, 3, 4])))
print(any(x for x in noisy("c", [])), all(x for x in noisy("d", [])))
print(sum(x * y for x in noisy("outer", [1, 2]) for y in noisy("inner", [10, 20])))


def order():
    print("callee evaluated")
    return max


def first():
    print("first iterable evaluated")
    return [1, 2]


print(order()(x for x in first()))
print(max(print("item", x) or x for x in first()))

# min/max compare each item as it comes.
class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __repr__(self):
        return "Loud(%d)" % self.v


print(min(Loud(print("make", v) or v) for v in [3, 1, 2]))

# Exceptions from the loops: a <genexpr> frame.
def boom(x):
    if x == 2:
        raise ValueError("boom %d" % x)
    return x


for name, f in [("list", list), ("set", set), ("sum", sum), ("any", any)]:
    try:
        if name == "list":
            list(boom(x) for x in range(4))
        elif name == "set":
            set(boom(x) for x in range(4))
        elif name == "sum":
            sum(boom(x) for x in range(4))
        else:
            any(boom(x) - 5 for x in range(4))
    except ValueError as e:
        print(name, e, frames(e))

# Exceptions from the consumer's work: no <genexpr> frame.
try:
    set([x] for x in range(3))
except TypeError as e:
    print("set", e, frames(e))
try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("sum", e, frames(e))
try:
    min(x for x in [1, "a"])
except TypeError as e:
    print("min", e, frames(e))
try:
    sorted(x for x in [1, "a"])
except TypeError as e:
    print("sorted", e, frames(e))
try:
    max(x for x in [])
except ValueError as e:
    print("max", e, frames(e))
try:
    min(x for x in ())
except ValueError as e:
    print("min", e)


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        f = sys._getframe(1)
        print("hash called from", f.f_code.co_name, "back", f.f_back and f.f_back.f_code.co_name)
        if self.v == 2:
            raise KeyError(self.v)
        return self.v

    def __eq__(self, o):
        return self is o


def inside():
    return len(set(H(v) for v in range(2)))


print(inside())
try:
    set(H(v) for v in range(3))
except KeyError as e:
    print("hash raised", e, frames(e))
print(list(sys._getframe(0).f_code.co_name for _ in range(1)))
print(list(sys._getframe(1).f_code.co_name for _ in range(1)))


# PEP 479: a StopIteration out of the loops becomes RuntimeError; one
# from the consumer's work stays a StopIteration.
def stop(x):
    if x == 1:
        raise StopIteration(x)
    return x


for f in (list, set, sum, all, max):
    try:
        f(stop(x) for x in range(3))
    except RuntimeError as e:
        print(f.__name__, "RuntimeError", e, type(e.__cause__).__name__, e.__suppress_context__)


class StopHash:
    def __hash__(self):
        raise StopIteration("from hash")


class StopAdd:
    def __radd__(self, o):
        raise StopIteration("from add")


try:
    set(StopHash() for _ in range(2))
except StopIteration as e:
    print("StopIteration", e, frames(e))
try:
    sum(StopAdd() for _ in range(2))
except StopIteration as e:
    print("StopIteration", e)
try:
    next(iter([]))
except StopIteration:
    try:
        list(stop(x) for x in range(3))
    except RuntimeError as e:
        print("context kept", type(e.__context__).__name__, type(e.__cause__.__context__).__name__)


# Recursion depth: the loops are one frame, the consumer's work is not.
def depth():
    n, f = 0, sys._getframe(1)
    while f:
        n, f = n + 1, f.f_back
    return n


class D:
    def __hash__(self):
        print("hash depth", depth())
        return 1


def at():
    print("at depth", depth())
    print(list(depth() for _ in range(1)))
    set(D() for _ in range(1))


at()


# Walrus, closures over the loop variable, nested generator expressions.
def scopes():
    print(any((y := x) > 2 for x in range(10)), y)
    fs = list((lambda: x) for x in range(3))
    print([f() for f in fs])
    print(sum(sum(y for y in range(x)) for x in range(5)))
    print(max(min(v for v in row) for row in [[3, 4], [1, 9], [5, 6]]))
    n = 3
    print(sorted(x % n for x in range(7)))


scopes()


# Shadowed names: the user's function is called with a generator.
def shadowed():
    sum = lambda g: type(g).__name__
    print(sum(x for x in range(3)))


shadowed()


def max(g, *rest):
    return "my max got " + type(g).__name__


print(max(x for x in range(3)))
del max

# Builtins rebound at run time, before another module is imported.
import builtins

real_sorted, real_sum = builtins.sorted, builtins.sum
builtins.sorted = lambda g: ("mine", type(g).__name__, real_sorted(g))
builtins.sum = lambda g: ("mine", real_sum(g))
import helper

print(helper.use())
builtins.sorted, builtins.sum = real_sorted, real_sum
print(sorted(x for x in [2, 1]))


# Generators in the loops are left suspended by any/all.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


print(any(x for x in gen()))
print(list(x for x in gen()))
