# asyncio.wait_for awaited by coroutines: no timeout, in time, timed out,
# timeout <= 0, the waiting task cancelled, the inner awaitable failing
# (wait_for_sm_test.go drives it from compiled coroutines).
import asyncio


async def inner(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "inner cancelled")
        raise
    if fail:
        raise ValueError(name)
    return name + " result"


async def main():
    print(await asyncio.wait_for(inner("a", 0), None))
    print(await asyncio.wait_for(inner("b", 0), 10))
    try:
        await asyncio.wait_for(inner("c", 10), 0.01)
    except asyncio.TimeoutError as e:
        print("c timeout", repr(e), repr(e.__cause__))
    try:
        await asyncio.wait_for(inner("d", 10), 0)
    except asyncio.TimeoutError as e:
        print("d timeout", repr(e.__cause__))
    f = asyncio.get_running_loop().create_future()
    f.set_result("done future")
    print(await asyncio.wait_for(f, -1))
    try:
        await asyncio.wait_for(inner("e", 0, True), 10)
    except ValueError as e:
        print("e raised", repr(e))

    async def outer():
        try:
            return await asyncio.wait_for(inner("f", 10), 10)
        except asyncio.CancelledError:
            print("outer cancelled")
            raise

    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer task cancelled", t.cancelled())


asyncio.run(main())
