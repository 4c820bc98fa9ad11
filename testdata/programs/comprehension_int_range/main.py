# Comprehensions and generator expressions over range(): the loop variable
# is an int, computed unboxed; results, types, errors and rebinding of
# range behave as CPython's.
import asyncio
import builtins


def comps(n):
    print([i * 2 for i in range(n)])
    print({i % 3 for i in range(n)}, {i: i * i for i in range(n) if i % 2})
    print([(i, j) for i in range(4) for j in range(i)])
    print([i for i in range(3) for i in range(i, 5)])
    print([[i * j for j in range(3)] for i in range(3)])
    print([i for i in range(10, 0, -3)], [i for i in range(0)], [i for i in range(-5, 5, 2)])
    print(sum(i for i in range(n)), sum(i * i - 3 for i in range(n)), sum(i for i in range(0)))
    print(any(i > 3 for i in range(n)), all(i < n for i in range(n)))
    print(min(i * -1 for i in range(1, n)), max(i % 4 for i in range(n)))
    print(sorted((i * 7) % 5 for i in range(n)), tuple(i for i in range(3)))
    print(list(map(str, (i * i for i in range(5)))))
    g = (i + 100000 for i in range(3))
    print(type(g).__name__, next(g), list(g))
    print(type([i for i in range(1)][0]).__name__, [i for i in range(1)][0] == 0)


comps(7)
# Past 64 bits, and sums that leave 64 bits.
big = 2**63
print([i for i in range(big - 2, big + 2)])
print([i - big for i in range(big, big + 3)], sum(i for i in range(big - 1, big + 1)))
print(sum(i * 2**40 for i in range(2**23, 2**23 + 5)), sum(i * 2**62 for i in range(4)))
print(sum(-i * 2**62 for i in range(4)), sum((i for i in range(5)), 10))
print(sum(i if i % 2 else 0.5 for i in range(5)), sum(i * 1.5 for i in range(3)))


def closures():
    fs = [lambda: i for i in range(3)]
    print([f() for f in fs])
    print([(y := i * 2) for i in range(3)], y)
    print([i for i in range(3) if (lambda: i)() != 1])


closures()
try:
    print([1 // (i - 2) for i in range(5)])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(sum(10 // (2 - i) for i in range(4)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print([i for i in range(1.5)])
except TypeError as e:
    print("TypeError", e)


class Idx:
    def __index__(self):
        return 4


print([i * 3 for i in range(Idx())], sum(i for i in range(Idx())))


async def acomp():
    async def agen():
        for k in "ab":
            yield k

    return [(k, i) async for k in agen() for i in range(2)], [i * await asyncio.sleep(0, 2) for i in range(3)]


print(asyncio.run(acomp()))
# range rebound at run time: the items are what it gives.
real = builtins.range
builtins.range = lambda *a: ["x", "y"]
try:
    print([i * 2 for i in range(3)], sum(len(i) for i in range(2)), sorted({i for i in range(5)}))
finally:
    builtins.range = real
print([i + 1 for i in range(3)])
