# Sets and dicts where CPython's C code has rules of its own: a set looked up
# as a frozenset, set iterators over the live table (size change raises),
# set/frozenset construction errors, frozenset subclass copy, dict lookups
# whose __eq__ mutates the dict, setdefault hashing once, view.mapping,
# dict merges that honour a subclass's __iter__ and detect mutation.
# --- st1
print('--- st1')
s = set([frozenset("abc")])
print(set("abc") in s)
s.discard(set("abc")); print(s)
s = set([frozenset("abc")]); s.remove(set("abc")); print(s)
try: set().remove(set("x"))
except KeyError as e: print(repr(e))
try: set().remove((1,[2]))
except TypeError as e: print(e)
class F(frozenset):
    pass
f = F([1,2]); print(type(f.copy()), f.copy() is f, type(frozenset([1]).copy()))
class S(set):
    def __init__(self, it=(), newarg=None): super().__init__(it)
print(S([1], newarg=3))
class FS(frozenset):
    def __new__(cls, it=(), newarg=None): return super().__new__(cls, it)
try: print(FS([1], newarg=3))
except TypeError as e: print("TE", e)
print(hash(float('nan')) == hash(float('nan')))
x = float('nan'); print(hash(x) == hash(x))
d = {1: 1, 'a': 2}
print(str(d), repr({(1,2): 'x'}))
d = dict.fromkeys(range(10)); del d[3]; c = d.copy(); print(list(c))
class S2(set):
    def __contains__(self, x): return x == 42
print(42 in S2(), 1 in S2([1]), 42 not in S2(), S2([1]).__contains__(1))
class FS2(frozenset):
    def __contains__(self, x): return "yes"
print(3 in FS2(), [1] in FS2())
class H(set):
    def __hash__(self): return 7
    def __eq__(self, o): return True
s = {H([1])}
print(set([9]) in {frozenset([9])}, H([2]) in s)
class BadH(set):
    def __hash__(self): raise TypeError("nope")
print(BadH([5]) in {frozenset([5])})
class BadV(set):
    def __hash__(self): raise ValueError("v")
try: print(BadV([5]) in {frozenset([5])})
except ValueError as e: print("VE", e)
try: print([] in set())
except TypeError as e: print(e)
try: {1}.remove(set([3]))
except KeyError as e: print(repr(e))
fs = frozenset([frozenset([1])]); print(set([1]) in fs)
# --- st2
print('--- st2')
class subclass(frozenset):
    pass
try: subclass(sequence=())
except TypeError as e: print("TE", e)
class subclass_with_init(frozenset):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = subclass_with_init([1, 2], newarg=3)
print(type(u).__name__, set(u), u.newarg)
class subclass_with_new(frozenset):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
u = subclass_with_new([1, 2], newarg=3)
print(type(u).__name__, set(u), u.newarg)
try: set(sequence=())
except TypeError as e: print("TE", e)
try: frozenset(sequence=())
except TypeError as e: print("TE", e)
s = set([1,2,3])
try:
    for i in s:
        s.update([4])
except RuntimeError as e:
    print("RE", e)
s = set([1,2,3])
try:
    for i in s:
        s.update([2])
    print("ok no change")
except RuntimeError as e:
    print("RE", e)
# --- st3
print('--- st3')
for f in (lambda: set(iterable=[1]), lambda: frozenset(iterable=[1]), lambda: set([1],[2]), lambda: frozenset([1],[2])):
    try: print(f())
    except TypeError as e: print(e)
class S(set): pass
class F(frozenset): pass
for f in (lambda: S([1],[2]), lambda: F([1],[2]), lambda: S(x=1), lambda: F(x=1)):
    try: print(f())
    except TypeError as e: print(e)
print(type(frozenset(F([1]))).__name__, frozenset(F([1])))
f = frozenset([1]); print(frozenset(f) is f)
# --- st4
print('--- st4')
import pickle, copy, operator
s = set(range(5))
it = iter(s); next(it)
print(type(it).__name__, operator.length_hint(it), it.__length_hint__())
print(sorted(pickle.loads(pickle.dumps(it))), sorted(it))
print(operator.length_hint(it))
s = {1, 2, 3}
it = iter(s); s.add(9)
try: next(it)
except RuntimeError as e: print("RE", e)
try: next(it)
except (RuntimeError, StopIteration) as e: print(type(e).__name__, e)
s.discard(9); 
try: next(it)
except (RuntimeError, StopIteration) as e: print(type(e).__name__, e)
print(it.__length_hint__())
s = {1, 2, 3}
for x in s:
    if x == 1:
        s.discard(3); s.add(4)
    print(x)
try:
    for x in s:
        s.discard(x)
except RuntimeError as e: print("RE", e)
print([x*2 for x in {5, 6}], list(frozenset("ab")) == list(iter(frozenset("ab"))))
print(sum({1,2,3}), max(frozenset([3,9])), sorted({3,1,2}), tuple({1}))
d = {}
print(list(iter(set())), [*{7}], dict.fromkeys({1,2}))
# --- dt1
print('--- dt1')
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
print(list(dict(od).items()))
class CustomDict(dict): pass
pairs = [('a', 1), ('b', 2), ('c', 3)]
print(list(dict(CustomDict(pairs)).items()))
class CustomReversedDict(dict):
    def keys(self): return reversed(list(dict.keys(self)))
    __iter__ = keys
    def items(self): return reversed(dict.items(self))
print(list(dict(CustomReversedDict(pairs)).items()))
class Hashed(object):
    def __init__(self): self.hash_count = 0; self.eq_count = 0
    def __hash__(self): self.hash_count += 1; return 42
    def __eq__(self, other): self.eq_count += 1; return id(self) == id(other)
h1 = Hashed(); y = {h1: 5}; h2 = Hashed(); y.setdefault(h2, [])
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
mp = type(type.__dict__)
class D(dict): pass
for cls in [dict, D]:
    d = cls(); m = d.keys().mapping
    print(type(m).__name__, m == d, d.values().mapping == d, d.items().mapping)
class S(str):
    def __eq__(self, other):
        d.clear(); return NotImplemented
    def __hash__(self): return hash('test')
d = {S(): 'value'}
print('test' in d)
class X:
    def __hash__(self): return 0
    def __eq__(self, o): other.clear(); return False
l = [(i,0) for i in range(1, 1337)]
other = dict(l); other[X()] = 0
d = {X(): 0, 1: 1}
try: d.update(other); print("no error")
except RuntimeError as e: print("RE", e)
# --- dt3
print('--- dt3')
class K:
    def __init__(s, n): s.n = n
    def __hash__(s): return 1
    def __eq__(s, o):
        d.clear(); return False
d = {K(1): 1, K(2): 2, K(3): 3}
print(K(4) in d, d)
d = {K(i): i for i in range(20)}
print(K(40) in d, d)
class K2:
    def __hash__(s): return 1
    def __eq__(s, o):
        if d2: d2.pop(next(iter(d2)))
        return False
d2 = {}
d2 = {K2(): 1, K2(): 2, K2(): 3, K2(): 4}
print(d2.get(K2()), len(d2))
s = set()
class K3:
    def __hash__(s): return 1
    def __eq__(self, o):
        s.clear(); return False
s = {K3(), K3(), K3()}
print(K3() in s, len(s))
