# Binary operators at sites that remember the left operand's class and
# its method: every way the remembered method stops being the one to call.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __sub__(self, o):
        if isinstance(o, V):
            return V(self.x - o.x)
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k)

    def __truediv__(self, k):
        return V(self.x / k)

    def __mod__(self, k):
        return V(self.x % k)

    def __repr__(self):
        return f"{type(self).__name__}({self.x!r})"


class W(V):
    # A subclass whose reflected method goes first when it is the right
    # operand of a V.
    def __rsub__(self, o):
        return ("W.__rsub__", o.x, self.x)

    def __radd__(self, o):
        return ("W.__radd__", o.x, self.x)


class R:
    def __rsub__(self, o):
        return ("R.__rsub__", o)

    def __radd__(self, o):
        return ("R.__radd__", o)


def sub(a, b):
    return a - b


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def mod(a, b):
    return a % b


a, b = V(5), V(2)
for _ in range(3):
    print(sub(a, b), add(a, b), mul(a, 3), div(a, 2), mod(a, 3))
print(sub(a, W(1)), add(a, W(1)))
print(sub(W(7), a), add(W(7), a))
print(sub(a, R()), add(a, R()))
print(add(a, 1.5), add(a, 2), sub(3.5, 1.0), sub(10, 4), mul(2.5, 2.0), div(7, 2))

# The method replaced after the sites have it.
V.__sub__ = lambda self, o: ("replaced", self.x, o.x)
print(sub(a, b))


def sub2(self, o):
    return ("def", self.x - o.x)


V.__sub__ = sub2
print(sub(a, b), sub(a, b))
sub2.__code__ = (lambda self, o: ("code swapped", o.x)).__code__
print(sub(a, b))
del V.__sub__
try:
    sub(a, b)
except TypeError as e:
    print("TypeError:", e)


# NotImplemented from the remembered method, then no reflected method.
class N:
    def __add__(self, o):
        return NotImplemented


n = N()
for _ in range(2):
    try:
        add(n, n)
    except TypeError as e:
        print("TypeError:", e)
    try:
        add(n, 1)
    except TypeError as e:
        print("TypeError:", e)


# __class__ assigned inside the method.
class A:
    def __add__(self, o):
        self.__class__ = B
        return "A.__add__"


class B:
    def __add__(self, o):
        return "B.__add__"


x = A()
print(add(x, x), add(x, x), add(A(), A()))


# A polymorphic site.
class P:
    def __add__(self, o):
        return "P"


class Q:
    def __add__(self, o):
        return "Q"


for o in [P(), Q(), P(), 1, "s", Q()]:
    print(add(o, o))


# Recursion through an operator method.
class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return 0
        return Deep(self.n - 1) + o + 1


print(Deep(50) + Deep(0))
try:
    Deep(100000) + Deep(0)
except RecursionError:
    print("RecursionError")
