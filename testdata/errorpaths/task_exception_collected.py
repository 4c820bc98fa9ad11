# A task nobody awaits is reported when it is collected (CPython: when the
# last reference goes), before what the program does next.
import asyncio, gc, sys

async def boom(n):
    raise RuntimeError(f"nobody awaits me {n}")

async def main():
    t = asyncio.create_task(boom(1))
    await asyncio.sleep(0.01)
    del t
    gc.collect()
    await asyncio.sleep(0)
    print("after collect", flush=True)
    sys.stderr.write("marker after collect\n")
    u = asyncio.create_task(boom(2))
    await asyncio.sleep(0.01)
    print("main done", u.done())

asyncio.run(main())
print("after run")
