# `return a if c else b` in plain functions, methods, nested conditionals,
# inside try/finally and with blocks, in loops over generators (which the
# return closes), in generators and coroutines, with errors raised by the
# test, the chosen branch and __bool__, and their tracebacks.
import asyncio
import traceback


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise ValueError("no truth")
        return self.v


def pick(c, a, b):
    return a if c else b


def grade(n):
    return "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"


def div(a, b):
    return a / b if b else a // b


def guarded(x):
    try:
        return x[0] if x else "empty"
    finally:
        print("  finally", x)


def first_even(items):
    for g in (v for v in items):
        return g if g % 2 == 0 else -g
    return None


def gen(n):
    yield n
    return "done" if n else "zero"


async def coro(c):
    await asyncio.sleep(0)
    return "yes" if c else "no"


class Box:
    def __init__(self, items):
        self.items = items

    def head(self):
        return self.items[0] if self.items else None


print(pick(1, "a", "b"), pick(0, "a", "b"), pick(Flag(True), 1, 2), pick(Flag(False), 1, 2))
print([grade(n) for n in (-3, 0, 4, 40)])
print(div(7, 2), guarded([9]), guarded([]))
print(first_even([3, 4]), first_even([4]), first_even([]))
g = gen(0)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(asyncio.run(coro(1)), asyncio.run(coro(0)))
print(Box([5]).head(), Box([]).head())

for call in (lambda: div(1, 0), lambda: pick(Flag(None), 1, 2), lambda: guarded(5), lambda: Box(3).head()):
    try:
        call()
    except Exception:
        traceback.print_exc()


def cmp_raises(a, b):
    return "lt" if a < b else "ge"


def nested_raises(a):
    return 1 if a == 1 else 2 if Flag(None) else 3


for call in (lambda: cmp_raises(1, "x"), lambda: nested_raises(5)):
    try:
        call()
    except Exception:
        traceback.print_exc()
