# Loops over d.items() / d.keys() / d.values() step an exact dict's
# entries directly; anything else calls the method. And the str methods'
# fixed-arity entry points. Each case against CPython 3.11's behaviour.
import asyncio
import traceback


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# Plain loops: order, break/continue, else.
d = {"b": 2, "a": 1, "c": 3}
for k, v in d.items():
    print("item", k, v)
for k in d.keys():
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in d.items():
    if k == "a":
        continue
    if k == "c":
        break
    print("body", k, v)
else:
    print("not reached")
for k, v in d.items():
    pass
else:
    print("else ran", k, v)
for k, v in {}.items():
    print("never")
else:
    print("empty else")
print("after", k, v)
for [x, y] in {1: 2}.items():
    print("list target", x, y)

# Deletions leave holes the loop skips.
d = {i: i * i for i in range(20)}
for i in range(0, 20, 3):
    del d[i]
print([k for k, v in d.items()] == list(d))
print(sum(v for v in d.values()), sum(k for k in d.keys()))


# Mutation during iteration.
def grow():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d[k + 10] = v


def shrink():
    d = {1: 1, 2: 2, 3: 3}
    for k in d.keys():
        del d[k]


def values_grow():
    d = {1: 1}
    for v in d.values():
        d[v + 1] = 0


def swap_keys(n):
    d = {i: i for i in range(n)}
    seen = []
    try:
        for k, v in d.items():
            seen.append(k)
            del d[k]
            d[k + 100] = v
    except RuntimeError as e:
        return str(e), seen
    return "ok", seen


show("grow", grow)
show("shrink", shrink)
show("values_grow", values_grow)
for n in (1, 2):
    print("swap", n, swap_keys(n))

# Values replaced in place: no error, the new values seen.
d = {1: "a", 2: "b", 3: "c"}
for k, v in d.items():
    d[3] = "z"
    print("replaced", k, v)

try:
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.clear()
except RuntimeError:
    traceback.print_exc()


# Subclasses and other mappings take the call.
class Rev(dict):
    def items(self):
        print("Rev.items called")
        return reversed(list(super().items()))

    def keys(self):
        return ["overridden"]

    def values(self):
        return iter([42])


r = Rev(a=1, b=2)
for k, v in r.items():
    print("Rev", k, v)
for k in r.keys():
    print("Rev key", k)
for v in r.values():
    print("Rev value", v)


class Plain(dict):
    pass


p = Plain(x=1, y=2)
for k, v in p.items():
    print("Plain", k, v)


class Later(dict):
    pass


lt = Later(q=1)
Later.items = lambda self: [("patched", 0)]
for k, v in lt.items():
    print("Later", k, v)


class Mapping:
    def __init__(self):
        self.items = lambda: [("inst", 1), ("attr", 2)]

    def keys(self):
        yield "gen-key"


m = Mapping()
for k, v in m.items():
    print("Mapping", k, v)
for k in m.keys():
    print("Mapping key", k)


def bad_items():
    for k, v in [1, 2].items():
        pass


def bad_unpack():
    class Odd(dict):
        def items(self):
            return [(1, 2, 3)]
    for k, v in Odd().items():
        pass


def values_as_pairs():
    class V(dict):
        def items(self):
            return self.values()
    out = []
    for k, v in V(a="xy", b="zw").items():
        out.append(k + v)
    return out


show("bad_items", bad_items)
show("bad_unpack", bad_unpack)
show("values_as_pairs", values_as_pairs)
try:
    bad_items()
except AttributeError:
    traceback.print_exc()


# Targets that are not plain names.
class Box:
    pass


b = Box()
out = {}
for b.k, out[b.k] in {"p": 1, "q": 2}.items():
    pass
print("attr targets", b.k, out)
for (a, b2), c in {(1, 2): 3}.items():
    print("nested target", a, b2, c)
for k, *rest in {"ab": 1}.items():
    print("starred target", k, rest)


# The dict expression is evaluated once, before the call.
def source():
    print("source evaluated")
    return {"once": 1}


for k, v in source().items():
    print("source", k, v)


# Globals, closures, typed locals.
total = 0
for gk, gv in {1: 10, 2: 20}.items():
    total += gk * gv
print("global loop", total, gk, gv)


