# Attribute loads, stores and method calls on receivers that are not plain
# locals (self.v.x, f().x, xs[i].x): each receiver evaluated once, in
# order, with every way a cached answer can stop being right; and the
# values of comparisons (x = a == b) and == between instances.
import sys
import traceback
from collections import namedtuple

log = []


def note(tag, v):
    log.append(tag)
    return v


class Leaf:
    kind = "leaf-class"

    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def m(self):
        return "Leaf.m(%s)" % self.x

    def add(self, n):
        return self.x + n


class Leaf2(Leaf):
    def m(self):
        return "Leaf2.m(%s)" % self.x


class Slotted:
    __slots__ = ("x", "z")

    def __init__(self, x):
        self.x = x


class Node:
    def __init__(self, leaf):
        self.leaf = leaf
        self.kids = [leaf, Leaf(leaf.x + 100)]

    @property
    def prop(self):
        log.append("prop")
        return self.leaf

    def get(self):
        return self.leaf


class Desc:
    # A data descriptor: wins over the instance dict.
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return Leaf(-1)

    def __set__(self, obj, v):
        log.append("Desc.set %r" % (v,))


class NonData:
    def __get__(self, obj, cls):
        return Leaf(-2)


class WithDesc:
    d = Desc()
    n = NonData()

    def __init__(self):
        self.__dict__["d"] = Leaf(99)  # shadowed by the data descriptor


class Lazy:
    def __init__(self):
        self.real = Leaf(7)

    def __getattr__(self, name):
        log.append("getattr " + name)
        if name == "leaf":
            return self.real
        raise AttributeError("Lazy has no %r" % name)


class Spy:
    def __init__(self, leaf):
        self.leaf = leaf

    def __getattribute__(self, name):
        log.append("getattribute " + name)
        return object.__getattribute__(self, name)


class Holder:
    def __init__(self, node):
        self.node = node

    def leafx(self):
        return self.node.leaf.x

    def leafm(self):
        return self.node.leaf.m()

    def leafadd(self, n):
        return self.node.leaf.add(n)

    def setx(self, v):
        self.node.leaf.x = v

    def incx(self, v):
        self.node.leaf.x += v

    def slotx(self):
        return self.node.leaf.x


def loads():
    hs = [Holder(Node(Leaf(1))), Holder(Node(Leaf2(2))), Holder(Node(Slotted(3)))]
    for _ in range(3):
        print([h.leafx() for h in hs])
    print([h.leafm() for h in hs[:2]])
    print([h.leafadd(10) for h in hs[:2]])
    # Method replaced on the class mid-run, then shadowed on an instance.
    Leaf.m = lambda self: "patched(%s)" % self.x
    print([h.leafm() for h in hs[:2]])
    hs[0].node.leaf.m = lambda: "instance m"
    print([h.leafm() for h in hs[:2]])
    del hs[0].node.leaf.m
    print([h.leafm() for h in hs[:2]])
    # A class attribute read through a chain, then shadowed, then changed.
    print(hs[0].node.leaf.kind, hs[1].node.leaf.kind)
    hs[0].node.leaf.kind = "instance"
    Leaf.kind = "changed"
    print(hs[0].node.leaf.kind, hs[1].node.leaf.kind)
    # An attribute deleted mid-run.
    del hs[1].node.leaf.x
    for h in hs:
        try:
            print(h.leafx())
        except AttributeError as e:
            print("AttributeError:", e)
    # A slot emptied.
    del hs[2].node.leaf.x
    try:
        print(hs[2].slotx())
    except AttributeError as e:
        print("AttributeError:", e)
    hs[2].node.leaf.x = 33
    print(hs[2].slotx(), hs[2].node.leaf.x)
    try:
        print(hs[2].node.leaf.z)
    except AttributeError as e:
        print("AttributeError:", e)
    # The class of a node changed under the site.
    n = hs[0].node
    n.leaf = Slotted(44)
    print(hs[0].leafx(), hs[0].node.leaf.x)
    n.leaf = Leaf(45)
    print(hs[0].leafx(), hs[0].node.leaf.x)


def stores():
    h = Holder(Node(Leaf(1)))
    for i in range(3):
        h.setx(i)
        print(h.leafx(), h.node.leaf.y)
    h.incx(10)
    print(h.leafx())
    h.node = Node(Slotted(5))
    h.setx(6)
    h.incx(1)
    print(h.leafx())
    try:
        h.node.leaf.w = 1
    except AttributeError as e:
        print("AttributeError:", e)
    w = WithDesc()
    holder = Holder(w)
    holder.node.d = 5
    print(holder.node.d.x, holder.node.n.x, w.__dict__["d"].x)
    holder.node.n = Leaf(3)  # the non-data descriptor is shadowed now
    print(holder.node.n.x)
    # Store evaluation order: the value, then the object.
    nodes = [Node(Leaf(1))]
    note("obj", nodes)[0].leaf.x = note("value", 41)
    print(log[-2:], nodes[0].leaf.x)
    note("obj", nodes)[0].leaf.x += note("inc", 1)
    print(log[-2:], nodes[0].leaf.x)


