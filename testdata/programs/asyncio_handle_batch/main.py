# Callbacks of one loop iteration run in order; one that raises goes to the
# exception handler and the rest of the iteration still runs, in order.
# gather and ensure_future with plain loops, task factories, duplicates.
import asyncio
import contextvars
import sys
import traceback

var = contextvars.ContextVar("var", default="unset")
log = []


def cb(name, fail=None):
    log.append((name, var.get()))
    if fail is not None:
        raise fail


def handler(loop, context):
    exc = context.get("exception")
    log.append(("handler", context["message"].split(" at ")[0][:60], type(exc).__name__, str(exc)))
    # (the last frame only: CPython's also holds Handle._run's)
    log.append([(f.name, f.lineno) for f in traceback.extract_tb(exc.__traceback__)][-1:])


async def callbacks():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    var.set("main")
    ctx = contextvars.copy_context()
    loop.call_soon(cb, "a")
    loop.call_soon(cb, "b", ValueError("boom"))
    loop.call_soon(cb, "c")
    var.set("changed")
    loop.call_soon(cb, "d", KeyError("k"), context=ctx)
    loop.call_soon(cb, "e")
    h = loop.call_soon(cb, "cancelled")
    h.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append(("after", var.get()))
    # the context a failing callback ran in is left behind it
    ctx2 = contextvars.copy_context()
    loop.call_soon(ctx2.run, cb, "nested")
    loop.call_soon(cb, "f", RuntimeError("rt"), context=ctx2)
    loop.call_soon(cb, "g", None, context=ctx2)
    await asyncio.sleep(0)
    log.append(("var", var.get()))
    for x in log:
        print(x)
    log.clear()


async def leaf(i, fail=False):
    await asyncio.sleep(0)
    if fail:
        raise ValueError(i)
    return i


async def gathers():
    c = leaf(1)
    print(await asyncio.gather(c, c, leaf(2), c))
    print(await asyncio.gather(*[leaf(i) for i in range(12)]))
    print(await asyncio.gather(leaf(1), leaf(2, True), leaf(3), return_exceptions=True))
    try:
        await asyncio.gather(leaf(1), leaf(2, True))
    except ValueError as e:
        print("raised", repr(e))
    t = asyncio.ensure_future(leaf(5))
    print(type(t).__name__, t.get_name().startswith("Task-"), await t)
    print(await asyncio.gather(t, leaf(6)))


class MyTask(asyncio.Task):
    made = 0

    def __init__(self, *a, **kw):
        MyTask.made += 1
        super().__init__(*a, **kw)


async def with_factory():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
    print(await asyncio.gather(leaf(1), leaf(2)), MyTask.made)
    t = asyncio.ensure_future(leaf(3))
    print(type(t).__name__, await t, MyTask.made)

    def bad_factory(loop, coro, **kw):
        raise RuntimeError("no tasks today")
    loop.set_task_factory(bad_factory)
    c = leaf(4)
    try:
        asyncio.ensure_future(c)
    except RuntimeError as e:
        print("factory:", e, c.cr_frame is None)
    loop.set_task_factory(None)


def closed_loop():
    loop = asyncio.new_event_loop()
    loop.close()
    c = leaf(1)
    try:
        asyncio.ensure_future(c, loop=loop)
    except RuntimeError as e:
        print("closed:", e, c.cr_frame is None)


def exits():
    loop = asyncio.new_event_loop()
    def bye():
        log.append("bye")
        raise SystemExit(3)
    loop.call_soon(cb, "before")
    loop.call_soon(bye)
    loop.call_soon(cb, "after")
    try:
        loop.run_forever()
    except SystemExit as e:
        print("SystemExit", e.code, log)
    log.clear()
    loop.run_until_complete(asyncio.sleep(0))
    print("left over", log)
    loop.close()


asyncio.run(callbacks())
asyncio.run(gathers())
asyncio.run(with_factory())
closed_loop()
exits()
