# Future() and Task() take their arguments as Argument Clinic functions do:
# the same checks, in the same order, with the same messages.
import asyncio


async def coro():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    cases = [
        ("Future()", lambda: asyncio.Future()),
        ("Future(loop=loop)", lambda: asyncio.Future(loop=loop)),
        ("Future(1)", lambda: asyncio.Future(1)),
        ("Future(loop=loop, x=1)", lambda: asyncio.Future(loop=loop, x=1)),
        ("Future(x=1)", lambda: asyncio.Future(x=1)),
        ("Task()", lambda: asyncio.Task()),
        ("Task(loop=loop)", lambda: asyncio.Task(loop=loop)),
        ("Task(c, c)", lambda: asyncio.Task(c, c)),
        ("Task(c, coro=c)", lambda: asyncio.Task(c, coro=c)),
        ("Task(c, bogus=1)", lambda: asyncio.Task(c, bogus=1)),
        ("Task(coro=c, name='n')", lambda: asyncio.Task(coro=c, name="n")),
        ("Task(1, 2, 3, 4, 5)", lambda: asyncio.Task(1, 2, 3, 4, 5)),
        ("Task(c, loop=loop, name='x', context=None, q=1)", lambda: asyncio.Task(c, loop=loop, name="x", context=None, q=1)),
        ("Task(bogus=1, loop=loop)", lambda: asyncio.Task(bogus=1, loop=loop)),
    ]
    for label, make in cases:
        global c
        c = coro()
        try:
            r = make()
            print(label, "->", type(r).__name__, getattr(r, "get_name", lambda: "")())
            if isinstance(r, asyncio.Task):
                await r
        except TypeError as e:
            print(label, "TypeError:", e)
        c.close()


asyncio.run(main())
