# Exceptions made and caught many times over: the constructor's fast path
# (exception classes called with positional arguments) and the catch's
# remembered stack scans must give what CPython gives, traceback included.
import sys
import traceback


class Plain(Exception):
    pass


class WithInit(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


class NoSuper(Exception):
    def __init__(self, a, b=2):
        self.sum = a + b


class BadInit(Exception):
    def __init__(self, x):
        return 5


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "replaced")
        return self


class MyImport(ImportError):
    pass


def show(e):
    print(type(e).__name__, repr(e.args), str(e))


for cls, args in [(ValueError, ()), (ValueError, (1,)), (KeyError, ("k",)), (Plain, (1, 2)),
                  (StopIteration, (7,)), (SystemExit, (3,)), (OSError, (2, "nope")),
                  (IndexError, ("a", "b", "c")), (Exception, (None,)), (LookupError, ([1],))]:
    e = cls(*args)
    show(e)
print(StopIteration(7).value, SystemExit(3).code, type(OSError(2, "x")).__name__, OSError(2, "x").errno)
lst = [1]
e = ValueError(lst)
print(e.args[0] is lst, e.__traceback__, e.__context__, e.__cause__)

w = WithInit("bad", 42)
show(w)
print(w.code)
n = NoSuper(1)
show(n)
print(n.sum, NoSuper(1, 5).sum)
try:
    BadInit(1)
except TypeError as t:
    print("TypeError", t)
show(WithNew(1, 2))
m = MyImport("no module")
show(m)
print(m.msg, m.name)
try:
    NoSuper()
except TypeError as t:
    print("TypeError", t)
try:
    ValueError(x=1)
except TypeError as t:
    print("TypeError", t)


def raiser(depth, cls):
    if depth == 0:
        raise cls(depth)
    raiser(depth - 1, cls)


def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


# The same catch site sees raises of different depths and classes in turn.
seen = []
for i in range(40):
    try:
        raiser(i % 4, KeyError if i % 3 else ValueError)
    except ValueError as e:
        seen.append(("V", len(lines(e.__traceback__))))
    except KeyError as e:
        seen.append(("K", len(lines(e.__traceback__))))
print(seen[:12], len(seen))


def catch_inner(i):
    try:
        if i % 2:
            raise Plain(i)
        return {}[i]
    except (Plain, KeyError) as e:
        return lines(e.__traceback__)


for i in range(4):
    print(catch_inner(i))


def nested(i):
    try:
        try:
            raiser(i, Plain)
        except KeyError:
            print("not here")
        finally:
            pass
    except Plain as e:
        return "".join(traceback.format_tb(e.__traceback__)).count("\n")


print([nested(i) for i in range(5)])


def reraise(i):
    try:
        raiser(i, Plain)
    except Plain:
        raise


for i in range(3):
    try:
        reraise(i)
    except Plain as e:
        print(i, lines(e.__traceback__))


# A raise in a generator, caught in the consumer and in the generator.
def gen(n):
    for i in range(n):
        try:
            if i % 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield -e.args[0]


print(list(gen(6)))


def bad_gen():
    yield 1
    raise Plain("gen")


for k in range(3):
    try:
        for x in bad_gen():
            pass
    except Plain as e:
        print(k, lines(e.__traceback__))

# A count that only holds when every iteration is caught where it should.
c = 0
for i in range(3000):
    try:
        if i % 3 == 0:
            raise WithInit("m", i)
        if i % 3 == 1:
            raiser(2, Plain)
        c += 1
    except WithInit as e:
        c += e.code
    except Plain:
        c -= 1
print(c)

try:
    raiser(3, WithInit)
except TypeError as e:
    print("TypeError", e)


def uncaught():
    raiser(2, WithInit.__mro__[1])


uncaught()