def descriptors():
    n = Node(Leaf(5))
    for _ in range(2):
        print(n.prop.x, n.prop.m(), n.get().x, n.kids[1].x, n.kids[-1].add(1))
    print(log[-2:])
    w = WithDesc()
    for _ in range(2):
        print(w.d.x, w.n.x, WithDesc.d.__class__.__name__)
    lz = Lazy()
    print(lz.leaf.x, lz.leaf.m(), log[-1])
    try:
        print(lz.other.x)
    except AttributeError as e:
        print("AttributeError:", e)
    sp = Spy(Leaf(8))
    print(sp.leaf.x, sp.leaf.y, log[-2:])
    Pt = namedtuple("Pt", "a b")
    pts = [Pt(Leaf(1), 2), Pt(Leaf(3), 4)]
    print([p.a.x for p in pts], [pts[i].a.y for i in range(2)])
    print(sys.version_info.major >= 3, "abc".upper().lower(), [1, 2].copy().count(1))
    print(type(n).__name__, type(n.prop).__name__, n.__class__.__name__)


def order():
    del log[:]
    n = Node(Leaf(3))

    def f(tag):
        log.append(tag)
        return n

    def g(a, b, c):
        return a + b + c

    print(g(f("a").leaf.x, f("b").prop.y, f("c").get().x), log)
    del log[:]
    try:
        g(f("a").leaf.x, f("b").leaf.missing, f("c").leaf.x)
    except AttributeError as e:
        print("AttributeError:", e, log)
    del log[:]
    print([f(i).kids[i].x for i in range(2)], log)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append("Eq.__eq__")
        return isinstance(other, Eq) and self.v == other.v

    __hash__ = None


class EqSub(Eq):
    def __eq__(self, other):
        log.append("EqSub.__eq__")
        return NotImplemented


class OnlyNe:
    def __ne__(self, other):
        return "ne!"


class Lt:
    def __lt__(self, other):
        return "lt!"


class Big(int):
    pass


def comparisons():
    del log[:]
    a, b = Leaf(1), Leaf(1)
    vals = [a.x == b.x, a.x != b.x, a.x < b.y, a.x <= 0, a.y > a.x, a.y >= 3]
    print(vals)
    xs = [1, True, 2.5, 2**70, Big(5), "s", None, (1,), [1]]
    for x in xs:
        for y in (1, 1.0, True, 2**70, Big(5)):
            try:
                r = (x == y, x != y, x < y, x <= y, x > y, x >= y)
            except TypeError as e:
                r = "TypeError: %s" % e
            print(repr(x), repr(y), r)
    e1, e2 = Eq(1), Eq(1)
    print(e1 == e2, e1 != e2, e1 == a, a == e1, log)
    del log[:]
    print(EqSub(1) == e1, e1 == EqSub(1), log)
    o = OnlyNe()
    print(o == o, o != o, o != a, a != o)
    print(Lt() < a, a > Lt())
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
    # == between plain instances: identity, until a class grows __eq__.
    items = [Leaf(i) for i in range(4)]
    items.remove(items[2])
    print([i.x for i in items], items[1] in items, Leaf(0) in items, items.index(items[-1]))
    print(items[0] == items[0], items[0] == items[1], items[0] != items[1])
    Leaf.__eq__ = lambda self, other: log.append("patched eq") or self.x == other.x
    print(items[0] == Leaf(0), Leaf(0) in items, log[-1])
    del Leaf.__eq__
    print(items[0] == Leaf(0), Leaf(0) in items)
    s1, s2 = Slotted(1), Slotted(1)
    print(s1 == s2, s1 != s2, s1 == s1)


loads()
stores()
descriptors()
order()
comparisons()


def deep(h):
    return h.node.leaf.missing


try:
    deep(Holder(Node(Leaf(1))))
except AttributeError:
    traceback.print_exc(file=sys.stdout)


def cmp_fail(h):
    r = h.node.leaf < h.node
    return r


try:
    cmp_fail(Holder(Node(Leaf(1))))
except TypeError:
    traceback.print_exc(file=sys.stdout)

h = Holder(Node(Leaf(1)))
print(h.node.leaf.x)
del h.node.leaf
print(h.node.kids[0].x, h.node.leaf.x)
