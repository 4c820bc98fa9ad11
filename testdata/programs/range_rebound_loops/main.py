# `for x in range(...)` loops natively over int64 while range is the
# builtin; rebound (builtins.range = f), the loop iterates what f returns,
# as CPython's does.
import asyncio
import builtins


def total(n):
    t = 0
    for i in range(n):
        t += i * 2
    return t


def words(n):
    out = []
    for w in range(n):
        out.append(w)
    else:
        out.append("else")
    return out


def first_big(n):
    for v in range(n):
        if len(str(v)) > 2:
            break
    else:
        return None
    return v


def count(n):
    c = 0
    for _ in range(n):
        c += 1
    return c


def gen(n):
    for i in range(n):
        yield i


async def coro(n):
    out = []
    for i in range(n):
        await asyncio.sleep(0)
        out.append(i)
    else:
        out.append("done")
    return out


def noisy(n):
    for k in ["a", "bb", "ccc"][:n]:
        print("  next ->", k)
        yield k


def drive(c):
    # asyncio's own Python code calls range in CPython: drive by hand.
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


def run_all(label):
    print(label)
    print(" ", total(3) if label == "builtin" else "-", words(3), first_big(3), count(3))
    print(" ", list(gen(3)), drive(coro(2)))
    for x in range(2):
        print("  body", x)


run_all("builtin")
orig = builtins.range
builtins.range = lambda n: ["a", "bb", "ccc"][:n]
run_all("list")
builtins.range = noisy
run_all("generator")
builtins.range = lambda n: orig(2**64, 2**64 + n)
run_all("big range")
builtins.range = lambda n: 5
try:
    count(3)
except TypeError as e:
    print("TypeError:", e)
builtins.range = orig
print(total(4), count(2))
