# Lock, Event, Semaphore, Condition and Queue.join awaited by coroutines,
# with waiters cancelled while they wait and after they were woken
# (locks_sm_test.go drives the same scenario from compiled coroutines).
import asyncio


async def main():
    # Lock: FIFO hand-off; a waiter cancelled while waiting, one cancelled
    # after release() woke it (it passes the lock on), async with.
    lock = asyncio.Lock()

    async def lw(name):
        print(name, "wait")
        try:
            r = await lock.acquire()
        except asyncio.CancelledError:
            print(name, "cancelled", lock.locked())
            raise
        print(name, "got", r, lock.locked())
        await asyncio.sleep(0)
        lock.release()
        print(name, "released")

    await lock.acquire()
    ts = [asyncio.create_task(lw(n)) for n in ("a", "b", "c", "d")]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    lock.release()
    ts[0].cancel()
    for t in ts:
        try:
            await t
            print("lock task done")
        except asyncio.CancelledError:
            print("lock task cancelled")
    async with lock:
        print("with", lock.locked())
    print("after with", lock.locked())

    # Event: one waiter cancelled, the others woken by set().
    ev = asyncio.Event()

    async def ew(name):
        try:
            r = await ev.wait()
        except asyncio.CancelledError:
            print(name, "event cancelled")
            raise
        print(name, "event", r)

    ets = [asyncio.create_task(ew(n)) for n in ("e1", "e2", "e3")]
    await asyncio.sleep(0)
    ets[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    print("set")
    await asyncio.sleep(0)
    print("immediate", await ev.wait())

    # Semaphore: a woken waiter cancelled before it runs gives its slot on.
    sem = asyncio.Semaphore(1)

    async def sw(name):
        try:
            await sem.acquire()
        except asyncio.CancelledError:
            print(name, "sem cancelled", sem.locked())
            raise
        print(name, "sem got", sem.locked())
        sem.release()

    await sem.acquire()
    sts = [asyncio.create_task(sw(n)) for n in ("s1", "s2", "s3")]
    await asyncio.sleep(0)
    sem.release()
    sts[0].cancel()
    for t in sts:
        try:
            await t
        except asyncio.CancelledError:
            print("sem task cancelled")
    async with sem:
        print("sem with", sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        pass
    try:
        bs.release()
    except ValueError as e:
        print("bounded", e)

    # Condition: notify one, cancel a waiter (it reacquires the lock before
    # the CancelledError), wait_for.
    cond = asyncio.Condition()
    state = []

    async def cw(name):
        async with cond:
            try:
                r = await cond.wait()
            except asyncio.CancelledError:
                print(name, "cond cancelled", cond.locked())
                raise
            print(name, "cond woke", r, cond.locked())

    async def cwf(name):
        async with cond:
            r = await cond.wait_for(lambda: len(state) > 1 and state)
            print(name, "wait_for", r)

    cts = [asyncio.create_task(cw("c1")), asyncio.create_task(cw("c2")), asyncio.create_task(cwf("c3"))]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        state.append(1)
        print("notified one")
    await asyncio.sleep(0)
    cts[1].cancel()
    await asyncio.sleep(0)
    async with cond:
        state.append(2)
        cond.notify_all()
        print("notified all")
    for t in cts:
        try:
            await t
        except asyncio.CancelledError:
            print("cond task cancelled")
    try:
        await cond.wait()
    except RuntimeError as e:
        print("error", e)

    # Queue.join.
    q = asyncio.Queue()
    q.put_nowait("x")
    q.put_nowait("y")

    async def joiner():
        await q.join()
        print("joined", q.qsize())

    jt = asyncio.create_task(joiner())
    await asyncio.sleep(0)
    print("got", q.get_nowait())
    q.task_done()
    await asyncio.sleep(0)
    print("got", q.get_nowait())
    q.task_done()
    await jt
    await q.join()
    print("join again")


asyncio.run(main())
