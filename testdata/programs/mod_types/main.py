import types


def gen():
    yield 1


async def coro():
    return 1


class C:
    def m(self):
        pass

    @classmethod
    def cm(cls):
        pass


ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
print(isinstance(gen, types.FunctionType), isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
c = coro()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(C().m, types.MethodType), isinstance(types, types.ModuleType), type(None) is types.NoneType)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)
m = types.ModuleType("dyn", "doc of dyn")
m.x = 5
print(m.__name__, m.__doc__, m.x)
Point = types.new_class("Point", (), {}, lambda ns: ns.update({"z": 3}))
print(Point.__name__, Point.z)
print(types.resolve_bases((int, object)))
@types.coroutine
def old_style():
    yield
print(types.coroutine.__name__, callable(old_style))
print(type(C.__dict__["cm"]) is classmethod, types.GenericAlias(list, (int,)))
