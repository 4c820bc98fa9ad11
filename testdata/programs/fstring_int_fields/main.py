# f-strings whose fields are ints computed unboxed are built in a buffer
# (digits appended in place): the text, conversions, specs, big ints, the
# int-to-str digit limit, long text and tracebacks must stay CPython's.
import asyncio
import sys


def small():
    out = []
    for i in range(-3, 130, 7):
        j = i * 3
        out.append(f"{i}:{j}|{i!r}/{j!s}/{i!a}")
    print(",".join(out))
    n = 0
    for k in range(5):
        n += k * 1000003
    print(f"n={n} neg={-n} sq={n * n} lit={7} {n:>12} {n:x} {n:,}")


def big():
    x = 1
    for _ in range(70):
        x = x * 2
    y = x * x
    print(f"x={x} y={y} diff={y - x}!")
    z = 1
    for _ in range(5000):
        z = z * 7
    try:
        print(f"z has {len(str(1))} and {z}")
    except ValueError as e:
        print("ValueError:", e)
    sys.set_int_max_str_digits(0)
    print(f"{z}"[:20], len(f"<{z}>"))


def long_text():
    a = 123456789
    b = -987654321
    s = f"{a}{b}" * 1
    t = f"{'x' * 90}{a}{b}{'y' * 40}{a * a}"
    print(len(s), len(t), t[85:130])
    parts = []
    for i in range(30):
        parts.append(f"[{i}:{i * i}:{i - 100}]")
    print("".join(parts))


def failing(d):
    k = 10
    return f"k={k} q={k // d}"


def failing_int():
    k = 10
    m = 0
    for i in range(2):
        m = m * i
    try:
        return f"k={k} q={k % m}"
    except ZeroDivisionError as e:
        return f"caught {e} at k={k}"


def gen():
    for i in range(3):
        yield f"g{i}-{i * 10}"


async def coro():
    total = 0
    for i in range(3):
        total += i
        await asyncio.sleep(0)
        print(f"t={total} {await echo(i)} i={i}")


async def echo(v):
    return f"<{v}>"


small()
big()
long_text()
print(list(gen()))
asyncio.run(coro())
print(failing_int())
print(failing(3))
print(failing(0))
