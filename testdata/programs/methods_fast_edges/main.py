# Edges of the float comparisons, mixed float/int arithmetic, instance dict
# sizing and inline list/tuple loop steps.
import math


class F(float):
    def __lt__(self, other):
        return "F.lt"


def cmp_floats():
    nan = float("nan")
    vals = [0.0, -0.0, 1.5, -2.25, nan, math.inf, -math.inf, 3, True, F(1.0)]
    out = []
    for a in vals:
        for b in vals:
            out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(len(out), sum(1 for t in out for x in t if x is True))
    if F(1.0) < 2.0:
        print("F.lt truthy")
    if nan < 1.0 or nan >= 1.0 or nan == nan:
        print("bad nan")
    if -0.0 == 0.0 and not (-0.0 < 0.0):
        print("zeros equal")
    x, y = 1e308, 1e308 * 10
    if x < y:
        print("inf above")


def mixed(size):
    p = 0.25
    for v in (3, -7, 2**53, 2**53 + 1, 2**60, True, 0):
        try:
            r = (p + 0.5) / 2.0 * v
            print(v, r, (p * 4.0) / v, v / (p * 4.0), v - (p + 1.0), v + (p + 1.0))
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
    big = 10**400
    for f in (lambda: (p + 0.5) * big, lambda: big * 0.75, lambda: 0.75 + big,
              lambda: 0.75 / big, lambda: big - 0.75, lambda: 0.75 % big,
              lambda: 0.75 // -big, lambda: 0.75 < big, lambda: -big < 0.75,
              lambda: 0.75 * 2**1023, lambda: 0.75 + (2**53 + 1)):
        try:
            print(f())
        except OverflowError as e:
            print("OverflowError", e)
    q = 1.5
    try:
        q *= big
    except OverflowError as e:
        print("OverflowError", e, q)
    print(int((p + 0.5) / 2.0 * size))


class A:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


class Two:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Seven:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.d = 4
        self.e = 5
        self.f = 6
        self.g = 7


def dict_room():
    ts = [Two(i, -i) for i in range(5)]
    ts[2].z = 9
    ts[3].extra1 = 1
    ts[3].extra2 = 2
    ts[3].extra3 = 3
    del ts[4].x
    ts[4].x = "again"
    for t in ts:
        print(vars(t))
    s = [Seven() for _ in range(3)]
    s[1].h = 8
    s[1].i = 9
    s[1].j = 10
    del s[2].c
    for o in s:
        print(list(o.__dict__.items()))
    for n in (0, 1, 2, 3, 9, 20):
        a = A(n)
        print(n, len(vars(a)), list(vars(a))[-1:] if n else [])
    t = Two(1, 2)
    t.__dict__.clear()
    t.w = 5
    print(vars(t), Two(3, 4).__dict__)


def loops():
    lst = [1, 2, 3]
    seen = []
    for x in lst:
        seen.append(x)
        if x < 6:
            lst.append(x + 3)
    print(seen, lst)
    lst = [1, 2, 3, 4, 5]
    seen = []
    for x in lst:
        seen.append(x)
        del lst[0]
    print(seen, lst)
    lst = [1, 2, 3]
    for x in lst:
        lst.clear()
        print("once", x)
    it = iter([10, 20, 30, 40])
    for x in it:
        print(x, next(it, None))
    tup = (1, (2, 3), [4])
    print([y for y in tup], [z for x in ([1, 2], (3,), "ab") for z in x])
    for x in tup:
        pass
    print("last", x)

    class L(list):
        def __iter__(self):
            yield "overridden"
    for x in L([1, 2]):
        print(x)
    print([x for x in L([1])])
    for x in []:
        print("never")
    else:
        print("empty else")
    for x in (5, 6):
        if x == 6:
            break
    else:
        print("not here")
    print("broke at", x)
    try:
        for x in [1, 0, 2]:
            print(10 // x)
    except ZeroDivisionError as e:
        print("caught", e)


cmp_floats()
mixed(64)
dict_room()
loops()


def modules():
    import math
    import modhooks
    print(math.cos(0.0), math.floor(2.5), modhooks.twice(4), modhooks.lazy(3))
    print(modhooks.__dir__(), dir(modhooks), modhooks.__repr__())
    print(repr(modhooks).startswith("<module 'modhooks'"))
    try:
        modhooks.missing(1)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        math.nosuch(1, 2)
    except AttributeError as e:
        print("AttributeError", e)
    modhooks.twice = lambda x: x + 100
    print(modhooks.twice(1))
    del modhooks.twice
    try:
        modhooks.twice(1)
    except AttributeError as e:
        print("AttributeError", e)


modules()


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W(V):
    def __radd__(self, o):
        return "W.radd(%r, %r)" % (o, self)


class R:
    def __radd__(self, o):
        return "R.radd"

    def __rmul__(self, o):
        return "R.rmul"


def operators():
    a, b = V(1), V(2)
    print(a + b, a - b, a * 3, a * 2.5)
    print(a + W(5), W(5) + a)
    print(a + R(), 2 * R())
    try:
        a + 1
    except TypeError as e:
        print("TypeError", e)
    try:
        a / b
    except TypeError as e:
        print("TypeError", e)
    V.__add__ = lambda self, o: "rebound add"
    print(a + b)
    del V.__add__
    try:
        a + b
    except TypeError as e:
        print("TypeError", e)
    a.__add__ = lambda o: "instance attr ignored"
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError", e)
    V.__add__ = lambda self, o: V(self.x + o.x)
    c = a
    c += b
    print(c, a, c is a)
    c -= b
    print(c)

    def boom(self, o):
        raise ValueError("boom in __sub__")
    V.__sub__ = boom
    try:
        a - b
    except ValueError as e:
        print("ValueError", e)


operators()
