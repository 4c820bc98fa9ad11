# The C-accelerated json encoder's containers (dumps without indent): exact
# lists read in place (a default() growing or shrinking the list being
# encoded is seen, as CPython's index loop sees it), exact dicts copied out
# before encoding (mutation by default() not seen), subclasses through
# their own items()/__iter__, ints/floats and their subclasses, circular
# references found by address (not through a rebindable builtins.id).
import builtins
import json
from collections import OrderedDict


class Marker:
    def __init__(self, n):
        self.n = n


grow = [Marker(0), 1, 2]


def grow_default(o):
    if len(grow) < 6:
        grow.append(Marker(len(grow)))
    return "m%d" % o.n


print(json.dumps(grow, default=grow_default))

shrink = [Marker(0), Marker(1), 3, 4, 5]


def shrink_default(o):
    if len(shrink) > 3:
        shrink.pop()
    return "s%d" % o.n


print(json.dumps(shrink, default=shrink_default))

d = {"a": Marker(1), "b": 2}


def dict_default(o):
    d["c"] = 3
    d.pop("b", None)
    return o.n


print(json.dumps(d, default=dict_default), sorted(d))


class Items(dict):
    def items(self):
        return [("x", 1), ("y", [2, 3])]


class Rev(list):
    def __iter__(self):
        return iter(reversed(list(super().__iter__())))


class BadItems(dict):
    def items(self):
        return [("x", 1, 2)]


print(json.dumps(Items(a=1)), json.dumps(Rev([1, 2, 3])), json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps({"t": (1, 2), "e": [], "ed": {}, "n": [None, True, False]}))
try:
    json.dumps(BadItems(a=1))
except ValueError as e:
    print("ValueError", e)


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


print(json.dumps([MyInt(7), MyFloat(2.5), 10**30, -(2**63), 2**63 - 1, 0.1, 1e300, -0.0, 3]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps([float("inf"), float("-inf"), float("nan")]))

loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
dloop = {}
dloop["self"] = [dloop]
try:
    json.dumps(dloop)
except ValueError as e:
    print("ValueError", e)

# Recursion markers are addresses: rebinding builtins.id changes nothing.
real_id = builtins.id
builtins.id = lambda o: 1
print(json.dumps([[1], [2], {"k": [3]}]))
builtins.id = real_id

shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared, "b": shared}]))
print(json.dumps({1: "int key", 2.5: "float", True: "t", None: "n"}))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, separators=(",", ":")))
big = [{"id": i, "v": [i, i * 0.5, str(i)]} for i in range(2000)]
s = json.dumps(big)
print(len(s), s[:60], s[-40:])
print(json.loads(s) == big)
