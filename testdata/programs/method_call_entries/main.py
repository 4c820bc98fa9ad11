# Method calls through the sites' method entries (py.MethodOf/MethodCall):
# overrides on the class and on the instance mid-run, __code__ swaps,
# subclasses, __slots__ classes, properties and descriptors under a
# method's name, __getattribute__/__getattr__, exceptions inside methods
# (tracebacks), the recursion limit, polymorphic sites, builtin receivers.
import sys
import traceback


class A:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def add(self, d):
        return self.x + d

    def add2(self, d, e):
        return self.x + d + e

    def boom(self, n):
        if n == 0:
            raise ValueError("boom")
        return self.boom(n - 1)


class B(A):
    def get(self):
        return -self.x


class S:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x * 10

    def add(self, d):
        return self.x * 10 + d


def call_get(o):
    return o.get()


def call_add(o, d):
    return o.add(d)


def call_add2(o, d, e):
    return o.add2(d, e)


def run():
    a, b, s = A(1), B(2), S(3)
    out = []
    for _ in range(40):
        out.append(call_get(a))
    out.append(call_get(b))
    out.append(call_get(s))
    for i in range(40):
        out.append(call_get(s) + call_add(s, i))
    print(sum(out), out[-3:])

    # An instance value shadowing the method, then removed.
    a.get = lambda: "instance"
    print(call_get(a))
    del a.get
    print(call_get(a))

    # The method replaced on the class mid-run, then on a base.
    for i in range(3):
        print(call_get(a), call_add(a, i))
        if i == 1:
            A.get = lambda self: ("replaced", self.x)
    del A.get
    try:
        call_get(a)
    except AttributeError as e:
        print("AttributeError:", e)
    A.get = lambda self: "again"
    print(call_get(a), call_get(b))

    # __code__ swapped on a method a site has called.
    def other(self, d):
        return ("other", d)

    for i in range(3):
        print(call_add(a, i))
    A.add.__code__ = other.__code__
    print(call_add(a, 5), call_add(b, 6))

    # A property under the name a site called as a method.
    class P(A):
        pass

    p = P(7)
    for _ in range(3):
        call_add(p, 1)
    P.add = property(lambda self: (lambda d: ("prop", d)))
    print(call_add(p, 2))

    # A data descriptor on the class beats the instance dict.
    class D:
        def __get__(self, obj, cls):
            return lambda: "descr"

        def __set__(self, obj, v):
            raise AttributeError("read-only")

    class Q(A):
        pass

    q = Q(8)
    for _ in range(3):
        call_get(q)
    Q.get = D()
    print(call_get(q))

    # __getattribute__ and __getattr__ on a class whose site hit before.
    class G(A):
        pass

    g = G(9)
    for _ in range(3):
        call_get(g)
    G.__getattribute__ = lambda self, n: (lambda: "getattribute " + n)
    print(call_get(g))

    class H(A):
        def __getattr__(self, n):
            return lambda *a: ("getattr", n, a)

    h = H(10)
    print(call_get(h), call_add(h, 1), h.missing(1, 2))

    # __class__ assignment between classes sharing the shape.
    c = A(11)
    for _ in range(3):
        call_get(c)
    c.__class__ = B
    print(call_get(c))

    # Polymorphic sites.
    A.get = lambda self: self.x
    objs = [A(1), B(2), S(3), P(4), A(5)] * 20
    print(sum(call_get(o) if not isinstance(o, P) else 0 for o in objs))

    # Exceptions inside methods called through a hit: the traceback has
    # the method's frames and lines.
    for _ in range(3):
        call_add2(a, 1, 2)
    try:
        A(1).boom(3)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
    try:
        call_add2(A("s"), 1, 2)
    except TypeError:
        traceback.print_exc(file=sys.stdout)

    # Builtin and module receivers at the same kind of site.
    items = []
    for i in range(3):
        items.append(i)
    print(items, "a,b".split(","), sys.getrecursionlimit())


class R:
    def down(self, n):
        return n if n == 0 else self.down(n - 1)

    def leaf(self):
        return 1


def deep(r, n):
    if n == 0:
        return r.leaf()
    return deep(r, n - 1)


def limits():
    r = R()
    for _ in range(5):
        r.down(10)
        r.leaf()
    try:
        r.down(10 ** 6)
    except RecursionError as e:
        print("RecursionError", e)
    # The limit reached exactly at a hit's call.
    lim = sys.getrecursionlimit()
    for n in range(lim - 40, lim + 5):
        try:
            deep(r, n)
        except RecursionError:
            print("deep limit near", n - (lim - 40))
            break
    sys.setrecursionlimit(lim)
    print(r.down(50), r.leaf())


run()
limits()
