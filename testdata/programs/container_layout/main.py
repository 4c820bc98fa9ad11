# Dicts keep rare fields (a subclass's class and __dict__, the hash index)
# behind pointers and their flags in one byte; lists keep a subclass's
# fields behind one pointer and are allocated at their length; slotted
# instances hold exactly their slots. Everything observable stays.
import builtins
from collections import Counter, OrderedDict, defaultdict


class D(dict):
    pass


class D2(dict):
    def __repr__(self):
        return "D2" + dict.__repr__(self)


d = D(a=1)
d.note = "x"
print(type(d).__name__, d, d.__dict__, isinstance(d, dict))
d.__class__ = D2
print(type(d).__name__, repr(d), d.__dict__)
d.__dict__ = {"y": 2}
print(d.y, vars(d))
try:
    hash(d)
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
try:
    {}.__dict__
except AttributeError as e:
    print("AttributeError", e)
dd = defaultdict(list)
dd["k"].append(1)
c = Counter("abracadabra")
od = OrderedDict(b=1, a=2)
od.move_to_end("b")
print(type(dd).__name__, dict(dd), c.most_common(2), list(od))
print(D(x=1) == {"x": 1}, {"x": 1} == D(x=1), type(D(x=1).copy()).__name__)

# A dict grows an index past eight keys, loses it when emptied, compacts
# after deletions.
big = {}
for i in range(40):
    big["k%d" % i] = i
for i in range(0, 40, 3):
    del big["k%d" % i]
print(len(big), list(big)[:5], big.get("k4"), big.get("k3"), "k39" in big)
for i in range(40):
    big.pop("k%d" % i, None)
print(len(big), big)
big["z"] = 1
big[1] = "one"
big[1.0] = "float one"
big[(1, 2)] = "t"
print(big, big.get("z"), big[1])


class S:
    # hashes and compares as the string it holds
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, o):
        return o == self.s if isinstance(o, str) else NotImplemented


m = {S("name"): 1}
print(m.get("name"), "name" in m, m["name"])
for n in range(12):
    m["n%d" % n] = n
print(m.get("name"), m.get("n11"), len(m))
m.clear()
print(m, m.get("name"))
m["a"] = 1
print(m)

# The builtins namespace and class dicts still invalidate caches.
def ln(x):
    return len(x)


print(ln([1, 2]))
orig_len = builtins.len
builtins.len = lambda x: 99
print(ln([1, 2]))
builtins.len = orig_len
print(ln([1, 2]))


class K:
    def f(self):
        return 1


k = K()
print(k.f())
K.f = lambda self: 2
print(k.f())


class Ns(dict):
    def __setitem__(self, k, v):
        if k == "hidden":
            v = v * 10
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Ns()


class E(metaclass=Meta):
    hidden = 4
    shown = 5


print(E.hidden, E.shown)


# List subclasses.
class L(list):
    pass


class L2(list):
    def __repr__(self):
        return "L2" + list.__repr__(self)


class LS(list):
    __slots__ = ("tag",)


l = L([1, 2])
l.note = 1
print(type(l).__name__, l, l.__dict__, l + [3], type(l + [3]).__name__)
l.__class__ = L2
print(repr(l), l.__dict__)
l.__dict__ = {"q": 1}
print(l.q)
ls = LS([1])
ls.tag = "t"
print(ls.tag, ls)
try:
    hash(l)
except TypeError as e:
    print("TypeError", e)
try:
    [].x = 1
except AttributeError as e:
    print("AttributeError", e)

# Lists of every small length made by slicing, concatenation and displays,
# then grown and shrunk.
base = list(range(20))
for n in range(19):
    a = base[:n]
    b = [n] + a
    c = a + a[:1]
    a.append("x")
    b.extend([1, 2])
    c.insert(0, "y")
    print(n, len(a), a[-1], b[:3], b[-2:], c[:2], len(c), base[:n] == a[:-1])
    while b:
        b.pop()
    print(b, a[:n] == base[:n])
