# Sums with a product operand (x*y + a, a + x*y, x*y + u*v) whose addend is
# a constant or a plain local: exact ints take a fused path (one pass over
# a big product's words), anything else the two operations in Python's
# order, each failing at its own position.


def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield seed


def big(rng, words, sign):
    v = 0
    for _ in range(words):
        v = (v << 64) | next(rng)
    return v * sign


def fused_forms(x, y, a, u, v):
    s1 = x * y + a
    s2 = a + x * y
    s3 = x * y + u * v
    s4 = 4 * x + a - u
    s5 = (2 * x + a) * v
    return s1, s2, s3, s4, s5


rng = lcg(12345)
checksum = 0
count = 0
for words in (0, 1, 3, 4, 5, 7, 8, 9, 16, 33):
    for awords in (0, 1, words, words + 2):
        for signs in range(8):
            x = big(rng, words, -1 if signs & 1 else 1)
            a = big(rng, awords, -1 if signs & 2 else 1)
            y = (next(rng) >> (signs * 8)) * (-1 if signs & 4 else 1)
            u = big(rng, max(words - 1, 0), 1)
            v = next(rng) >> 3
            got = fused_forms(x, y, a, u, v)
            want = (x * y + a, a + x * y, x * y + u * v, 4 * x + a - u, (2 * x + a) * v)
            assert got == tuple(want), (words, awords, signs)
            # Swapped factors and all-ones words carry through every word.
            ones = (1 << (64 * max(words, 1))) - 1
            got2 = fused_forms(y, ones, ones, ones, 2**64 - 1)
            assert got2[0] == y * ones + ones and got2[2] == y * ones + ones * (2**64 - 1)
            for g in got + got2:
                checksum = (checksum * 31 + g) % (2**61 - 1)
            count += 1
print("exact ints:", count, checksum)

# Floor division by a long divisor with a one-word quotient (the remainder
# is x - q*y in one pass), near every boundary and sign.
rng = lcg(99)
total = 0
for words in (4, 5, 8, 13):
    for trial in range(40):
        d = big(rng, words, 1) | 1
        k = next(rng) >> (trial % 64)
        for delta in (-2, -1, 0, 1, 2):
            n = d * k + delta
            for sn, sd in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
                q, m = divmod(sn * n, sd * d)
                assert q * (sd * d) + m == sn * n and (m == 0 or (m < 0) == (sd < 0)) and abs(m) < d
                assert (sn * n) // (sd * d) == q and (sn * n) % (sd * d) == m
                total = (total * 7 + q + m) % 1000000007
print("floor division:", total)

# Small ints stay exact ints.
a, b, c = 7, -3, 11
print(a * b + c, c + a * b, a * b + b * c, (2 * a + c) * b)
print(2**62 * 3 + 1, 5 + 2**63 * 2, 2**40 * 2**40 + 2**30 * 2**30)

# Floats and bools.
f, g, h = 1.5, 2.0, 0.25
print(f * g + h, h + f * g, f * g + g * h, True * 3 + False)


from loud import Loud

p, q = Loud("p"), Loud("q")
r = p * 2 + 5
print(r.name)
r = 5 + 3 * q
print(r.name)
r = p * 3 + q * 4
print(r.name)

# Strings and lists: repetition then concatenation.
s, t, n = "ab", "-", 3
print(s * n + t, t + s * n, s * n + t * n)
lst, two = [1], 2
print(lst * two + lst)


def product_fails(a, b, c):
    return a * b + c


def sum_fails(a, b, c):
    return a * b + c


try:
    sum_fails(2, 3, "x")
except TypeError as e:
    print("TypeError:", e)
print(product_fails("ab", None, "c"))
