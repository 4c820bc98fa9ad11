# Host-library modules keep their attribute sites' inline caches in one
# allocation made at the module's first import (not package variables).
# Their code must behave the same when imported late, imported again as a
# fresh instance (a new namespace, the same sites), and reloaded.
import importlib
import sys


def late():
    # First imported here, inside a function, after other work.
    import textwrap
    w = textwrap.TextWrapper(width=12, initial_indent="* ")
    return w.fill("the quick brown fox jumps over the lazy dog"), textwrap.shorten("a b c d e f g", 7)


print("textwrap" in sys.modules)
print(late())
print("textwrap" in sys.modules)

import fractions

F = fractions.Fraction
print(F(3, 4) + F(1, 4), F(1, 3) * 3, repr(F(5, 10)), F(7, 3).limit_denominator(2))

# A fresh instance of the module: its body runs again in a new namespace,
# and its functions (sharing the sites) see the classes of both instances.
del sys.modules["fractions"]
import fractions as fr2

G = fr2.Fraction
print(fr2 is fractions, G is F, G.__module__)
print(G(1, 2) + G(1, 3), F(1, 2) + F(1, 3))
mixed = F(1, 2) + G(1, 2)
print(mixed, type(mixed) is F, type(mixed) is G)
print(G(2, 3) == F(2, 3), hash(G(2, 3)) == hash(F(2, 3)))

# Reload: the body runs again in the same namespace.
import string

t = string.Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
string2 = importlib.reload(string)
print(string2 is string, string.Template is type(t))
t2 = string.Template("$who likes $what")
print(t2.safe_substitute(who="ann"), t.substitute({"who": "bob", "what": "tea"}))


class MyTemplate(string.Template):
    delimiter = "%"


print(MyTemplate("%x and $x").substitute(x=1))
try:
    string.Template("$a").substitute()
except KeyError as e:
    print("KeyError", e)

# Many instances through the same library sites.
import heapq

h = []
for i in (5, 1, 4, 2, 3):
    heapq.heappush(h, (i, F(i, 7)))
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(2, [F(3, 2), G(1, 2), 2, 0.25]))

# Code objects of library functions are made at the module's first import.
import inspect
import textwrap
import traceback

print(heapq.nlargest.__code__.co_name, heapq.nlargest.__code__.co_varnames[:3], heapq.nlargest.__code__.co_argcount)
print(inspect.signature(heapq.merge), inspect.isgeneratorfunction(heapq.merge))
print(list(heapq.merge([1, 4], [2, 3], reverse=False)))
print(textwrap.dedent.__code__.co_filename.endswith("textwrap.py"), textwrap.dedent.__qualname__)
try:
    string.Template("$").substitute()
except ValueError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.filename.endswith("string.py")) for f in tb])
