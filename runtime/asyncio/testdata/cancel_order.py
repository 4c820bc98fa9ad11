# Scenario for TestCancelOrder: cancelling sleeping tasks, messages,
# cancelling()/uncancel(), a task that swallows the cancellation, a task
# cancelled before it starts.
import asyncio

log = []

async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f'{name} woke')
        return name
    except asyncio.CancelledError as e:
        log.append(f'{name} cancelled {e.args}')
        raise
    finally:
        log.append(f'{name} finally')

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('stubborn caught')
    await asyncio.sleep(0)
    log.append('stubborn continues')
    return 'stubborn done'

async def main():
    a = asyncio.create_task(sleeper('a', 0.3))
    b = asyncio.create_task(sleeper('b', 0.05))
    c = asyncio.create_task(sleeper('c', 0.05))
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    log.append(f'cancel a: {a.cancel("stop a")}')
    log.append(f'cancel s: {s.cancel()}')
    log.append(f'a cancelling: {a.cancelling()}')
    log.append(f'a done: {a.done()}')
    await asyncio.sleep(0.15)
    log.append(f'b: {b.result()} c done {c.done()}')
    log.append(f'a cancelled: {a.cancelled()}')
    try:
        a.result()
    except asyncio.CancelledError as e:
        log.append(f'a.result raised {e.args}')
    log.append(f's result: {await s}')
    log.append(f's cancelling: {s.cancelling()} uncancel {s.uncancel()}')
    log.append(f'cancel done task: {b.cancel()}')
    t = asyncio.create_task(sleeper('t', 0))
    t.cancel()
    log.append(f't cancel before start; done={t.done()}')
    try:
        await t
    except asyncio.CancelledError:
        log.append('awaiting t raised CancelledError')

asyncio.run(main())
for line in log:
    print(line)
