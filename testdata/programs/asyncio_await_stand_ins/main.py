# Awaiting asyncio.sleep(0) and Queue.get() from a coroutine: what the
# awaiting coroutine, the queue and the task see (cr_await, getters,
# cancellation, exception context, manual driving, overrides).
import asyncio


async def getter(q, log):
    v = await q.get()
    log.append(v)
    return v


async def sleeper():
    await asyncio.sleep(0)
    return "slept"


async def in_except(make, label):
    try:
        raise KeyError(label)
    except KeyError:
        try:
            await make()
        except asyncio.CancelledError as e:
            print(label, "context:", repr(e.__context__))


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    log = []

    # cr_await of a task waiting in q.get(): the get coroutine, the same
    # object each time; the task still gets its item afterwards.
    t = asyncio.create_task(getter(q, log))
    await asyncio.sleep(0)
    c = t.get_coro()
    aw = c.cr_await
    print(type(aw).__name__, aw.cr_code.co_name, aw is c.cr_await, aw.cr_suspended)
    print(len(q._getters), q._getters[0].done())
    q.put_nowait(1)
    print(await t, log, len(q._getters))

    # cr_await of a task in sleep(0).
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    aw = t.get_coro().cr_await
    print(type(aw).__name__, aw.cr_code.co_name, aw is t.get_coro().cr_await)
    print(await t)

    # Cancelled while waiting: the getter goes.
    t = asyncio.create_task(getter(q, log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled; getters:", len(q._getters))

    # Woken by put_nowait, then cancelled before it runs: the next getter
    # is woken and takes the item.
    a = asyncio.create_task(getter(q, log))
    b = asyncio.create_task(getter(q, log))
    await asyncio.sleep(0)
    q.put_nowait(2)
    a.cancel()
    r = await asyncio.gather(a, b, return_exceptions=True)
    print("race:", [type(x).__name__ for x in r], r[1], len(q._getters))

    # Woken, but the item is taken before it runs: it waits again.
    a = asyncio.create_task(getter(q, log))
    await asyncio.sleep(0)
    q.put_nowait(3)
    print("stolen:", q.get_nowait(), len(q._getters))
    await asyncio.sleep(0)
    print("waiting again:", a.done(), len(q._getters), q._getters[0].done())
    q.put_nowait(4)
    print("then:", await a)

    # The same, looked at through cr_await after the second wait began.
    a = asyncio.create_task(getter(q, log))
    await asyncio.sleep(0)
    q.put_nowait(5)
    q.get_nowait()
    await asyncio.sleep(0)
    print(a.get_coro().cr_await.cr_code.co_name)
    q.put_nowait(6)
    print("then:", await a)

    # Cancellation inside an except clause chains to the handled exception.
    fut = loop.create_future()
    ev = asyncio.Event()
    for label, make in [("future", lambda: fut), ("get", q.get),
                        ("sleep0", lambda: asyncio.sleep(0)), ("event", ev.wait)]:
        t = asyncio.create_task(in_except(make, label))
        await asyncio.sleep(0)
        t.cancel()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    print("getters:", len(q._getters))

    # Driven by hand: send, then close; send twice.
    c = getter(q, log)
    f = c.send(None)
    print(type(f).__name__, f.done(), len(q._getters))
    c.close()
    print("closed:", f.cancelled(), len(q._getters))
    c = getter(q, log)
    c.send(None)
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e, len(q._getters))

    # A subclass overriding get, and asyncio.sleep rebound.
    class MyQueue(asyncio.Queue):
        async def get(self):
            v = await super().get()
            return ("mine", v)

    mq = MyQueue()
    t = asyncio.create_task(getter(mq, log))
    await asyncio.sleep(0)
    mq.put_nowait(7)
    print(await t)

    real = asyncio.sleep

    async def fake(d, result=None):
        print("fake sleep", d)
        return "fake"

    asyncio.sleep = fake
    try:
        print(await asyncio.sleep(0))
    finally:
        asyncio.sleep = real
    print(await asyncio.sleep(0), await asyncio.sleep(0.0), await asyncio.sleep(-1))
    print(await asyncio.sleep(0, "r"))
    print("log:", log)


asyncio.run(main())
