# asyncio.timeout, TaskGroup's __aenter__ and to_thread awaited by
# coroutines (ctx_sm_test.go drives them from compiled coroutines).
import asyncio


def blocking(x):
    return x * 2


async def main():
    async with asyncio.timeout(10) as t:
        await asyncio.sleep(0)
        print("in time", t.expired())
    try:
        async with asyncio.timeout(0.01) as t:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timed out", t.expired())
    print("to_thread", await asyncio.to_thread(blocking, 21))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0, "one"))
        t2 = tg.create_task(asyncio.sleep(0, "two"))
    print("group", t1.result(), t2.result())


asyncio.run(main())
