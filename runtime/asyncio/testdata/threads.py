# Scenario for TestThreads: to_thread/run_in_executor run on worker threads
# while the loop goes on; call_soon_threadsafe and run_coroutine_threadsafe
# from a worker; a ThreadPoolExecutor passed explicitly.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

log = []

def blocking(x):
    time.sleep(0.05)
    return x * 2

async def coro_in_loop():
    await asyncio.sleep(0.01)
    return 'from loop'

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.to_thread(blocking, 1))
    log.append('created')
    await asyncio.sleep(0)
    log.append('main continues while the thread sleeps')
    log.append(f'to_thread: {await t}')
    r = await asyncio.gather(loop.run_in_executor(None, blocking, 2), asyncio.to_thread(blocking, 3))
    log.append(f'gather: {r}')

    def from_thread():
        time.sleep(0.02)
        loop.call_soon_threadsafe(log.append, 'threadsafe callback')
        fut = asyncio.run_coroutine_threadsafe(coro_in_loop(), loop)
        return fut.result()

    log.append(f'run_coroutine_threadsafe: {await asyncio.to_thread(from_thread)}')
    with ThreadPoolExecutor(max_workers=2) as ex:
        r = await asyncio.gather(*(loop.run_in_executor(ex, blocking, i) for i in range(4)))
    log.append(f'pool: {r}')
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, blocking, 1)
    except RuntimeError as e:
        log.append(f'after shutdown: {e}')

asyncio.run(main())
for line in log:
    print(line)
