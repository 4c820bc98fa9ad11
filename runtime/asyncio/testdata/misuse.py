# Scenario for TestMisuse: the errors 3.11 raises for misuse of loops,
# runners, futures and tasks.
import asyncio

log = []

def err(f, *a):
    try:
        f(*a)
    except BaseException as e:
        log.append(f'{type(e).__name__}: {e}')
    else:
        log.append('no error')

async def nothing():
    return 1

async def inside():
    loop = asyncio.get_running_loop()
    c = nothing()
    err(asyncio.run, c)
    c.close()
    c = nothing()
    err(loop.run_until_complete, c)
    c.close()
    err(loop.run_forever)
    err(loop.close)
    f = loop.create_future()
    err(f.result)
    err(f.exception)
    f.set_result(1)
    err(f.set_result, 2)
    t = asyncio.current_task()
    err(t.set_result, 1)
    err(asyncio.create_task, 42)
    try:
        await asyncio.wait([])
    except ValueError as e:
        log.append(f'wait([]): {e}')
    c = nothing()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        log.append(f'wait([coro]): {e}')
    c.close()
    try:
        await asyncio.gather([1, 2])
    except TypeError as e:
        log.append(f'gather(list): {e}')

err(asyncio.get_running_loop)
err(asyncio.run, 42)
asyncio.run(inside())
r = asyncio.Runner()
r.close()
err(r.run, nothing())
err(r.get_loop)
loop = asyncio.new_event_loop()
loop.close()
loop.close()
err(loop.call_soon, print)
c = nothing()
err(loop.run_until_complete, c)
c.close()
asyncio.set_event_loop(None)
err(asyncio.get_event_loop)
for line in log:
    print(line)
