# Where an awaiting frame points when the call of `await o.m(a)` raises
# (the call's columns, as CPython's CALL) and when the await does (the
# await's): carets of traceback.print_exc for each.
import asyncio
import traceback

import helper


class X:
    def sync(self, n=0):
        raise ValueError(n)

    async def later(self, n):
        await asyncio.sleep(0)
        raise KeyError(n)

    def plain(self, n):
        return n


def arg():
    return 5


async def m1(x):
    r = await x.sync(1)          # the method raises: the call's columns


async def m2(x):
    r = 1 + await x.sync(2)      # inside an expression


async def m3(x):
    await x.sync(
        3)                       # over two lines


async def m4(x):
    await x.sync(arg())          # an argument that runs code (lookup first)


async def m5(x):
    await x.sync(1, 2, 3)        # the call's own TypeError


async def m6(x):
    await x.missing(6)           # the lookup: the attribute's columns


async def m7(x):
    r = await x.plain(7)         # not awaitable: the await's columns


async def m8(x):
    r = await x.later(8)         # raised while awaited: the await's columns


async def m9(x):
    r = await helper.f(9)        # a module's function


async def m10(x):
    r = await helper.later(10)   # a module's coroutine function


async def m11(x):
    return await x.sync()        # no argument


async def main():
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11):
        try:
            await m(X())
        except Exception:
            traceback.print_exc(limit=-2)


asyncio.run(main())
