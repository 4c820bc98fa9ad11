# except*, exception groups and tracebacks as CPython 3.11 has them
# (CHECK_EG_MATCH, PREP_RERAISE_STAR, BaseExceptionGroup.split/derive).
import sys
import types


def names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    return out


# A bare raise in except* re-raises the original group's parts: one group,
# the original message, a new object.
try:
    try:
        eg = ExceptionGroup("eg", [TypeError(1), ValueError(2), OSError(3)])
        eg.add_note("note")
        raise eg
    except* TypeError:
        raise
    except* ValueError as e:
        raise
except ExceptionGroup as e:
    print(repr(e), e is eg, e.__notes__, e.__notes__ is eg.__notes__)

# A naked exception is handled wrapped in a group (of a tuple); a bare raise
# raises the wrapper, an unmatched one goes on unwrapped.
for exc, typ in [(ValueError(1), ValueError), (ValueError(1), TypeError), (KeyboardInterrupt(2), KeyboardInterrupt)]:
    try:
        try:
            raise exc
        except* typ as e:
            print("handling", repr(e), repr(sys.exception()))
            raise
    except BaseException as e:
        print("got", repr(e), e is exc)

# New exceptions raised in the clauses and the unhandled rest: a new group
# without context and with a traceback that starts outside the frame.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(3)


try:
    f()
except ExceptionGroup as e:
    print(repr(e), e.__context__, e.__cause__)
    print(names(e.__traceback__))
    k = e.exceptions[0]
    print(repr(k.__context__), names(k.__traceback__))
    print(e.exceptions[1].__traceback__ is e.exceptions[1].__traceback__)

# Raising one exception after handling everything: that exception alone,
# its context the matched part (which has the original's metadata).
orig = ExceptionGroup("eg", [TypeError(1), ValueError(2)])
try:
    try:
        raise orig
    except* (TypeError, ValueError) as e:
        raise SyntaxError(3)
except SyntaxError as e:
    exc = e
print(repr(exc), exc.args, repr(exc.__context__), exc.__context__ is orig)
print(exc.__context__.__traceback__ is orig.__traceback__, orig.__traceback__ is orig.__traceback__)

# split keeps the traceback object, copies the notes list and the cause and
# context; the parts are derived (derive) and __suppress_context__ is set.
try:
    raise ExceptionGroup("s", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3)])])
except ExceptionGroup as e:
    e.add_note("n1")
    m, r = e.split(ValueError)
    print(repr(m), repr(r))
    print(m.__traceback__ is e.__traceback__, r.__traceback__ is e.__traceback__)
    print(m.__notes__, m.__notes__ is e.__notes__, m.__suppress_context__)
    print(repr(e.subgroup(lambda x: isinstance(x, TypeError))))
    e.__notes__ = 42
    print(hasattr(e.split(TypeError)[0], "__notes__"))

# The group's exceptions are a copy of the sequence given; args stay as given.
items = [ValueError(1)]
g = ExceptionGroup("m", items)
items.append(TypeError(2))
print(g.exceptions, g.args, repr(g))


class MyEG(ExceptionGroup):
    pass


for make in (lambda: MyEG("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
             lambda: BaseExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [])):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# except* with an invalid type.
for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup), 42):
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)

# SyntaxError's arguments and their checks.
print(SyntaxError(3).args, SyntaxError("m", ("f.py", 1, 2, "t")).args)
for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1)]:
    try:
        SyntaxError("bad", args)
    except TypeError as e:
        print("TypeError:", e)

# A deep chain of nested groups: split stops with RecursionError.
deep = ExceptionGroup("d", [TypeError(1)])
for _ in range(sys.getrecursionlimit() + 100):
    deep = ExceptionGroup("d", [deep])
try:
    deep.split(TypeError)
except RecursionError as e:
    print("RecursionError")


# co_firstlineno and f_lineno of a traceback's frames.
def simple():
    1/0
    pass


try:
    simple()
except ZeroDivisionError as e:
    print(names(e.__traceback__))
