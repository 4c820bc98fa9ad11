# Module-level functions returning float arithmetic have their result taken
# unboxed by float arithmetic at the call; every other value and every
# other way of calling them must behave as before.
import sys


class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def half(x):
    if x is None:
        return None
    if x == 0:
        return "zero"
    if x == 1:
        return F(0.5)
    return x / 2.0


def inv(i, j):
    return 1.0 / (i - j)


def scaled(x, k):
    s = x * 1.5
    s += k
    return s


def total(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += a(i, j) * 2.0
    return s


print(total(30))
print(a(3, 4), a(2**70, 1), a(0.5, 1))
print([half(x) for x in (None, 0, 1, 2, 7.0)])
print(type(half(1)).__name__, half(1) + 1.0)
v = half(5)
w = v
print(v is w, v == 2.5)
print(list(map(half, [4, 6])), sorted([3.0, 1.0], key=half))
print(scaled(2, 1) + scaled(1.0, 0.5) * 2.0, scaled(2**60, 0))

acc = 0.0
for x in (2, 4, 1):
    acc += half(x) * 3.0
print(acc)

try:
    acc += half(None) * 1.0
except TypeError as e:
    print("TypeError", e)

try:
    print(half(0) * 2.0 + 1.0)
except TypeError as e:
    print("TypeError", e)


def use_inv():
    s = 0.0
    for i in range(3):
        s += inv(2, i) * 1.0
    return s


try:
    use_inv()
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ZeroDivisionError", e, lines)

orig = half
half = lambda x: 100.0
print(sum(half(x) * 1.0 for x in range(3)), orig(8) * 1.0)
half = orig

sys.setrecursionlimit(100)


def deep(n):
    if n == 0:
        return 0.5
    return deep(n - 1) * 1.0 + 1.0


try:
    print(deep(50))
    print(deep(500))
except RecursionError as e:
    print("RecursionError", e)

inv(1, 1)
