import asyncio, os, signal

async def main():
    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    hits = []
    def on(sig):
        hits.append(signal.Signals(sig).name)
        got.set()
    loop.add_signal_handler(signal.SIGUSR1, on, signal.SIGUSR1)
    loop.add_signal_handler(signal.SIGALRM, on, signal.SIGALRM)
    loop.add_signal_handler(signal.SIGTERM, on, signal.SIGTERM)
    os.kill(os.getpid(), signal.SIGUSR1)
    await got.wait(); got.clear()
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    await got.wait(); got.clear()
    signal.raise_signal(signal.SIGTERM)
    await got.wait(); got.clear()
    print(hits)
    loop.remove_signal_handler(signal.SIGUSR1)
    print("removed")

asyncio.run(main())
print("before death", flush=True)
signal.raise_signal(signal.SIGUSR1)
import time; time.sleep(1)
print("not reached")
