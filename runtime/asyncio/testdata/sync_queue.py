# Scenario for TestSyncAndQueues: Lock/Event/Semaphore/Condition wake-up
# order, Queue producer/consumer with join/task_done, PriorityQueue and
# LifoQueue order, QueueFull/QueueEmpty, reprs.
import asyncio

log = []

async def locker(lock, name):
    async with lock:
        log.append(f'{name} holds lock')
        await asyncio.sleep(0)
    log.append(f'{name} released')

async def waiter(ev, name):
    log.append(f'{name} waits')
    await ev.wait()
    log.append(f'{name} woke')

async def sem_user(sem, name):
    async with sem:
        log.append(f'{name} in semaphore')
        await asyncio.sleep(0.01)

async def cond_waiter(cond, name):
    async with cond:
        await cond.wait()
        log.append(f'{name} notified')

async def consumer(q, name):
    while True:
        item = await q.get()
        log.append(f'{name} got {item}')
        await asyncio.sleep(0)
        q.task_done()

async def main():
    lock = asyncio.Lock()
    log.append(repr(lock).split(' at ')[0] + ' ' + repr(lock).split(' ')[-1])
    await asyncio.gather(*(locker(lock, n) for n in 'abc'))
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in 'xyz']
    await asyncio.sleep(0)
    log.append(f'event set; is_set before: {ev.is_set()}')
    ev.set()
    await asyncio.gather(*ts)
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(sem_user(sem, n) for n in 'pqrs'))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        log.append(f'BoundedSemaphore: {e}')
    cond = asyncio.Condition()
    cs = [asyncio.create_task(cond_waiter(cond, n)) for n in 'mn']
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)
    q = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(q, f'w{i}')) for i in range(2)]
    for i in range(5):
        await q.put(i)
        log.append(f'put {i} qsize={q.qsize()}')
    await q.join()
    log.append('queue joined')
    for w in workers:
        w.cancel()
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
        pq.put_nowait(item)
    log.append(f'priority: {[pq.get_nowait() for _ in range(4)]}')
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    log.append(f'lifo: {[lq.get_nowait() for _ in range(3)]}')
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        log.append('QueueEmpty')
    fq = asyncio.Queue(1)
    fq.put_nowait('x')
    try:
        fq.put_nowait('y')
    except asyncio.QueueFull:
        log.append(f'QueueFull {fq!r}'.split(' at ')[0] + ' ' + f'{fq!r}'.split(' ', 3)[3])

asyncio.run(main())
for line in log:
    print(line)
