import asyncio

async def ticks():
    for i in range(3):
        yield i
        await asyncio.sleep(0)
    raise ConnectionError("stream reset")

async def main():
    async for t in ticks():
        print("tick", t)

asyncio.run(main())
