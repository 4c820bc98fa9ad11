# The chunks of json's indent encoder (the Go path) drained at once: list()
# of a fresh or half-consumed iterencode(_one_shot=True), f(*chunks) after
# other arguments, and encodings of growing and shrinking documents one
# after the other (the chunk list is sized from the last encoding).
import json


def doc(n):
    return [{"i": i, "s": "x" * (i % 3), "l": list(range(i % 4))} for i in range(n)]


enc = json.JSONEncoder(indent=1, sort_keys=True)
for n in (0, 1, 50, 3, 400, 2, 0, 120):
    s = json.dumps(doc(n), indent=2)
    chunks = list(enc.iterencode(doc(n), _one_shot=True))
    assert "".join(chunks) == json.dumps(doc(n), indent=1, sort_keys=True)
    print(n, len(s), len(chunks), chunks[:3], chunks[-2:])

gen = enc.iterencode(doc(5), _one_shot=True)
first = [next(gen), next(gen), next(gen)]
rest = list(gen)
print(first, len(rest), rest[:2], rest[-1])
print(list(gen), next(gen, "exhausted"))


def count(*args):
    return len(args), args[:4], args[-1]


print(count("a", "b", *enc.iterencode({"k": [1, 2]}, _one_shot=True)))
print(count(*enc.iterencode([], _one_shot=True)))
lst = list(enc.iterencode({"q": [True, None]}, _one_shot=True))
lst.append("tail")
lst.extend(["more"] * 3)
print(lst)

# Nested dicts through both encoders (the items of the dicts being written
# share one stack), default() encoding another document meanwhile, and an
# error part-way through a document, then the same encoder again.
nested = {"b": {"y": {"q": 1, "p": [2, {"z": 0, "a": None}]}, "x": 2}, "a": {"k": {}}}
print(json.dumps(nested))
print(json.dumps(nested, sort_keys=True))
print(json.dumps(nested, indent=1, sort_keys=True))


class Thing:
    def __init__(self, n):
        self.n = n


def default(o):
    if o.n < 0:
        raise ValueError("negative thing")
    return {"thing": json.loads(json.dumps({"n": o.n, "inner": {"d": [o.n]}}, default=default))}


e2 = json.JSONEncoder(default=default, sort_keys=False)
print(e2.encode({"a": {"t": Thing(1), "u": {"v": Thing(2)}}, "b": 3}))
try:
    e2.encode({"a": {"t": Thing(3), "bad": {"v": Thing(-1)}}, "b": 4})
except ValueError as exc:
    print("raised", exc)
print(e2.encode({"c": {"t": Thing(5)}, "d": {"e": {"f": 6}}}))
e3 = json.JSONEncoder(default=default, sort_keys=True, indent=2)
print(e3.encode({"z": {"t": Thing(7)}, "a": {"m": {"n": [1, {"o": 2}]}}}))
