# asyncio: task create-and-await, sleep(0) round trips, a Queue between two tasks.
import asyncio, time, sys

async def noop():
    return 1

async def main():
    t = time.perf_counter()
    for _ in range(20000):
        await asyncio.create_task(noop())
    t1 = time.perf_counter()
    for _ in range(50000):
        await asyncio.sleep(0)
    t2 = time.perf_counter()
    q = asyncio.Queue()
    async def prod():
        for i in range(20000):
            await q.put(i)
    async def cons():
        s = 0
        for i in range(20000):
            s += await q.get()
        return s
    r = await asyncio.gather(prod(), cons())
    t3 = time.perf_counter()
    print(r[1])
    print(f"tasks {t1-t:.3f} sleep0 {t2-t1:.3f} queue {t3-t2:.3f}", file=sys.stderr)

asyncio.run(main())
