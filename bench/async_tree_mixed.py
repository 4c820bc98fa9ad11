# A tree of gathered tasks, 6-way and 6 levels deep (46656 leaves), where each
# leaf either computes factorial(500) (big ints) or, memoized on a seeded
# random key, sleeps 50 ms: the "cpu_io_mixed" variant of pyperformance's
# async_tree, written for this project (its Go twin is
# ../shared/perf/go/async_tree cpu_io_mixed). Usage: async_tree_mixed.py [ITERS]
import asyncio
import math
import random
import sys

LEVELS, BRANCHES = 6, 6
IO_SLEEP = 0.05
MEMOIZABLE_PERCENT = 90
CPU_PROBABILITY = 0.5
FACTORIAL_N = 500


class Tree:
    def __init__(self):
        random.seed(0)
        self.cache = set()
        self.io = 0
        self.cpu = 0

    async def leaf(self):
        if random.random() < CPU_PROBABILITY:
            self.cpu += 1
            math.factorial(FACTORIAL_N)
            return
        data = random.randint(1, 100)
        if data <= MEMOIZABLE_PERCENT:
            if data in self.cache:
                return
            self.cache.add(data)
        self.io += 1
        await asyncio.sleep(IO_SLEEP)

    async def recurse(self, level):
        if level == 0:
            await self.leaf()
            return
        await asyncio.gather(*[self.recurse(level - 1) for _ in range(BRANCHES)])


async def main(iters):
    tree = Tree()
    for _ in range(iters):
        await tree.recurse(LEVELS)
    print(f"async_tree_cpu_io_mixed iters={iters} leaves={iters * BRANCHES ** LEVELS} io={tree.io} cpu={tree.cpu}")


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1))
