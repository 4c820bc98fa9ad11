# Float-returning methods called from float code: the float body runs
# unboxed only while the call finds it; subclasses, rebinding, shadowing,
# __class__ and __code__ assignment, int results, special floats, errors
# and the lookup's order all behave as the method call does.
import math
import sys


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def len2(self):
        return self.x * self.x + self.y * self.y

    def mix(self, o, k):
        return self.x * k + o.y * (1.0 - k)

    def inv(self):
        return 1.0 / self.x


class W(V):
    __slots__ = ()

    def dot(self, o):
        return 7


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def norm(v):
    return math.sqrt(v.dot(v))


def scaled(a, b):
    return 2 * a.dot(b)


def cond(a, b):
    if a.dot(b) > 1:
        return "big"
    return "small"


a, b = V(1.5, 2.0), V(3.0, -1.0)
print(norm(a), scaled(a, b), cond(a, b), a.len2() + 0.5, a.mix(b, 0.25) * 2.0)
# int attributes: int results stay ints
i = V(3, 4)
print(norm(i), scaled(i, i), i.dot(i) - 1, type(i.dot(i) - 1).__name__)
# a subclass's override returning an int, on the same sites
w = W(1.0, 1.0)
for v in (a, w, a, w):
    print(scaled(v, b), cond(v, b), v.dot(b) * 1.0)
# an int literal alone is int code: no float body
class I:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def __len__(self):
        return self.s * 1


print(2 * I(3).area(), len(I(4)), I(2.5).area() * 1.0)
# special floats
n = V(float("nan"), 0.0)
f = V(float("inf"), -0.0)
print(scaled(n, n), scaled(f, b), f.dot(V(0.0, 1.0)) * 1.0, -f.y * 1.0, f.inv() + 0.0)
print(V(-0.0, 1.0).inv() * 1.0 if False else V(-1e308, 1.0).len2() * 1.0)
# values-mode instances: an instance attribute shadows the method
p, q = P(1.0, 2.0), P(0.5, 0.25)
print(scaled(p, q))
p.dot = lambda o: 100.0
print(scaled(p, q), scaled(q, q))
del p.dot
print(scaled(p, q))
# rebinding the class's method, then restoring it
old = V.dot
V.dot = lambda self, o: -1.0
print(scaled(a, b), norm(b) if False else cond(a, b))
V.dot = old
print(scaled(a, b))
# __class__ assignment
x = P(1.0, 1.0)
print(scaled(x, x))
x.__class__ = type("Q", (P,), {"dot": lambda self, o: 0.5})
print(scaled(x, x))
# __code__ assignment
def other(self, o):
    return 41.5
V.dot.__code__ = other.__code__
print(scaled(a, b))
V.dot.__code__ = P.dot.__code__
print(scaled(a, b))


# the lookup happens before the arguments run
class R:
    def __init__(self):
        self.x = 2.0
        self.y = 3.0

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def rebind():
    R.dot = lambda self, o: 0.0
    return R()


r = R()
print(2.0 * r.dot(rebind()), 2.0 * r.dot(r))
# errors inside the float body: tracebacks name the method
z = V(0.0, 1.0)
try:
    print(1.0 + z.inv())
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ZeroDivisionError", e, names)
try:
    print(1.0 + V(1.0, None).len2())
except TypeError as e:
    print("TypeError", e)


# recursion through a float method
class Deep:
    def __init__(self, n):
        self.n = n
        self.x = 1.0

    def depth(self):
        if self.n == 0:
            return self.x * 1.0
        d = Deep(self.n - 1).depth()
        return self.x + d


print(Deep(50).depth() * 1.0)
sys.setrecursionlimit(100)
try:
    print(Deep(1000).depth() * 1.0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(1.0 / z.inv())
