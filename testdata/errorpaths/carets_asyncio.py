# Carets through awaits: each coroutine frame shows the await that is
# still running, and the failing subscript its ~ and ^.
import asyncio


async def fetch(table, key):
    await asyncio.sleep(0)
    return table[key] * 2


async def gather_all(table):
    first = await fetch(table, "a")
    second = await fetch(table, "b") + first
    return second


async def main():
    table = {"a": 1}
    total = await gather_all(table)
    print(total)


asyncio.run(main())
