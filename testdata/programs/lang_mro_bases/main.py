# Class MRO as typeobject.c makes it: C3 errors, a metaclass's own mro(),
# __bases__ assignment (subclasses remade, undone on error), bad bases,
# and __class__ assignment between compatible layouts.


def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print("  ", type(e).__name__, repr(str(e)))
    else:
        print("   ok", r)


class A: pass
class B(A): pass
class C: pass
print("-- mro errors")
for bases in [(A, A), (A, B), (A, C, B), (list, dict), (object, None), (type(len),),
              (type(None),), (C, type(None)), (int, str), (int, bool), (Exception, int),
              (OSError, ValueError), (list, object, dict)]:
    err(lambda: type("X", bases, {}).__mro__)


def stmt_bases(b1, b2):
    class X(b1, b2):
        pass
    return X.__mro__


err(stmt_bases, A, A)
err(stmt_bases, list, dict)
err(stmt_bases, object, type(None))


class Grid: pass
class H(Grid): pass
class V(Grid): pass
class HV(H, V): pass
class VH(V, H): pass
err(type, "Confused", (HV, VH), {})

print("-- custom mro")


class Perverse(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L


class D(B, C, metaclass=Perverse):
    def f(self):
        return "D"


class E(A):
    def f(self):
        return "E"


print([k.__name__ for k in D.__mro__], D.mro() == list(reversed(D.__mro__)))


def meta_returning(result):
    class M(type):
        def mro(cls):
            print("   mro() sees __mro__", cls.__mro__)
            return result(cls)
    return M


for result in [lambda c: [c, dict, object], lambda c: [1], lambda c: 1, lambda c: [],
               lambda c: (B,)]:
    err(lambda: meta_returning(result)("Y", (object,), {}))

print("-- __bases__ assignment")


class P: pass
class Q:
    def meth(self):
        return "Q.meth"
class R(P): pass
class S(R): pass


s = S()
R.__bases__ = (Q,)
print(s.meth(), [k.__name__ for k in S.__mro__], Q.__subclasses__() == [R], P.__subclasses__())
for v in [(), (R,), (S,), (Q, Q), [Q], (Q, 1), (list,), (type(None),), (Q, list)]:
    err(setattr, R, "__bases__", v)
err(delattr, R, "__bases__")
err(setattr, list, "__bases__", (dict,))
err(setattr, P, "__bases__", (Q,))


class Once(type):
    def __new__(m, name, bases, ns):
        m.flag = 0
        return super().__new__(m, name, bases, ns)

    def mro(cls):
        if cls.flag:
            raise RuntimeError("bozo")
        cls.flag = 1
        return type.mro(cls)


class T1: pass
class T2: pass
class U(T1): pass
class U1(U): pass
class U2(U, metaclass=Once): pass
before = U1.__mro__, U.__mro__
err(setattr, U, "__bases__", (T2,))
print(before == (U1.__mro__, U.__mro__), U.__bases__)


class AA: pass
class BB: pass
class CC(AA, BB): pass
class DD(AA, BB): pass
class EE(CC, DD): pass
err(setattr, CC, "__bases__", (BB, AA))
print([k.__name__ for k in EE.__mro__])

print("-- __class__ assignment")


class K1: pass
class K2: pass
k = K1()
k.x = 1
k.__class__ = K2
print(type(k).__name__, k.__dict__, "__class__" in k.__dict__)


class L1(list): pass
class L2(list): pass
l = L1([1])
l.__class__ = L2
print(type(l).__name__, l)


class G1:
    __slots__ = ["a", "b"]
class G2:
    __slots__ = ["c", "b"]
class G3:
    __slots__ = ["__dict__"]


def assign(x, cls):
    x.__class__ = cls
    return type(x).__name__


for x, cls in [(K1(), list), ([], K1), (K1(), 1), (K1(), object), (object(), list),
               (1, bool), (G1(), G2), (G1(), K1), (K1(), G3), (L1(), K1)]:
    err(assign, x, cls)
err(delattr, K1(), "__class__")
