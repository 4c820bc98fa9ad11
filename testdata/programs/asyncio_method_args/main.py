# Calls of asyncio's methods (and of builtin slot wrappers) with arguments
# their signatures reject raise CPython's TypeError instead of running with
# the extra arguments ignored: the methods CPython writes in Python with a
# Python function's messages, _asyncio's C methods with theirs.
import asyncio


def attempt(label, call):
    try:
        r = call()
        if asyncio.iscoroutine(r):
            r.close()
        print(label, "->", "ok")
    except (TypeError, ValueError, RuntimeError) as e:
        print(label, "->", type(e).__name__, e)


async def nothing():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    attempt("q.qsize(1)", lambda: q.qsize(1))
    attempt("q.empty(1, 2)", lambda: q.empty(1, 2))
    attempt("q.get_nowait(1)", lambda: q.get_nowait(1))
    attempt("q.put_nowait()", lambda: q.put_nowait())
    attempt("q.put_nowait(1, 2)", lambda: q.put_nowait(1, 2))
    attempt("q.put_nowait(item=1)", lambda: q.put_nowait(item=1))
    attempt("q.put_nowait(1, item=2)", lambda: q.put_nowait(1, item=2))
    attempt("q.put_nowait(x=1)", lambda: q.put_nowait(x=1))
    attempt("q.put(1, 2)", lambda: q.put(1, 2))
    attempt("q.get(1)", lambda: q.get(1))
    attempt("q.task_done(1)", lambda: q.task_done(1))
    attempt("q.join(1)", lambda: q.join(1))
    print("qsize", q.qsize())
    attempt("PriorityQueue().full(0)", lambda: asyncio.PriorityQueue().full(0))
    attempt("LifoQueue().get_nowait(0)", lambda: asyncio.LifoQueue().get_nowait(0))

    lock = asyncio.Lock()
    attempt("lock.locked(1)", lambda: lock.locked(1))
    attempt("lock.acquire(1)", lambda: lock.acquire(1))
    attempt("lock.release(1)", lambda: lock.release(1))
    attempt("lock.__aexit__()", lambda: lock.__aexit__())
    attempt("lock.__aenter__(1)", lambda: lock.__aenter__(1))
    print("locked", lock.locked())

    ev = asyncio.Event()
    attempt("ev.set(1)", lambda: ev.set(1))
    attempt("ev.is_set(x=1)", lambda: ev.is_set(x=1))
    attempt("ev.wait(1)", lambda: ev.wait(1))
    print("is_set", ev.is_set())

    cond = asyncio.Condition()
    attempt("cond.locked(1)", lambda: cond.locked(1))
    attempt("cond.acquire(1)", lambda: cond.acquire(1))
    attempt("cond.notify(1, 2)", lambda: cond.notify(1, 2))
    attempt("cond.notify(m=1)", lambda: cond.notify(m=1))
    attempt("cond.wait_for()", lambda: cond.wait_for())

    sem = asyncio.Semaphore(2)
    bsem = asyncio.BoundedSemaphore(2)
    attempt("sem.release(1)", lambda: sem.release(1))
    attempt("bsem.release(1)", lambda: bsem.release(1))
    attempt("bsem.locked(1)", lambda: bsem.locked(1))
    print("sem._loop", sem._loop, "bsem._loop", bsem._loop)
    async with sem:
        print("sem._loop is loop", sem._loop is loop or sem._loop is None)

    barrier = asyncio.Barrier(1)
    attempt("barrier.reset(1)", lambda: barrier.reset(1))
    attempt("barrier.wait(1)", lambda: barrier.wait(1))

    fut = loop.create_future()
    attempt("fut.done(1)", lambda: fut.done(1))
    attempt("fut.done(x=1)", lambda: fut.done(x=1))
    attempt("fut.result(1, 2)", lambda: fut.result(1, 2))
    attempt("fut.set_result()", lambda: fut.set_result())
    attempt("fut.set_result(1, 2)", lambda: fut.set_result(1, 2))
    attempt("fut.set_result(result=1)", lambda: fut.set_result(result=1))
    attempt("fut.__repr__(1)", lambda: fut.__repr__(1))
    attempt("fut.__await__(1)", lambda: fut.__await__(1))
    attempt("fut.add_done_callback()", lambda: fut.add_done_callback())
    attempt("fut.add_done_callback(print, 1)", lambda: fut.add_done_callback(print, 1))
    attempt("fut.add_done_callback(1, 2, 3)", lambda: fut.add_done_callback(1, 2, 3))
    attempt("fut.add_done_callback(fn=print)", lambda: fut.add_done_callback(fn=print))
    attempt("fut.add_done_callback(print, x=1)", lambda: fut.add_done_callback(print, x=1))
    attempt("fut.add_done_callback(print, context=None, x=1)", lambda: fut.add_done_callback(print, context=None, x=1))
    attempt("fut.cancel(1, 2)", lambda: fut.cancel(1, 2))
    attempt("fut.cancel(1, msg=2)", lambda: fut.cancel(1, msg=2))
    attempt("fut.cancel(x=2)", lambda: fut.cancel(x=2))
    attempt("asyncio.Future(loop=loop, x=1)", lambda: asyncio.Future(loop=loop, x=1))
    print("done", fut.done())

    class MyFuture(asyncio.Future):
        pass

    attempt("MyFuture().done(1)", lambda: MyFuture().done(1))

    task = loop.create_task(nothing())
    attempt("task.done(1)", lambda: task.done(1))
    attempt("task.get_name(1)", lambda: task.get_name(1))
    attempt("task.set_name()", lambda: task.set_name())
    attempt("task.uncancel(1)", lambda: task.uncancel(1))
    attempt("task.get_stack(1)", lambda: task.get_stack(1))
    attempt("task.get_stack(1, 2)", lambda: task.get_stack(1, 2))
    attempt("task.get_stack(x=1)", lambda: task.get_stack(x=1))
    attempt("task.print_stack(1, 2, 3)", lambda: task.print_stack(1, 2, 3))
    print("result", await task)

    reader = asyncio.StreamReader()
    attempt("reader.at_eof(1)", lambda: reader.at_eof(1))
    attempt("reader.feed_eof(1)", lambda: reader.feed_eof(1))
    attempt("reader.read(1, 2)", lambda: reader.read(1, 2))
    attempt("reader.readexactly()", lambda: reader.readexactly())
    print("at_eof", reader.at_eof())

    async with asyncio.timeout(None) as cm:
        attempt("cm.when(1)", lambda: cm.when(1))
        attempt("cm.expired(1)", lambda: cm.expired(1))
        attempt("cm.reschedule()", lambda: cm.reschedule())

    async with asyncio.TaskGroup() as tg:
        attempt("tg.create_task()", lambda: tg.create_task())
        attempt("tg.create_task(1, 2)", lambda: tg.create_task(1, 2))

    attempt("loop.time(1)", lambda: loop.time(1))
    attempt("loop.is_running(1)", lambda: loop.is_running(1))
    attempt("loop.get_debug(1)", lambda: loop.get_debug(1))
    attempt("loop.create_future(1)", lambda: loop.create_future(1))
    attempt("loop.call_soon()", lambda: loop.call_soon())
    attempt("loop.call_later(1)", lambda: loop.call_later(1))
    attempt("loop.call_soon(print, context=None, x=1)", lambda: loop.call_soon(print, context=None, x=1))
    h = loop.call_later(100, print)
    attempt("h.cancel(1)", lambda: h.cancel(1))
    attempt("h.when(1)", lambda: h.when(1))
    attempt("h.cancelled(1)", lambda: h.cancelled(1))
    h.cancel()
    attempt("loop.call_soon(print).cancel(1)", lambda: loop.call_soon(print).cancel(1))

    for sig in [True, 1.5, "x", 32, 65, 0, 2 ** 80, 9]:
        attempt("add_signal_handler(%r)" % (sig,), lambda: loop.add_signal_handler(sig, print))
        attempt("remove_signal_handler(%r)" % (sig,), lambda: loop.remove_signal_handler(sig))
    attempt("add_signal_handler(2, nothing)", lambda: loop.add_signal_handler(2, nothing))


