# dir() through __dir__ (a traceback's four names, GenericAlias), vars() with no
# argument, compile()'s optimize levels (asserts, __debug__, docstrings),
# which types are subscriptable, type.__module__/__doc__.
import sys
def f():
    a = 1; b = 2
    return vars()
print(f(), set(vars(sys)) == set(dir(sys)))
class C:
    x = 1
    print(sorted(vars()))
print(sorted(vars())[:3])
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__))
print(sorted([].__dir__()) == dir([]))
print(dir(list[int])[:5])
code = '''def f():
    """doc"""
    debug_enabled = False
    if __debug__:
        debug_enabled = True
    try:
        assert False
    except AssertionError:
        return (True, f.__doc__, debug_enabled, __debug__)
    else:
        return (False, f.__doc__, debug_enabled, __debug__)
class K:
    "kdoc"
r = (f(), K.__doc__)
'''
import ast
for o in (-1, 0, 1, 2):
    for c in (compile(code, "<t>", "exec", optimize=o), compile(ast.parse(code), "<t>", "exec", optimize=o)):
        ns = {}
        exec(c, ns)
        print(o, ns["r"])
print(dir(list[int]) == sorted(set(dir(list[int]))), sorted(set(dir(list[int])) ^ set(dir(list))))
import builtins
bad = []
for n in dir(builtins):
    t = getattr(builtins, n)
    if isinstance(t, type) and t is not type and n != "enumerate":  # enumerate: still a function in py2goasync
        try:
            t[int]
            bad.append(n)
        except TypeError as e:
            if n == "int": print(e)
print(bad, type[int], list[int], dict[str, int])
class A: pass
try:
    A[int]
except TypeError as e:
    print(e)
import collections, asyncio, re
print(collections.deque[int], asyncio.Future[int], re.Pattern[str], collections.OrderedDict[str, int])
print(type.__module__, type.__name__, type.__qualname__, type.__doc__[:10], type.__bases__, type.__mro__)
class M(type): pass
print(M.__module__, M.__name__, M.__qualname__)
