# Generator expressions fed to builtins inside generator and coroutine
# bodies read the body's frame (py.FeedIn): its locals, cells, globals.
import asyncio
import builtins
import traceback

SCALE = 10


def gen(n):
    cols = range(n)
    total = 0
    for vec in ([1, 3, 0, 2], [0, 1, 2, 3], [2, 0, 3, 1]):
        ok = n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols))
        total += sum(v * SCALE for v in vec)
        yield ok, total, max(x + total for x in vec), any(x > n for x in vec)
        # Nested: a fed expression inside another's items.
        yield sorted(sum(vec[j] for j in range(i)) for i in cols)


print(list(gen(4)))


real_sum = builtins.sum


def kept_gen(xs):
    # A builtin rebound at run time gets a real generator, which runs
    # after the body moved on: it must still read this frame's variables.
    saved = []
    k = 100
    builtins.sum = saved.append
    try:
        sum(x + k for x in xs)
    finally:
        builtins.sum = real_sum
    k = 200
    yield list(saved[0])
    k = 300
    yield sum(x + k for x in xs)


g = kept_gen(range(3))
print(next(g))
print(next(g, "done"))


def kept_gen2(xs):
    saved = []
    k = 1
    builtins.sum = saved.append
    try:
        sum(x * k for x in xs)
    finally:
        builtins.sum = real_sum
    yield saved[0]
    k = 5
    yield "k is 5"


g = kept_gen2([1, 2, 3])
inner = next(g)
print(type(inner).__name__, next(inner))
print(next(g), list(inner))


def cell_gen(n):
    # vec is a cell: a closure reads it too.
    vec = list(range(n))
    f = lambda: vec[0]
    for shift in range(3):
        vec = vec[1:] + vec[:1]
        yield f(), len(set((v + shift) % n for v in vec)), tuple(v for v in vec if v != f())


print(list(cell_gen(4)))


async def coro(n):
    cols = range(n)
    await asyncio.sleep(0)
    a = sum(i * SCALE for i in cols)
    await asyncio.sleep(0)
    return a, len(set(i % 3 for i in cols)), all(i < n for i in cols), min(i - n for i in cols)


print(asyncio.run(coro(7)))


def failing(n):
    cols = range(n)
    yield len(set(1 // (i - 2) for i in cols))


try:
    list(failing(4))
except ZeroDivisionError:
    traceback.print_exc()


def failing_global(n):
    yield sum(x * MISSING for x in range(n))
    yield "never"


try:
    list(failing_global(2))
except NameError:
    traceback.print_exc()


def stop_inside(n):
    it = iter([1])
    yield sum(next(it) + x for x in range(n))


try:
    list(stop_inside(3))
except RuntimeError:
    traceback.print_exc()

MISSING = 3
print(list(failing_global(3)))
