# Attribute, slot, method and constructor hit paths of the inline caches,
# and every fallback they must keep: class attributes replaced, __slots__
# subclasses, properties shadowing, __setattr__/__getattribute__
# overrides, __dict__ changes, del of attributes, classes mutated in a loop,
# module attributes rebound or deleted, weak references to slot instances.
import math
import sys
import weakref


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def __repr__(self):
        return f"V({self.x}, {self.y}, {self.z})"


class V2(V):
    __slots__ = ("w",)

    def __init__(self, x, y, z, w=0.0):
        super().__init__(x, y, z)
        self.w = w


class VD(V):
    # A subclass with a __dict__ (and __weakref__).
    pass


def slot_loads():
    a = V(1.0, 2.0, 3.0)
    b = V(4.0, 5.0, 6.0)
    tot = 0.0
    for i in range(50):
        tot += a.dot(b)
        c = b - a
        tot += c.x
    print("slots", tot, c)
    # A subclass with another slot, and one with a dict, at the same sites.
    objs = [V(1, 2, 3), V2(1, 2, 3, 4), VD(2, 3, 4), V(0.5, 0.5, 0.5)]
    for o in objs:
        print(type(o).__name__, o.dot(o), (o - V(1, 1, 1)))
    vd = objs[2]
    vd.extra = 7
    print(vd.extra, vd.__dict__)
    # An unset slot: AttributeError, then set it.
    u = V.__new__(V)
    try:
        print(u.x)
    except AttributeError as e:
        print("AttributeError", e)
    u.x, u.y, u.z = 1, 1, 1
    print(u.dot(u))
    del u.y
    try:
        u.dot(u)
    except AttributeError as e:
        print("AttributeError", e)


class M:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def slot_class_mutated():
    V = M
    v = V(1, 2, 3)
    desc = V.__dict__["x"]
    out = []
    for i in range(6):
        out.append(v.x)
        v.y = i
        if i == 2:
            # A property replaces the slot descriptor on the class.
            V.x = property(lambda self: "prop")
        if i == 4:
            V.x = desc
    print(out, v.y)
    V.y = property(lambda self: "ro")
    try:
        v.y = 5
    except AttributeError as e:
        print("AttributeError", e)
    print(v.y)
    V.y = V.__dict__["z"]
    v.y = 9
    print(v.y, v.z)
    del V.y
    try:
        print(v.y)
    except AttributeError as e:
        print("AttributeError", e)


class W:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class WSet(W):
    __slots__ = ()

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


class WGet(W):
    __slots__ = ()

    def __getattribute__(self, name):
        if name == "a":
            return "intercepted"
        return object.__getattribute__(self, name)


def slot_overrides():
    res = []
    for cls in (W, WSet, WGet, W):
        o = cls(1, 2)
        res.append((cls.__name__, o.a, o.b))
    print(res)


def weak_slots():
    try:
        weakref.ref(V(1, 2, 3))
    except TypeError as e:
        print("TypeError", e)

    class WV:
        __slots__ = ("x", "__weakref__")

        def __init__(self, x):
            self.x = x

    class WVSub(V):
        __slots__ = ("__weakref__",)

    # A chunked instance cannot become weak-referenceable.
    v = V(1, 2, 3)
    for cls in (WV, WVSub):
        try:
            v.__class__ = cls
        except TypeError as e:
            print("TypeError", e)
    ws = WVSub(4, 5, 6)
    print(weakref.ref(ws)() is ws, ws.dot(ws))
    w = WV(3)
    r = weakref.ref(w)
    print(r() is w, r().x)
    # Many instances, each kept or dropped: every kept one keeps its value.
    keep = []
    for i in range(100):
        v = V(i, i + 1, i + 2)
        if i % 7 == 0:
            keep.append(v)
    print([k.x for k in keep], sum(k.dot(k) for k in keep))


class Plane:
    # A property beside plain attributes: the class is not "plain", its
    # plain attributes still hit the site's shape entries.
    def __init__(self, p, n):
        self.p = p
        self.n = n

    @property
    def color(self):
        return "grey"

    def hit(self, d):
        return self.p * d + self.n


class PlaneSub(Plane):
    n = 100  # a class attribute: the instance's still wins


