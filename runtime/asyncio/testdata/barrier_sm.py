# Barrier.wait/reset/abort and async with awaited by coroutines, with a
# waiter cancelled (barrier_sm_test.go drives it from compiled coroutines).
import asyncio


async def main():
    b = asyncio.Barrier(2)

    async def p(name):
        try:
            i = await b.wait()
        except asyncio.CancelledError:
            print(name, "cancelled", b.n_waiting, b.broken)
            raise
        except asyncio.BrokenBarrierError as e:
            print(name, "broken", repr(e))
            raise
        print(name, "index", i, b.n_waiting)

    async def q(name):
        async with b as i:
            print(name, "in with", i)

    async def wait_task(t, what):
        try:
            await t
            print(what, "done")
        except asyncio.CancelledError:
            print(what, "cancelled")
        except asyncio.BrokenBarrierError:
            print(what, "broken")

    t1, t2 = asyncio.create_task(p("a")), asyncio.create_task(p("b"))
    await wait_task(t1, "a")
    await wait_task(t2, "b")
    t3 = asyncio.create_task(p("c"))
    await asyncio.sleep(0)
    print("waiting", b.n_waiting)
    t3.cancel()
    await wait_task(t3, "c")
    print("after cancel", b.n_waiting, b.broken)
    t4, t5 = asyncio.create_task(q("d")), asyncio.create_task(q("e"))
    await wait_task(t4, "d")
    await wait_task(t5, "e")
    t6 = asyncio.create_task(p("f"))
    await asyncio.sleep(0)
    await b.reset()
    print("reset", b.n_waiting)
    await wait_task(t6, "f")
    print("after reset", b.n_waiting, b.broken)
    t7 = asyncio.create_task(p("g"))
    await asyncio.sleep(0)
    await b.abort()
    await wait_task(t7, "g")
    print("aborted", b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on broken:", e)


asyncio.run(main())
