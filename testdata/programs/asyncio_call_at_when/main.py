# loop.call_at keeps the when it was given (an int, a float subclass, a bool),
# as TimerHandle's _when does: when() and the repr show it.
import asyncio


class MyFloat(float):
    pass


def cb(*args):
    print("cb", args)


async def main():
    loop = asyncio.get_running_loop()
    h0 = loop.call_at(0, cb, 1, 2)
    print(h0.when(), type(h0.when()).__name__, repr(h0).split(" at ")[0], h0._args)
    h1 = loop.call_at(loop.time() + 0.001, cb, 3)
    print(type(h1.when()).__name__, h1._args)
    h2 = loop.call_at(MyFloat(1.0), cb)
    print(type(h2.when()).__name__, h2.when(), repr(h2).split(" at ")[0])
    h3 = loop.call_at(True, cb, "t")
    print(h3.when(), repr(h3).split(" at ")[0])
    h3.cancel()
    print(h3._args, repr(h3))
    print(sorted([h1, h0, h2]) == sorted([h0, h2, h1]), h0 < h1, h0 == h0)
    await asyncio.sleep(0.01)


asyncio.run(main())