def non_plain_class():
    pl = Plane(2, 3)
    ps = PlaneSub(4, 5)
    s = 0
    for i in range(20):
        s += pl.hit(i) + ps.hit(i)
    print(s, pl.color, ps.color)
    pl.__dict__["p"] = 10
    print(pl.hit(1))
    del pl.n
    try:
        pl.hit(1)
    except AttributeError as e:
        print("AttributeError", e)
    Plane.n = property(lambda self: -1)
    print(ps.hit(1), pl.hit(1))
    del Plane.n


class Counter:
    count = 0

    def __init__(self):
        self.v = 0

    def bump(self):
        self.v += 1
        # A class dict write in the loop: every cache's epoch moves.
        Counter.count += 1
        return self.v


def mutated_in_loop():
    c = Counter()
    for i in range(10):
        c.bump()
        if i == 5:
            Counter.bump = lambda self: -1
    print(c.v, Counter.count, c.bump())


def module_attrs():
    vals = []
    saved = math.sqrt
    for i in range(4):
        vals.append(math.sqrt(16.0))
        if i == 1:
            math.sqrt = lambda x: "patched"
    del math.sqrt
    try:
        math.sqrt(4.0)
    except AttributeError as e:
        print("AttributeError", e)
    math.sqrt = saved
    vals.append(math.sqrt(9.0))
    # A new module attribute between two reads (the dict grows).
    for i in range(3):
        vals.append(math.floor(2.5))
        setattr(math, "new_attr_%d" % i, i)
    print(vals)
    import random
    import types
    random.seed(5)
    r0 = [random.random() for _ in range(3)]
    saved_random = random.random
    acc = []
    for i in range(4):
        x = random.random()
        acc.append(round(x, 6) if isinstance(x, float) else x)
        acc.append(math.atan2(1.0, float(i)))
        acc.append(math.copysign(2.0, -1.0))
        if i == 1:
            random.random = lambda: "py0"
            math.atan2 = lambda a, b: "py2"
            math.copysign = {2.0: "got"}.get  # a bound builtin method
        if i == 2:
            random.random = saved_random
            del math.atan2
            try:
                math.atan2(1.0, 2.0)
            except AttributeError as e:
                acc.append(str(e))
            math.atan2 = math.pow
    print(len(r0), acc)

    class Mod(types.ModuleType):
        def __getattribute__(self, name):
            if name == "sqrt":
                return lambda x: "sub-sqrt"
            return super().__getattribute__(name)

    m2 = types.ModuleType("m2")
    m2.sqrt = math.sqrt
    out = []
    for i in range(3):
        out.append(m2.sqrt(4.0))
        if i == 0:
            m2.__class__ = Mod
    print(out)
    mod = sys.modules[__name__]
    g = []
    for i in range(3):
        g.append(mod.GLOBAL)
        globals()["GLOBAL"] = i * 10
    print(g)


GLOBAL = "g0"


def ctor_paths():
    class P:
        def __init__(self, a, b, c):
            self.a, self.b, self.c = a, b, c

    class Q(P):
        def __init__(self, a, b, c):
            super().__init__(c, b, a)

    class R(P):
        def __new__(cls, *args):
            o = super().__new__(cls)
            o.made = "new"
            return o

    class Bad:
        def __init__(self, a, b, c):
            return 1

    out = []
    for cls in (P, Q, R, P):
        o = cls(1, 2, 3)
        out.append((cls.__name__, o.a, o.b, o.c, getattr(o, "made", None)))
    print(out)
    try:
        Bad(1, 2, 3)
    except TypeError as e:
        print("TypeError", e)
    # __init__ replaced on the class between constructions.
    P.__init__ = lambda self, a, b, c: setattr(self, "a", a + b + c)
    o = P(1, 2, 3)
    print(o.a, hasattr(o, "b"))


def float_int_ops():
    size = 64
    big = 2 ** 60
    x = 0.25
    print(x * size, (x + 0.5) / 2.0 * size, x * big, x * True, x * -3)
    try:
        print(x * 10 ** 400)
    except OverflowError as e:
        print("OverflowError", e)
    print(float("nan") * size, float("inf") * 0, -0.0 * 0)
    print(x / size, (x - 1.0) / 3, x / -(2 ** 53), x / 2 ** 54, x / True)
    zero = 0
    try:
        print(x / zero)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


slot_loads()
slot_class_mutated()

slot_overrides()
weak_slots()
non_plain_class()
mutated_in_loop()
module_attrs()
ctor_paths()
float_int_ops()
