import warnings
warnings.simplefilter("ignore")
warnings.warn("x")
print(globals().get("__warningregistry__"))
warnings.simplefilter("module")
warnings.warn("m")
warnings.warn("m")
print(__warningregistry__)
warnings.simplefilter("error")
try:
    warnings.warn("e")
except UserWarning as e:
    print("err", e)
print(__warningregistry__)
warnings.simplefilter("once")
warnings.warn("o")
print(__warningregistry__, warnings.onceregistry)
try:
    warnings.warn("x", 5)
except TypeError as e:
    print(e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("b")
except RuntimeError as e:
    print(repr(e))
warnings.filters[0] = ("x",)
try:
    warnings.warn("b")
except Exception as e:
    print(repr(e))
warnings.filters[0] = (1, None, Warning, None, 0)
try:
    warnings.warn("b")
except Exception as e:
    print(repr(e))
del warnings.filters[0]
warnings.resetwarnings()
warnings.simplefilter("default")
warnings.warn_explicit("hello", UserWarning, "foo.py", 3)
warnings.warn_explicit("hello", UserWarning, "foo.py", 3, registry={})
try:
    warnings.warn_explicit("hello", UserWarning, "foo.py", 3, registry=5)
except TypeError as e:
    print(e)
try:
    warnings.warn_explicit("hello", UserWarning, "foo.py", 3, module_globals=5)
except TypeError as e:
    print(e)
warnings.warn(UserWarning("inst"), DeprecationWarning)
warnings.warn("lvl", stacklevel=5)
warnings.warn("lvl0", stacklevel=0)
print(type(warnings.defaultaction), warnings.defaultaction)
def f():
    warnings.warn("in f", stacklevel=2)
f()
print(sorted(map(str, __warningregistry__)))
import sys
print(sys.__dict__.get("__warningregistry__"))
warnings.warn_explicit("m2", UserWarning, "bar", 0, module="zz")
class W(Warning):
    def __init__(self, a):
        print("W init", a)
        super().__init__(a)
warnings.warn("custom", W)

# The default filters are CPython's C ones: plain-string module names.
warnings.resetwarnings()
print(len(warnings.filters))
print(warnings.warn, warnings.warn_explicit)

# source= reaches the WarningMessage (warnings.py's own fallback passes it
# as the file).
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("with source", ResourceWarning, source=[1, 2])
    print(w[0].source, w[0].file)

# Coroutines dropped unawaited warn through the warnings module.
import asyncio

async def f():
    return 1

def drop():
    f()

warnings.simplefilter("default")
for i in range(2):
    drop()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno, w[0].source.__qualname__)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    f()
x = asyncio.sleep(0)
del x

async def main():
    f()
    asyncio.sleep(1)
    await asyncio.sleep(0)

asyncio.run(main())

# cr_origin follows sys.set_coroutine_origin_tracking_depth.
def deco(fn):
    return fn

@deco
async def g(n):
    if n:
        c = g(n - 1)
        r = c.cr_origin
        c.close()
        return r
    return 1

class K:
    @staticmethod
    async def m():
        pass

def short(origin):
    return [(fn.rsplit("/", 1)[-1], ln, name) for fn, ln, name in origin]

c = g(0)
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
c = g(1)
try:
    c.send(None)
except StopIteration as e:
    print(short(e.value))
c = K.m()
print(short(c.cr_origin))
c.close()
c = (lambda: g(0))()
print(short(c.cr_origin))
c.close()
sys.set_coroutine_origin_tracking_depth(0)

# An error filter raises from the warning's line: no warnings.py frames.
warnings.simplefilter("error")
def warns():
    warnings.warn("boom", RuntimeWarning)
warns()
