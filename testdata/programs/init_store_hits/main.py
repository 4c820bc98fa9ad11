# __init__ stores on self (py.InitStoreHit): appends shared by subclasses,
# classes that stop storing plainly, instances without room, __class__
# and __dict__ assignment, descriptors added after the site was cached.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


class R(P):
    def __init__(self, x, y, z):
        P.__init__(self, x, y)
        self.z = z


def show(o):
    print(type(o).__name__, sorted(vars(o).items()))


for i in range(3):
    show(P(i, i + 1))
    show(Q(i, -i))
    show(R(i, 2 * i, 3 * i))

# An instance whose attributes went to a dict object before __init__ runs
# again on it.
p = P(1, 2)
p.__dict__["w"] = 0
P.__init__(p, 5, 6)
show(p)

# __init__ run again on an instance that already has the names.
q = Q(1, 2)
Q.__init__(q, 3, 4)
show(q)


# A data descriptor added to the class after the site hit: the store must
# go through it.
class Logged:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, cls=None):
        return getattr(obj, self.name)

    def __set__(self, obj, v):
        print("set", self.name[1:], v)
        obj.__dict__[self.name] = v


for i in range(2):
    show(P(i, i))
d = Logged()
d.__set_name__(P, "y")
P.y = d
r = P(7, 8)
print(r.y, sorted(vars(r)))
del P.y
show(P(9, 10))


# A __setattr__ added to a subclass after its instances hit.
class S(P):
    pass


for i in range(2):
    show(S(i, i))


def loud(self, name, v):
    print("setattr", name, v)
    object.__setattr__(self, name, v)


S.__setattr__ = loud
show(S(1, 2))
del S.__setattr__
show(S(3, 4))


# __class__ changed to a class with __slots__-less layout but a property.
class T:
    def __init__(self, a):
        self.a = a
        self.b = a * 2


class U:
    @property
    def b(self):
        return "prop"

    @b.setter
    def b(self, v):
        print("U.b setter", v)


for i in range(3):
    t = T(i)
t.__class__ = U
T.__init__(t, 5)
print(vars(t))


# Many attributes: past the room newPlainInstance gave.
class Big:
    def __init__(self):
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
        self.a5 = 5
        self.a6 = 6
        self.a7 = 7
        self.a8 = 8
        self.a9 = 9
        self.a10 = 10


for i in range(3):
    b = Big()
print(sorted(vars(b).items()))


# Dunder names are not noted: __class__ in __init__.
class V:
    def __init__(self, to):
        self.x = 1
        self.__class__ = to


class W(V):
    pass


for i in range(2):
    print(type(V(W)).__name__, vars(V(W)))


# An __init__ whose self is rebound.
class X:
    def __init__(self, other):
        self.a = 1
        self = other
        self.a = 2


o = P(0, 0)
for i in range(2):
    X(o)
print(vars(o))


# A store that raises (a __setattr__ from the start).
class Y:
    def __setattr__(self, name, v):
        raise AttributeError("no " + name)

    def __init__(self):
        self.a = 1


try:
    Y()
except AttributeError as e:
    print("AttributeError", e)
