# Division by a literal in float-speculated arithmetic (x / 2.0, x / 2),
# and int / int there: every kind of left operand.


class D:
    def __truediv__(self, k):
        return ("D /", k, type(k).__name__)


def halves(x):
    y = 0.5
    y = x / 2.0
    z = 0.5
    z = x / 2
    w = 0.5
    w = x / -3
    return y, z, w


for v in [7.0, -0.0, 0.0, 7, -7, 0, True, 2**53, 2**53 + 1, 2**60 + 1, 10**30, float("inf"), float("nan"), D()]:
    print(repr(v)[:20], halves(v))


def ratio(n, m):
    r = 0.5
    r = n / m
    return r


for n, m in [(1, 3), (-1, 3), (0, -5), (2**53, 3), (2**53 + 1, 3), (3, 2**54 + 1), (10**20, 7), (1, 2.0), (True, 2)]:
    print(n, m, repr(ratio(n, m)))
for n, m in [(1, 0), (1.0, 0), (0, 0.0)]:
    try:
        ratio(n, m)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def grid(size):
    out = []
    for y in range(3):
        for x in range(3):
            out.append(((x - size / 2) / size, (size / 2 - y) / size + 0.1))
    return out


print(grid(4))
print(grid(5))
