"""Protocols test_descr checks: special methods looked up on the class (through
descriptors), reflected operators of subclasses, augmented-assignment errors,
str subclasses and %-formatting errors, length hints, sys.getsizeof, the
reduce protocol (object.__reduce_ex__/__reduce__, __getnewargs_ex__,
__getstate__, slots, copyreg)."""

# ---- sml
import sys, math
def run_context(manager):
    with manager:
        pass
def iden(self): return self
def hello(self): return b"hello"
def empty_seq(self): return []
def zero(self): return 0
def complex_num(self): return 1j
def stop(self): raise StopIteration
def return_true(self, thing=None): return True
def do_isinstance(obj): return isinstance(int, obj)
def do_issubclass(obj): return issubclass(int, obj)
def do_dict_missing(checker):
    class DictSub(checker.__class__, dict):
        pass
    assert DictSub()["hi"] == 4
def some_number(self_, key):
    return 4
def swallow(*args): pass
def format_impl(self, spec): return "hello"
specials = [
    ("__bytes__", bytes, hello, set(), {}),
    ("__reversed__", reversed, empty_seq, set(), {}),
    ("__length_hint__", list, zero, set(), {"__iter__" : iden, "__next__" : stop}),
    ("__sizeof__", sys.getsizeof, zero, set(), {}),
    ("__instancecheck__", do_isinstance, return_true, set(), {}),
    ("__missing__", do_dict_missing, some_number, set(("__class__",)), {}),
    ("__subclasscheck__", do_issubclass, return_true, set(("__bases__",)), {}),
    ("__enter__", run_context, iden, set(), {"__exit__" : swallow}),
    ("__exit__", run_context, swallow, set(), {"__enter__" : iden}),
    ("__complex__", complex, complex_num, set(), {}),
    ("__format__", format, format_impl, set(), {}),
    ("__floor__", math.floor, zero, set(), {}),
    ("__trunc__", math.trunc, zero, set(), {}),
    ("__ceil__", math.ceil, zero, set(), {}),
    ("__dir__", dir, empty_seq, set(), {}),
    ("__round__", round, zero, set(), {}),
]
class Checker(object):
    def __getattr__(self, attr):
        print("FAIL __getattr__ called with", attr)
        raise AttributeError(attr)
    def __getattribute__(self, attr):
        if attr not in ok:
            print("FAIL __getattribute__ called with", attr)
        return object.__getattribute__(self, attr)
class SpecialDescr(object):
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(1)
        return self.impl.__get__(obj, owner)
class MyException(Exception):
    pass
class ErrDescr(object):
    def __get__(self, obj, owner):
        raise MyException
for name, runner, meth_impl, ok, env in specials:
    class X(Checker):
        pass
    for attr, obj in env.items():
        setattr(X, attr, obj)
    setattr(X, name, meth_impl)
    try:
        runner(X())
    except Exception as e:
        print("FAIL plain", name, type(e).__name__, e)
    record = []
    class X(Checker):
        pass
    for attr, obj in env.items():
        setattr(X, attr, obj)
    setattr(X, name, SpecialDescr(meth_impl))
    try:
        runner(X())
    except Exception as e:
        print("FAIL descr", name, type(e).__name__, e)
    if record != [1]: print("FAIL record", name, record)
    class X(Checker):
        pass
    for attr, obj in env.items():
        setattr(X, attr, obj)
    setattr(X, name, ErrDescr())
    try:
        runner(X())
        print("FAIL noraise", name)
    except MyException:
        pass
    except Exception as e:
        print("FAIL err", name, type(e).__name__, e)
print("done")

# ---- ops
for src in ["x=None; x **= 2", "x=None; x += 2", "x=None; x @= 2", "x=1; x <<= None", "x=[]; x -= 2", "x='a'; x += 2", "x=(); x += 2", "x=b''; x += 2", "x=[]; x *= 2.0", "x=1.5; x //= 'a'", "x=None; y = x ** 2", "x={}; x |= 1", "x={1}; x &= 1"]:
    try:
        exec(src)
    except TypeError as e:
        print(src, "->", e)
