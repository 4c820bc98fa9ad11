"""Object-model corners from CPython's test_descr: sequence repeat by an
int subclass, __getattribute__/__getattr__ that are descriptors, the
AttributeError a __getattr__ raises, builtin class methods as
classmethod_descriptor, member descriptors with docstrings, __dict__ of
classes whose metaclass has a Python base and of exceptions, and str
lookups in dicts holding keys of other types with the same hash."""


def show(f, *args):
    try:
        print("ok", repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


# int subclass as a repeat count, both sides
class I(int):
    pass


print("a" * I(2), I(2) * "a", I(2) * [0], I(2) * (1,), I(2) * b"x")
print(2 * I(3), I(3) * 2, I(3) * I(2))


class NoIndex:
    pass


show(lambda: NoIndex() * "a")
show(lambda: "a" * NoIndex())


# __getattribute__ / __getattr__ given by a descriptor's __get__
class Descriptor(object):
    counter = 0

    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter


descr = Descriptor()


class A(object):
    __getattribute__ = descr


class B(object):
    __getattr__ = descr


class C(object):
    __getattribute__ = descr
    __getattr__ = descr


for k in (A, B, C):
    show(getattr, k(), "attr")
    print(descr.counter)


# the AttributeError __getattr__ raises is the one o.name raises
class Proxy:
    def __getattr__(self, name):
        raise AttributeError("no " + name + " here")


show(lambda: Proxy().spam)
print(hasattr(Proxy(), "x"), getattr(Proxy(), "x", "default"))

# unbound builtin methods check their self
from collections import deque

show(deque.append, object(), 1)
d = deque()
deque.append(d, 5)
print(d)

# classmethod_descriptor
fk = dict.__dict__["fromkeys"]
print(type(fk).__name__, repr(fk), fk.__name__, fk.__qualname__, fk.__objclass__)
print(fk.__get__(None, dict)([1]), fk.__get__({})([2]), fk(dict, "ab"))
for args in [(None, None), (42,), (None, 42), (None, int)]:
    show(fk.__get__, *args)


class DD(dict):
    pass


print(type(fk.__get__(None, DD)("x")).__name__, type(DD.fromkeys("y")).__name__)
print(type(int.__dict__["from_bytes"]).__name__, int.from_bytes(b"\x01\x00", "little"))
print(type(float.__dict__["fromhex"]).__name__, float.fromhex("0x1p1"))

# member descriptors and docstrings
print(type(complex.real).__name__, type(complex.imag).__name__, type(float.real).__name__)
print(complex.real.__doc__, "/", complex.imag.__doc__)
show(setattr, 1j, "real", 2.0)
from _io import FileIO

print(FileIO.closed.__doc__, "/", FileIO.mode.__doc__)


# a class's __dict__ through its metaclass's Python base
class Base(object):
    pass


class Meta2(Base, type):
    pass


class E(object, metaclass=Meta2):
    x = 1


def deldict(o):
    del o.__dict__


def setdict(o):
    o.__dict__ = {}


show(deldict, E)
show(setdict, E)
show(Base.__dict__["__dict__"].__set__, E, {})
print("x" in E.__dict__, E.__dict__["x"], "__dict__" in E.__dict__)


# exceptions' __dict__: replaced, never deleted
class Exception1(Exception, Base):
    pass


class Exception2(Base, Exception):
    pass


for ExceptionType in Exception, Exception1, Exception2:
    e = ExceptionType()
    e.__dict__ = {"a": 1}
    print(ExceptionType.__name__, e.a, vars(e))
    show(deldict, e)
show(lambda: setattr(ValueError(), "__dict__", 5))
print("__dict__" in BaseException.__dict__)


# str lookups meet keys of other types with the same hash
class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("eq", self.n, other)
        return other == self.n


dk = {K("a"): 1, "b": 2}
print(dk["a"], dk["b"], dk.get("c"), "a" in dk)
print(hash("abc") == hash("abc"), hash("abc") == hash("ab" + "c"))


class Evil(object):
    def __hash__(self):
        return hash("attr")

    def __eq__(self, other):
        try:
            del Holder.attr
        except AttributeError:
            pass
        return 0


class Descr(object):
    def __get__(self, ob, type=None):
        return 1


class Holder(object):
    attr = Descr()


h = Holder()
h.__dict__[Evil()] = 0
print(h.attr, hasattr(h, "attr"))


class MyKey(object):
    def __hash__(self):
        return hash("mykey")

    def __eq__(self, other):
        X.__bases__ = (Base2,)


class Base1(object):
    mykey = "from Base1"
    mykey2 = "from Base1"


class Base2(object):
    mykey = "from Base2"
    mykey2 = "from Base2"


X = type("X", (Base1,), {MyKey(): 5})
print(X.mykey, X.mykey2)
