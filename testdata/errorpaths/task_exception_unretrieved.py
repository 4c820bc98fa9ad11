import asyncio

async def boom():
    raise RuntimeError("nobody awaits me")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("main done", t.done())

asyncio.run(main())
print("after run")
