# Scenario for TestCombinators: gather (exceptions, return_exceptions,
# cancellation), wait (FIRST_COMPLETED, FIRST_EXCEPTION, timeout),
# wait_for timeout, shield, as_completed, timeout(), TaskGroup.
import asyncio

log = []

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise
    if fail:
        raise ValueError(name)
    log.append(f'{name} done')
    return name

async def main():
    r = await asyncio.gather(job('g1', 0.1), job('g2', 0.05), return_exceptions=True)
    log.append(f'gather: {r}')
    r = await asyncio.gather(job('e1', 0.05, fail=True), asyncio.sleep(0.1, 'x'), return_exceptions=True)
    log.append(f'gather return_exceptions: {r!r}')
    try:
        await asyncio.gather(job('f1', 0.05, fail=True), job('f2', 0.1))
    except ValueError as e:
        log.append(f'gather raised {e!r}')
    await asyncio.sleep(0.1)
    g = asyncio.gather(job('c1', 0.3), job('c2', 0.3))
    await asyncio.sleep(0)
    log.append(f'gather cancel: {g.cancel()}')
    try:
        await g
    except asyncio.CancelledError:
        log.append('gather awaited: CancelledError')
    t1 = asyncio.create_task(job('w1', 0.05))
    t2 = asyncio.create_task(job('w2', 0.3))
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    log.append(f'wait first: done={[t.result() for t in done]} pending={len(pending)}')
    done, pending = await asyncio.wait({t2}, timeout=0.05)
    log.append(f'wait timeout: done={len(done)} pending={len(pending)}')
    t2.cancel()
    t3 = asyncio.create_task(job('x1', 0.05, fail=True))
    t4 = asyncio.create_task(job('x2', 0.3))
    done, pending = await asyncio.wait([t3, t4], return_when=asyncio.FIRST_EXCEPTION)
    log.append(f'wait first exception: done={len(done)} pending={len(pending)} exc={t3.exception()!r}')
    t4.cancel()
    try:
        await asyncio.wait_for(job('wf', 0.3), timeout=0.05)
    except asyncio.TimeoutError as e:
        log.append(f'wait_for timed out: {type(e).__name__} cause={type(e.__cause__).__name__}')
    log.append(f'wait_for in time: {await asyncio.wait_for(job("wf2", 0.01), timeout=1)}')
    inner = asyncio.create_task(job('sh', 0.1))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append(f'shield outer cancelled; inner cancelled: {inner.cancelled()}')
    log.append(f'inner result: {await inner}')
    for coro in asyncio.as_completed([job('ac1', 0.15), job('ac2', 0.05), job('ac3', 0.1)]):
        log.append(f'as_completed: {await coro}')
    try:
        async with asyncio.timeout(0.05) as cm:
            await job('to', 0.3)
    except TimeoutError:
        log.append(f'timeout(): expired={cm.expired()}')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('tg1', 0.05))
            tg.create_task(job('tg2', 0.1, fail=True))
            tg.create_task(job('tg3', 0.3))
    except* ValueError as eg:
        log.append(f'TaskGroup: {eg.exceptions!r}')

asyncio.run(main())
for line in log:
    print(line)
