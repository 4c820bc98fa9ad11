# json.dumps with indent (CPython 3.11 runs json.encoder's pure-Python generators):
# the Go path (runtime/stdlib/json/iterencode.go) must give the same text and
# chunks, and hand subclasses, default(), cycles, deep nesting, non-str sorted
# keys and floatstr's errors to the Python generators.
import json
import sys
from collections import OrderedDict


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyList(list):
    def __iter__(self):
        print("MyList.__iter__ called")
        return iter([9, 8])


class MyDict(dict):
    def items(self):
        print("MyDict.items called")
        return [("z", 1), ("a", 2)]


class MyStr(str):
    pass


class Thing:
    pass


def show(label, *args, **kw):
    try:
        s = json.dumps(*args, **kw)
    except Exception as e:
        print(label, "raised", type(e).__name__, e if not isinstance(e, RecursionError) else "")
        return
    print(label, repr(s))


doc = {
    "b": [1, 2.5, "x\ty", None, True, False, [], {}, (), [[1], {"k": [None]}]],
    "a": {"z": 1, "y": {"x": "ünï \u2028 \U0001F600"}},
    "big": 10 ** 30,
    "neg": -5,
    "floats": [0.1, 1e16, -0.0, 1e-7, 3.0],
    "tuple": (1, (2, 3)),
}
for indent in (None, 0, 2, "\t", "--", True, False, -1):
    for sk in (False, True):
        show(f"indent={indent!r} sort_keys={sk}", doc, indent=indent, sort_keys=sk)
show("ensure_ascii False", doc, indent=1, ensure_ascii=False)
show("separators", doc, indent=3, separators=(";", "="))
show("separators empty", [1, {"a": 2}], indent=2, separators=("", ""))
show("scalars", 5, indent=2)
show("scalar str", "a\"b", indent=2)
show("scalar float", 2.5, indent=2)
show("scalar None", None, indent=2)
show("nan allowed", [float("nan"), float("inf"), -float("inf")], indent=2)
show("nan not allowed", [1, float("nan")], indent=2, allow_nan=False)
show("nan key", {float("inf"): 1, 1.5: 2}, indent=2)
show("nan key not allowed", {float("nan"): 1}, indent=2, allow_nan=False)
show("int keys", {1: "a", True: "b", None: "c", 2.5: "d", 10 ** 20: "e"}, indent=2)
show("int keys sorted", {3: "a", 1: "b", 2: "c"}, indent=2, sort_keys=True)
show("mixed keys sorted", {3: "a", "1": "b"}, indent=2, sort_keys=True)
show("tuple key", {(1, 2): 3}, indent=2)
show("tuple key skipped", {(1, 2): 3, "a": 4}, indent=2, skipkeys=True)
show("subclass int", [MyInt(3)], indent=2)
show("subclass list", [MyList([1, 2])], indent=2)
show("subclass dict", {"x": MyDict(a=1)}, indent=2)
show("subclass dict sorted", {"x": MyDict(a=1)}, indent=2, sort_keys=True)
show("str subclass", [MyStr("hi")], indent=2)
show("str subclass key", {MyStr("k"): 1}, indent=2)
show("ordered dict", OrderedDict([("b", 1), ("a", 2)]), indent=2)
show("object", [1, Thing()], indent=2)
show("object default", [1, Thing(), 2], indent=2, default=lambda o: {"thing": [1, 2]})
circ = [1, 2]
circ.append(circ)
show("circular", circ, indent=2)
show("circular unchecked", circ, indent=2, check_circular=False)
shared = [1, 2]
show("shared", [shared, shared, {"s": shared}], indent=2)
deep = []
d = deep
for i in range(2000):
    d.append([])
    d = d[0]
show("deep", deep, indent=1)
deep2 = []
d = deep2
for i in range(200):
    d.append([i])
    d = d[-1]
show("deep200", len(json.dumps(deep2, indent=1)))
sys.setrecursionlimit(120)
show("deep200 limit120", deep2, indent=1)
sys.setrecursionlimit(1000)
show("huge int", [10 ** 5000], indent=2)


class Enc(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        chunks = list(super().iterencode(o, _one_shot))
        print("chunks:", chunks)
        return iter(chunks)


print(Enc(indent=2).encode({"a": [1, {"b": None}], "c": "d"}))
print(Enc(indent=None).encode({"a": [1, {"b": None}], "c": "d"}))
gen = json.JSONEncoder(indent=2).iterencode([1, [2, 3], {"a": 4}], _one_shot=True)
print(type(gen).__name__, next(gen), next(gen))
print(list(gen))
gen = json.JSONEncoder(indent=2).iterencode([1, [2, 3]], _one_shot=True)
print(next(gen))
gen.close()
print(list(gen))
gen = json.JSONEncoder(indent=2).iterencode([1, Thing()], _one_shot=True)
print(next(gen))
try:
    list(gen)
except TypeError as e:
    print("TypeError", e)
print(list(json.JSONEncoder(indent=2).iterencode({"x": [1, 2]})))
print(json.encoder._make_iterencode.__name__, type(json.encoder._make_iterencode).__name__)
import io
f = io.StringIO()
json.dump({"a": [1, 2, {"b": 3}]}, f, indent=2, sort_keys=True)
print(f.getvalue())
print(json.dumps([{"k": 1, "j": [True, False]}] * 3, indent=4, sort_keys=True))
# Taken all at once (list(), f(*g)) or item by item, from any point.
print(*json.JSONEncoder(indent=1).iterencode({"a": [1, 2]}, _one_shot=True))
print(tuple(json.JSONEncoder(indent=1).iterencode([[], {}], _one_shot=True)))
gen = json.JSONEncoder(indent=1, default=lambda o: "thing").iterencode([Thing(), 1], _one_shot=True)
print(list(gen), list(gen))
gen = json.JSONEncoder(indent=1, allow_nan=False).iterencode([1, [float("nan")]], _one_shot=True)
try:
    list(gen)
except ValueError as e:
    print("ValueError", e)
print(next(gen, "exhausted"))
gen = json.JSONEncoder(indent=1).iterencode([1, 2, 3], _one_shot=True)
print(next(gen), [*gen], next(gen, "exhausted"))
