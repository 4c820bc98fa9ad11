# Scenario for TestBasicOrder: several tasks sleeping and waking in one tick.
# a wakes 0.25 s after b: CPython's order must not depend on the machine's
# load (at 0.1 a loaded machine woke both in one iteration).
import asyncio

log = []

async def worker(name, delay):
    log.append(f'{name} start')
    await asyncio.sleep(delay)
    log.append(f'{name} after sleep')
    await asyncio.sleep(0)
    log.append(f'{name} end')
    return name

async def main():
    t1 = asyncio.create_task(worker('a', 0.3))
    t2 = asyncio.create_task(worker('b', 0.05))
    t3 = asyncio.create_task(worker('c', 0))
    log.append('main created ' + t1.get_name() + ' ' + t3.get_name())
    await asyncio.sleep(0)
    log.append('main after sleep0')
    r = await asyncio.gather(t1, t2, t3)
    log.append(f'gather {r}')
    return 42

log.append(str(asyncio.run(main())))
for line in log:
    print(line)
