# generator.throw() as CPython 3.11 runs it: arguments normalized as
# _gen_throw does, the thrown exception chained to what the generator
# itself handles (gen_send_ex2), through yield from too.
def f():
    try:
        raise KeyError('a')
    except Exception:
        yield
gen = f()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
def f2():
    try:
        raise KeyError('a')
    except Exception:
        try:
            yield
        except Exception as exc:
            print(type(exc), repr(exc.__context__))
            yield 'b'
gen = f2()
gen.send(None)
print(gen.throw(ValueError))
def f3():
    yield
def g():
    try:
        raise KeyError('a')
    except Exception:
        yield from f3()
gen = g()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
def g4(exc):
    try:
        raise exc
    except Exception:
        try:
            yield from f3()
        except Exception as exc:
            print(exc is exc.__context__)
    yield
exc = KeyError('a')
gen = g4(exc)
gen.send(None)
gen.throw(exc)
def plain():
    x = yield
gen = plain(); next(gen)
try:
    try:
        raise TypeError(1)
    except TypeError:
        gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
import sys
def g():
    while True:
        try:
            print((yield))
        except ValueError as v:
            print("caught ValueError (%s)" % v)
gen = g(); next(gen)
gen.throw(ValueError)
gen.throw(ValueError("xyz"))
gen.throw(ValueError, ValueError(1))
gen.throw(ValueError, TypeError(1)) if False else None
try:
    gen.throw(ValueError, TypeError(1))
except TypeError as e:
    print("TypeError", e)
gen = g(); next(gen)
gen.throw(ValueError, ValueError(1), None)
for args in [(ValueError(1), "foo"), (ValueError, "foo", 23), ("abc",), ()]:
    try:
        gen.throw(*args)
    except TypeError as e:
        print("TypeError", e)
gen.throw(ValueError, ("a", "b"))
try:
    raise ValueError("tb")
except ValueError as e:
    gen.throw(ValueError, e, e.__traceback__)
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def boring():
    yield
b = boring()
try:
    b.throw(E)
except TypeError as e:
    print(str(e).replace(__name__, "M"))
try: next(b)
except StopIteration: print("stopped")

# Docstrings and ag_frame.
import types
def g(): yield 1
i = g()
print(i.__next__.__doc__)
ct = types.CoroutineType
print(ct.send.__doc__, ct.close.__doc__, ct.throw.__doc__, sep="\n")
async def ag(): yield
a = ag()
print(a.ag_frame.f_back, a.ag_frame.f_code.co_name)