s = base[2:17]
t = s[:]
t[0] = "changed"
print(s[0], t[0], s[::-1][:3], s[1::4])


# Slotted classes of every small size.
for n in range(10):
    names = tuple("s%d" % i for i in range(n))
    C = type("C%d" % n, (), {"__slots__": names})
    o = C()
    for i, nm in enumerate(names):
        setattr(o, nm, i * i)
    got = [getattr(o, nm) for nm in names]
    if n:
        delattr(o, names[-1])
        try:
            getattr(o, names[-1])
        except AttributeError as e:
            got.append(str(e))
    print(n, got, hasattr(o, "__dict__"))


class P:
    __slots__ = ("a", "b", "c")


class Q:
    __slots__ = ("a", "b", "c")


class R(P):
    __slots__ = ("d",)


p = P()
p.a, p.b, p.c = 1, 2, 3
p.__class__ = Q
print(type(p).__name__, p.a, p.b, p.c)
r = R()
r.a, r.d = "a", "d"
print(r.a, r.d)
try:
    r.b
except AttributeError as e:
    print("AttributeError", e)
try:
    p.__class__ = R
except TypeError as e:
    print("TypeError", e)


# Slots beside a __dict__ (a subclass without __slots__, or '__dict__' in
# them), and more slots than the allocation's room.
class WithDict(P):
    pass


class DictSlot:
    __slots__ = ("a", "__dict__")


w = WithDict()
print(hasattr(w, "__dict__"), w.__dict__)
w.extra = 1
w.a = "slot a"
w.c = "slot c"
print(w.a, w.c, w.extra, w.__dict__)
del w.a
try:
    w.a
except AttributeError as e:
    print("AttributeError", e)
ds = DictSlot()
ds.a, ds.b = 1, 2
print(ds.a, ds.b, ds.__dict__)
Big = type("Big", (), {"__slots__": tuple("b%d" % i for i in range(12))})
bg = Big()
bg.b11 = 11
bg.b0 = 0
print(bg.b0, bg.b11, [hasattr(bg, "b%d" % i) for i in range(12)].count(True))
for obj in (p, r, w, ds, bg):
    print(type(obj).__name__, sorted(n for n in dir(obj) if not n.startswith("__")))


# Set and frozenset subclasses keep their class and __dict__ behind one
# pointer too.
class St(set):
    pass


class St2(set):
    def __repr__(self):
        return "St2" + set.__repr__(self)


class Fz(frozenset):
    pass


st = St({3, 1, 2})
st.note = "n"
print(type(st).__name__, sorted(st), st.__dict__, repr(St()), type(st | {9}).__name__)
st.__class__ = St2
print(type(st).__name__, st.__dict__, repr(St2([1])))
st.__dict__ = {"w": 1}
print(st.w, vars(st))
fz = Fz([1, 2])
fz.extra = 5
print(type(fz).__name__, sorted(fz), hash(fz) == hash(frozenset([1, 2])), fz.extra, repr(Fz()))
print(fz == frozenset([1, 2]), {fz: 1}[frozenset([1, 2])], type(fz & {1}).__name__)
try:
    hash(st)
except TypeError as e:
    print("TypeError", e)
try:
    set().x = 1
except AttributeError as e:
    print("AttributeError", e)
print(set(x for x in range(20) if x % 3) == {x for x in range(20) if x % 3}, len({*range(9)}))


class HS(set):
    def __hash__(self):
        return 7


class HF(frozenset):
    def __hash__(self):
        return 8


keys = {HS([1]): "hs", HF([1]): "hf", Fz([1]): "fz"}
print(sorted(keys.values()), hash(HS()), hash(HF()), hash(Fz([1])) == hash(frozenset([1])))
print(Fz([1]) in keys, frozenset([1]) in keys, {frozenset([2]): 1}[Fz([2])], HS([1]) in keys)
