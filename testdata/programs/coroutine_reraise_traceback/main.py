# An exception leaving a compiled coroutine after its try statement (a
# handler's raise, a bare raise, an async with's re-raise, an error after
# the statement) keeps the frames of the callers that await it, up to the
# one that catches it, as CPython's traceback does.
import asyncio
import traceback


class CM:
    async def __aenter__(self):
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc):
        return False


async def after_try():
    try:
        await asyncio.sleep(0)
    except KeyError:
        pass
    None.foo()


async def bare_raise():
    try:
        await asyncio.sleep(0)
        raise KeyError(1)
    except KeyError:
        raise


async def handler_raise():
    try:
        await asyncio.sleep(0)
        raise KeyError(1)
    except KeyError:
        raise ValueError(2)


async def in_async_with():
    async with CM():
        {}["k"]


async def with_target():
    x = None
    async with x.cm():
        pass


async def not_cm():
    async with None:
        pass


async def finally_raise():
    try:
        await asyncio.sleep(0)
    finally:
        [][1]


async def mid(t):
    await t()


async def main():
    for t in (after_try, bare_raise, handler_raise, in_async_with, with_target, not_cm, finally_raise):
        try:
            await mid(t)
        except Exception:
            print(traceback.format_exc())
    await mid(handler_raise)


asyncio.run(main())
