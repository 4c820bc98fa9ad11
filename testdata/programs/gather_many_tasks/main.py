# gather's argument handling (duplicates, mixed awaitables, more than 7 and
# 8 arguments), a loop's pending tasks past one 512-entry page (finishing in
# orders that move tasks between pages), all_tasks(), _register_task and
# _unregister_task, and unstarted coroutines past the pruning sizes.
import asyncio
import gc


async def val(x):
    await asyncio.sleep(0)
    return x


async def boom(x):
    await asyncio.sleep(0)
    raise ValueError(x)


class Aw:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield
        return self.v


async def dup_args():
    c = val(1)
    print("dup coro", await asyncio.gather(c, c, val(2), c))
    f = asyncio.get_running_loop().create_future()
    f.set_result("f")
    print("dup future", await asyncio.gather(f, val(3), f))
    t = asyncio.ensure_future(val(4))
    print("task twice", await asyncio.gather(t, t, t))
    many = [val(i) for i in range(7)]
    print("seven", await asyncio.gather(*many, many[0], many[6]))
    many = [val(i) for i in range(9)]
    print("nine", await asyncio.gather(*many, many[3], many[8], many[0]))
    print("awaitables", await asyncio.gather(Aw("a"), val("b"), Aw("c")))
    try:
        await asyncio.gather(val(1), [1, 2])
    except TypeError as e:
        print("TypeError", e)
    print("return_exceptions", await asyncio.gather(val(1), boom(2), val(3), return_exceptions=True))
    try:
        await asyncio.gather(val(1), boom(5))
    except ValueError as e:
        print("raised", repr(e))
    await asyncio.sleep(0)
    print("empty", await asyncio.gather())


async def wait_on(ev, i, log):
    await ev.wait()
    log.append(i)
    return i


async def many_tasks():
    for n in (511, 512, 513, 1030, 2100):
        ev = asyncio.Event()
        log = []
        tasks = [asyncio.create_task(wait_on(ev, i, log), name=f"w{i}") for i in range(n)]
        await asyncio.sleep(0)
        pend = asyncio.all_tasks()
        print(n, "pending", len(pend), "sorted names ok",
              sorted(t.get_name() for t in pend if t.get_name().startswith("w"))
              == sorted(f"w{i}" for i in range(n)))
        # Cancel every third task first (removals from the middle and from
        # earlier pages), then finish the rest.
        for t in tasks[::3]:
            t.cancel()
        await asyncio.sleep(0)
        print(n, "after cancel", len(asyncio.all_tasks()))
        ev.set()
        res = await asyncio.gather(*tasks, return_exceptions=True)
        print(n, "done", sum(1 for r in res if isinstance(r, asyncio.CancelledError)),
              sum(r for r in res if isinstance(r, int)), log[:3], len(log))
        print(n, "left", len(asyncio.all_tasks()))


async def registry():
    a = asyncio.create_task(val(1), name="a")
    b = asyncio.create_task(val(2), name="b")
    c = asyncio.create_task(val(3), name="c")
    asyncio.tasks._unregister_task(a)
    asyncio.tasks._unregister_task(a)
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t.get_name() in "abc"))
    asyncio.tasks._register_task(a)
    asyncio.tasks._register_task(a)
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t.get_name() in "abc"))
    asyncio.tasks._unregister_task(b)
    print(await asyncio.gather(a, b, c))
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t.get_name() in "abc"))
    asyncio.tasks._register_task(b)
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t.get_name() in "abc"))


async def tree(level):
    if level == 0:
        return 1
    return sum(await asyncio.gather(*[tree(level - 1) for _ in range(4)]))


async def never():
    pass


async def main():
    await dup_args()
    await many_tasks()
    await registry()
    print("tree", await tree(5))
    # Coroutines never awaited, past the list's pruning and page sizes,
    # most of them started later.
    keep = [never() for _ in range(3000)]
    for c in keep[5:]:
        await c
    gc.collect()
    extra = [val(i) for i in range(700)]
    print("gathered", sum(await asyncio.gather(*extra[2:])))
    # Closed, they are not reported (the report's place differs: CPython
    # warns when a coroutine is collected).
    for c in keep[:5] + extra[:2]:
        c.close()


asyncio.run(main())
