# Module globals read and written in loops while the module's dict grows,
# shrinks, compacts and is cleared under them: each read must see the
# latest value wherever it was stored from.
import sys

me = sys.modules[__name__]
total = 0


def gen(n):
    for i in range(n):
        yield i


def churn(k):
    # New globals: the dict's entries array grows (moves).
    for j in range(k):
        globals()["x%d_%d" % (k, j)] = j
    # Most of them deleted again: holes, then compaction.
    for j in range(k - 2):
        del globals()["x%d_%d" % (k, j)]


for v in gen(60):
    total += v
    if v % 7 == 3:
        churn(v)
    if v % 11 == 5:
        globals()["total"] = total + 1000
    if v % 13 == 6:
        setattr(me, "total", total + 1)
    if v % 17 == 2:
        del globals()["total"]
        total = 5
print(total, len([k for k in globals() if k.startswith("x")]))


def reader():
    return total


c = 0
for _ in range(30):
    for v in gen(4):
        c += v
        total = c
        if reader() != c:
            print("stale read", c, reader())
    if c % 9 == 0:
        churn(c % 23)
print(c, total, reader())

# A global deleted and bound again inside the loop that stores it.
n = 0
for i in range(40):
    n += i
    if i % 10 == 9:
        del n
        churn(i)
        n = i
    if i % 15 == 14:
        try:
            del v
        except NameError:
            pass
        v = i
print(n, v)

try:
    for i in range(3):
        del n
        n += 1
except NameError as e:
    print("NameError", e)

g = globals()
saved = dict(g)
m = 1
for i in range(5):
    m = m * 3
    if i == 2:
        k = list(g)
        for name in k:
            if name.startswith("x"):
                del g[name]
        churn(30)
print(m, sorted(k for k in g if k.startswith("x"))[:3])
