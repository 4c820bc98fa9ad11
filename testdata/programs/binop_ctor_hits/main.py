# The fast paths of a + b, a - b, a * b (ints, floats, an instance on the
# left whose class's method is called through its two-argument entry) and
# of calling a __slots__ class whose instances come from chunks: what must
# stay as CPython has it when the cached method or class changes, when the
# operands are not what the fast path takes, and when the call fails.
import traceback


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        if isinstance(o, V):
            return V(self.x - o.x, self.y - o.y, self.z - o.z)
        if isinstance(o, (int, float)):
            return V(self.x - o, self.y - o, self.z - o)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, V):
            return NotImplemented
        return V(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return ("V.rmul", k)

    def __repr__(self):
        return f"V({self.x!r}, {self.y!r}, {self.z!r})"


def sub(a, b):
    return a - b


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


a = V(1.0, 2.0, 3.0)
b = V(0.5, 0.25, 0.125)
for _ in range(3):
    print(sub(a, b), add(a, b), mul(a, 2), mul(a, 0.5), sub(a, 1), sub(a, 0.5))

# Numbers through the same operators: mixed kinds, bools, overflow, big.
print(add(1.5, 2), add(2, 1.5), sub(1.5, True), sub(True, 0.5), mul(3, 2.5), mul(2.5, 3))
print(add(2 ** 62, 2 ** 62), sub(-2 ** 63, 1), mul(2 ** 40, 2 ** 40), mul(True, 2.0))
print(add(1e308, 1e308), sub(0.0, 0.0), mul(-0.0, 1), add("a", "b"), mul([1], 2))


class F(float):
    def __sub__(self, o):
        return ("F.sub", float(self), o)

    def __rsub__(self, o):
        return ("F.rsub", o, float(self))


print(sub(F(1.5), 1.0), sub(1.0, F(1.5)), sub(F(2.0), F(1.0)), add(F(1.5), 1.0))

# The right operand's class, a subclass of the left's with its own
# reflected method, goes first; one inheriting it does not.


class SubV(V):
    __slots__ = ()

    def __rsub__(self, o):
        return ("SubV.rsub", o)

    def __rmul__(self, o):
        return ("SubV.rmul", o)


class SubV2(V):
    __slots__ = ()


print(sub(a, SubV(1, 1, 1)), sub(a, SubV2(1, 1, 1)), mul(a, SubV(0, 0, 0)))
try:
    print(mul(a, b))
except TypeError as e:
    print("TypeError:", e)
print(mul(2, a), mul(2.5, a))

# NotImplemented from the method, with an int or float on the right (their
# reflected methods decline an instance): the error.


class N:
    def __sub__(self, o):
        return NotImplemented

    def __add__(self, o):
        return NotImplemented


for rhs in (1, 2.5, N()):
    try:
        print(sub(N(), rhs))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(add(N(), rhs))
    except TypeError as e:
        print("TypeError:", e)

# The method rebound mid-run, replaced by one without a two-argument entry,
# by a builtin, deleted; the class's other operators unaffected.
print(sub(a, b))
V.__sub__ = lambda self, o: ("lambda", o.x)
print(sub(a, b))


def star_sub(*args):
    return ("star", len(args))


V.__sub__ = star_sub
print(sub(a, b))


def kw_sub(self, o, extra=7):
    return ("kw", extra)


V.__sub__ = kw_sub
print(sub(a, b))
V.__sub__ = print
try:
    sub(a, b)
except Exception as e:
    print(type(e).__name__)
del V.__sub__
try:
    print(sub(a, b))
except TypeError as e:
    print("TypeError:", e)
print(add(a, b))


class M(type):
    pass


class Meta(M):
    def __sub__(cls, o):
        return ("Meta.sub", cls.__name__, o)


class WithMeta(metaclass=Meta):
    pass


print(sub(WithMeta, 3))

# Errors inside the method: the traceback shows the method's line.


class Bad:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return self.v - o.v  # o.v: an int has no v

    def __add__(self, o):
        return self + o  # endless


try:
    sub(Bad(1), 2)
except AttributeError:
    tb = traceback.format_exc().splitlines()
    print("\n".join(line for line in tb if "File" not in line))
try:
    add(Bad(1), Bad(2))
except RecursionError as e:
    print("RecursionError:", e)

# Constructors of __slots__ classes of 1 to 5 slots, with __weakref__ or
# __dict__ beside, subclasses adding slots.


class S1:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


class S2:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


class S4:
    __slots__ = ("a", "b", "c", "d")

    def __init__(self, a, b, c, d):
        self.a, self.b, self.c, self.d = a, b, c, d


class S5(S4):
    __slots__ = ("e",)

    def __init__(self, a, b, c, d):
        super().__init__(a, b, c, d)
        self.e = a + d


class SW:
    __slots__ = ("a", "__weakref__")

    def __init__(self, a):
        self.a = a


class SD:
    __slots__ = ("a", "__dict__")

    def __init__(self, a):
        self.a = a
        self.extra = -a


objs = []
for i in range(20):
    objs.append((S1(i), S2(i, -i), S4(i, i, i, i), S5(i, 1, 2, 3), SW(i), SD(i)))
print(sum(o[0].a + o[1].b + o[2].d + o[3].e + o[4].a + o[5].extra for o in objs))
print(len({id(o[0]) for o in objs}), all(o[0] is not p[0] for o, p in zip(objs, objs[1:])))
import weakref

r = weakref.ref(objs[3][4])
print(r().a)
try:
    weakref.ref(objs[3][0])
except TypeError as e:
    print("TypeError:", e)
half = S2.__new__(S2)
try:
    print(half.a)
except AttributeError as e:
    print("AttributeError:", e)

# __init__ returning a value; __init__ and __new__ replaced mid-run; a
# metaclass __call__; __class__ assignment between compatible layouts.


def make(cls, *args):
    return cls(*args)


class P:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


print(make(P, 1, 2).b)
P.__init__ = lambda self, a, b: 5
try:
    make(P, 1, 2)
except TypeError as e:
    print("TypeError:", e)
P.__init__ = lambda self, a, b: setattr(self, "a", a * b)
print(make(P, 3, 4).a)


def p_new(cls, a, b):
    return ("new", cls.__name__, a, b)


class PN:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


print(make(PN, 5, 6).a)
PN.__new__ = p_new
print(make(PN, 5, 6))


class CallMeta(type):
    def __call__(cls, *args):
        return ("CallMeta", cls.__name__, args)


class Q(metaclass=CallMeta):
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a


print(make(Q, 1, 2))


class P2:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = b, a


p = P2(1, 2)
p.__class__ = P
print(type(p).__name__, p.a, p.b)
p.__class__ = P2
print(type(p).__name__, p.a, p.b)


class Deep:
    __slots__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        self.a = Deep(a, b, c) if a > 0 else None


try:
    Deep(1, 2, 3)
except RecursionError as e:
    print("RecursionError:", e)
