# The runtime's Go modules a program links are those its imports reach;
# code importing by a name computed at run time (or through exec) still
# finds every module the runtime implements in Go (not the host's
# pure-Python ones the resolver did not see: those were never linked).
import importlib
import sys

name = "".join(["ma", "th"])
m = importlib.import_module(name)
print(m.sqrt(16.0), m.__name__)
print(__import__("bi" + "sect").bisect([1, 2, 3], 2))
ns = {}
exec("import heapq\nh = [5, 1, 4]\nheapq.heapify(h)\nresult = h[0]", ns)
print(ns["result"])
for mod in ("json", "array", "itertools", "zlib", "_struct"):
    print(mod, importlib.import_module(mod).__name__ == mod)
try:
    importlib.import_module("no_such_module_" + "xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print("math" in sys.modules, "bisect" in sys.modules)
