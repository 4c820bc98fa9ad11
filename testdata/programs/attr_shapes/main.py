# Attribute sites cache (class, instance-dict shape) pairs (issue 13): each
# loop below warms a site's cache, then changes something a cached entry
# depends on; every result must stay CPython's.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def m(self):
        return "P.m"


def geta(o):
    return o.a


def getb(o):
    return o.b


def callm(o):
    return o.m()


def seta(o, v):
    o.a = v


ps = [P(i, i * 2) for i in range(5)]
print([geta(p) for p in ps], [getb(p) for p in ps], [callm(p) for p in ps])

# Another shape for the same class: attributes in another order, an extra
# attribute, one assigned through vars(), through setattr, through __dict__.
q = P.__new__(P)
q.b = "qb"
q.a = "qa"
r = P(1, 2)
r.extra = 3
s = P.__new__(P)
vars(s)["a"] = "sa"
setattr(s, "b", "sb")
u = P(5, 6)
u.__dict__["a"] = "ua"
for o in [ps[0], q, r, s, u, ps[1]]:
    print(geta(o), getb(o), callm(o), list(vars(o)))

# Deleting and re-adding moves an attribute to the end.
d = P(7, 8)
del d.a
try:
    geta(d)
except AttributeError as e:
    print("AttributeError", e)
d.a = "back"
print(geta(d), getb(d), list(d.__dict__))
del d.__dict__["b"]
try:
    getb(d)
except AttributeError as e:
    print("AttributeError", e)

# An instance attribute shadowing the method, set after the site warmed.
w = P(0, 0)
print(callm(w))
w.m = lambda: "instance m"
print(callm(w), callm(ps[2]))
del w.m
print(callm(w))

# A non-str key in the instance dict, a cleared dict, a replaced dict.
x = P(1, 1)
vars(x)[5] = "five"
print(geta(x), getb(x), callm(x))
x.__dict__.clear()
try:
    geta(x)
except AttributeError as e:
    print("AttributeError", e)
seta(x, "new")
print(geta(x), list(vars(x)))
x.__dict__ = {"b": "replaced b", "a": "replaced a"}
print(geta(x), getb(x), callm(x))
seta(x, "set into replaced")
print(x.__dict__)
x.__dict__.clear()
try:
    geta(x)
except AttributeError as e:
    print("AttributeError", e)

# Two instances sharing one dict.
y1 = P(1, 2)
y2 = P.__new__(P)
y2.__dict__ = y1.__dict__
seta(y2, "shared")
print(geta(y1), geta(y2))

# Class attributes rebound after the sites warmed.
P.m = lambda self: "rebound m"
print(callm(ps[0]), callm(q))
P.c = "class c"


def getc(o):
    return o.c


print(getc(ps[0]), getc(r))
P.c = "class c again"
print(getc(ps[0]))
ps[0].c = "instance c"
print(getc(ps[0]), getc(ps[1]))
del P.c
print(getc(ps[0]))
try:
    getc(ps[1])
except AttributeError as e:
    print("AttributeError", e)

# A data descriptor (property) added on the class wins over the dict value;
# a non-data descriptor loses.
print(geta(ps[3]))
P.a = property(lambda self: "property a")
print(geta(ps[3]), geta(q))
try:
    seta(ps[3], 1)
except AttributeError as e:
    print("AttributeError", e)
del P.a


class NonData:
    def __get__(self, obj, owner):
        return "nondata"


P.b = NonData()
print(getb(ps[3]), getb(P.__new__(P)))
del P.b

# __class__ assignment between classes with and without the attribute.


class Q:
    def m(self):
        return "Q.m"


z = P(3, 4)
print(callm(z), geta(z))
z.__class__ = Q
print(callm(z), geta(z))
z.__class__ = P
print(callm(z))

# More classes at a site than it keeps entries for.
classes = [type("C%d" % i, (P,), {"m": (lambda i: lambda self: "C%d.m" % i)(i)}) for i in range(7)]
objs = [c(i, -i) for i, c in enumerate(classes)]
for _ in range(3):
    print([geta(o) for o in objs], [callm(o) for o in objs])
    for o in objs:
        seta(o, geta(o) + 1)

# __getattr__ and __getattribute__ overrides.


class G(P):
    def __getattr__(self, name):
        return "getattr " + name


g = G(1, 2)
print(geta(g), getc(g))
del g.a
print(geta(g))


class GA(P):
    def __getattribute__(self, name):
        if name == "a":
            return "getattribute a"
        return object.__getattribute__(self, name)


ga = GA(1, 2)
print(geta(ga), getb(ga), callm(ga))

# __setattr__ override after stores warmed.
objs2 = [P(1, 2) for _ in range(3)]
for o in objs2:
    seta(o, 10)


def spy(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = spy
seta(objs2[0], 11)
print(geta(objs2[0]))
del P.__setattr__
seta(objs2[1], 12)
print(geta(objs2[1]))

# __slots__ (with and without __dict__), a slot unset, a metaclass.


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a

    def m(self):
        return "S.m"


class SD:
    __slots__ = ("a", "__dict__")

    def __init__(self, a):
        self.a = a
        self.b = "sd b"

    def m(self):
        return "SD.m"


for o in [S(1), SD(2), S(3), SD(4)]:
    print(geta(o), callm(o))
    try:
        print(getb(o))
    except AttributeError as e:
        print("AttributeError", e)
    seta(o, "slot set")
    print(geta(o))
sd = SD(5)
sd.__dict__["a"] = "dict a loses to slot"
print(geta(sd), vars(sd))


class Meta(type):
    def __getattr__(cls, name):
        return "meta " + name


class WithMeta(metaclass=Meta):
    pass


wm = WithMeta()
wm.a = "wm a"
print(geta(wm), geta(WithMeta))

# Many attributes (past the small-dict size) and attribute order.


class Big:
    def __init__(self):
        for i in range(12):
            setattr(self, "f%d" % i, i)
        self.a = "big a"
        self.b = "big b"


bigs = [Big(), Big()]
del bigs[1].f3
bigs[1].f3 = "re-added"
for o in bigs:
    print(geta(o), getb(o), list(vars(o))[-3:], o.f3)
