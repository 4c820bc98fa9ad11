# Digits of pi with a spigot over big integers (Gibbons' streaming algorithm,
# written from its recurrence). Usage: pidigits.py [DIGITS]
import sys


def digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return out


count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
d = digits(count)
print(f"pidigits n={count} head={''.join(map(str, d[:20]))} sum={sum(d)} tail={''.join(map(str, d[-10:]))}")
