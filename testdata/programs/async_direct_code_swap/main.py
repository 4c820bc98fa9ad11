# Awaits of never-suspending async defs by their global names run the body
# on the awaiting frame; assigning the function's __code__, or rebinding the
# name, must send them the generic way (the new code runs).
import asyncio


async def g0():
    return "g0"


async def g1(a):
    return ("g1", a)


async def g2(a, b):
    return ("g2", a, b)


async def g3(a, b, c):
    return ("g3", a, b, c)


async def g9(a):
    return ("g9", a)


async def h0():
    return "h0"


async def h1(a):
    return ("h1", a)


async def h2(a, b):
    return ("h2", a, b)


async def h3(a, b, c):
    return ("h3", a, b, c)


async def plain():
    # Never suspends: its awaits are direct calls of the bodies.
    return [await g0(), await g1(1), await g2(1, 2), await g3(1, 2, 3)]


async def suspending():
    # Suspends: its awaits of g0..g3 are resume points of a state machine.
    await asyncio.sleep(0)
    r = [await g0(), await g1(1), await g2(1, 2), await g3(1, 2, 3)]
    await asyncio.sleep(0)
    return r


async def main():
    print("before", await plain())
    print("before", await suspending())
    for g, h in ((g0, h0), (g1, h1), (g2, h2), (g3, h3)):
        g.__code__ = h.__code__
    print("swapped", await plain())
    print("swapped", await suspending())
    print(g1.__name__, g1.__qualname__, g1.__code__.co_name)


async def plain9():
    return await g9(9)


async def suspending9():
    await asyncio.sleep(0)
    return await g9(9)


async def rebinding():
    global g9

    async def other(a):
        await asyncio.sleep(0)
        return ("other", a)

    old = g9
    g9 = other
    try:
        print("rebound", await suspending9(), await plain9())
    finally:
        g9 = old
    print("restored", await suspending9(), await plain9())


asyncio.run(main())
asyncio.run(rebinding())
