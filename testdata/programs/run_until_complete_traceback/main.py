# loop.run_until_complete called directly: an exception the future
# finished with shows base_events.py's run_until_complete frame (`return
# future.result()`) between the caller and the coroutine's frames, as in
# CPython; asyncio.run called from a nested frame has its asyncio frames
# right outside that frame.
import asyncio
import traceback


async def inner():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    await inner()


def run_it():
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(main())
    finally:
        loop.close()


def frames(tb_text):
    # The host's file names as their base names.
    out = []
    for line in tb_text.splitlines():
        if line.strip().startswith("File "):
            path = line.split('"')[1]
            line = line.replace(path, path.rsplit("/", 1)[-1])
        out.append(line)
    return "\n".join(out)


try:
    run_it()
except ValueError:
    print(frames(traceback.format_exc()))

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(asyncio.ensure_future(main(), loop=loop))
except ValueError:
    print(frames(traceback.format_exc()))

fut = loop.create_future()
loop.call_soon(fut.set_exception, KeyError("k"))
try:
    loop.run_until_complete(fut)
except KeyError:
    print(frames(traceback.format_exc()))

print(loop.run_until_complete(asyncio.sleep(0, "ok")))


def call(f):
    try:
        f()
    except ValueError:
        print(frames(traceback.format_exc()))


call(lambda: asyncio.run(main()))
call(lambda: loop.run_until_complete(main()))
loop.run_until_complete(main())
