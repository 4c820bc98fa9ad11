# Calls with ** merge their keywords as CPython's DICT_MERGE does: a name
# given twice (by two mappings, or by a mapping and a keyword before or
# after it) is a TypeError naming the callee as "module.qualname()".
import functools


def f(*args, **kw):
    return args, kw


class C:
    def __init__(self, **kw):
        self.kw = kw

    def m(self, **kw):
        return kw


class Keys:
    def keys(self):
        return ["x", "z"]

    def __getitem__(self, k):
        return k * 2


def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("mapping then keyword", lambda: f(**{"x": 3}, x=5, y=2))
attempt("keyword then mapping", lambda: f(x=5, **{"x": 3}, y=2))
attempt("two mappings", lambda: f(**{"x": 3}, **{"x": 5}, y=2))
attempt("no clash", lambda: f(1, **{"a": 1}, b=2, **{"c": 3}, d=4))
attempt("positional and keyword", lambda: f(*[1, 2], **{"a": 1}, a=2))
attempt("method", lambda: C().m(**{"q": 1}, q=2))
attempt("class", lambda: C(**{"q": 1}, q=2))
attempt("lambda", lambda: (lambda **k: k)(**{"q": 1}, q=2))
attempt("builtin", lambda: print(**{"sep": "-"}, sep="+"))
try:
    functools.partial(f, 1)(**{"q": 1}, q=2)
except TypeError as e:
    # Named by its str (no __qualname__), which shows an address.
    print("partial", str(e).startswith("functools.partial(<function f at "), str(e).split(" got ")[1])
attempt("keys mapping", lambda: f(**Keys(), y=1))
attempt("keys mapping clash", lambda: f(**Keys(), z=1))
attempt("non-str key", lambda: f(**{1: 2}))
attempt("eval", lambda: eval("f(**{'x': 3}, x=5)"))
attempt("eval ok", lambda: eval("f(**{'x': 3}, y=5)"))


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("  class keywords", kw)
        return super().__new__(mcs, name, bases, ns)


def make_class(**extra):
    class K(metaclass=Meta, **{"x": 1}, **extra):
        pass
    return K.__name__


attempt("class keywords", lambda: make_class(y=2))
attempt("class keyword clash", lambda: make_class(x=2))


def class_after():
    class K(metaclass=Meta, **{"x": 1}, x=2):
        pass


attempt("class keyword after **", class_after)


def nested():
    return C().m(**{"k": 1}, k=2)


nested()
