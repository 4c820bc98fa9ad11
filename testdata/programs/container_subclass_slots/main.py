# __slots__ on subclasses of list, dict, set and frozenset: the slots hold
# values, no __dict__ unless a class in the chain asks for one, and names
# outside the slots are AttributeErrors, as in CPython.
import copy


class L(list):
    __slots__ = ("a",)


class L2(L):
    __slots__ = ("b", "c")


class LD(L):
    __slots__ = ("__dict__",)


class LPlain(L):
    pass


class D(dict):
    __slots__ = ("a", "b")


class S(set):
    __slots__ = ("a",)


class F(frozenset):
    __slots__ = ("tag",)


class E(list):
    __slots__ = ()


def attempt(label, fn):
    try:
        print(label, fn())
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)


for cls in (L, L2, LD, LPlain, D, S, E):
    o = cls()
    print(cls.__name__, "has __dict__:", hasattr(o, "__dict__"), "slots:", getattr(cls, "__slots__", None))
    attempt("  get a before", lambda: o.a)
    attempt("  set a", lambda: setattr(o, "a", [1]) or o.a)
    attempt("  set zz", lambda: setattr(o, "zz", 2) or o.zz)
    attempt("  vars", lambda: vars(o))
    attempt("  del a", lambda: delattr(o, "a") or "deleted")
    attempt("  del a again", lambda: delattr(o, "a") or "deleted")

l2 = L2([1, 2, 3])
l2.a, l2.b, l2.c = "x", "y", "z"
l2.append(4)
print(l2, l2.a, l2.b, l2.c, len(l2), l2 == [1, 2, 3, 4], isinstance(l2, L))
d = D(k=1)
d.a = "slot"
d["a"] = "item"
print(d, d.a, d["a"], dict(d))
s = S([3, 1, 2])
s.a = 5
s.add(9)
print(sorted(s), s.a, s == {1, 2, 3, 9})
f = F([1, 2])
f.tag = "t"
print(sorted(f), f.tag, hash(f) == hash(frozenset([1, 2])))
attempt("frozenset other", lambda: setattr(f, "other", 1))
attempt("descriptor on wrong type", lambda: L.a.__get__(D()))
attempt("descriptor on plain list", lambda: L.a.__set__([], 1))
print(type(L.__dict__["a"]).__name__, L.a.__name__, L2.b.__objclass__.__name__)

c = copy.copy(l2)
print("copy", c, type(c).__name__, c.a, c.b, c.c)
dc = copy.deepcopy(d)
print("deepcopy", dc, type(dc).__name__, dc.a)
ld = LD([7])
ld.a = 1
ld.extra = 2
print("LD", ld, ld.a, ld.extra, vars(ld))
try:
    class Bad(list):
        __slots__ = ("append",)
        append = 1
except ValueError as e:
    print("ValueError", e)
