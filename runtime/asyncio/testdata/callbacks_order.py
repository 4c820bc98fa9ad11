# Scenario for TestCallbacksOrder: call_soon FIFO, timers ordered by
# deadline with heapq's tie order, cancelled handles, stop() mid-batch and
# the leftovers run by the next run_forever().
import asyncio

log = []
loop = asyncio.new_event_loop()
t0 = loop.time() + 0.05
for i in [3, 1, 4, 1, 5, 9, 2, 6]:
    loop.call_at(t0 + i * 0.01, log.append, f'at+{i}')
for name in 'abcdef':
    loop.call_at(t0, log.append, f'tie-{name}')
h = loop.call_at(t0, log.append, 'cancelled tie')
h.cancel()
loop.call_soon(log.append, 'soon-1')
h2 = loop.call_soon(log.append, 'soon-cancelled')
loop.call_soon(log.append, 'soon-2')
h2.cancel()
loop.call_soon(lambda: (log.append('stopper'), loop.stop()))
loop.call_soon(log.append, 'after stop in same batch')
loop.call_later(0.2, loop.stop)
log.append(f'handle repr cancelled: {h2!r}')
loop.run_forever()
log.append('--- first run_forever returned')
loop.call_soon(log.append, 'leftover scheduled before second run')
loop.run_forever()
log.append('--- second run_forever returned')
log.append(f'closed before close: {loop.is_closed()}')
loop.close()
log.append(f'closed: {loop.is_closed()}')
for line in log:
    print(line)
