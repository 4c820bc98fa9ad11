import asyncio

def cb(x):
    print("cb", x)
    raise KeyError(x)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "k")
    await asyncio.sleep(0.01)
    print("still running")

asyncio.run(main())
