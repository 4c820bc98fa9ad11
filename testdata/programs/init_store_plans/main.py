# Classes whose __init__ only stores its parameters into self: made
# without calling __init__ where nothing could tell, called otherwise.
import copy
import sys
import weakref


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class P1:
    "one attribute"

    def __init__(self, v):
        """stores v"""
        self.v = v


class P3:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


class P4:
    def __init__(this, a, b, c, d):
        this.a = a
        this.b = b
        this.c = c
        this.d = d


class S:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class SW:
    __slots__ = ("x", "y", "__weakref__")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class SD:
    __slots__ = ("x", "__dict__")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Rev:
    def __init__(self, x, y):
        self.y = y
        self.x = x


class Twice:
    def __init__(self, x):
        self.a = x
        self.b = x


class Dflt:
    def __init__(self, x, y=5):
        self.x = x
        self.y = y


class Priv:
    def __init__(self, x):
        self.__x = x

    def get(self):
        return self.__x


def show(o):
    d = getattr(o, "__dict__", None)
    slots = [(n, getattr(o, n, "<unset>")) for n in getattr(type(o), "__slots__", ()) if not n.startswith("__")]
    print(type(o).__name__, d, slots)


for i in range(3):
    show(P(i, -i))
    show(P1(i))
    show(P3(i, 2.5, "s"))
    show(P4(i, None, [i], (i,)))
    show(S(i, i * 2, i * 3))
    show(SW(i, "w"))
    show(SD(i, "d"))
    show(Rev(i, i + 1))
    show(Twice(i))
    show(Dflt(i))
    show(Dflt(i, 7))
    print(Priv(i).get(), vars(Priv(i)))

w = SW(1, 2)
r = weakref.ref(w)
print(r() is w)

# A subclass with __setattr__ is called for each store.
class Loud(P):
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)


show(Loud(1, 2))
show(P(3, 4))


# A property of that name in a subclass intercepts the store.
class Prop(P):
    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, v):
        print("x.setter", v)
        self._x = v


p = Prop(1, 2)
print(p.x, p.y, vars(p))

# A class attribute of that name that is not a data descriptor is shadowed.
class Cls(P):
    x = "class"


c = Cls(5, 6)
print(c.x, Cls.x, vars(c))

# Instances that gained more attributes: later ones still get both.
q = P(1, 2)
q.z = 3
q.w = 4
for i in range(3):
    show(P(i, i))
show(q)


# Rebinding __init__, assigning its __code__, subclass overrides.
def other_init(self, x, y):
    print("other_init", x, y)
    self.sum = x + y


P.__init__ = other_init
show(P(1, 2))


class Q:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def printing(self, x, y):
    print("printing", x, y)
    self.x = x


show(Q(1, 2))
Q.__init__.__code__ = printing.__code__
show(Q(3, 4))


class Sub(S):
    __slots__ = ("w",)

    def __init__(self, x, y, z):
        super().__init__(x, y, z)
        self.w = "sub"


o = Sub(1, 2, 3)
print(o.x, o.y, o.z, o.w)


class Inh(P1):
    pass


show(Inh(9))
show(Inh(10))

# Errors come from the call, as CPython's.
for args in [(), (1, 2, 3)]:
    try:
        P3(*args[:2]) if args else S()
    except TypeError as e:
        print("TypeError:", e)
try:
    P1(1, 2)
except TypeError as e:
    print("TypeError:", e)

# copy and deepcopy of such instances.
a = P3(1, [2], 3)
b = copy.copy(a)
d = copy.deepcopy(a)
print(vars(b), vars(d), b.b is a.b, d.b is a.b)
s2 = copy.copy(S(1, 2, 3))
print(s2.x, s2.y, s2.z)

# At the recursion limit the call of __init__ raises, as in CPython.
sys.setrecursionlimit(100)


def deep(n):
    P1(n)
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError")
sys.setrecursionlimit(1000)
print(P1(1).v, S(1, 2, 3).z)

# Many instances, deleting and reading attributes.
objs = [P3(i, i + 1, i + 2) for i in range(20)]
del objs[3].b
print(sum(o.a + o.c for o in objs), hasattr(objs[3], "b"), vars(objs[3]))
objs[4].__dict__["e"] = 5
print(vars(objs[4]))
objs[5].__class__ = P4
print(type(objs[5]).__name__, vars(objs[5]))
