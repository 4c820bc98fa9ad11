# Attribute loads of locals and parameters (the inlined first-entry test):
# every way the cached answer can stop being right.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class SD(S):
    pass


def getx(o):
    return o.x


def gety(o):
    try:
        return o.y
    except AttributeError as e:
        return "AttributeError: %s" % e


def loop(objs):
    out = []
    for o in objs:
        out.append(getx(o))
        out.append(gety(o))
    return out


a, b = P(1, 2), P(3, 4)
print(loop([a, b, a]))
print(loop([Q(5, 6), a, S(7), S(8)]))
s = S(9)
print(gety(s))
s.y = 10
print(gety(s), loop([s, s]))
del s.y
print(gety(s))
sd = SD(11)
sd.z = 1
print(loop([sd, sd, s]))

# A dict that loses a key drops its shape.
c = P(12, 13)
print(getx(c), gety(c))
del c.y
print(gety(c), getx(c))
c.y = 14
print(gety(c))

# __dict__ replaced, keys in another order.
d = P(15, 16)
print(getx(d))
d.__dict__ = {"y": 17, "x": 18}
print(getx(d), gety(d))

# A property added to the class after the site cached the dict value.
e = P(19, 20)
print(getx(e), getx(e))
q = Q(0, 0)
P.x = property(lambda self: "prop x")
print(getx(e), getx(a), getx(q))
del P.x
print(getx(e), getx(a))


# A data descriptor class defined later gets __set__ after use.
class D:
    def __get__(self, obj, typ=None):
        return "D.__get__"


class R:
    x = D()

    def __init__(self):
        self.__dict__["x"] = "dict x"


r = R()
print(getx(r), getx(r))
D.__set__ = lambda self, obj, v: None
print(getx(r))
del D.__set__
print(getx(r))

# __getattribute__ and __getattr__ added to the class later.
f = P(21, 22)
print(getx(f))
P.__getattribute__ = lambda self, n: "getattribute " + n
print(getx(f), gety(f))
del P.__getattribute__
print(getx(f))
P.__getattr__ = lambda self, n: "getattr " + n
g = P(23, 24)
del g.y
print(gety(g), getx(g))
del P.__getattr__

# __class__ assignment between classes whose instances have one shape.


class T1:
    def __init__(self):
        self.x = "T1 x"
        self.y = "T1 y"


class T2:
    x = property(lambda self: "T2 property")

    def __init__(self):
        self.__dict__["x"] = "T2 dict"
        self.__dict__["y"] = "T2 y"


t = T1()
print(getx(t), gety(t))
t.__class__ = T2
print(getx(t), gety(t))
t.__class__ = T1
print(getx(t))


# A local read before assignment, and after del.
def unbound(flag):
    if flag:
        p = P(1, 2)
    try:
        return p.x
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e


def deleted():
    p = P(1, 2)
    v = p.x
    del p
    try:
        return v, p.x
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e


print(unbound(True), unbound(False), deleted())


# Values that are not instances: modules, types, builtins, None.
import math


def attrs(o):
    return o.__name__


print(attrs(math), attrs(P), attrs(len))
try:
    getx(None)
except AttributeError as e:
    print("AttributeError:", e)
print(getx(P(None, 0)), getx(P(0.5, 0)), getx(P([1], 0)))


# Closures and nested functions read the captured object.
def outer():
    o = P("cell", 1)

    def inner():
        return o.x

    r = inner()
    o = P("cell2", 1)
    return r, inner()


print(outer())


# Names no class lists in __slots__: the dict test shared by classes
# whose instances hold the name at one position.
class B0:
    def __init__(self):
        self.a = "a"
        self.b = "b"


class B1(B0):
    def __init__(self):
        B0.__init__(self)
        self.c = 1


class B2(B0):
    def __init__(self):
        B0.__init__(self)
        self.d = 2


class B3(B0):
    b = property(lambda self: "B3 property b", lambda self, v: None)


class B4(B0):
    def __getattribute__(self, n):
        return "B4 " + n


def geta(o):
    return o.a


def getb(o):
    return o.b


objs = [B0(), B1(), B2(), B3(), B4(), B1()]
print([geta(o) for o in objs], [getb(o) for o in objs])
b1 = B1()
b1.__class__ = B3
print(geta(b1), getb(b1))
B2.a = property(lambda self: "B2 property a")
print([geta(o) for o in objs])
del B2.a
B0.b = property(lambda self: "B0 property b", lambda self, v: None)
print([getb(o) for o in objs])
del B0.b
print([getb(o) for o in objs])
o = B1()
del o.a
o.a = "a again"
print(geta(o), getb(o))
o.__dict__.clear()
try:
    geta(o)
except AttributeError as e:
    print("AttributeError:", e)
