# Scenario for TestSigint: the first SIGINT cancels Runner.run()'s main
# task, which cleans up; run() then raises KeyboardInterrupt and the runner
# stays usable.
import asyncio
import signal

log = []

async def main():
    try:
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('main cancelled')
        raise
    finally:
        log.append('finally ran')

async def again():
    return 'runner still usable'

with asyncio.Runner() as runner:
    try:
        runner.run(main())
    except KeyboardInterrupt:
        log.append('KeyboardInterrupt from run()')
    log.append(runner.run(again()))
for line in log:
    print(line)
