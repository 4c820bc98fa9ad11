# Small methods whose bodies are inlined at their call sites
# (translate/inline.go): every way the copy must give way to the real call.
import sys

NONE, FORWARD = 0, 1


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.direction = FORWARD

    def pick(self):
        return self.b if self.direction == FORWARD else self.a

    def ready(self):
        return self.direction != NONE

    def both(self):
        return not self.a and (not self.b or self.direction)

    def first(self):
        return self.a

    def same(self, other):
        return self is other

    def arg(self, x, y):
        return x if self.a < self.b else y

    def nothing(self, x):
        pass

    def maybe(self):
        return self.a or self.b or None

    def small(self):
        return 7 if self.a else True


class Other:
    def __init__(self):
        self.b = "other-b"

    def pick(self):
        return "Other.pick"


def show(*xs):
    print(*xs)


p = Pair(1, 2)
q = Other()
for _ in range(3):
    show(p.pick(), p.ready(), p.both(), p.first(), p.same(p), p.same(q), p.arg(10, 20), p.nothing(1), p.maybe(), p.small())

# A polymorphic site: both defs named pick.
for o in [p, q, p, q, Pair(5, 6)]:
    show("poly", o.pick())

# The global the copy reads rebound, deleted, made a str.
FORWARD = 2
show("rebound", p.pick(), p.ready())
FORWARD = 1
show("back", p.pick())
del FORWARD
try:
    p.pick()
except NameError as e:
    show("NameError", e)
FORWARD = 1


# Operands that are not ints: comparisons that run code.
class Loud:
    def __eq__(self, other):
        print("Loud.__eq__")
        return True

    def __ne__(self, other):
        print("Loud.__ne__")
        return False

    def __bool__(self):
        print("Loud.__bool__")
        return False


p.direction = Loud()
show("loud", p.pick(), p.ready(), p.both())
p.direction = 1.0
show("float", p.pick(), p.ready())
p.direction = True
show("bool", p.pick(), p.ready())
p.direction = FORWARD
p.a = Loud()
show("truth", p.both(), p.maybe(), p.small())
p.a = 1


# The failing comparison raises from the method's own frame.
p.direction = "x"
try:
    p.arg(1, 2)
    p.a, p.b = "s", 3
    p.arg(1, 2)
except TypeError as e:
    show("TypeError", e)
p.a, p.b = 1, 2
p.direction = FORWARD


# An instance value shadowing the method; a class change; a property.
p2 = Pair(3, 4)
p2.pick = lambda: "instance pick"
show("shadow", p2.pick())
saved = Pair.pick
Pair.pick = lambda self: "new pick"
show("rebound method", p.pick())
Pair.pick = saved
show("restored", p.pick())


class PropPair(Pair):
    @property
    def direction(self):
        print("direction property")
        return FORWARD

    @direction.setter
    def direction(self, v):
        print("direction setter", v)


pp = PropPair(8, 9)
for _ in range(2):
    show("property", pp.ready())


class GetAttr(Pair):
    def __getattribute__(self, name):
        if name == "b":
            return "from __getattribute__"
        return object.__getattribute__(self, name)


try:
    g = GetAttr(1, 2)
    for _ in range(2):
        show("getattribute", Pair.pick.__name__, g.pick())
except AttributeError as e:
    show("AttributeError", e)


# A missing attribute: the real body raises (AttributeError, from the method).
class Half(Pair):
    def __init__(self):
        self.direction = FORWARD


h = Half()
try:
    h.pick()
except AttributeError as e:
    show("AttributeError", e)
h.b = "late b"
show("half", h.pick())


# __class__ assignment and __code__ assignment.
class Pair2(Pair):
    def pick(self):
        return "Pair2.pick"


p3 = Pair(1, 2)
show(p3.pick())
p3.__class__ = Pair2
show("class assigned", p3.pick())


def other_pick(self):
    return "code swapped"


Pair.first.__code__ = other_pick.__code__
show("code", p.first(), p.pick())


# Subclass instances with other shapes; an attribute deleted (dict mode).
class Sub(Pair):
    def __init__(self):
        self.extra = 0
        Pair.__init__(self, 30, 40)


s = Sub()
for o in [s, p, s]:
    show("sub", o.pick(), o.ready())
del s.extra
show("deleted", s.pick())


# The recursion limit: the call raises RecursionError where CPython's does.
def deep(n):
    if n == 0:
        return p.pick()
    return deep(n - 1)


sys.setrecursionlimit(60)
try:
    deep(100)
except RecursionError as e:
    show("RecursionError", e)
sys.setrecursionlimit(1000)
show(deep(10))


def traced():
    p.a, p.b = "s", 3
    return p.arg(1, 2)


traced()
