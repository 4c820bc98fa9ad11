# For loops of plain functions and module bodies step generators with one
# deferred function per call (py.NextCovered / py.CoverLoops): exceptions
# out of the generator, StopIteration into RuntimeError, closing.
import sys
import traceback


def gen(n, stop_at=None, exc=None):
    for i in range(n):
        if i == stop_at:
            raise exc
        yield i


def total(n, stop_at=None, exc=None):
    t = 0
    for v in gen(n, stop_at, exc):
        t += v
    return t


print(total(5))
try:
    total(5, 2, StopIteration("x"))
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__), e.__context__ is e.__cause__)
    traceback.print_exc(file=sys.stdout)
try:
    total(5, 3, KeyError("k"))
except KeyError as e:
    print("KeyError", e)
    traceback.print_exc(file=sys.stdout)


def nested(n):
    out = []
    for i in range(n):
        for v in gen(i):
            out.append(v)
        while len(out) > 100:
            out.pop()
    return out


print(nested(5))

g = gen(5, 2, ValueError("v"))
try:
    for v in g:
        print("item", v)
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted"), g.gi_running, g.gi_frame)

g = gen(5)
for v in g:
    if v == 1:
        break
print(next(g), g.gi_running)


def body_raises():
    g = gen(4)
    try:
        for v in g:
            if v == 2:
                raise StopIteration("from the loop body")
    except StopIteration as e:
        print("body StopIteration", e, next(g))


body_raises()


def in_try():
    try:
        for v in gen(4, 1, StopIteration):
            print("in_try", v)
    except RuntimeError as e:
        print("in_try RuntimeError", e)
    with open(__file__) as f:
        try:
            for v in gen(3, 2, StopIteration(7)):
                pass
        except RuntimeError as e:
            print("with RuntimeError", e, e.__cause__.value)


in_try()


def reenter():
    def inner():
        yield 1
        yield from it
    it = inner()
    try:
        for v in it:
            print("reenter", v)
    except ValueError as e:
        print("ValueError", e)
    print(next(it, "closed"))


reenter()


def chain(n):
    for i in range(n):
        yield from gen(2, 5 if i < 2 else 1, StopIteration)


def use_chain():
    for v in chain(3):
        print("chain", v)


try:
    use_chain()
except RuntimeError as e:
    print("chain RuntimeError", e)
    traceback.print_exc(file=sys.stdout)


def returns():
    for v in gen(10):
        if v == 3:
            return v * 10
    return -1


print(returns())
for k in range(3):
    print(sum(v for v in gen(k)), [v for v in gen(k)])


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


def mixed():
    for v in It():
        for w in gen(v):
            print("mixed", v, w)


mixed()


def deep(n):
    if n == 0:
        raise StopIteration("deep")
    for v in gen(1):
        deep(n - 1)


try:
    deep(3)
except StopIteration as e:
    print("deep StopIteration", e)


def deep_gen(n):
    for v in gen(2):
        if n == 0:
            raise StopIteration("deep_gen")
        for w in deep_gen(n - 1):
            yield w
        yield v


try:
    for v in deep_gen(2):
        print("deep_gen", v)
except RuntimeError as e:
    print("deep_gen RuntimeError", e)
    traceback.print_exc(file=sys.stdout)
def ident(x):
    return x


def reenter_call():
    def inner():
        yield 1
        yield next(it)
    it = inner()
    try:
        for v in ident(it):
            print("reenter_call", v)
    except ValueError as e:
        print("ValueError", e, it.gi_running)
    print(next(it, "closed"))


reenter_call()


def catching(n):
    try:
        for i in range(n):
            yield i
        raise StopIteration("catching")
    except KeyError:
        yield -1


def closes():
    g = catching(5)
    for v in ident(g):
        print("closes", v)
        if v == 1:
            g.close()
    h = gen(5)
    for v in ident(h):
        if v == 2:
            h.close()
        print("closes h", v)


closes()
try:
    for v in catching(2):
        print("catching", v)
except RuntimeError as e:
    print("catching RuntimeError", e, repr(e.__cause__))
for v in gen(3, 1, StopIteration("uncaught")):
    print("last", v)