class B(int):
    def __floordiv__(self, other): return "B.__floordiv__"
    def __rfloordiv__(self, other): return "B.__rfloordiv__"
print(B(1) // 1, 1 // B(1))
class C(object):
    def __floordiv__(self, other): return "C.__floordiv__"
    def __rfloordiv__(self, other): return "C.__rfloordiv__"
print(C() // 1, 1 // C())
class D(C):
    def __floordiv__(self, other): return "D.__floordiv__"
    def __rfloordiv__(self, other): return "D.__rfloordiv__"
print(D() // C(), C() // D())
class E(C):
    pass
print(E() // 1, 1 // E(), E() // C(), C() // E())
class F(int): pass
class G(F):
    def __radd__(self, o): return "G.radd"
print(F(1) + G(2), 1 + G(2))
for s in ['[1]*2.0','2.0*[1]','"a"*2.0','(1,)*None','b"a"*1.5','bytearray(b"a")*1.5', '[1]*"a"']:
    try: eval(s)
    except TypeError as e: print(s, e)

# ---- strs
import binascii
class octetstring(str):
    def __str__(self):
        return binascii.b2a_hex(self.encode('ascii')).decode("ascii")
    def __repr__(self):
        return self + " repr"
o = octetstring('A')
print(type(o), type(str(o)), type(repr(o)), ord(o), str(o), repr(o), o.__str__(), o.__repr__())
print(len(o), o == 'A', hash(o) == hash('A'), chr(ord(o)), '%s' % o, f"{o}", format(o), o.upper(), "x" + o)
class S(str): pass
print(ord(S('z')), int(S('12')), float(S('1.5')), S('ab') * 2)
for src in ["''.join([0])", "''.rindex('5')", "'%(n)s' % None", "'%(n' % {}", "'%*s' % ('abc')", "'%*.*s' % ('abc', 5)", "'%s' % (1, 2)", "'%' % None", "'%(a' % {'a': 1}", "'%(a)' % {'a': 1}", "'%(' % {}", "'%z' % 1", "'%' % ()", "'%(n)s %s' % {'n':1}", "b'%(n' % {}", "'%s %(n)s' % {'n':1}"]:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, e)

# ---- l
class X:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): print("hint"); return 0
print(list(X()))
l = []; l.extend(X())

# ---- red
import copyreg, pickle, copy
protocols = range(pickle.HIGHEST_PROTOCOL + 1)
def check(proto, obj, args=(), kwargs={}, state=None, listitems=None, dictitems=None):
    if proto >= 2:
        rv = obj.__reduce_ex__(proto)
        if kwargs:
            assert rv[0] == copyreg.__newobj_ex__, rv
            assert rv[1] == (type(obj), args, kwargs), rv
        else:
            assert rv[0] == copyreg.__newobj__, rv
            assert rv[1] == (type(obj),) + args, rv
        assert rv[2] == state, (rv, state)
        if listitems is not None:
            assert list(rv[3]) == listitems
        else:
            assert rv[3] is None
        if dictitems is not None:
            assert dict(rv[4]) == dictitems
        else:
            assert rv[4] is None
    else:
        base_type = type(obj).__base__
        rv = (copyreg._reconstructor, (type(obj), base_type, None if base_type is object else base_type(obj)))
        if state is not None:
            rv += (state,)
        assert obj.__reduce_ex__(proto) == rv, (obj.__reduce_ex__(proto), rv)
        assert obj.__reduce__() == rv
def raises(excs, f, *a):
    try:
        f(*a)
    except excs as e:
        return type(e).__name__ + ": " + str(e)
    raise AssertionError("no raise %s %s" % (f, a))

args = (-101, "spam")
kwargs = {'bacon': -201, 'fish': -301}
state = {'cheese': -401}
class C1:
    def __getnewargs__(self): return args
obj = C1()
for proto in protocols: check(proto, obj, args)
for name, value in state.items(): setattr(obj, name, value)
for proto in protocols: check(proto, obj, args, state=state)
class C2:
    def __getnewargs__(self): return "bad args"
print(raises(TypeError, C2().__reduce_ex__, 2))
class C3:
    def __getnewargs_ex__(self): return (args, kwargs)
for proto in protocols:
    if proto >= 2: check(proto, C3(), args, kwargs)
class C4:
    def __getnewargs_ex__(self): return (args, "bad dict")
class C5:
    def __getnewargs_ex__(self): return ("bad tuple", kwargs)
class C6:
    def __getnewargs_ex__(self): return ()
class C7:
    def __getnewargs_ex__(self): return "bad args"
for cls in C4, C5, C6, C7:
    print(raises((TypeError, ValueError), cls().__reduce_ex__, 2))
class C9:
    def __getnewargs_ex__(self): return (args, {})
for proto in protocols: check(proto, C9(), args)
class C10:
    def __getnewargs_ex__(self): raise IndexError
print(raises(IndexError, C10().__reduce_ex__, 2))
class C11:
    def __getstate__(self): return state
for proto in protocols: check(proto, C11(), state=state)
class C12:
    def __getstate__(self): return "not dict"
for proto in protocols: check(proto, C12(), state="not dict")
class C13:
    def __getstate__(self): raise IndexError
for proto in protocols:
    raises(IndexError, C13().__reduce_ex__, proto)
    if proto < 2: raises(IndexError, C13().__reduce__)
class C14:
    __slots__ = tuple(state)
    def __init__(self):
        for name, value in state.items(): setattr(self, name, value)
obj = C14()
for proto in protocols:
    if proto >= 2: check(proto, obj, state=(None, state))
    else:
        print(raises(TypeError, obj.__reduce_ex__, proto))
        print(raises(TypeError, obj.__reduce__))
class C15(dict): pass
obj = C15({"quebec": -601})
for proto in protocols: check(proto, obj, dictitems=dict(obj))
class C16(list): pass
obj = C16(["yukon"])
for proto in protocols: check(proto, obj, listitems=list(obj))
class Picky:
    def __getstate__(self): return {}
    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"): raise AssertionError(attr)
        return None
for protocol in protocols:
    check(protocol, Picky(), state={} if protocol >= 2 else None)
object().__reduce__()
print(raises(TypeError, object().__reduce__, 0))
r0, r2 = object().__reduce_ex__(0), object().__reduce_ex__(2)
print(r0[0] is copyreg._reconstructor, r0[1:], r2[0] is copyreg.__newobj__, r2[1:])
print(raises(TypeError, object().__reduce_ex__))
print(raises(TypeError, object().__reduce_ex__, None))
print([].__reduce_ex__(2)[1:3], {}.__reduce_ex__(2)[1:3], (1,2).__reduce_ex__(2)[1:])
class I(int): pass
class S(str): pass
class F(float): pass
class B(bytes): pass
print(I(3).__reduce_ex__(2)[1:3], S('a').__reduce_ex__(2)[1:3], F(1.5).__reduce_ex__(2)[1:3], B(b'x').__reduce_ex__(2)[1:3])
print(I(3).__reduce_ex__(1)[1:], S('a').__reduce_ex__(0)[1:])
for p in protocols:
    for o in [I(5), S('q'), F(2.5), B(b'z'), C15(a=1), C16([1,2])]:
        o2 = pickle.loads(pickle.dumps(o, p))
        assert type(o2) is type(o) and o2 == o, (o, o2, p)
        o3 = copy.copy(o); assert type(o3) is type(o) and o3 == o
class SS(set): pass
print(SS([1]).__reduce_ex__(2), frozenset([2]).__reduce_ex__(2), set([3]).__reduce__())
print(pickle.loads(pickle.dumps(SS([4]))), copy.copy(SS([5])))
print((1).__getnewargs__(), 'a'.__getnewargs__(), (1.5).__getnewargs__(), b'a'.__getnewargs__())
print("done")

