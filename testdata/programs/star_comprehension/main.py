# A list comprehension star-passed to a call gives its items without a
# list; a comprehension over the builtin range steps a lent iterator.
import asyncio
import builtins
import gc
import sys

kept = []


def keep(*args):
    kept.append(args)
    return args


def mutate(*args):
    args = list(args)
    args.append("extra")
    return args


a = keep(*[i * i for i in range(4)])
b = keep(*[i for i in range(3)])
print(a, b, kept, type(a).__name__)
print(mutate(*[c for c in "ab"]), mutate(*[]), mutate(*[x for x in []]))
print(keep(1, *[i for i in range(2)], 9, *[j for j in range(3, 1, -1)], *(7,)))
print(max(*[i % 5 for i in range(12)]), min(*[i for i in range(5, 10)]))
print(*[f"<{i}>" for i in range(3)], sep="|")
print([*[i for i in range(3)], *[i for i in range(2)]], (*[i for i in range(2)],), {*[i % 2 for i in range(5)]})
print(keep(*[i for i in range(3) if i != 1], **{}))
print(keep(*[(i, j) for i in range(2) for j in range(i, 3)]))


class Base:
    pass


class Kid(*[Base for _ in range(1)]):
    pass


print(Kid.__bases__)


# A generator as the star argument, a list display, an iterator: unchanged.
def gen():
    yield from range(3)


print(keep(*gen()), keep(*[0, 1]), keep(*iter([5])))

# Errors inside the comprehension, and from the callee's arity.
try:
    keep(*[1 // (i - 2) for i in range(4)])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(*[i for i in range(3)])
except TypeError as e:
    print("TypeError", e)
try:
    [x for x in range("3")]
except TypeError as e:
    print("TypeError", e)
try:
    keep(*[x for x in range(2**70, 2**70 + 2)])
    print(keep(*[x - 2**70 for x in range(2**70, 2**70 + 2)]))
    print([x for x in range(sys.maxsize - 2, sys.maxsize)], [x for x in range(-sys.maxsize - 1, -sys.maxsize + 1)])
    print([x for x in range(0, -9, -4)], {x: x for x in range(True, 3)}, {x for x in range(3, 0, -1)})
except OverflowError as e:
    print("OverflowError", e)

# Nested comprehensions over range, and range inside the loops.
print([[j for j in range(i)] for i in range(4)])
print([sum(j for j in range(i)) for i in range(5)])
print(keep(*[len([k for k in range(i)]) for i in range(3)]))


# A range shadowed by a local, a global, and a rebound builtin.
def local_range():
    range = lambda n: ["L"] * n
    return [x for x in range(2)], keep(*[x for x in range(3)])


print(local_range())
real_range = builtins.range


def comp():
    return [x for x in range(3)], keep(*[x * 10 for x in range(2)])


builtins.range = lambda n: iter("xyz"[:n])
print(comp())
builtins.range = lambda n: 5
try:
    comp()
except TypeError as e:
    print("TypeError", e)
builtins.range = real_range
print(comp())

# A comprehension's range iterator while another comprehension runs inside
# its loops, and after an exception left one unfinished.
try:
    [1 // (x - 1) for x in range(3)]
except ZeroDivisionError:
    pass
print([(i, [j for j in range(i, 4)]) for i in range(3)])
it_comp = [x for x in range(4) if x != [y for y in range(2)][0]]
print(it_comp)


# gather of a star-passed comprehension: results in order, exceptions,
# return_exceptions, cancellation.
async def work(i, log):
    log.append(("start", i))
    await asyncio.sleep(0)
    if i == 3:
        raise ValueError(i)
    log.append(("end", i))
    return i * i


async def main():
    log = []
    print(await asyncio.gather(*[work(i, log) for i in range(3)]))
    print(log)
    log.clear()
    print(await asyncio.gather(*[work(i, log) for i in range(5)], return_exceptions=True))
    print(log)
    try:
        await asyncio.gather(*[work(i, log) for i in range(2, 5)])
    except ValueError as e:
        print("ValueError", e)
    await asyncio.sleep(0)
    g = asyncio.gather(*[asyncio.sleep(10) for _ in range(2)])
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("cancelled", g.cancelled())
    coros = [work(i, []) for i in range(2)]
    print(await asyncio.gather(*[c for c in coros + coros]))
    print(await asyncio.gather(*[]), await asyncio.gather(*[x for x in []]))
    print(len(asyncio.all_tasks()))


asyncio.run(main())
gc.collect()
