# __slots__ loads and stores through the inlined slot entries while the
# type epoch moves: a class counter written in the loop, a slot's
# descriptor replaced and restored, __class__ assignment, subclasses,
# __getattribute__, slots beside a __dict__, unset slots and tracebacks.
import traceback


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class W(V):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        V.__init__(self, x, y)
        self.z = z


class Twin:
    __slots__ = ("x", "y")


class Both:
    __slots__ = ("x", "__dict__")


class Counter:
    n = 0


def getx(o):
    return o.x


def sety(o, v):
    o.y = v


def gety(o):
    return o.y


vs = [V(i, -i) for i in range(5)]
total = 0
for v in vs:
    # Every iteration moves the epoch: the slot entries are emptied and
    # filled again.
    Counter.n += 1
    total += getx(v) + gety(v)
    sety(v, v.y * 2)
print(total, [gety(v) for v in vs], Counter.n)

# Subclass instances at the same sites.
ws = [W(1, 2, 3), W(4, 5, 6)]
print([getx(o) for o in vs + ws], [gety(o) for o in ws])
for o in ws:
    sety(o, 0)
print([(o.x, o.y, o.z) for o in ws])

# The slot's descriptor replaced by a property and restored.
saved = V.__dict__["x"]
V.x = property(lambda self: "prop-x")
print([getx(o) for o in vs[:2] + ws])
V.x = saved
print([getx(o) for o in vs[:2] + ws])

# __getattribute__ added to the class and removed.
V.__getattribute__ = lambda self, name: "ga:" + name
print([getx(o) for o in vs[:2]], getx(ws[0]))
del V.__getattribute__
print([getx(o) for o in vs[:2]], getx(ws[0]))

# A __setattr__ added and removed.
log = []
V.__setattr__ = lambda self, name, value: log.append((name, value))
sety(vs[0], 99)
print(log, gety(vs[0]))
del V.__setattr__
sety(vs[0], 99)
print(gety(vs[0]))

# __class__ assignment between layout-compatible classes.
t = Twin()
t.x, t.y = "tx", "ty"
print(getx(t), gety(t))
v = V(7, 8)
v.__class__ = Twin
print(getx(v), gety(v), type(v).__name__)
v.__class__ = V
print(getx(v), gety(v), type(v).__name__)

# Slots beside a __dict__ (the slot values allocated on first use).
b = Both()
try:
    getx(b)
except AttributeError:
    traceback.print_exc()
b.x = "bx"
b.y = "by"
print(getx(b), gety(b), b.__dict__)

# Unset slots: AttributeError with its traceback, at a hit site.
u = V.__new__(V)
try:
    gety(u)
except AttributeError:
    traceback.print_exc()
sety(u, 5)
print(gety(u))
del u.y
try:
    gety(u)
except AttributeError:
    traceback.print_exc()

# Many sites filled between moves of the epoch.
def many(o):
    return (o.x, o.y, o.x, o.y, o.x, o.y, o.x, o.y)


for i in range(3):
    print(many(vs[i]))
    Counter.n += 1
print(Counter.n)
