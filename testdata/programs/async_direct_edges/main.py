# Awaits of never-suspending async defs run the awaited body on the awaiting
# frame (py.DirectAwait*, inlined at the await). Checks what must not change:
# the recursion limit's depth and the depth after a RecursionError, tracebacks
# through awaited bodies, rebinding the name (to another async def, to a
# function returning a non-coroutine awaitable, to one returning a
# non-awaitable, deleting it: from another module, as this one must not
# reach its own namespace for the awaits to be direct), and int-literal
# arithmetic at the small-int edges.
import asyncio
import sys
import traceback

import rebind

deepest = 0


async def down(n):
    global deepest
    deepest = n
    return await down(n + 1)


async def count(n):
    if n <= 0:
        return 0
    return await count(n - 1) + 1


async def fail(n):
    if n == 0:
        raise ValueError("bottom")
    return await fail(n - 1)


async def pair(a, b):
    return await pair0() + [a, b]


async def pair0():
    return []


async def triple(a, b, c):
    return (a - 1, b + 1, c - 2)


async def target(x):
    return ("target", x)


async def other(x):
    return ("other", x)


class Num:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        print("Num.__sub__", self.v, o)
        return self.v - o

    def __repr__(self):
        return f"Num({self.v})"

    def __le__(self, o):
        return self.v <= o


async def calls_target():
    return await target(1)


async def main():
    global deepest
    for attempt in range(2):
        try:
            await down(0)
        except RecursionError as e:
            print("RecursionError", attempt, deepest, e)
    print(await count(200))
    sys.setrecursionlimit(120)
    try:
        await count(150)
    except RecursionError as e:
        print("limit 120:", e)
    print(await count(90))
    sys.setrecursionlimit(1000)
    try:
        await fail(3)
    except ValueError:
        tb = traceback.format_exc().splitlines()
        for line in tb:
            print(line.replace(__file__, "FILE"))
    print(await pair(1, 2), await triple(0, -1, 1))
    for v in [0, 1, 2, -4, 1024, 1025, 1026, 2**62, -2**63, 2**64, True, False, 2.5, Num(7)]:
        try:
            print(repr(v), end=" ")
            print(await triple(v, v, v))
        except TypeError as e:
            print("TypeError", e)
    print(await count(Num(3)))
    print(await calls_target())
    rebind.put("target", other)
    print(await calls_target())

    async def nested(x):
        return ("nested", x)

    rebind.put("target", nested)
    print(await calls_target())

    def returns_future(x):
        f = asyncio.get_running_loop().create_future()
        f.set_result(("future", x))
        return f

    rebind.put("target", returns_future)
    print(await calls_target())
    rebind.put("target", lambda x: x)
    try:
        print(await calls_target())
    except TypeError as e:
        print("TypeError", e)
    rebind.drop("target")
    try:
        print(await calls_target())
    except NameError as e:
        print("NameError", e)
    co = count(3)
    print(type(co).__name__, await co)
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
