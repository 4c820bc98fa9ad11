# yield from a compiled generator: the delegate resumed by next() runs
# without the send machinery; these cover what must still hold.
import sys
import traceback


def leaf(n):
    for i in range(n):
        yield i
    return "leaf-done-%d" % n


def mid(n):
    r = yield from leaf(n)
    yield r
    r2 = yield from leaf(0)
    yield r2
    return "mid"


def top():
    r = yield from mid(2)
    yield ("top got", r)


print(list(top()))


# send() through the chain reaches the innermost generator
def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)


def relay():
    res = yield from echo()
    yield ("relay", res)


g = relay()
print(next(g), g.send("a"), g.send("b"), next(g))


# next() and send(None) interleaved
g = relay()
print(next(g), g.send(None))


# throw() into the delegate, caught there
def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            yield "caught %r" % (e,)
            return "catcher-ret"


def outer_c():
    v = yield from catcher()
    yield v


g = outer_c()
print(next(g), g.throw(KeyError("k")), next(g), next(g, "end"))

# close() closes the delegate first
def closing_leaf():
    try:
        yield 1
        yield 2
    finally:
        print("leaf finally")


def closing_outer():
    try:
        yield from closing_leaf()
    finally:
        print("outer finally")


g = closing_outer()
print(next(g))
g.close()
print("closed")


# an exception from the delegate propagates through the delegator
def raiser():
    yield 1
    raise ValueError("boom")


def wrap_raiser():
    try:
        yield from raiser()
    except ValueError as e:
        yield "wrapped " + str(e)


print(list(wrap_raiser()))


# StopIteration raised inside the delegate: RuntimeError (PEP 479)
def bad_leaf():
    yield 1
    raise StopIteration("inner")


def bad_outer():
    yield from bad_leaf()


try:
    print(list(bad_outer()))
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))


# gi_running and gi_yieldfrom while delegating
def peek():
    yield (outer_g.gi_running, inner_g.gi_running)
    try:
        next(outer_g)
    except ValueError as e:
        yield "reentrant: " + str(e)


def outer_p():
    yield from inner_g


inner_g = peek()
outer_g = outer_p()
print(next(outer_g))
print(outer_g.gi_yieldfrom is inner_g, inner_g.gi_yieldfrom)
print(next(outer_g))
print(next(outer_g, "exhausted"))

# a delegate already partly consumed, and an exhausted one
lg = leaf(4)
next(lg)


def rest():
    r = yield from lg
    yield r


print(list(rest()))
print(list(rest()))


# the delegate is the generator itself
def selfish():
    yield from me


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# a delegate that raises at its first step
def fails_first():
    raise LookupError("first")
    yield


def outer_f():
    yield from fails_first()


try:
    next(outer_f())
except LookupError as e:
    print("LookupError:", e)


# deep chain
def chain(d):
    if d == 0:
        yield "bottom"
        return 0
    r = yield from chain(d - 1)
    yield d
    return r + d


print(list(chain(5)))


# a traceback through the chain
def tb_leaf():
    yield 1
    1 / 0


def tb_mid():
    yield from tb_leaf()


def tb_top():
    yield from tb_mid()


try:
    for _ in tb_top():
        pass
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(l for l in lines if not l.startswith("    ")))

# a traceback of the PEP 479 RuntimeError through the chain
try:
    for _ in bad_outer():
        pass
except RuntimeError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(l for l in lines if not l.startswith("    ")))


# a generator subclass-free iterator delegate, and a generator with handlers
def handlers():
    try:
        yield 1
    except Exception:
        pass
    yield 2


def via():
    yield from iter([7, 8])
    yield from handlers()


print(list(via()))
print(sys.getrecursionlimit() > 0)
