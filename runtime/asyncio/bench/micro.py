# The Go benchmarks of runtime/asyncio/bench_test.go as CPython programs:
# prints "<name> <ns per op>" for each. Usage: micro.py [N [NAME]] (NAME: run
# only that benchmark).
import asyncio
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
ONLY = sys.argv[2] if len(sys.argv) > 2 else None


async def noop():
    pass


async def task_create_finish(n):
    ct = asyncio.create_task
    for _ in range(n):
        await ct(noop())


async def sleep0(n):
    sleep = asyncio.sleep
    for _ in range(n):
        await sleep(0)


async def future_await(n):
    loop = asyncio.get_running_loop()
    for _ in range(n):
        fut = loop.create_future()
        loop.call_soon(fut.set_result, 1)
        await fut


async def queue_ping_pong(n):
    q1, q2 = asyncio.Queue(), asyncio.Queue()

    async def pong():
        for _ in range(n):
            v = await q1.get()
            await q2.put(v)

    t = asyncio.create_task(pong())
    for _ in range(n):
        await q1.put(1)
        await q2.get()
    await t


async def async_with_lock(n):
    lock = asyncio.Lock()
    for _ in range(n):
        async with lock:
            pass


async def timed(fn, n):
    t0 = time.perf_counter()
    await fn(n)
    return (time.perf_counter() - t0) / n * 1e9


for name, fn in [('TaskCreateFinish', task_create_finish), ('Sleep0', sleep0),
                 ('FutureAwait', future_await), ('QueuePingPong', queue_ping_pong),
                 ('AsyncWithLock', async_with_lock)]:
    if ONLY in (None, name):
        print(name, round(asyncio.run(timed(fn, N)), 1))
