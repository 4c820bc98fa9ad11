# A tree of gathered tasks, 6-way and 6 levels deep (46656 leaves), no I/O:
# the "none" variant of pyperformance's async_tree, written for this project
# (its Go twin is ../shared/perf/go/async_tree). Usage: async_tree.py [ITERS]
import asyncio
import sys

LEVELS, BRANCHES = 6, 6


async def leaf():
    pass


async def recurse(level):
    if level == 0:
        await leaf()
        return
    await asyncio.gather(*[recurse(level - 1) for _ in range(BRANCHES)])


async def main(iters):
    for _ in range(iters):
        await recurse(LEVELS)
    print(f"async_tree_none iters={iters} leaves={iters * BRANCHES ** LEVELS} io=0 cpu=0")


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1))
