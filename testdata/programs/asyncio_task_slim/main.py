# Tasks, futures and gather after the Task/Future slimming: names (given,
# formatted, set, their identity), the wake-up callback a pending future
# shows, results and exceptions read back, gather's duplicates and >8
# arguments, and the ready deque's light entries seen from Python.
import asyncio


async def leaf(x):
    await asyncio.sleep(0)
    if x == "boom":
        raise ValueError(x)
    return x


async def waiter(fut):
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(leaf(1))
    t2 = asyncio.create_task(leaf(2), name="second")
    t3 = loop.create_task(leaf(3), name=42)
    print(t2.get_name(), t3.get_name(), type(t3.get_name()).__name__)
    n1 = t1.get_name()
    print(n1.startswith("Task-"), n1 is t1.get_name())
    t1.set_name(("a", 1))
    print(t1.get_name())
    print(await t1, await t2, await t3)
    print(t1.result(), t1.exception(), t1._result, t1._exception)

    bad = asyncio.create_task(leaf("boom"))
    try:
        await bad
    except ValueError as e:
        print("raised", e)
    print(bad._result, repr(bad._exception), repr(bad.exception()))

    fut = loop.create_future()
    w = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print(len(fut._callbacks), type(fut._callbacks[0][1]).__name__)
    print(repr(fut).split(" cb=")[1])
    fut.add_done_callback(print)
    print(len(fut._callbacks), fut.remove_done_callback(print), len(fut._callbacks))
    fut.set_exception(KeyError("k"))
    try:
        await w
    except KeyError as e:
        print("waiter got", repr(e), fut._result)

    c = leaf(7)
    print(await asyncio.gather(c, c, leaf(8)))
    many = [leaf(i) for i in range(10)]
    many.append(many[3])
    print(await asyncio.gather(*many))
    print(await asyncio.gather(leaf(1), leaf("boom"), return_exceptions=True))
    try:
        await asyncio.gather(leaf(1), leaf("boom"))
    except ValueError as e:
        print("gather raised", e)

    g = asyncio.gather(leaf(1), asyncio.sleep(10))
    await asyncio.sleep(0)
    print(g.cancel(), len(g._children))
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

    # Light entries of the ready deque, seen from Python.
    ts = [asyncio.create_task(leaf(i)) for i in range(3)]
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: None)
    f2.set_result(5)
    print([type(h).__name__ for h in loop._ready][:4], len(loop._ready) >= 4)
    print(await asyncio.gather(*ts), f2.result())

    done, pending = await asyncio.wait([asyncio.create_task(leaf("boom")), asyncio.create_task(asyncio.sleep(0.01))], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    for d in done:
        print(repr(d.exception()))
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t.cancel("why"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args, t.cancelling())
    # 3.12's Task.get_context and Handle.get_context are not in 3.11.
    h = asyncio.get_running_loop().call_soon(print)
    h.cancel()
    print(hasattr(t, "get_context"), hasattr(h, "get_context"), hasattr(t, "get_coro"))


asyncio.run(main())
