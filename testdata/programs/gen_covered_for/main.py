# for loops over generators inside generator bodies (the iterated
# generator's exceptions, state and re-entrancy as CPython has them), and
# generator expressions fed to list/set/sum with items of every kind.
import traceback


def show_tb():
    lines = traceback.format_exc().splitlines()
    print("\n".join(l for l in lines if not l.startswith("    ")))


gens = {}


def inner(kind):
    me = gens["inner"]
    outer = gens["outer"]
    yield ("running", me.gi_running, outer.gi_running, me.gi_frame is not None)
    if kind == "stop":
        raise StopIteration("inner stop")
    if kind == "key":
        raise KeyError("inner key")
    if kind == "reenter":
        next(outer)
    if kind == "self":
        next(me)
    yield "inner last"
    return "inner result"


def outer(kind):
    gens["inner"] = g = inner(kind)
    for x in g:
        yield ("outer got", x)
    yield "outer end"


for kind in ["ok", "stop", "key", "reenter", "self"]:
    gens.clear()
    gens["outer"] = o = outer(kind)
    got = []
    try:
        for x in o:
            got.append(x)
    except Exception as e:
        print(kind, "raised", type(e).__name__, e, repr(e.__cause__))
        show_tb()
    print(kind, got)
    i = gens["inner"]
    print("  states", o.gi_running, o.gi_frame is None, i.gi_running, i.gi_frame is None,
          next(o, "o exhausted"), next(i, "i exhausted"))


# the generator catches what the iterated one raised (a handler: the loop
# is not covered)
def catching():
    try:
        for x in inner_raise("value"):
            yield x
    except ValueError as e:
        yield "caught " + str(e)
    try:
        for x in inner_raise("stop"):
            yield x
    except RuntimeError as e:
        yield "caught RuntimeError " + str(e) + " " + repr(e.__cause__)
    with Ctx():
        for x in inner_raise("value"):
            yield x
    yield "after with"


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True


def inner_raise(kind):
    yield kind + "-1"
    if kind == "stop":
        raise StopIteration(kind)
    raise ValueError(kind)


print(list(catching()))


# a chain of for loops three deep, the bottom raising; then the levels
def bottom(n):
    for i in range(n):
        yield i
    raise LookupError("bottom")


def middle(n):
    for x in bottom(n):
        yield x * 10


def top(n):
    for x in middle(n):
        yield x + 1


t = top(3)
try:
    print(list(t))
except LookupError as e:
    print("chain:", repr(e))
    show_tb()
print(next(t, "top exhausted"))


# a for loop whose body throws into, sends to or closes the generator it
# iterates
def echo():
    try:
        while True:
            v = yield "echo"
            print("echo got", v)
    except KeyError as e:
        print("echo caught", repr(e))
        yield "after throw"
    finally:
        print("echo finally")


def driver(action):
    g = echo()
    n = 0
    for x in g:
        n += 1
        yield (n, x)
        if n == 2:
            if action == "send":
                yield ("sent", g.send("hello"))
            elif action == "throw":
                yield ("thrown", g.throw(KeyError("k")))
            elif action == "close":
                g.close()
        if n == 4:
            break
    # closed here, not when the last reference goes (refcounting)
    g.close()


for action in ["send", "throw", "close"]:
    print(action, list(driver(action)))


# generator expressions fed to builtins
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other


class I(int):
    def __hash__(self):
        print("hash I", int(self))
        return int.__hash__(self)


print(sorted(set(x % 5 for x in range(20))))
print(set(x for x in [1, 2, 3, H(2), 4, 2]))
print(len(set(x for x in [H(7), 7, 8])))
print(sorted(set(x for x in [1, I(1), I(2), 2, True, 1.0])))
print(set(x for x in [True, 1, 1.0, False, 0]))
print(list(x * 2 for x in range(5)), tuple(x for x in "ab"), sorted(x for x in [3, 1, 2]))
print(sum(x for x in range(10)), sum(x for x in [2 ** 62, 2 ** 62, -2 ** 63]), sum(x for x in [1, 2.5, True]))
print(sum(x for x in [2 ** 63 - 1, 1, -1]), sum(x for x in [-2 ** 63, -1]), sum(x for x in [I(3), 4]))
try:
    print(set(x for x in [1, 2, {}]))
except TypeError as e:
    print("set:", e)
    show_tb()
try:
    print(sum(x for x in [1, 2, "a"]))
except TypeError as e:
    print("sum:", e)
    show_tb()


def boom(x):
    if x == 3:
        raise ZeroDivisionError("boom")
    return x


try:
    print(list(boom(x) for x in range(5)))
except ZeroDivisionError as e:
    print("list:", e)
    show_tb()
