import asyncio

async def worker(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError(f"bad worker {n}")
    return n

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(4)))
    print(results)

asyncio.run(main())
