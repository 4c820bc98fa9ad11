# PEP 479 where an awaited coroutine runs as a plain call (it never
# suspends): the StopIteration it raises becomes RuntimeError as it leaves
# that coroutine, so the awaiting frames see RuntimeError (its __cause__
# the StopIteration, the tracebacks split at that frame).
import asyncio
import traceback


def names(tb):
    return [f.name for f in traceback.extract_tb(tb)]


async def inner():
    raise StopIteration("x")


async def outer():
    await inner()


def plain():
    raise StopIteration("p")


async def calls_plain():
    plain()


async def catches_own():
    try:
        raise StopIteration("own")
    except StopIteration as e:
        return "own caught: %r" % (e,)


async def catches_below():
    try:
        await inner()
    except RuntimeError as e:
        return "below: %s / %r / %s / %s" % (e, e.__cause__, names(e.__traceback__), names(e.__cause__.__traceback__))


async def suspends_then_raises():
    await asyncio.sleep(0)
    await outer()


def gen():
    yield 1
    raise StopIteration("g")


async def main():
    try:
        await outer()
    except RuntimeError as e:
        print("main:", e, repr(e.__cause__), e.__suppress_context__)
        print("  err tb:", names(e.__traceback__))
        print("  cause tb:", names(e.__cause__.__traceback__))
    try:
        try:
            await outer()
        except StopIteration:
            print("wrong: StopIteration caught")
    except RuntimeError as e:
        print("not a StopIteration:", e)
    try:
        await calls_plain()
    except RuntimeError as e:
        print("plain:", e, names(e.__traceback__), names(e.__cause__.__traceback__))
    print(await catches_own())
    print(await catches_below())
    try:
        await suspends_then_raises()
    except RuntimeError as e:
        print("suspended:", e, names(e.__traceback__), names(e.__cause__.__traceback__))
    try:
        list(gen())
    except RuntimeError as e:
        print("generator:", e, repr(e.__cause__))
    t = asyncio.ensure_future(outer())
    try:
        await t
    except RuntimeError as e:
        print("task:", e, names(e.__traceback__)[-1:], names(e.__cause__.__traceback__))


asyncio.run(main())
