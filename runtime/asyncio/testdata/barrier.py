# Scenario for TestBarrier: three parties meet at a barrier twice; abort
# breaks it for a waiter.
import asyncio

log = []

async def party(b, name, delay):
    await asyncio.sleep(delay)
    log.append(f'{name} arrives, n_waiting={b.n_waiting}')
    i = await b.wait()
    log.append(f'{name} passes with index {i}')

async def main():
    b = asyncio.Barrier(3)
    log.append(repr(b).split(' at ')[0] + ' ' + repr(b).split('[')[1])
    await asyncio.gather(party(b, 'a', 0.02), party(b, 'b', 0.0), party(b, 'c', 0.04))
    await asyncio.gather(party(b, 'd', 0.0), party(b, 'e', 0.0), party(b, 'f', 0.0))
    t = asyncio.create_task(party(b, 'g', 0))
    await asyncio.sleep(0.01)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        log.append(f'g: BrokenBarrierError {e}')
    log.append(f'broken: {b.broken}')

asyncio.run(main())
for line in log:
    print(line)
