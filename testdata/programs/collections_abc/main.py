# collections.abc is CPython's _collections_abc: builtins against every ABC,
# mixin methods of user Mapping/Sequence/Set classes, register,
# __subclasshook__, metaclass instance hooks, typing's aliases.
import abc
import collections
import collections.abc as abcs
import typing
from collections.abc import (Mapping, MutableMapping, MutableSequence, MutableSet, Set, Sequence,
                             Iterable, Hashable, Sized, Callable, Iterator, Generator, KeysView)


def _g():
    yield 1


objs = {
    "int": 1, "None": None, "str": "ab", "bytes": b"ab", "bytearray": bytearray(b"ab"), "list": [1],
    "tuple": (1,), "dict": {1: 2}, "set": {1}, "frozenset": frozenset({1}), "range": range(3),
    "memoryview": memoryview(b"ab"), "dict_keys": {1: 2}.keys(), "dict_values": {1: 2}.values(),
    "dict_items": {1: 2}.items(), "list_iter": iter([1]), "dict_iter": iter({}), "zip": zip(),
    "generator": _g(), "function": _g, "builtin": len, "type": int, "object": object(), "slice": slice(1),
    "deque": collections.deque(), "OrderedDict": collections.OrderedDict(), "ChainMap": collections.ChainMap(),
    "Counter": collections.Counter(),
}
print(" " * 12, "".join(n[0] for n in abcs.__all__))
for n, o in objs.items():
    print(f"{n:12}", "".join("X" if isinstance(o, getattr(abcs, a)) else "." for a in abcs.__all__),
          "".join("X" if issubclass(type(o), getattr(abcs, a)) else "." for a in abcs.__all__))
