# Ints made by arithmetic (boxed from shared chunks in the runtime): values,
# identity (`is` true only for CPython's cached small ints), distinct id()s of
# live ints, hashing, dict/set membership, sorting, generators yielding
# them, and big values crossing into arbitrary precision.
def gen(n):
    for i in range(n):
        yield i * 1001


xs = [i * 1000 for i in range(200)]
print(sum(xs), len(set(xs)), xs[37], type(xs[37]).__name__, len({id(x) for x in xs}))
a = 5000
b = int("5000")
c = 4000 + len(xs) * 5
print(a == b == c, a is b, b is c, hash(a) == hash(b) == hash(c), c)
small = [int(s) for s in ("-5", "0", "256", "257", "-6")]
print([x is y for x, y in zip(small, [-5, 0, 256, 257, -6])])
d = {x: x // 1000 for x in gen(500)}
print(len(d), d[499 * 1001], 499499 in d, 499500 in d)
t = 0
for v in gen(100000):
    t += v
print(t, t * t * t, (t * t * t) // t == t * t)
big = 2**62
print(big + big, big * 4 - 1, -big - big - big, (big + big) // 3)
ys = sorted([(i * 7919) % 10007 + 2000 for i in range(300)])
print(ys[:5], ys[-3:], min(ys), max(ys), sum(ys))
s = set()
for i in range(3000):
    s.add(i * 3 + 1025)
print(len(s), 1025 in s, 1026 in s, 9998 + 1000 in s)
print(repr(123456789 * 10), str(-98765 * 3), format(1024 * 1024, ","), f"{2000 + 24:x}")
