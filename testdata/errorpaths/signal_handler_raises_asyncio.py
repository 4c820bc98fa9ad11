# send: SIGUSR1
import asyncio, signal

def handler(signum, frame):
    raise RuntimeError(f"signal {signum}")

async def main():
    print("ready", flush=True)
    await asyncio.sleep(10)

signal.signal(signal.SIGUSR1, handler)
asyncio.run(main())
