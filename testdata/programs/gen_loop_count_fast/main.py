# A for loop in a generator resuming the generator it iterates (covered,
# CoFrame.Next) mixed with yield from (nextCovered) and with generators
# that have handlers; len(set(a + b for ...)) counting ints without boxes
# (Feeder.CountAdd/CountSub), with every other kind of operand.
import sys
import traceback


def tb():
    traceback.print_exc(file=sys.stdout)


def leaf(kind):
    yield 1
    if kind == "stop":
        raise StopIteration("leaf stop")
    if kind == "key":
        raise KeyError("leaf key")
    yield 2


def via_for(kind):
    for x in leaf(kind):
        yield ("for", x)


def via_from(kind):
    r = yield from via_for(kind)
    yield ("from done", r)


def via_for_again(kind):
    for x in via_from(kind):
        yield x


def from_leaf(kind):
    r = yield from leaf(kind)
    yield ("from leaf", r)


def loop_from_leaf(kind):
    for x in from_leaf(kind):
        yield x


def handled(kind):
    try:
        for x in via_for(kind):
            yield x
    except KeyError as e:
        yield ("handled", repr(e))


def top(kind):
    for x in handled(kind):
        yield x


for kind in ["ok", "stop", "key"]:
    for make in [via_for, via_from, via_for_again, from_leaf, loop_from_leaf, handled, top]:
        g = make(kind)
        try:
            print(kind, make.__name__, list(g))
        except Exception as e:
            print(kind, make.__name__, "raised", type(e).__name__, e, repr(e.__cause__))
            tb()
        print("  after", g.gi_running, g.gi_frame is None, next(g, "exhausted"))


# the same generators stepped by plain code (py.Next): a for loop in a
# function and at module level, next(), list()
def plain(make, kind):
    out = []
    for x in make(kind):
        out.append(x)
    return out


def catching_stop(kind):
    try:
        yield from leaf(kind)
    except KeyError:
        yield "caught key"
    raise StopIteration("catching stop")


for kind in ["ok", "stop", "key"]:
    for make in [leaf, via_for, from_leaf, catching_stop]:
        try:
            print("plain", kind, make.__name__, plain(make, kind))
        except Exception as e:
            print("plain", kind, make.__name__, "raised", type(e).__name__, e, repr(e.__cause__))
            tb()
        g = make(kind)
        try:
            print("  next", next(g), next(g))
        except Exception as e:
            print("  next raised", type(e).__name__, e)
        try:
            print("  after", g.gi_running, g.gi_frame is None, next(g, "exhausted"))
        except RuntimeError as e:
            print("  after raised", e)
            tb()

try:
    for x in via_for("stop"):
        print("module loop", x)
except RuntimeError as e:
    print("module loop", e, repr(e.__cause__))
    tb()


# recursion through covered loops hits the recursion limit as CPython does
def deep(n):
    if n == 0:
        yield "bottom"
        return
    for x in deep(n - 1):
        yield x


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    print(list(deep(50)))
    print(list(deep(10000)))
except RecursionError as e:
    print("RecursionError", type(e).__name__)
sys.setrecursionlimit(old)


# the iterated generator's function rebound while the loop runs; the
# generator closed, thrown into and sent to while suspended in the loop
def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  counter got", got)


def relay(n):
    global counter
    for x in counter(n):
        if x == 1:
            counter = lambda n: iter(["rebound"])
        yield x
    for x in counter(n):
        yield x


print(list(relay(3)))


def watcher():
    try:
        for x in counter(5):
            yield x
    finally:
        print("  watcher finally")


def counter(n):  # noqa: F811 (restored)
    for i in range(n):
        got = yield i
        if got is not None:
            print("  counter got", got)


w = watcher()
print(next(w), w.send("s"), next(w))
try:
    w.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown out", e)
    tb()
print(w.gi_frame is None, next(w, "done"))
w = watcher()
print(next(w))
w.close()
print("closed", w.gi_frame is None)


# a generator that is running when the loop resumes it
def self_loop():
    for x in gens[0]:
        yield x


gens = []
gens.append(self_loop())
try:
    next(gens[0])
except ValueError as e:
    print("ValueError", e)
    tb()


def outer_of(g):
    for x in g:
        yield x


inner = iter(outer_of(c for c in "ab"))
print(list(outer_of(inner)), list(outer_of(inner)))


# counted sums and differences of every kind
class MyInt(int):
    def __add__(self, other):
        print("  MyInt add", int(self), other)
        return int(self) + other + 100

    def __sub__(self, other):
        return int(self) - other - 100

    def __hash__(self):
        return int.__hash__(self)


def count_sum(vec, cols):
    return len(set(vec[i] + i for i in cols)), len(set(vec[i] - i for i in cols))


big = 2 ** 63 - 1
cases = [
    [0, 4, 7, 5, 2, 6, 1, 3],
    [1, 1, 1, 1],
    [-200, 200, -5, 130, 127, -128, -129],
    [True, False, True],
    [1.5, 2.5, 0.5],
    [big, big, -big - 1],
    [2 ** 70, 2 ** 70 + 1],
    [MyInt(3), MyInt(4)],
    [3, MyInt(1), 5],
    [0, 0.0, False],
]
for vec in cases:
    print(vec[:3], count_sum(vec, range(len(vec))))

for vec in [["a", "b"], [None, 1], [1, "x"]]:
    try:
        print(count_sum(vec, range(len(vec))))
    except TypeError as e:
        print("TypeError", e)
        tb()


def gen_count(vec):
    cols = range(len(vec))
    yield len(set(vec[i] + i for i in cols))
    yield len(set(vec[i] - i for i in cols))


print(list(gen_count([3, 1, 2])), list(gen_count(["p", "q"][:0])))
try:
    print(list(gen_count([1, [2]])))
except TypeError as e:
    print("TypeError", e)
    tb()


class Unhashable:
    __hash__ = None

    def __radd__(self, other):
        return self


try:
    print(count_sum([1, Unhashable()], range(2)))
except TypeError as e:
    print("TypeError", e)
    tb()


def stopper(vec, cols):
    def item(i):
        if i == 2:
            raise StopIteration("in item")
        return vec[i]
    return len(set(item(i) + i for i in cols))


try:
    stopper([1, 2, 3], range(3))
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
    tb()


# set and len rebound at run time: the same loops as a generator
def rebound(vec, cols=range(3)):
    return len(set(vec[i] + i for i in cols))


import builtins

real_set = builtins.set
print(rebound([5, 5, 5]))
set = lambda g: ["set", *g]
print(rebound([5, 5, 5]))


def throwing(g):
    print("  first", next(g))
    try:
        g.throw(KeyError("into genexpr"))
    except KeyError as e:
        print("  came back", repr(e))
        tb()
    return [1]


set = throwing
print(rebound([7, 8, 9]))
del set
len = lambda x: ("len", x)
print(rebound([1, 2, 1]))
del len
print(rebound([1, 2, 1]))
