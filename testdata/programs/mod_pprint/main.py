import pprint

data = {"name": "py2goasync", "tags": ["go", "python", "asyncio"] * 3,
        "nested": {"a": list(range(20)), "b": {"c": (1, 2, 3), "d": None}},
        "set": {3, 1, 2}, "frozen": frozenset({5}), "long": "x" * 90}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, sort_dicts=False, compact=True)
print(pprint.pformat([list(range(10))] * 3, width=30))
print(pprint.saferepr({"self": [1, 2]}), pprint.isreadable({"a": 1}), pprint.isrecursive([1]))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).replace(str(id(rec)), "ID"), pprint.isrecursive(rec))
pp = pprint.PrettyPrinter(indent=4, width=50)
pp.pprint({"k%d" % i: i * i for i in range(8)})
pprint.pp({"b": 1, "a": 2})
