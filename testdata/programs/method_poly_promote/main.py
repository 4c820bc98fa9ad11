# A method call site whose first class turns rare: a class met later takes
# the first entry's place after enough calls, and the site's other classes
# keep their own entries; rebinding a method, shadowing it with an
# instance attribute, __class__ assignment and a deleted override between
# calls; inlined small methods on such sites; errors and the recursion
# limit through a polymorphic entry.
import sys

FORWARD = 1


class Node:
    def __init__(self, v):
        self.v = v
        self.direction = FORWARD

    def run(self):
        return ("Node.run", self.v)

    def val(self):
        return self.v

    def pick(self):
        return self.v if self.direction == FORWARD else -self.v

    def add(self, a):
        return self.v + a

    def mix(self, a, b):
        return self.v * a - b


class A(Node):
    def run(self):
        return ("A.run", self.v)


class B(Node):
    def __init__(self, v):
        Node.__init__(self, v)
        self.extra = v * 2

    def run(self):
        return ("B.run", self.v, self.extra)

    def add(self, a):
        return ("B.add", self.v, a)


class C(Node):
    def __init__(self, v):
        Node.__init__(self, v)
        self.c1 = 1
        self.c2 = 2


class D(C):
    def run(self):
        return ("D.run", self.v)


class E(Node):
    def __init__(self, v):
        self.direction = 0
        self.v = v


class F(Node):
    pass


def call_run(xs):
    out = []
    for x in xs:
        out.append(x.run())
    return out


def call_val(xs):
    t = 0
    for x in xs:
        t += x.val()
    return t


def call_pick(xs):
    return [x.pick() for x in xs]


def call_add(xs, a):
    return [x.add(a) for x in xs]


def call_mix(xs, a, b):
    return [x.mix(a, b) for x in xs]


def main():
    # The first class seen is rare from then on.
    rare = Node(1)
    xs = [rare] + [A(i) for i in range(40)]
    r = call_run(xs)
    print(r[0], r[1], r[-1], len(r))
    for _ in range(3):
        r = call_run(xs)
    print(r[0], r[-1])
    # More classes than entries, in turn.
    ys = [Node(1), A(2), B(3), C(4), D(5), E(6), F(7)] * 10
    for _ in range(5):
        r = call_run(ys)
    print(r[:7])
    print(call_val(ys), call_pick(ys)[:7])
    global FORWARD
    FORWARD = 0
    print(call_pick(ys)[:7])
    FORWARD = 1
    print(call_add(ys, 10)[:7])
    print(call_mix(ys, 3, 1)[:7])

    # Rebinding between calls: the class, then a base the site's classes
    # inherit from.
    A.run = lambda self: ("A.run rebound", self.v)
    print(call_run(ys)[:7])
    Node.run = lambda self: ("Node.run rebound", self.v)
    print(call_run(ys)[:7])
    del D.run
    print(call_run(ys)[:7])
    Node.val = lambda self: 100
    print(call_val(ys))
    Node.pick = lambda self: "picked"
    print(call_pick(ys)[:7])

    del Node.pick
    try:
        call_pick(ys)
    except AttributeError as e:
        print("AttributeError", e)

    # Shadowing by an instance attribute, in the middle of a run.
    zs = [A(1), B(2), C(3), F(4)] * 20
    for _ in range(3):
        call_add(zs, 1)
    zs[41].add = lambda a: ("instance add", a)
    print(call_add(zs, 5)[39:43])
    # __class__ assignment.
    zs[42].__class__ = B
    print(call_add(zs, 5)[41:44])
    # A class with __getattribute__ of its own among them.

    class G(Node):
        def __getattribute__(self, name):
            if name == "add":
                return lambda a: ("G.__getattribute__", a)
            return object.__getattribute__(self, name)
    zs.append(G(9))
    print(call_add(zs, 7)[-3:])

    # An error raised by a method called through a polymorphic entry.
    class H(Node):
        def mix(self, a, b):
            return self.v // (a - b)
    ws = [A(1), B(2), C(3), H(4)] * 20
    for _ in range(3):
        call_mix(ws, 3, 1)
    try:
        call_mix(ws, 2, 2)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

    # The recursion limit through polymorphic entries.
    class RB(Node):
        def add(self, a):
            return a.add(self)

    class R2(RB):
        pass

    class R3(RB):
        def __init__(self, v):
            RB.__init__(self, v)
            self.r3 = v

    rs = [A(3), B(4)] * 10
    print(call_add(rs, 1)[:2])
    sys.setrecursionlimit(200)
    try:
        R2(1).add(R3(2))
    except RecursionError as e:
        print("RecursionError", e)
    sys.setrecursionlimit(1000)
    print(call_add(rs, 2)[:2])


main()


class Last(Node):
    def run(self):
        raise ValueError("from Last.run " + str(self.v))


call_run([A(1), B(2), C(3), Last(4)] * 10)
