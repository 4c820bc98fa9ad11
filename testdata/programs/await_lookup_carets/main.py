# `await o.m(...)` whose lookup of o.m fails shows carets under o.m (the
# LOAD_METHOD's position), as CPython 3.11 does, whichever way the await is
# compiled: a whole-line await, one inside an expression, a returned one,
# one whose argument runs code, async with and async for of a method call.
import asyncio
import traceback


class C:
    async def foo(self, *a):
        return a


def arg():
    return 5


async def whole_line():
    x = None
    await x.foo()


async def returned():
    x = None
    return await x.foo(1)


async def in_binop():
    x = None
    y = 1 + await x.foo(arg())


async def parenthesised():
    x = None
    await (x.foo(1))


async def two_args():
    x = C()
    v = await x.bar(1, 2)


async def many_args():
    x = None
    await x.foo(1, 2, 3, 4, 5, 6)


async def keywords():
    x = None
    await x.foo(k=1)


async def module_attr():
    await asyncio.no_such()


async def module_attr_arg():
    await asyncio.no_such(arg())


async def awaited_arg():
    x = None
    r = await x.foo(await asyncio.sleep(0))


async def split_call():
    x = None
    print("a", await   x.foo(1,
                             2))


async def async_with():
    x = None
    async with x.foo():
        pass


async def async_for():
    x = None
    async for y in x.foo():
        pass


async def works():
    x = C()
    return await x.foo(1) + await x.foo(arg())


async def main():
    print(await works())
    for t in (whole_line, returned, in_binop, parenthesised, two_args, many_args, keywords,
              module_attr, module_attr_arg, awaited_arg, split_call, async_with, async_for):
        try:
            await t()
        except AttributeError:
            print(traceback.format_exc())
    await whole_line()


asyncio.run(main())
