# A method call o.m(...) whose lookup finds no m: the traceback's line for
# the call's frame has its carets under o.m (LOAD_METHOD's position), not
# under the whole call; an exception from the method itself keeps the
# call's. Through the traceback module too, and for uncaught errors.
import math
import sys
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(lines[3:]))
        print("--")


class Base:
    def ok(self, x):
        return x + 1

    def inner(self):
        return self.missing_inner()


class Child(Base):
    def up(self):
        return super().nope(1)


class Lazy:
    def __getattr__(self, name):
        if name == "dyn":
            return lambda *a: ("dyn", a)
        raise AttributeError(f"Lazy has no {name}")


def f_stmt(x):
    x.foo()


def f_return(x):
    return x.foo(1, 2)


def f_expr(x):
    return 1 + x.foo(2) * 3


def f_nested(x, y):
    return x.ok(y.bar())


def f_multiline(x):
    return x.foo(
        1,
        2,
    )


def f_kw(x):
    return x.foo(k=1)


def f_star(x, a):
    return x.foo(*a)


def f_module(v):
    return math.nope(v)


def f_float(v):
    y = 2.0 * math.nope(v) + 1.0
    return y


def f_class(o):
    return Base.nope(o)


def f_in_callee(o):
    return o.inner()


def f_arg_fails(o):
    return o.ok(o.nothere)


def f_chain(s):
    return s.strip().nope().upper()


def f_many(x):
    return x.foo(1, 2, 3, 4, 5, 6)


def f_reraise(x):
    try:
        x.foo()
    except AttributeError:
        raise


for fn, args in [(f_stmt, (None,)), (f_return, (None,)), (f_expr, (3,)), (f_nested, (Base(), None)),
                 (f_multiline, ([],)), (f_kw, ({},)), (f_star, ((), (1,))), (f_module, (1.0,)),
                 (f_float, (2.0,)), (f_class, (Base(),)), (f_in_callee, (Base(),)), (Child().up, ()),
                 (f_arg_fails, (Base(),)), (f_chain, (" a ",)), (f_many, (object(),)), (f_reraise, (5,)),
                 (Lazy().dyn, (1,))]:
    show(fn, *args)

try:
    Lazy().other(1)
except AttributeError as e:
    print("Lazy:", e)
try:
    None.attr_of_none()
except AttributeError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, e.name, e.obj)
sys.stdout.flush()
{}.keys().nope()
