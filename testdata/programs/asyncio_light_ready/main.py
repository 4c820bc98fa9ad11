# Task steps, wake-ups and Go done callbacks scheduled without handles,
# queue getters reused once their wait is over, and the task's plain-Future
# fast path: what Python can still see of each (loop._ready, handles given
# to the exception handler, _getters / _fut_waiter / cr_await held across
# later gets, cancellation, Future subclasses, exception state across
# suspensions, a step raising out of the loop's callback).
import asyncio
import sys


async def getter(q, log, tag):
    v = await q.get()
    log.append((tag, v))
    return v


async def worker(q, n):
    total = 0
    for _ in range(n):
        total += await q.get()
    return total


async def ready_snapshot():
    loop = asyncio.get_running_loop()

    async def child(i):
        await asyncio.sleep(0)
        return i

    tasks = [asyncio.create_task(child(i), name=f"c{i}") for i in range(3)]
    ready = loop._ready
    print("ready:", len(ready), sorted(type(h).__name__ for h in ready))
    print("same handles:", all(a is b for a, b in zip(ready, loop._ready)))
    print("cancelled:", [h.cancelled() for h in loop._ready])
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("states:", [t.done() for t in tasks])
    for t in tasks:
        print(t.get_name(), await t)


async def held_getters():
    q = asyncio.Queue()
    log = []
    # A getter future seen through _getters, and one through _fut_waiter:
    # both must stay as they were after their waits end and later gets wait.
    t1 = asyncio.create_task(getter(q, log, "a"))
    await asyncio.sleep(0)
    g1 = q._getters[0]
    print("g1 pending:", g1.done())
    q.put_nowait(1)
    await t1
    print("g1 after:", g1.done(), g1.result(), g1.cancelled())
    t2 = asyncio.create_task(getter(q, log, "b"))
    await asyncio.sleep(0)
    w2 = t2._fut_waiter
    print("w2 is g1:", w2 is g1, "pending:", not w2.done(), "g1 still done:", g1.done())
    q.put_nowait(2)
    await t2
    print("w2 after:", w2.done(), w2.result())
    # cr_await: the get coroutine materialized while waiting.
    t3 = asyncio.create_task(getter(q, log, "c"))
    await asyncio.sleep(0)
    aw = t3.get_coro().cr_await
    print("cr_await:", type(aw).__name__, aw.cr_code.co_name)
    q.put_nowait(3)
    await t3
    # Unseen getters reused: many waits in a row, then two tasks waiting
    # at once on the same queue, woken in order.
    wt = asyncio.create_task(worker(q, 50))
    for i in range(50):
        await asyncio.sleep(0)
        q.put_nowait(i)
    print("worker:", await wt)
    ta = asyncio.create_task(getter(q, log, "x"))
    tb = asyncio.create_task(getter(q, log, "y"))
    await asyncio.sleep(0)
    print("waiting:", len(q._getters), [f is g1 or f is w2 for f in q._getters])
    q.put_nowait(10)
    q.put_nowait(11)
    await asyncio.gather(ta, tb)
    print("log:", log)
    # A woken getter whose item is taken by someone else waits again.
    tc = asyncio.create_task(getter(q, log, "z"))
    await asyncio.sleep(0)
    q.put_nowait(20)
    print("stolen:", q.get_nowait(), "waiters:", len(q._getters))
    await asyncio.sleep(0)
    print("waits again:", tc.done(), len(q._getters))
    q.put_nowait(21)
    print("z got:", await tc)
    # Cancelled while waiting, then the queue used again.
    td = asyncio.create_task(getter(q, log, "d"))
    await asyncio.sleep(0)
    td.cancel()
    try:
        await td
    except asyncio.CancelledError:
        print("d cancelled; getters:", len(q._getters))
    te = asyncio.create_task(getter(q, log, "e"))
    await asyncio.sleep(0)
    q.put_nowait(30)
    print("e got:", await te)


class LoudFuture(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print("LoudFuture.add_done_callback")
        super().add_done_callback(fn, context=context)


async def futures():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "plain")
    print(await f)
    lf = LoudFuture()
    loop.call_soon(lf.set_result, "loud")
    print(await lf)
    # A task cancelled before its first step, awaiting a plain future.
    f2 = loop.create_future()

    async def waits(fut):
        return await fut

    t = asyncio.create_task(waits(f2))
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        print("early cancel:", e.args, f2.cancelled())
    # Cancelled while awaiting a plain future: the future is cancelled.
    f3 = loop.create_future()
    t = asyncio.create_task(waits(f3))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled:", f3.cancelled(), t.cancelled())
    # A future of another loop.
    other = asyncio.new_event_loop()
    fo = other.create_future()
    t = asyncio.create_task(waits(fo))
    try:
        await t
    except RuntimeError as e:
        print("other loop:", str(e).split(" got Future")[0][:20], "...")
    other.close()


async def raises_in_handler(label):
    try:
        raise KeyError(label)
    except KeyError:
        await asyncio.sleep(0)
        print(label, "handling:", repr(sys.exc_info()[1]))
        raise ValueError(label)


async def exc_state():
    print("before:", sys.exc_info()[1])
    try:
        await asyncio.create_task(raises_in_handler("t1"))
    except ValueError as e:
        print("caught:", repr(e), "context:", repr(e.__context__))
    print("after:", sys.exc_info()[1])

    async def stop():
        await asyncio.sleep(0)
        raise StopIteration("x")

    try:
        await asyncio.create_task(stop())
    except RuntimeError as e:
        print("PEP 479:", e, type(e.__cause__).__name__)
    try:
        raise OSError("outer")
    except OSError:
        t = asyncio.create_task(raises_in_handler("t2"))
        try:
            await t
        except ValueError as e:
            print("in handler:", repr(e.__context__), repr(sys.exc_info()[1]))


def handler(loop, ctx):
    h = ctx.get("handle")
    print("handler:", ctx["message"].split(" at ")[0], type(ctx.get("exception")).__name__,
          type(h).__name__ if h is not None else None)


async def step_errors():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()

    def boom(f):
        raise ZeroDivisionError("cb")

    fut.add_done_callback(boom)
    fut.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print("step errors done")


async def main():
    await ready_snapshot()
    await held_getters()
    await futures()
    await exc_state()
    await step_errors()


asyncio.run(main())


async def debug_run():
    q = asyncio.Queue()
    t = asyncio.create_task(worker(q, 5))
    for i in range(5):
        await asyncio.sleep(0)
        q.put_nowait(i)
    r = await t
    print("debug:", r, len(asyncio.get_running_loop()._ready))


asyncio.run(debug_run(), debug=True)
