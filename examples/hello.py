# A small asyncio program: two workers share a queue-like list, a Runner
# drives two runs on one event loop.
import asyncio


async def worker(name, delay, results):
    print(f'{name}: started')
    await asyncio.sleep(delay)
    results.append(name)
    print(f'{name}: done after {delay:.2f}s')
    return len(name)


async def main():
    results = []
    lengths = await asyncio.gather(
        worker('alpha', 0.02, results),
        worker('beta', 0.01, results),
    )
    print('finished in order:', results, 'lengths:', lengths)
    return sum(lengths)


with asyncio.Runner() as runner:
    total = runner.run(main())
    print('total', total)
