# Attribute loads on instances of a class that has a data descriptor under
# one name beside plain attributes (a property): the other names read the
# instance's values at the site, and every way that can stop being right
# (a descriptor added or removed mid-run, subclasses, __getattr__,
# __getattribute__, __slots__, __class__ assignment, __dict__ writes).
import traceback


class Plane:
    def __init__(self, point, shine):
        self.point = point
        self.shine = shine

    @property
    def color(self):
        return "grey"


class Sphere:
    def __init__(self, point, shine, color):
        self.point = point
        self.shine = shine
        self.color = color


class SubPlane(Plane):
    pass


class Tinted(Plane):
    tint = 3


def read(o):
    return (o.point, o.shine, o.color)


def shine(o):
    return o.shine


def point(o):
    return o.point


objs = [Plane(1, 0.5), Sphere(2, 0.3, "red"), SubPlane(3, 0.1), Tinted(4, 0.2)]
for _ in range(3):
    print([read(o) for o in objs])

p = objs[0]
# A property for a plain name, added to the class mid-run.
Plane.shine = property(lambda self: "shine-prop")
print([shine(o) for o in objs], [read(o) for o in objs])
del Plane.shine
print([shine(o) for o in objs])

# A data descriptor of a base class, added and removed.
class Base:
    pass


class Kid(Base):
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    @property
    def other(self):
        return 0


def getv(o):
    return o.v


ks = [Kid(i) for i in range(4)]
print([getv(k) for k in ks])


class D:
    def __get__(self, obj, owner):
        return "D.get"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


Base.v = D()
print([getv(k) for k in ks])
del Base.v
print([getv(k) for k in ks])
# A descriptor class that gains __set__ later becomes a data descriptor.


class G:
    def __get__(self, obj, owner):
        return "G.get"


Base.v = G()
print([getv(k) for k in ks])
G.__set__ = lambda self, obj, value: None
print([getv(k) for k in ks])
del G.__set__
print([getv(k) for k in ks])
del Base.v

# __getattr__ and __getattribute__ added to the class.
Kid.__getattr__ = lambda self, name: "getattr:" + name
print([getv(k) for k in ks], ks[0].missing)
Kid.__getattribute__ = lambda self, name: "getattribute:" + name
print([getv(k) for k in ks])
del Kid.__getattribute__
del Kid.__getattr__
print([getv(k) for k in ks])

# __class__ assignment between a plain class and one with a property of the
# same name as an instance value.
class HasV:
    @property
    def v(self):
        return "HasV.v"

    @property
    def q(self):
        return "q"


class NoV:
    pass


n = NoV()
n.v = "own v"
n.w = "own w"
print(getv(n))
n.__class__ = HasV
print(getv(n), n.__dict__)
n.__class__ = NoV
print(getv(n))

# Values written through __dict__ (dict mode) under a property's name.
k = Kid(7)
k.__dict__["other"] = "shadow?"
print(k.other, getv(k))


def other(o):
    return o.other


print([other(x) for x in [k, Kid(8)]])

# __slots__ beside a property.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1

    @property
    def c(self):
        return self.a + 10


def geta(o):
    return o.a


def getb(o):
    return o.b


s = Slotted()
print(geta(s), s.c)
try:
    getb(s)
except AttributeError:
    traceback.print_exc()

# Missing attributes and tracebacks through the cached sites.
try:
    point(Plane.__new__(Plane))
except AttributeError:
    traceback.print_exc()
try:
    shine(SubPlane.__new__(SubPlane))
except AttributeError:
    traceback.print_exc()

# Many loads of plain names on the property class, then deletion of one.
pl = Plane(9, 0.9)
total = 0
for i in range(200):
    total += point(pl) + shine(pl)
print(total)
del pl.shine
try:
    shine(pl)
except AttributeError:
    traceback.print_exc()
pl.shine = 0.25
print(shine(pl), [shine(o) for o in objs])
