# Exception details as CPython 3.11 has them: ImportError's attributes,
# BaseException pickling with its dict, context chaining on raise,
# builtins uncovered by a deleted global, except tuples checked whole.
import pickle, copy
exc = ImportError('test', name='name', path='path')
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
for kw in ({'invalid': 'keyword'}, {'name': 'n', 'invalid': 1}):
    try:
        ImportError('test', **kw)
    except TypeError as e:
        print(e)
for kwargs in (dict(), dict(name='somename'), dict(path='somepath')):
    orig = ImportError('test', **kwargs)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        e = pickle.loads(pickle.dumps(orig, proto))
        print(e.args, e.msg, e.name, e.path)
    for c in copy.copy, copy.deepcopy:
        e = c(orig)
        print(e.args, e.msg, e.name, e.path)
e = ValueError(1)
e.x = 5
print(e.__reduce__())
e2 = pickle.loads(pickle.dumps(e))
print(e2, e2.x)
print(ValueError(2).__reduce__())
# raise chains __context__ always, without cycles
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
try:
    try:
        raise A
    except A as a_:
        a = a_
        try:
            raise B
        except B as b_:
            b = b_
            try:
                raise C
            except C as c_:
                c = c_
                raise a
except A as e:
    exc = e
print(exc is a, a.__context__ is c, c.__context__ is b, b.__context__)
def f():
    global AssertionError
    AssertionError = TypeError
    try:
        assert False, 'hello'
    except BaseException as e:
        del AssertionError
        print(type(e).__name__, isinstance(e, AssertionError))
f()
try:
    try:
        raise ValueError
    except (ValueError, 42):
        pass
except TypeError as e:
    print("TypeError:", e)

# NameError's suggestions from the frame's globals and the builtins.
import sys
global_for_suggestions = 1
def func():
    print(global_for_suggestio)
def func2():
    print(ZeroDivisionErrrrr)
for f in (func, func2):
    try:
        f()
    except NameError:
        import io
        sys.stderr = io.StringIO()
        sys.__excepthook__(*sys.exc_info())
        out = sys.stderr.getvalue()
        sys.stderr = sys.__stderr__
        print(out.splitlines()[-1])

# UnicodeError attributes assigned apart from args; the decode error's object as bytes.
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(str(u) == "'baz' codec can't encode characters in position 1-4: foo", str(u))
u.end = 2
print(str(u) == "'baz' codec can't encode character '\\x78' in position 1: foo", str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u) == "'baz' codec can't encode characters in position 1-4: 965230951443685724997", str(u))
u.encoding = 4000
print(str(u) == "'4000' codec can't encode characters in position 1-4: 965230951443685724997", str(u))
u.start = 1000
print(str(u) == "'4000' codec can't encode characters in position 1000-4: 965230951443685724997", str(u))

u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo')
print(str(u) == "'baz' codec can't decode bytes in position 1-4: foo", str(u))
u.end = 2
print(str(u) == "'baz' codec can't decode byte 0x78 in position 1: foo", str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u) == "'baz' codec can't decode bytes in position 1-4: 965230951443685724997", str(u))
u.encoding = 4000
print(str(u) == "'4000' codec can't decode bytes in position 1-4: 965230951443685724997", str(u))
u.start = 1000
print(str(u) == "'4000' codec can't decode bytes in position 1000-4: 965230951443685724997", str(u))

u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
print(str(u) == "can't translate characters in position 1-4: foo", str(u))
u.end = 2
print(str(u) == "can't translate character '\\x78' in position 1: foo", str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u) == "can't translate characters in position 1-4: 965230951443685724997", str(u))
u.start = 1000
print(str(u) == "can't translate characters in position 1000-4: 965230951443685724997", str(u))
print(repr(UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'x').object), UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'x').args)

# BaseException.__new__ keeps the call's arguments as args.
class NaiveException(Exception):
    def __init__(self, x):
        self.x = x
class SlottedNaiveException(Exception):
    __slots__ = ('x',)
    def __init__(self, x):
        self.x = x
for c in (NaiveException, SlottedNaiveException):
    e = c('foo')
    print(repr(e), e.args, e.x)