def closure():
    acc = []

    def add():
        for k, v in {"x": 1}.items():
            acc.append((k, v))
    add()
    n = 0
    for k, v in {i: i for i in range(5)}.items():
        n += k * v
    return acc, n


print("closure", closure())


# Generators and coroutines.
def gen(d):
    for k, v in d.items():
        yield k, v
        d[k] = v + 100


g = gen({"a": 1, "b": 2})
print("gen", list(g))


def gen_mut():
    d = {1: 1}
    for k, v in d.items():
        yield k
        d[2] = 2


try:
    print(list(gen_mut()))
except RuntimeError as e:
    print("gen_mut", e)


async def co(d):
    out = []
    for k, v in d.items():
        await asyncio.sleep(0)
        out.append((k, v))
    for k in d.keys():
        out.append(k)
        if k == "b":
            break
    else:
        out.append("no break")
    return out


print("co", asyncio.run(co({"a": 1, "b": 2, "c": 3})))


async def co_mut():
    d = {1: 1}
    for k, v in d.items():
        await asyncio.sleep(0)
        d[5] = 5


try:
    asyncio.run(co_mut())
except RuntimeError as e:
    print("co_mut", e)


# Rebinding after the first run of a loop.
def loop_over(x):
    return [kv for kv in [(k, v) for k, v in x.items()]]


print(loop_over({1: 2}))
print(loop_over(Rev(z=9)))

# Iterator protocol on the generic path (views and their iterators).
it = iter({1: 1, 2: 2}.items())
print(it.__length_hint__(), next(it), it.__length_hint__())
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
print("hint after growth", it.__length_hint__())
try:
    next(it)
except RuntimeError as e:
    print("next", e)
try:
    next(it)
except RuntimeError as e:
    print("still", e)
d = {1: 1}
it = iter(d)
print(list(it))
d[2] = 2
print("exhausted stays exhausted", list(it))

# str methods: ASCII and not, subclasses, bad arguments.
line = "alpha beta gamma delta epsilon"
parts = line.split()
print(parts, len(parts[2].upper()), line.replace("a", "b"), line.find("delta"))
print("  \t x  y\n\x1c z \x1f".split(), "".split(), "   ".split(), "one".split())
print("a b c d e f g h i j k".split(), len("a b c d e f g h i j k".split()))
print("ünï cødé\u2003x\u00a0y".split(), "é è".split())
print("a,b,,c".split(","), "a,b".split(None), "x".split("x"))
show("split empty", lambda: "a".split(""))
show("split int", lambda: "a".split(1))
print("MiXeD 123 ß".upper(), "MiXeD ÀÉ".lower(), "ǅ ﬁ".upper(), "ÀB".lower())
print("banana".replace("a", "o"), "banana".replace("an", "AN"), "banana".replace("x", "y"))
print("banana".replace("a", ""), "banana".replace("na", "nana"), "ünïcode".replace("n", "N"))
print("abc".replace("", "-"), "ééé".replace("é", "e"), "aaa".replace("a", "b", 2))
show("replace int", lambda: "a".replace(1, "b"))
show("replace int 2", lambda: "a".replace("a", 2))
print("héllo wörld".find("w"), "héllo".find("z"), "héllo".find(""), "abc".find("c"))
print("ab😀cd".find("cd"), "\udc80x".find("x") if False else 0)
show("find int", lambda: "abc".find(1))
print("abcabc".count("bc"), "abc".count(""), "  pad  ".strip(), "\u2003x\u2003".strip())
print("abc".startswith("ab"), "abc".startswith(("x", "a")), "abc".endswith("bc"), "abc".endswith(""))
show("startswith int", lambda: "abc".startswith(1))
print("-".join(["a", "b"]), "".join(iter("xyz")))
show("join ints", lambda: "-".join([1, 2]))


class S(str):
    def upper(self):
        return "S.upper"


s = S("sub str")
print(s.upper(), s.lower(), s.split(), s.replace("s", "S"), s.find("str"))
print(str.upper("plain"), str.split("a b"), str.replace("aa", "a", "b"))
show("unbound bad self", lambda: str.upper(5))
show("unbound bad self 2", lambda: str.replace(5, "a", "b"))
m = "a b".split
print(m(), len("héllo"), len("héllo".upper()), "héllo".upper())
