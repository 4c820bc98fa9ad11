import asyncio
import importlib
import sys

import twice as first

# As test.support.import_helper.import_fresh_module does: the module runs
# again in a new namespace, then the first instance is put back.
del sys.modules["twice"]
second = importlib.import_module("twice")
sys.modules["twice"] = first

print("distinct instances:", first is not second, first.TAG is not second.TAG)
for name, m in (("first", first), ("second", second)):
    T = m.TAG
    print(name, "direct call:", m.tag() is T)
    print(name, "call through a direct call:", m.tag_via_helper() is T)
    print(name, "generator:", all(x is T for x in m.gen_tags(3)))
    print(name, "nested generator:", m.outer() == [T])
    print(name, "coroutine:", asyncio.run(m.co_tag()) is T)
    print(name, "coroutine calling:", asyncio.run(m.co_direct()) is T)
    print(name, "method:", m.Holder().get() is T, next(m.Holder().gen()) is T)
    print(name, "lambda and comprehension:", m.lam() is T, m.listcomp() == [T, T])
    print(name, "__globals__:", m.tag.__globals__ is vars(m))

# Each instance keeps its own counter.
print(first.bump(1), first.bump(1), second.bump(10), first.counter, second.counter)

# A function of one instance stored in the other still reads its own globals.
second.tag = first.tag
print("borrowed:", second.tag_via_helper() is first.TAG)