print(sorted(Mapping.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(Mapping.__module__, repr(MutableMapping), [c.__name__ for c in MutableMapping.__mro__])
print(list[int], Mapping[str, int], Callable[[int], str], Callable[..., int].__args__)
class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update({"a": 1}, b=2)
s.update([("c", 3)])
print(s.setdefault("d", 4), s.setdefault("a", 9), s.pop("b"), s.pop("zz", "dflt"), s.get("a"), s.get("q"))
print(sorted(s.keys()), sorted(s.values()), sorted(s.items()), "a" in s, len(s))
print(s == {"a": 1, "c": 3, "d": 4}, s != {"a": 1}, s.popitem(), len(s))
print(isinstance(s.keys(), KeysView), isinstance(s.keys(), Set), repr(s.items())[:10])
print(s.keys() & {"a", "x"}, s.keys() | {"x"} == {"a", "c", "x"})
s.clear()
print(len(s), isinstance(s, dict), isinstance(s, Mapping), issubclass(Store, Sized))
try:
    s.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    s.popitem()
except KeyError as e:
    print("popitem KeyError", repr(e))


class Seq(MutableSequence):
    def __init__(self, *items):
        self._l = list(items)

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)

    def __repr__(self):
        return f"Seq{self._l}"


q = Seq(3, 1, 2)
q.append(5)
q.extend([7, 8])
q += [9]
q.reverse()
print(q, q.index(7), q.count(1), 3 in q, list(reversed(q)), q.pop(), q.pop(0))
q.remove(7)
print(q, isinstance(q, Sequence), issubclass(Seq, Iterable), isinstance(q, Hashable))
try:
    q.index(100)
except ValueError as e:
    print("ValueError", e)


class FS(Set):
    def __init__(self, it=()):
        self._s = []
        for x in it:
            if x not in self._s:
                self._s.append(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    def __repr__(self):
        return f"FS({sorted(self._s)})"


a, b = FS([1, 2, 3]), FS([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= FS([1, 2, 3, 4]), a < a, a == FS([3, 2, 1]), a.isdisjoint([9]))
print(a == {1, 2, 3}, hash(a._hash()) == a._hash(), isinstance(a, Hashable))


class MS(MutableSet):
    def __init__(self):
        self._s = set()

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


m = MS()
m |= {1, 2, 3}
m -= {2}
m ^= {3, 4}
print(sorted(m), m.pop() in (1, 4), len(m))
m.remove(sorted(m)[0]) if len(m) else None
print(len(m))
try:
    MS().remove(1)
except KeyError as e:
    print("KeyError", e)


# Abstract methods stop instantiation.
class Half(Mapping):
    def __getitem__(self, k):
        return k


try:
    Half()
except TypeError as e:
    print(e)


# register and __subclasshook__
class Duck:
    pass


print(issubclass(Duck, Sequence), Sequence.register(Duck) is Duck, issubclass(Duck, Sequence), isinstance(Duck(), abcs.Reversible))
print(isinstance(Duck(), Iterable), isinstance(Duck(), Sized))


class HasLen:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


class Call:
    def __call__(self):
        pass


print(isinstance(HasLen(), Sized), isinstance(HasLen(), Iterable), isinstance(NoHash(), Hashable), isinstance(Call(), Callable))


class Gen:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def send(self, v):
        pass

    def throw(self, *a):
        pass

    def close(self):
        pass


print(isinstance(Gen(), Iterator), isinstance(Gen(), Generator), issubclass(Gen, abcs.Awaitable))


class MyABC(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is MyABC:
            return hasattr(C, "quack")
        return NotImplemented

    @abc.abstractmethod
    def quack(self):
        ...


class Q:
    def quack(self):
        return "q"


class Sub(MyABC):
    def quack(self):
        return "sub"


print(isinstance(Q(), MyABC), issubclass(int, MyABC), isinstance(Sub(), MyABC), Sub().quack())
tok = abc.get_cache_token()
MyABC.register(int)
print(abc.get_cache_token() != tok, issubclass(int, MyABC))
try:
    Sequence.register(3)
except TypeError as e:
    print("TypeError", e)
try:
    Duck.register
except AttributeError as e:
    print("AttributeError", e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42

    def __subclasscheck__(cls, sub):
        return sub is str


class Answer(metaclass=Meta):
    pass


print(isinstance(42, Answer), isinstance(41, Answer), issubclass(str, Answer), issubclass(int, Answer), isinstance(Answer(), Answer))


class ClassHook:
    # A class's own __instancecheck__ is not consulted (only the metaclass's).
    def __instancecheck__(self, obj):
        return True


print(isinstance(1, ClassHook))

print(isinstance(collections.deque(), MutableSequence), isinstance(collections.OrderedDict(), MutableMapping),
      isinstance(collections.ChainMap(), MutableMapping), isinstance(collections.Counter(), Mapping),
      isinstance(collections.defaultdict(), dict))
ud = collections.UserDict(a=1)
ud.update(b=2)
print(ud, ud.pop("a"), ud.setdefault("c", 3), isinstance(ud, MutableMapping), sorted(ud.items()), ud == {"b": 2, "c": 3})
ul = collections.UserList([3, 1])
ul.extend([2])
print(ul, ul.index(1), list(reversed(ul)), isinstance(ul, MutableSequence), ul.count(3))
us = collections.UserString("abc")
print(us, list(reversed(us)), isinstance(us, Sequence), us.index("c"), "b" in us)
print(isinstance({}, typing.Mapping), isinstance([], typing.Mapping), isinstance([], typing.List), isinstance([], typing.Sequence), isinstance((), typing.List))
print(issubclass(dict, typing.MutableMapping), issubclass(list, typing.Iterable), isinstance(len, typing.Callable), isinstance(frozenset(), typing.AbstractSet))
print(isinstance(collections.deque(), typing.Deque), isinstance({}, typing.Dict), isinstance(1, typing.Optional[int]), isinstance(None, typing.Optional[int]), isinstance("", typing.Union[int, bytes]))
for bad in (typing.List[int], typing.Any, typing.Mapping[str, int]):
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError", e)


class M(typing.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class N(typing.Mapping[str, int]):
    def __getitem__(self, k):
        return 1

    def __iter__(self):
        return iter(["x"])

    def __len__(self):
        return 1


m = M()
m.update(a=1)
print(m.setdefault("b", 2), dict(m), isinstance(m, dict), isinstance(m, MutableMapping))
print([c.__name__ for c in M.__mro__])
print([c.__name__ for c in N.__mro__], dict(N()), N().get("x"))
