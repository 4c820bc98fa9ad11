# math.factorial, perm and comb: values over a range of sizes (checked by
# digest and by their defining recurrences), huge n, and the errors.
import hashlib
import math


def digest(x):
    return hashlib.sha256(x.to_bytes((x.bit_length() + 7) // 8 or 1, "little")).hexdigest()[:16]


f = 1
for n in range(0, 400):
    if n:
        f *= n
    assert math.factorial(n) == f, n
print("factorial 0..399 ok")
for n in (20, 21, 22, 25, 34, 35, 500, 1000, 3000, 12345, 40000):
    print("factorial", n, math.factorial(n).bit_length(), digest(math.factorial(n)))
for n, k in ((10, 3), (10, 10), (10, 0), (0, 0), (3, 5), (500, 250), (5000, 1234), (30, 29), (2 ** 62, 3)):
    print("perm", n, k, digest(math.perm(n, k)), math.perm(n, k) == math.factorial(n) // math.factorial(n - k) if n < 10000 and k <= n else "")
    print("comb", n, k, digest(math.comb(n, k)))
print(math.perm(10), math.perm(10, None), math.perm(2 ** 64 + 5, 2) == (2 ** 64 + 5) * (2 ** 64 + 4))
print(math.comb(2 ** 64, 3) == (2 ** 64) * (2 ** 64 - 1) * (2 ** 64 - 2) // 6, math.comb(2 ** 64, 2 ** 64 - 2) == math.comb(2 ** 64, 2))
print(math.comb(2 ** 70, 0), math.comb(2 ** 70, 2 ** 70), math.comb(2 ** 70, 1) == 2 ** 70)
for call in (lambda: math.factorial(-1), lambda: math.factorial(2 ** 63), lambda: math.factorial(5.0),
             lambda: math.perm(-5, 1), lambda: math.perm(5, -1), lambda: math.perm(2 ** 70, 2 ** 64),
             lambda: math.comb(-1, 2), lambda: math.comb(5, -2), lambda: math.comb(2 ** 70, 2 ** 64)):
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
