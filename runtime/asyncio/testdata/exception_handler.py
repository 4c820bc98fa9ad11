# Scenario for TestExceptionHandler: the default handler's messages for a
# failing callback, a custom handler's context, call_exception_handler, and
# "Task exception was never retrieved" (stderr lines, tracebacks elided).
import asyncio
import io
import logging
import sys

stream = io.StringIO()
logging.getLogger('asyncio').addHandler(logging.StreamHandler(stream))
logging.getLogger('asyncio').propagate = False

def cb():
    raise ValueError('in callback')

async def boom():
    raise KeyError('lost')

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    def handler(loop, ctx):
        print('custom handler:', sorted(ctx), ctx['message'].split(' at ')[0])
    loop.set_exception_handler(handler)
    loop.call_soon(cb)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_exception_handler({'message': 'custom message', 'extra': 42})

asyncio.run(main())
import gc; gc.collect()
for line in stream.getvalue().splitlines():
    if not line.startswith(' ') and not line.startswith('Traceback'):
        print('log:', line.replace(__file__, 'FILE'))