asyncio.run(main())

runner = asyncio.Runner()
attempt("runner.__repr__(1)", lambda: runner.__repr__(1))
attempt("runner.__repr__(x=1)", lambda: runner.__repr__(x=1))
attempt("runner.run()", lambda: runner.run())
attempt("runner.get_loop(1)", lambda: runner.get_loop(1))
runner.close()


class Plain:
    pass


for label, call in [
    ("object().__repr__(1)", lambda: object().__repr__(1)),
    ("Plain().__repr__(x=1)", lambda: Plain().__repr__(x=1)),
    ("[].__repr__(1)", lambda: [].__repr__(1)),
    ("(1).__repr__(2)", lambda: (1).__repr__(2)),
    ("Plain().__str__(1)", lambda: Plain().__str__(1)),
    ("(2.5).__hash__(1)", lambda: (2.5).__hash__(1)),
    ("'ab'.__len__(1)", lambda: "ab".__len__(1)),
    ("iter([]).__next__(1)", lambda: iter([]).__next__(1)),
    ("(3).__neg__(1)", lambda: (3).__neg__(1)),
    ("(3).__bool__(1)", lambda: (3).__bool__(1)),
    ("[].__iter__(1)", lambda: [].__iter__(1)),
    ("[1].__len__()", lambda: [1].__len__()),
]:
    attempt(label, call)
