# Int-typed locals: the inlined add/sub/mul/compare paths and their
# fallbacks (boxed values from ToI, values past 64 bits, overflow), and
# the truth of ints.


def f(n):
    a = 0
    b = n * 1
    c = 2 ** 62
    d = -(2 ** 62)
    out = []
    for i in range(n):
        a = a + i
        b = b - i
        c = c + c          # overflows to a big int on the first step
        d = d * 3
        out.append((a, b, c > d, c == d, a < b, a <= b, a != b, a >= b, d < 0))
    e = len(out) * 4611686018427387904
    g = e + e
    h = g - e * 3
    out.append((e, g, h, e > g, h < 0, e == g // 2))
    k = 1000
    k = k + 24          # 1024, still cached
    m = k + 1           # 1025: a new box
    out.append((k, m, m - k, m * m * m * m * m * m * m))
    return out


for row in f(5):
    print(row)

big = 10 ** 30


def g(x):
    y = 0
    y = y + 1
    z = x
    z = z + 1
    return y, z, z > y, z * y


print(g(5), g(-2 ** 63), g(2 ** 63 - 1))


def truths(vals):
    n = 0
    for v in vals:
        if v:
            n += 1
        while v:
            v = 0
    return n


print(truths([0, 1, -1, 2 ** 70, 0.0, "", "a", None, [], [0], True, False]))


def loop(n):
    i = 0
    s = 0
    while i < n:
        s += i * i
        i += 1
    return s, i >= n, i == n


print(loop(10), loop(100000))
