# An __init__'s stores on self two at a time (one test for both appends):
# every kind of class and instance still gets what CPython gives it.


class P:
    def __init__(self, x, y, z=0):
        self.x = x
        self.y = y
        self.z = z
        self.tag = "p"
        self.me = self


class Q(P):
    def extra(self):
        self.w = 9
        return self.w


class Loud(P):
    def __setattr__(self, name, value):
        print("set", name, type(value).__name__)
        object.__setattr__(self, name, value)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Mixed:
    __slots__ = ("a", "__dict__")

    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.c = b
        self.a = a * 2


class Same:
    def __init__(self, v):
        self.v = v
        self.v = v + 1 if False else v
        self.u = None
        self.t = True


class Frozen:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __setattr__(self, name, value):
        raise AttributeError(f"frozen {name}")


ps = [P(i, i * 2) for i in range(5)] + [Q(7, 8, 9) for _ in range(3)]
for p in ps:
    print(type(p).__name__, p.x, p.y, p.z, p.tag, p.me is p, sorted(vars(p)))
print(ps[-1].extra(), sorted(vars(ps[-1])))
l = Loud(1, 2)
print(l.x, l.y)
for i in range(3):
    s = Slotted(i, -i)
    print(s.a, s.b, hasattr(s, "__dict__"))
for i in range(3):
    m = Mixed(i, "b")
    print(m.a, m.b, m.c, sorted(vars(m)))
for i in range(3):
    print(vars(Same(i)))
try:
    Frozen(1, 2)
except AttributeError as e:
    print("AttributeError", e)
p = P(1, 2)
p.__init__(3, 4, 5)
print(p.x, p.y, p.z, sorted(vars(p)))
del p.y
p.__init__(6, 7)
print(p.x, p.y, p.z, list(vars(p)))
