# Int-typed locals with small constant operands (x + 1, x - 3, 5 + x,
# x += 7, comparisons with constants) across the 2**62 and 2**63 edges,
# with values that came in boxed (from a list, a parameter, int()), and
# big ints on either side.


def walk_up(start, steps, c):
    x = start
    out = []
    for _ in range(steps):
        x = x + 3
        x += 1
        out.append(x)
    return out, x + 0, 5 + x, c


def walk_down(start, steps):
    x = start
    out = []
    for _ in range(steps):
        x = x - 2
        x -= 1
        out.append(x)
    return out


def compare(n):
    hits = []
    i = n
    while i < n + 6:
        if i == 4611686018427387904:
            hits.append(("eq62", i))
        if i != 9223372036854775807:
            hits.append(("ne63", i - 1))
        if i > 2:
            hits.append(("gt", i))
        if i <= 0:
            hits.append(("le", i))
        i += 1
    return hits


def counted(xs):
    total = 0
    k = 0
    for v in xs:
        total = total + 1
        k = 2 + k
        k -= 1
    return total, k


def mixed():
    a = 10 ** 30
    a += 1
    b = -(10 ** 30)
    b -= 1
    c = 1 << 62
    c = c - 1
    c += 1
    d = -(1 << 62)
    d = d + 0
    d -= 1
    e = 0
    e = e - 4611686018427387903
    e -= 4611686018427387903
    e = e - 3
    return a, b, c, d, e


def boxed(vals):
    out = []
    for v in vals:
        n = int(v)
        n += 1
        m = n - 1
        out.append((n, m, n == 1025, m < 2000))
    return out


print(walk_up(4611686018427387900, 3, 1)[0])
print(walk_up(9223372036854775800, 4, 2))
print(walk_up(-5, 3, 3))
print(walk_down(-4611686018427387900, 3))
print(walk_down(-9223372036854775800, 4))
print(walk_down(5, 4))
print(compare(4611686018427387902))
print(compare(9223372036854775804))
print(compare(-3))
print(counted(range(100000)))
print(mixed())
print(boxed(["1024", "1025", "99999999999999999999", "-6", True]))
x = 9223372036854775807
try:
    print(x + 1, x - -1, (x + 1) - 1)
except Exception as e:
    print("error", e)
