# Await fast paths of asyncio's builtin methods (Queue.get/put/join,
# Lock/Semaphore.acquire, Event.wait, explicit __aenter__) when an instance
# attribute shadows the method: before and after the site's cache is warm,
# and after the attribute is deleted again.
import asyncio


def fake(label, result):
    async def f(*args):
        print("  instance", label, args)
        return result
    return f


async def rounds(name, obj, call, attr, result, n=3):
    print(name)
    for i in range(n):
        if i == 1:
            setattr(obj, attr, fake(attr, result))
        if i == 2:
            delattr(obj, attr)
        print(" ", i, await call(obj))


async def queue_get(q):
    return await q.get()


async def queue_put(q):
    return await q.put(7)


async def queue_join(q):
    return await q.join()


async def acquire(lk):
    r = await lk.acquire()
    if r is True:
        lk.release()
    return r


async def wait(ev):
    return await ev.wait()


async def aenter(lk):
    r = await lk.__aenter__()
    if r is None:
        lk.release()
    return r


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    await rounds("get", q, queue_get, "get", "shadowed-get")
    await rounds("put", q, queue_put, "put", "shadowed-put")
    print(" qsize", q.qsize())
    while not q.empty():
        q.get_nowait()
        q.task_done()
    q.task_done()
    q.task_done()
    await rounds("join", q, queue_join, "join", "shadowed-join")
    await rounds("lock", asyncio.Lock(), acquire, "acquire", "shadowed-acquire")
    await rounds("semaphore", asyncio.Semaphore(2), acquire, "acquire", "shadowed-sem")
    ev = asyncio.Event()
    ev.set()
    await rounds("event", ev, wait, "wait", "shadowed-wait")
    await rounds("aenter", asyncio.Lock(), aenter, "__aenter__", "shadowed-aenter")
    # An unrelated instance attribute leaves the fast path in place.
    q2 = asyncio.Queue()
    q2.label = "x"
    await q2.put(1)
    print("unrelated", await q2.get(), q2.label)

    # A subclass overriding get and put, awaited from the same sites.
    class Q(asyncio.Queue):
        async def get(self):
            print("  Q.get")
            return await super().get()

        async def put(self, item):
            print("  Q.put", item)
            return await super().put(item)

    for qq in (asyncio.Queue(), Q(), asyncio.Queue()):
        await queue_put(qq)
        print(" got", await queue_get(qq))

    # A shadowing attribute on an empty queue's get: no stand-in is used.
    q3 = asyncio.Queue()
    q3.get = fake("get", "empty-shadow")
    print("empty", await queue_get(q3))
    del q3.get
    t = asyncio.ensure_future(queue_get(q3))
    await asyncio.sleep(0)
    q3.put_nowait("late")
    print("late", await t)

asyncio.run(main())
