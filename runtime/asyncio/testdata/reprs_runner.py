# Scenario for TestReprsAndRunner: Future/Task reprs in every state (with
# the suspended coroutine's current line), Task-N numbering across runs,
# Runner closing leftover tasks, contextvars kept across Runner.run() calls.
import asyncio
import contextvars
import os

log = []
var = contextvars.ContextVar('var', default='unset')

async def work():
    await asyncio.sleep(0.05)
    return 7

async def forever(name):
    try:
        await asyncio.sleep(10)
    finally:
        log.append(f'{name} cleaned up by close()')

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    log.append(repr(f))
    f.add_done_callback(lambda fut: None)
    f.set_result('the answer' * 4)
    log.append(repr(f))
    g = loop.create_future()
    g.cancel()
    log.append(repr(g))
    h = loop.create_future()
    h.set_exception(KeyError('k'))
    log.append(repr(h))
    h.exception()
    t = asyncio.create_task(work())
    log.append(repr(t).replace(__file__, 'FILE'))
    await asyncio.sleep(0)
    log.append(repr(t).replace(__file__, 'FILE'))
    t.cancel()
    log.append(repr(t).replace(__file__, 'FILE'))
    try:
        await t
    except asyncio.CancelledError:
        pass
    log.append(repr(t).replace(__file__, 'FILE'))
    t2 = asyncio.create_task(work(), name='named')
    await t2
    log.append(repr(t2).replace(__file__, 'FILE'))
    log.append(repr(asyncio.current_task()).replace(__file__, 'FILE'))

async def name_and_var(value):
    log.append(f'{asyncio.current_task().get_name()} sees {var.get()}')
    if value is not None:
        var.set(value)
    asyncio.create_task(forever(asyncio.current_task().get_name()))

asyncio.run(main())
with asyncio.Runner() as runner:
    runner.run(name_and_var('first'))
    runner.run(name_and_var(None))
log.append(f'outside: {var.get()}')
asyncio.run(name_and_var(None))
# Runner.close() cancels the remaining tasks in all_tasks() order, which in
# CPython is a WeakSet's (it varies from run to run): sort each run of
# cleanup lines.
i = 0
while i < len(log):
    j = i
    while j < len(log) and log[j].endswith('cleaned up by close()'):
        j += 1
    log[i:j] = sorted(log[i:j])
    i = j + 1 if j == i else j
for line in log:
    print(line.replace(os.path.dirname(asyncio.__file__), '<stdlib>'))
