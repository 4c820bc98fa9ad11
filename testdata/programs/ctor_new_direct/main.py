# Calls of a module-level class name whose __init__ only stores its
# parameters (py.New1..4): the instance is made directly while the name
# holds such a class, and every other case runs the real call.
import sys
import traceback


class P1:
    def __init__(self, a):
        self.a = a


class P2:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class P3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class P4:
    def __init__(self, a, b, c, d):
        self.a = a
        self.b = b
        self.c = c
        self.d = d


def show(o):
    if hasattr(o, "__dict__"):
        return f"{type(o).__name__}{sorted(vars(o).items())}"
    return f"{type(o).__name__}({o.x}, {o.y}, {o.z})"


def make_all(tag):
    print(tag, show(P1(1)), show(P2(2, 3)), show(P3(4, 5, 6)), show(P4(7, 8, 9, 10)))


make_all("plain")
p = P2(1.5, -2.5)
p.x, p.y = p.y, p.x
print(p.x, p.y, vars(p))
# An instance with more attributes raises the class's room: later
# instances are made with room for them.
q = P2(1, 2)
q.extra = 3
make_all("room")
print(show(P2("a", "b")), list(vars(P2("c", "d"))))

# Arity mismatches are the real call's errors.
for args in [(), (1,), (1, 2, 3)]:
    try:
        P2(*args) if not args else (P2(args[0]) if len(args) == 1 else P2(args[0], args[1], args[2]))
    except TypeError as e:
        print("TypeError:", e)


# A rebound __init__ runs.
def noisy_init(self, x, y):
    print("noisy_init", x, y)
    self.x, self.y = y, x


old_init = P2.__init__
P2.__init__ = noisy_init
print(show(P2(1, 2)))
P2.__init__ = old_init
print(show(P2(1, 2)))


# A __setattr__ added to the class sees every store.
def loud_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)


P1.__setattr__ = loud_setattr
print(show(P1(3)))
del P1.__setattr__
print(show(P1(3)))


# A __new__ added to the class runs first.
def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)


P4.__new__ = new
print(show(P4(1, 2, 3, 4)))


# __code__ swapped.
def other_init(self, x, y, z):
    self.x, self.y, self.z = z, y, x


P3.__init__.__code__ = other_init.__code__
print(show(P3(1, 2, 3)))


# The name rebound: to a function, to a subclass, to a class with a
# metaclass, to a builtin.
saved = P2


P2 = lambda x, y: ("function", x, y)  # noqa: E731


print(P2(1, 2))


class Sub(saved):
    def __init__(self, x, y):
        print("Sub.__init__")
        super().__init__(y, x)


P2 = Sub
print(show(P2(1, 2)))


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, x, y):
        self.x = x
        self.y = y


P2 = WithMeta
print(show(P2(5, 6)))
P2 = divmod
print(P2(17, 5))
P2 = saved
print(show(P2(7, 8)))


# Arguments are evaluated before the call, left to right, even when the
# name's value changes in between.
def arg(v):
    global P2
    print("arg", v)
    P2 = Sub
    return v


print(show(P2(arg(1), arg(2))))
P2 = saved


# At the recursion limit the real call raises RecursionError.
def deep(n):
    if n == 0:
        return P1(n)
    return deep(n - 1)


sys.setrecursionlimit(60)
for n in range(40, 70):
    try:
        deep(n)
    except RecursionError as e:
        # (The exact depth is not compared: CPython's class call counts
        # C levels too.)
        print("RecursionError", n > 50, e)
        break
sys.setrecursionlimit(1000)



# Float arithmetic as every argument (py.NewF2/NewF3): a slotted class
# keeps the floats in the instance's allocation; anything else is boxed.
class V3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def mix(self):
        return V3(self.x - self.y, self.y + self.z, self.z * self.x)


class V2:
    __slots__ = ("u", "w")

    def __init__(self, u, w):
        self.u = u
        self.w = w

    def __add__(self, o):
        return V2(self.u + o.u, self.w + o.w)


class Odd:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return Odd(f"{self.v}-{o.v}")

    def __add__(self, o):
        return f"{self.v}+{o.v}"

    def __mul__(self, o):
        return [self.v, o.v]

    def __repr__(self):
        return f"Odd({self.v!r})"


def show3(v):
    return f"{type(v).__name__}({v.x!r}, {v.y!r}, {v.z!r})"


a, b = V3(1.5, 2.0, -3.25), V3(0.5, 4.0, 1.0)
d = a - b
print(show3(d), show3(d.mix()), show3(V3(1, 2, 3) - V3(1, 1, 1)))
print(show3(V3(Odd("p"), Odd("q"), 1.0) - V3(Odd("r"), Odd("s"), 0.5)))
print(show3(V3(Odd("p"), Odd("q"), Odd("t")).mix()))
xs = [(a - b).x for _ in range(20)]
print(xs[0], xs[0] == xs[19], sum(xs), type(d.y))
d.x = "replaced"
print(show3(d), hasattr(d, "__dict__"), hasattr(d, "__weakref__"))
try:
    V3(1.0, 2.0, 3.0) - V3(1.0, None, 2.0)
except TypeError as e:
    print("TypeError:", e)
    print(traceback.format_exc().replace(__file__, "main.py"))
w = V2(0.25, 0.5) + V2(1.0, 2.0)
print(w.u, w.w, (V2(True, 2) + V2(1, 2.5)).u, (V2(True, 2) + V2(1, 2.5)).w)
saved3 = V3


class V3Dict:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


V3 = V3Dict
print(show3(a - b), sorted(vars(a - b)))
V3 = lambda x, y, z: ("lambda", x, y, z)  # noqa: E731
print(a - b)
V3 = saved3
print(show3(a - b))


# An exception in a rebound __init__ has the call's frames.
def bad_init(self, a, b, c, d):
    raise ValueError(f"bad {a}")


def build():
    return P4(1, 2, 3, 4)


P4.__init__ = bad_init
try:
    build()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", e, names)
build()
