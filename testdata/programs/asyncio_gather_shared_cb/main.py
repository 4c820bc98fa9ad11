# gather's children share one done callback (CPython's is one closure):
# repeated arguments, return_exceptions, a cancelled child, _children, a
# TypeError after the first child's task was made.
import asyncio


async def val(x, d=0):
    for _ in range(d):
        await asyncio.sleep(0)
    if x == "boom":
        raise ValueError(x)
    return x


async def main():
    c = val(1)
    print(await asyncio.gather(c, c, val(2, 2), c))
    print(await asyncio.gather(val("a", 3), val("boom", 1), val("b"), return_exceptions=True))
    try:
        await asyncio.gather(val(1, 2), val("boom", 1))
    except ValueError as e:
        print("raised", e)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.ensure_future(val(5, 1))
    g = asyncio.gather(f, t, f)
    print(len(g._children), g._children[0] is g._children[2])
    print(len(f._callbacks), len(t._callbacks))
    f.set_result(9)
    print(await g)
    g2 = asyncio.gather(val(1, 5), val(2, 5))
    await asyncio.sleep(0)
    g2._children[0].cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("child cancelled")
    g3 = asyncio.gather(val(1, 5), val(2, 5), return_exceptions=True)
    await asyncio.sleep(0)
    g3._children[1].cancel()
    r = await g3
    print(r[0], type(r[1]).__name__)
    try:
        asyncio.gather(val(1), 5)
    except TypeError as e:
        print("TypeError", e)
    await asyncio.sleep(0.01)
    print(sorted(t.get_name()[:5] for t in asyncio.all_tasks()))


asyncio.run(main())
