# Future._callbacks and Task._callbacks as _asyncio's getter has them:
# None while there are no callbacks (before any, after removing them all,
# once the future is done), else a new list of (callback, context).
import asyncio


def cb(f):
    pass


async def co():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut._callbacks)
    fut.add_done_callback(cb)
    print(len(fut._callbacks), fut._callbacks[0][0] is cb, type(fut._callbacks[0][1]).__name__,
          type(fut._callbacks).__name__, type(fut._callbacks[0]).__name__)
    fut.add_done_callback(print)
    print(len(fut._callbacks))
    fut.remove_done_callback(cb)
    print(len(fut._callbacks), fut._callbacks[0][0] is print)
    fut.remove_done_callback(print)
    print(fut._callbacks)
    fut.add_done_callback(cb)
    fut.set_result(1)
    print(fut._callbacks)
    t = asyncio.ensure_future(co())
    print(t._callbacks)
    t.add_done_callback(cb)
    print(len(t._callbacks))
    await t
    print(t._callbacks)
    f2 = loop.create_future()
    f2.add_done_callback(cb)
    print(f2._callbacks is f2._callbacks, f2._callbacks == f2._callbacks)
    f2.cancel()
    await asyncio.sleep(0)
    print(f2._callbacks)


asyncio.run(main())
