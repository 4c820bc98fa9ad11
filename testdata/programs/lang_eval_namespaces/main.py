# eval/exec/compile over odd namespaces and flags: dir() over a dict
# subclass's keys(), LOAD_GLOBAL through a dict subclass's __getitem__,
# compile()'s flag and optimize checks, module.__dict__ a read-only member.
class D(dict):
    def keys(self):
        return ["zz", "aa"]
    def __getitem__(self, k):
        if k == "secret":
            return 42
        return dict.__getitem__(self, k)
print(eval("dir()", {}, D()))
g = D(); g["__builtins__"] = __builtins__
exec("print(secret)", g)
for flags in (0x100000000, 0x40000000, 0x40):
    try:
        compile("1", "f", "exec", flags)
    except (ValueError, OverflowError) as e:
        print("VE", e)
try:
    compile("1", "f", "exec", optimize=5)
except ValueError as e:
    print("VE", e)
import types
m = types.ModuleType("m")
class NotDict: pass
try:
    object.__setattr__(m, "__dict__", NotDict())
except Exception as e:
    print(type(e).__name__, e)
print(len(dir(m)) > 0)
print(types.ModuleType.__dict__['__dict__'])
m2 = types.ModuleType("m")
try:
    m.__dict__ = {}
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(m, "__dict__", 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    del m.__dict__
except Exception as e:
    print(type(e).__name__, e)
print(type(m.__dict__))
