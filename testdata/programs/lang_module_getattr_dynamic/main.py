# PEP 562: a module-level __getattr__ is honoured for any module object, also types.ModuleType instances whose __getattr__ was exec-ed into their namespace (attribute reads, getattr/hasattr, from-import, its own AttributeError).
import types
m = types.ModuleType("m")
exec("def __getattr__(name):\n    return name.upper()", m.__dict__)
print(m.foo)
import sys
sys.modules["m"] = m
from m import bar
print(bar)
print(getattr(m, "baz"), hasattr(m, "x"))
m2 = types.ModuleType("m2")
try:
    m2.nothing
except AttributeError as e:
    print("AttributeError", e)
exec("def __getattr__(name):\n    raise AttributeError(f'custom {name}')", m2.__dict__)
try:
    m2.nothing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(m2, "nothing", "default"))
import json
try:
    json.nope
except AttributeError as e:
    print("AttributeError", e)
