import asyncio, sys

async def main():
    await asyncio.sleep(0)
    print("exiting")
    sys.exit(4)

asyncio.run(main())
