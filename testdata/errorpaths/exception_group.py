import asyncio

async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(n)

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(1, 3):
            tg.create_task(fail(i))

asyncio.run(main())
