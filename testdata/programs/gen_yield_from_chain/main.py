# Chains of `yield from` through generators without handlers: an exception
# out of the innermost must leave every level closed, a StopIteration must
# become RuntimeError at the level that raised it, and tracebacks must run
# through every level.
import traceback


def state(g):
    return (g.gi_running, g.gi_frame is None, g.gi_yieldfrom is None)


def leaf(kind):
    yield "leaf"
    if kind == "stop":
        raise StopIteration("from leaf")
    if kind == "value":
        raise ValueError("from leaf")
    if kind == "reenter":
        next(gens["mid"])
    return "leaf-done"


def mid(kind):
    gens["leaf"] = g = leaf(kind)
    r = yield from g
    yield ("mid got", r)


def top(kind):
    gens["mid"] = g = mid(kind)
    yield from g
    yield "top end"


def show_tb():
    lines = traceback.format_exc().splitlines()
    print("\n".join(l for l in lines if not l.startswith("    ")))


gens = {}
for kind in ["ok", "stop", "value", "reenter"]:
    gens.clear()
    t = top(kind)
    out = []
    try:
        for x in t:
            out.append(x)
    except Exception as e:
        print(kind, "raised", type(e).__name__, e, "cause:", repr(e.__cause__),
              "context:", repr(e.__context__))
        show_tb()
    print(kind, out)
    for name, g in [("top", t), ("mid", gens["mid"]), ("leaf", gens["leaf"])]:
        print(" ", name, state(g), next(g, "exhausted"))


# the middle level has handlers: it catches what the leaf raised
def mid_catching():
    try:
        yield from leaf("value")
    except ValueError as e:
        yield "mid caught " + str(e)
    try:
        yield from leaf("stop")
    except RuntimeError as e:
        yield "mid caught RuntimeError " + str(e) + " / " + repr(e.__cause__)


def top2():
    yield from mid_catching()


print(list(top2()))


# send() and throw() into a chain, then next() again
def echo():
    while True:
        v = yield
        if v == "stop":
            raise StopIteration
        print("echo got", v)


def relay():
    yield from echo()


def relay2():
    yield from relay()


g = relay2()
next(g)
g.send("a")
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e, state(g))
g = relay2()
next(g)
try:
    g.send("stop")
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__), state(g))


# a deep chain raising at the bottom, caught by a for loop's caller
def deep(d):
    if d == 0:
        yield 0
        raise StopIteration("bottom")
    yield from deep(d - 1)


try:
    print(list(deep(20)))
except RuntimeError as e:
    print("deep:", e, repr(e.__cause__))
    show_tb()

# a delegate asked to delegate to a running generator of its own chain:
# ValueError, and every level is left closed
cyc = {}


def cyc_leaf():
    yield "leaf"
    yield from cyc["mid"]


def cyc_mid():
    yield from cyc_leaf()


def cyc_top():
    cyc["mid"] = g = cyc_mid()
    yield from g


t = cyc_top()
try:
    print(list(t))
except ValueError as e:
    print("cycle:", e)
    show_tb()
print("cycle states", state(t), state(cyc["mid"]), next(t, "exhausted"), next(cyc["mid"], "exhausted"))


# a for loop over a delegate chain inside a generator, the leaf raising
# after the consumer broke out once
def numbers(n, fail):
    for i in range(n):
        yield i
    if fail:
        raise KeyError(fail)


def relay_for(n, fail):
    yield from numbers(n, fail)


def summing(fail):
    total = 0
    for x in relay_for(4, fail):
        total += x
        yield total


for fail in [None, "boom"]:
    try:
        print("summing", fail, list(summing(fail)))
    except KeyError as e:
        print("summing raised", repr(e))
        show_tb()

# uncaught: the traceback goes to stderr
for x in top("stop"):
    print(x)
