# Stores to __slots__ names through a local test the slot inline
# (py.SlotSetHit) and fall back to the full store: subclasses with a
# __dict__, __setattr__ overrides, other classes sharing the name,
# properties, unbound locals, deleted slots and class changes.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, d):
        self.x = self.x + d
        return self


class Q(P):
    pass  # has a __dict__


class Logged(P):
    __slots__ = ()

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class Other:
    __slots__ = ("z", "x")

    def __init__(self, x):
        self.z = 0
        self.x = x


class Prop:
    def __init__(self, x):
        self.x = x

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        print("prop set", v)
        self._x = v


def setx(o, v):
    o.x = v
    return o.x


objs = [P(1, 2), Q(3, 4), Logged(5, 6), Other(7), Prop(8)]
for o in objs:
    print(type(o).__name__, setx(o, 10), setx(o, 11))
q = Q(1, 1)
q.extra = 5
print(q.extra, q.move(2).x)
p = P(1, 2)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
print(setx(p, 3))
p.__class__ = Other.__mro__[0] if False else P
print(p.move(1).x)


def unbound():
    try:
        o.x = 1
        o = None
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()
try:
    setx(object(), 1)
except AttributeError as e:
    print("AttributeError:", e)
for i in range(3):
    print([setx(o, i) for o in objs])
