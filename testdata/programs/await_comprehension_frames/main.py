# Comprehensions that await run inline in the coroutine's state machine;
# a traceback still shows the frame CPython runs each in (<listcomp>,
# <setcomp>, <dictcomp>) and the caller's frame at the comprehension.
import asyncio
import traceback


async def val(i, bad=2):
    await asyncio.sleep(0)
    if i == bad:
        raise ValueError(i)
    return i


async def agen(n):
    for i in range(n):
        yield i
    raise KeyError(n)


def items(n):
    if n < 0:
        raise IndexError(n)
    return range(n)


async def c1():
    return [await val(i) for i in range(3)]


async def c2():
    return {await val(i) for i in range(3)}


async def c3():
    return {i: await val(i) for i in range(3)}


async def c4():
    return {await val(i, 1): i for i in range(3)}


async def c5():
    return [x async for x in agen(2)]


async def c6():
    return [i for i in range(3) if await val(i)]


async def c7():
    return [await val(i) + 1 / (i - 1) for i in range(3)]


async def c8():
    return [await val(i) for i in items(-1)]       # the first iterable: outside


async def c9():
    return [(await val(i), j) for i in range(2) for j in items(i - 1)]


async def c10():
    return [[await val(j) for j in range(i)] for i in range(4)]


async def c11():
    return [
        await val(i)
        for i in range(3)
    ]


async def c12():
    return sum([await val(i) for i in range(3)]) + [await val(i, 0) for i in range(1)][0]


async def main():
    for c in (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12):
        try:
            await c()
        except Exception:
            traceback.print_exc(limit=-3)
    print(await asyncio.gather(*[val(i, -1) for i in range(3)]))


asyncio.run(main())


async def c13():
    return [await val(i, -1) + (lambda: 1 / 0)() for i in range(2)]   # a lambda's frame stays one


async def more():
    for c in (c13,):
        try:
            await c()
        except Exception:
            traceback.print_exc(limit=-3)


asyncio.run(more())
