# The main task's exception out of asyncio.run and Runner.run: its
# traceback has CPython's frames of asyncio (runners.py's run and
# Runner.run, base_events.py's run_until_complete) between the caller and
# the task's own frames, as traceback.format_exc and an uncaught error show.
import asyncio
import traceback


async def inner(n):
    await asyncio.sleep(0)
    if n == 0:
        raise ValueError("deep")
    return await inner(n - 1)


async def main(kind):
    if kind == "direct":
        raise KeyError("k")
    if kind == "nested":
        return await inner(2)
    if kind == "task":
        t = asyncio.create_task(inner(1))
        return await t
    if kind == "gather":
        return await asyncio.gather(inner(0), asyncio.sleep(0))
    return kind


def frames(tb_text):
    # The file names of the frames, the host's own as their base names.
    out = []
    for line in tb_text.splitlines():
        s = line.strip()
        if s.startswith("File "):
            path = s.split('"')[1]
            out.append(path.rsplit("/", 1)[-1] + ":" + s.split(", in ")[-1])
        elif s and not s.startswith("Traceback") and not set(s) <= set("^~ "):
            out.append("  " + s)
    return out


for kind in ["direct", "nested", "task", "gather", "ok"]:
    try:
        print(kind, asyncio.run(main(kind)))
    except Exception as e:
        print(kind, repr(e))
        print("\n".join(frames(traceback.format_exc())))

with asyncio.Runner() as runner:
    try:
        runner.run(main("nested"))
    except ValueError:
        print("\n".join(frames(traceback.format_exc())))

asyncio.run(main("nested"))
