# The C layer's pieces written in Go for issue 10: _functools.partial,
# importlib's Python-level parts (LazyLoader, the deprecated decorators),
# module.__class__ and instance __dict__ assignment, and unicodedata.
import copy
import functools
import importlib
import importlib.util as util
import pickle
import sys
import types
import unicodedata
import warnings

import _functools


def capture(*args, **kw):
    return args, kw


# partial
print(functools.partial is _functools.partial)
p = functools.partial(capture, 1, 2, x=3)
print(repr(p).replace(hex(id(capture)), "ID"), p(4, y=5))
nested = functools.partial(p, 9, z=1)
print(nested.func is capture, nested.args, nested.keywords)
p.attr = []
kept = functools.partial(p, 7)
print(kept.func is p, p.__reduce__()[2][3], functools.partial(capture).__reduce__()[2][3])
c = copy.copy(p)
print(c.attr is p.attr, c.args is p.args, c.keywords is p.keywords)
print(pickle.loads(pickle.dumps(p))(0))


class Sub(functools.partial):
    pass


s = Sub(capture, 1)
print(repr(s).replace(hex(id(capture)), "ID"), s(2), isinstance(s, functools.partial))
r = functools.partial(capture)
r.keywords["self"] = r
print(repr(r).replace(hex(id(capture)), "ID"))
for bad in [(), (capture, (1,)), (1, (), {}, None)]:
    try:
        functools.partial(capture).__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    p.func = None
except AttributeError as e:
    print("AttributeError", e)


# __dict__ assignment
class Slotted:
    __slots__ = ("x", "__dict__")


o = Slotted()
o.__dict__ = {"q": 1}
print(o.q, o.__dict__)


# importlib
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    print(importlib.find_loader("no_such_module_xyz"), [x.category.__name__ for x in w])
print(util.Loader is importlib.util.Loader, util.LazyLoader.__mro__[1] is util.Loader)


class Loader(util.Loader):
    runs = 0

    def exec_module(self, module):
        Loader.runs += 1
        module.value = 42


spec = util.spec_from_loader("lazy_example", util.LazyLoader(Loader()))
mod = util.module_from_spec(spec)
sys.modules["lazy_example"] = mod
spec.loader.exec_module(mod)
print(type(mod).__name__, Loader.runs)
mod.extra = 1
print(mod.value, Loader.runs, type(mod).__name__, mod.extra)
try:
    util.LazyLoader(object())
except TypeError as e:
    print("TypeError", e)


class Pkg(types.ModuleType):
    def __getattribute__(self, name):
        return "from Pkg: " + name


m = types.ModuleType("m")
m.__class__ = Pkg
print(m.anything)
with warnings.catch_warnings(record=True) as w:
    @util.set_package
    def make(name):
        return types.ModuleType(name)
    print(repr(make("a.b.c").__package__), len(w))

# unicodedata
for ch in "a\u00e9\uac01\u4e00\U00020000\u00bd\ufb01":
    print(unicodedata.name(ch), repr(unicodedata.decomposition(ch)),
          [unicodedata.normalize(f, ch) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print(unicodedata.lookup("LATIN CAPITAL LETTER GHA"), unicodedata.lookup("latin small letter sharp s"),
      ascii(unicodedata.lookup("KEYCAP NUMBER SIGN")), "\N{LATIN SMALL LETTER GHA}")
for name in ["hangul syllable ga", "NO SUCH NAME", "x" * 300]:
    try:
        unicodedata.lookup(name)
    except KeyError as e:
        print("KeyError", e)
old = unicodedata.ucd_3_2_0
print(old.unidata_version, old.name("\u9fa6", None), old.category("\u9fa6"), old.normalize("NFD", "\U0002F868"))
print(unicodedata.is_normalized("NFC", "e\u0301"), unicodedata.normalize("NFC", "e\u0301\u0323"))
print(b"\\N{LATIN SMALL LETTER GHA}".decode("unicode-escape"), "b\u00fccher".encode("idna"))
import stringprep
print(stringprep.in_table_b1("\u00ad"), stringprep.map_table_b2("\u00df"))
