# Scenario for TestAsyncGenerators: an async generator that awaits between
# yields, driven by async for, anext() with and without default, asend,
# athrow, aclose, and finalised by shutdown_asyncgens when the loop closes.
import asyncio

log = []

async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            got = yield i
            if got is not None:
                log.append(f'{name} got {got}')
    except ValueError as e:
        log.append(f'{name} caught {e!r}')
        yield 'recovered'
    finally:
        log.append(f'{name} finally')

async def other():
    for i in range(3):
        log.append(f'other {i}')
        await asyncio.sleep(0.01)

async def main():
    t = asyncio.create_task(other())
    async for v in ticker('a', 3):
        log.append(f'a yielded {v}')
    await t
    g = ticker('b', 5)
    log.append(f'anext: {await anext(g)}')
    log.append(f'asend: {await g.asend("hello")}')
    log.append(f'athrow: {await g.athrow(ValueError("bad"))}')
    await g.aclose()
    log.append(f'after aclose: {await anext(g, "default")}')
    try:
        await anext(g)
    except StopAsyncIteration:
        log.append('StopAsyncIteration')
    kept = ticker('c', 5)
    log.append(f'c first: {await anext(kept)}')
    main.kept = kept
    log.append('main returns')

asyncio.run(main())
for line in log:
    print(line)
