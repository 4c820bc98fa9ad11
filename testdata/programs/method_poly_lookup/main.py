# Polymorphic method sites whose arguments run code, so the method is
# looked up before them (LoadMethodN): the site sees instances of several
# classes, some shadowing the method with an instance attribute, some
# rebinding it while the loop runs, and the lookup's miss path takes the
# site's shape entries.
import sys


def note(tag, v):
    print("arg", tag, v)
    return v


class A:
    def m0(self):
        return "A.m0"

    def m1(self, a):
        return ("A.m1", a)

    def m2(self, a, b):
        return ("A.m2", a, b)

    def m3(self, a, b, c):
        return ("A.m3", a, b, c)

    def m4(self, a, b, c, d):
        return ("A.m4", a, b, c, d)


class B(A):
    def m1(self, a):
        return ("B.m1", a)

    def m3(self, a, b, c):
        return ("B.m3", a + b + c)


class C(A):
    def m0(self):
        return "C.m0"

    def m2(self, a, b):
        return ("C.m2", b, a)


class D(B):
    def m4(self, a, b, c, d):
        return ("D.m4", d, c, b, a)


class E:
    def __init__(self):
        self.m1 = lambda a: ("E.inst.m1", a)

    def m0(self):
        return "E.m0"

    def m1(self, a):
        return ("E.m1", a)

    def m2(self, a, b):
        return ("E.m2", a * b)

    def m3(self, a, b, c):
        return ("E.m3", c)

    def m4(self, a, b, c, d):
        return ("E.m4", a - d)


objs = [A(), B(), C(), D(), E(), A(), D(), C()]


def run(rounds):
    out = []
    for r in range(rounds):
        for i, o in enumerate(objs):
            k = r * 10 + i
            out.append(o.m0())
            out.append(o.m1(k + 1))
            out.append(o.m2(k + 1, k * 2))
            out.append(o.m3(k + 1, k, -k))
            out.append(o.m4(k + 1, k, k - 1, k - 2))
    return out


res = run(40)
print(len(res), res[:12], res[-12:])

# Rebinding a method while the site is warm: the next call sees it.
def rebind():
    B.m1 = lambda self, a: ("B.m1.new", a)
    return 5

print([o.m1(i * 3) for i, o in enumerate(objs)])
print(objs[1].m1(rebind()), objs[3].m1(rebind()), objs[0].m1(6))

# An argument that shadows the method on the instance: the lookup came first.
def shadow(o):
    o.m2 = lambda a, b: ("shadow", a, b)
    return 1

c = objs[2]
print(c.m2(shadow(c), 2), c.m2(3, 4))
del c.m2
print(c.m2(note("x", 7), note("y", 8)))

# A lookup that fails before its arguments run.
class F:
    pass

for o in [objs[0], F()]:
    try:
        print(o.m1(note("z", 9)))
    except AttributeError as e:
        print("AttributeError", e)


# Deep recursion through a polymorphic site reaches the limit.
class R1:
    def go(self, n):
        return other[n % 2].go(n + 1)


class R2(R1):
    def go(self, n):
        return other[n % 2].go(n + 1)


other = [R1(), R2()]
sys.setrecursionlimit(200)
try:
    other[0].go(0)
except RecursionError as e:
    print("RecursionError", e)
