# Calling plain classes (ctor_fast.go's fastNew1..4, the plain class tested
# first): __init__ replaced after calls were cached, wrong argument counts,
# __init__ returning a value, a __new__ added later, exception classes,
# namedtuples.
from collections import namedtuple


class A:
    def __init__(self, a):
        self.a = a


class B:
    def __init__(self, a, b):
        self.s = a + b


class C:
    def __init__(self, a, b, c):
        self.s = a + b + c


class D:
    def __init__(self, a, b, c, d):
        self.s = a + b + c + d


for i in range(3):
    print(A(i).a, B(i, 1).s, C(i, 1, 2).s, D(i, 1, 2, 3).s)

for cls, args in [(A, (1, 2)), (B, (1,)), (C, (1, 2)), (D, (1, 2, 3, 4, 5)), (A, ())]:
    try:
        cls(*args)
    except TypeError as e:
        print("TypeError", e)
    try:
        if len(args) == 2:
            cls(args[0], args[1])
        elif len(args) == 1:
            cls(args[0])
    except TypeError as e:
        print("TypeError", e)


def init2(self, a, b):
    self.s = "new init " + repr((a, b))


B.__init__ = init2
print(B(1, 2).s)


def bad_init(self, a, b):
    return 5


B.__init__ = bad_init
try:
    B(1, 2)
except TypeError as e:
    print("TypeError", e)


class Cnt:
    made = 0

    def __new__(cls, *args):
        Cnt.made += 1
        return super().__new__(cls)


B.__new__ = Cnt.__new__
del B.__init__
try:
    b = B(1, 2)
except TypeError as e:
    print("TypeError", e)
print(Cnt.made)


class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


for i in range(2):
    e = E(i, i + 1)
    print(repr(e), e.args, e.b)


P = namedtuple("P", "x y")
for i in range(2):
    print(P(i, 2), P(x=i, y=3))


class F:
    def __init__(self, n, a, b):
        self.n = n
        if n:
            self.child = F(n - 1, a, b)


f = F(3, 0, 0)
print(f.child.child.child.n)


def deep(n):
    return deep(n + 1)


class G:
    def __init__(self, a, b):
        G(a, b)


try:
    G(1, 2)
except RecursionError as e:
    print("RecursionError", e)


# A subclass inheriting __init__, and an __init__ with defaults.
class H(D):
    pass


class K:
    def __init__(self, a, b=10):
        self.s = a + b


for i in range(2):
    print(H(1, 2, 3, i).s, K(i).s, K(i, i).s)
