import copy
import pickle


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


class Q(P):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def show(o):
    print(type(o).__name__, sorted(vars(o).items()))


p = P(1, 2)
print(p.x, p.y, p.norm(), p)
p.x = 10
print(p.x, hasattr(p, "y"), hasattr(p, "w"), getattr(p, "w", "dflt"))
p.w = 5
print(p.w, vars(p))
d = p.__dict__
p.v = 7
print(d, d is p.__dict__)
d["u"] = 1
print(p.u)
del p.x
print(hasattr(p, "x"), p.__dict__)
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError", e)

# A method shadowed by an instance attribute, then unshadowed.
q = Q(1, 2, 3)
print(q.norm(), q.z)
q.norm = lambda: "shadowed"
print(q.norm())
del q.norm
print(q.norm())
show(q)

# Many attributes: past the small dict and past the shape tree's depth.
class Many:
    pass


m = Many()
for i in range(80):
    setattr(m, f"a{i}", i)
print(m.a0, m.a7, m.a8, m.a63, m.a64, m.a79, len(vars(m)))
for i in range(0, 80, 9):
    delattr(m, f"a{i}")
print(sorted(vars(m))[:5], len(m.__dict__))

# Same keys in different orders.
a, b = Many(), Many()
a.p, a.q = 1, 2
b.q, b.p = 3, 4
print(a.p, a.q, b.p, b.q, list(vars(a)), list(vars(b)))

# copy, deepcopy, pickle.
p2 = P([1, 2], {"k": 3})
c1, c2 = copy.copy(p2), copy.deepcopy(p2)
c1.x.append(9)
print(p2.x, c2.x, c1.y is p2.y, c2.y is p2.y)
r = pickle.loads(pickle.dumps(Q(4, 5, 6)))
print(type(r).__name__, r.x, r.y, r.z, vars(r))

# __dict__ replaced, cleared, deleted.
s = P(1, 2)
s.__dict__ = {"x": 100, "y": 200, "k": 0}
print(s.x, s.k, s.norm())
s.__dict__.clear()
print(hasattr(s, "x"), vars(s))
s.x = 3
print(s.x, vars(s))
del s.__dict__
print(vars(s))

# __class__ assignment keeps the attributes.
t = P(3, 4)
t.__class__ = Q
t.z = 1
print(type(t).__name__, t.x, t.y, t.z, t.norm())

# setattr/getattr with non-identifier and dunder names.
o = Many()
setattr(o, "not an identifier", 1)
setattr(o, "__weird__", 2)
print(getattr(o, "not an identifier"), o.__weird__, vars(o))

# object.__setattr__ / __getattribute__ directly.
class Custom:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)

    def __getattribute__(self, k):
        return object.__getattribute__(self, k)


cu = Custom()
cu.a = 4
print(cu.a, vars(cu))

# A class attribute and an instance attribute of one name.
class C:
    val = "class"


c = C()
print(c.val)
c.val = "inst"
print(c.val, C.val)
del c.val
print(c.val)

# Property and data descriptors keep winning.
class D:
    @property
    def x(self):
        return "prop"


dd = D()
dd.__dict__["x"] = "dict"
print(dd.x, vars(dd))

# A slotted base with a dict subclass.
class S:
    __slots__ = ("a",)


class SD(S):
    pass


sd = SD()
sd.a = 1
sd.b = 2
print(sd.a, sd.b, vars(sd))

# Loops over many instances hitting the caches, then a dict-mode one.
pts = [P(i, i + 1) for i in range(10)]
pts[3].__dict__
pts[5].extra = 1
tot = 0
for pt in pts:
    tot += pt.x + pt.y
    pt.x = pt.x + 1
print(tot, [pt.x for pt in pts])


# copy and deepcopy keep values mode; deepcopy copies every value before the copy gets any
class Hook:
    def __init__(self):
        self.seen = None

    def __deepcopy__(self, memo):
        # What the copy being made looks like while its values are copied.
        for k, v in memo.items():
            if isinstance(v, P):
                self.seen = sorted(vars(v))
        return self


p = P([1, [2]], {"a": [3]})
p.z = "z"
c = copy.copy(p)
d = copy.deepcopy(p)
print(vars(c), vars(d), c.x is p.x, d.x is p.x, d.x[1] is p.x[1])
c.w = 1
print(hasattr(p, "w"), list(vars(c)), list(vars(p)))
h = Hook()
q = P(h, 2)
r = copy.deepcopy(q)
print(h.seen, r.x is h, r.y)
s = P(1, 2)
s.__dict__
t = copy.copy(s)
print(vars(t), type(t).__name__)
self_ref = P(None, None)
self_ref.x = self_ref
u = copy.deepcopy(self_ref)
print(u.x is u, u.x is not self_ref)
