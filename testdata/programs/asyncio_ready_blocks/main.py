# The ready deque across its blocks (31 entries each) and futures with
# several done callbacks (the first kept inline, the others in a slice).
import asyncio

order = []


def cb(i):
    order.append(i)
    if i % 10 == 0 and i < 200:
        # Scheduled while the deque is being drained: runs in the next batch.
        asyncio.get_running_loop().call_soon(cb, 1000 + i)


async def leaf(i):
    await asyncio.sleep(0)
    return i * i


async def main():
    loop = asyncio.get_running_loop()
    for i in range(100):
        loop.call_soon(cb, i)
    print("pending", len(loop._ready))
    await asyncio.sleep(0)
    print(order[:12], order[-12:], len(order))
    await asyncio.sleep(0)
    print(order[-10:], len(order))

    # Tasks: their steps are light entries until loop._ready shows them.
    tasks = [asyncio.create_task(leaf(i), name=f"t{i}") for i in range(70)]
    print("ready after create_task", len(loop._ready))
    results = await asyncio.gather(*tasks, leaf(100))
    print(sum(results), results[:5], results[-2:])

    # Several done callbacks on one future, removed and added back.
    fut = loop.create_future()
    seen = []

    def a(f):
        seen.append("a")

    def b(f):
        seen.append("b")

    def c(f):
        seen.append("c")

    for fn in (a, b, c, a, b):
        fut.add_done_callback(fn)
    print(len(fut._callbacks), fut.remove_done_callback(a), len(fut._callbacks))
    print(fut.remove_done_callback(c), fut.remove_done_callback(c), len(fut._callbacks))
    fut.add_done_callback(c)
    print([cb_ctx[0].__name__ for cb_ctx in fut._callbacks])
    fut.set_result(1)
    await asyncio.sleep(0)
    print(seen)

    # A gather cancelled while its children wait.
    async def slow():
        await asyncio.sleep(10)

    g = asyncio.gather(*[slow() for _ in range(40)])
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(len(asyncio.all_tasks()))


asyncio.run(main())
