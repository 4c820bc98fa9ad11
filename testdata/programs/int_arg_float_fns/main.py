# Float functions of int arguments: a def whose body is int arithmetic and
# whose returns are float arithmetic over it, called in float arithmetic
# with int locals, against the same calls made with boxed values.
import sys


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def h(n, m):
    t = n * m
    if t % 2:
        return t / 3
    return -(t + 0.5) * 2


def q(x):
    return (x - 7) % 5 / (x // -3 + 2.5)


def ratio(p, r):
    return p / r


def spectral_row(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += a(i, j) * 2.0
    return s


print(spectral_row(12), sum(a(i, j) for i in range(12) for j in range(12)) * 2.0)


def mixed(n):
    out = 0.0
    for k in range(-n, n):
        m = k + 3
        out += h(k, m) * 1.0 + q(k) * 1.0
    return out


print(mixed(9))

# Past 64 bits: the product overflows, the boxed body computes with big ints.
def near_limit():
    i = 2 ** 62
    j = 2 ** 61
    return a(i, j) * 1.0, a(j, 5) * 1.0


print(near_limit())

# Int true division beyond 2**53: correctly rounded, as CPython divides.
def big_ratio():
    p = 2 ** 60 + 1
    r = 3
    x = ratio(p, r) + 0.0
    y = ratio(9007199254740993, 7) + 0.0
    z = ratio(7, 9007199254740993) + 0.0
    return x, y, z


print(big_ratio())

# A big int local (past 64 bits) goes to the boxed body.
def big_local():
    i = 10 ** 30
    return a(i, 1) * 1.0


print(big_local())

# Zero divisors raise from the function, with its traceback line.
def zero(k):
    total = 0.0
    for m in range(k, -1, -1):
        total += ratio(k, m) * 1.0
    return total


try:
    zero(3)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_next.tb_lineno)


def fzero(n):
    return 1.0 / (n - n)


def call_fzero():
    n = 4
    return fzero(n) * 2.0


try:
    call_fzero()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# An unbound int local raises UnboundLocalError before the call.
def unbound(flag):
    if flag:
        i = 3
    return a(i, 2) * 2.0


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# Constants as arguments.
def consts():
    return a(3, 4) * 1.0 + ratio(1, 3) * 3.0


print(consts())

# Rebinding the name: the new object is called.
def row(n):
    s = 0.0
    for i in range(n):
        s += a(i, 1) * 1.0
    return s


print(row(5))
saved = a


def replacement(i, j):
    return 100.0 + i + j


a = replacement
print(row(5))
a = saved
print(row(5))

# A swapped __code__ is run.
def other(i, j):
    return 0.5 * i - j


a.__code__ = other.__code__
print(row(5))
a = saved


# The recursion limit holds for such calls too.
def deep(n):
    k = n
    return a(k, 1) * 1.0 + deep(n + 1)


sys.setrecursionlimit(200)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)

# Negative floors and remainders, and a float result that is an integer.
def negs():
    out = []
    for k in range(-7, 8):
        m = -k
        out.append(q(k) * 1.0)
        out.append(h(k, m) * 1.0)
    return out


print(negs())

# An uncaught error's traceback.
def last():
    m = 0
    return ratio(5, m) * 1.0


last()
