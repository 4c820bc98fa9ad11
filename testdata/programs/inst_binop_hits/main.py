# Binary operators on instances of Python classes (py.instBinaryHit): the
# left operand's method with a right operand of the same class, an int or a
# float; NotImplemented, reflected methods, subclasses, methods replaced.


class V:
    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        if isinstance(o, V):
            return V(self.x - o.x)
        if isinstance(o, int):
            return V(self.x - o)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k)
        return NotImplemented

    def __add__(self, o):
        return NotImplemented

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W(V):
    def __rsub__(self, o):
        return "W.__rsub__ " + repr(o)


for i in range(3):
    print(V(5) - V(i), V(5) - i, V(2) * i, V(2) * 1.5)

# float - nothing takes it: float.__rsub__ declines, TypeError.
try:
    V(1) - 2.5
except TypeError as e:
    print("TypeError", e)

# Same class, NotImplemented: no reflected turn.
try:
    V(1) + V(2)
except TypeError as e:
    print("TypeError", e)

# int's reflected method declines too.
try:
    V(1) + 3
except TypeError as e:
    print("TypeError", e)

# A subclass instance on the right gets its reflected method first.
print(V(1) - W(2))
print(W(3) - V(1))


# The method replaced after the cache saw it; then a non-function.
def sub2(self, o):
    return "sub2"


V.__sub__ = sub2
print(V(1) - V(2), V(1) - 3)
V.__sub__ = staticmethod(lambda a, b: "static " + repr((a, b)))
try:
    print(V(1) - 4)
except TypeError as e:
    print("TypeError", e)
V.__sub__ = staticmethod(lambda b: "static " + repr(b))
print(V(1) - 4)


class Call:
    def __call__(self, a, b):
        return "callable"


V.__sub__ = Call()
try:
    print(V(1) - 4)
except TypeError as e:
    print("TypeError", e)
del V.__sub__
try:
    V(1) - V(1)
except TypeError as e:
    print("TypeError", e)


# Wrong parameter count: the error CPython gives.
class B:
    def __mul__(self):
        return 0


try:
    B() * 2
except TypeError as e:
    print("TypeError", e)


# __class__ assignment between calls.
class C:
    def __mul__(self, o):
        return "C"


class D:
    def __mul__(self, o):
        return "D"


c = C()
for i in range(2):
    print(c * 1)
c.__class__ = D
print(c * 1, c * c)


# Recursion through an operator.
class R:
    def __sub__(self, o):
        return self - o


try:
    R() - 1
except RecursionError as e:
    print("RecursionError", e)


# Instance attribute named like the method: operators look on the class.
v = V(3)
v.__mul__ = lambda k: "instance attr"
print(v * 2)
