# pyperformance's coroutines benchmark: fib(25) where every call is an
# awaited `async def` that never suspends (the hand-written Go twin is
# ../shared/perf/go/coroutines: a plain recursive function).
import asyncio
import sys


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


async def main(iters):
    total = 0
    for _ in range(iters):
        total += await fibonacci(25)
    print(f"coroutines iters={iters} sum={total}")


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10))
