import asyncio

async def fail(n):
    # The first fails at once; the second is cancelled, never failing.
    await asyncio.sleep(0 if n == 1 else 10)
    raise ValueError(n)

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(1, 3):
            tg.create_task(fail(i))

asyncio.run(main())
