# json.dumps / json.dump: the Go encoders' fast paths (exact containers,
# strs escaped a word at a time, dict shapes sorted once, chunks joined back
# into their text, markers kept aside) and every fallback.
import io
import json
import json.encoder
import math


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        if not isinstance(r, str):
            r = repr(r)
        try:
            r.encode("utf-8")
        except UnicodeEncodeError:
            r = ascii(r)
        print(label, "->", r)


doc = {
    "id": 7, "name": "item-7", "tags": ["alpha", "beta \"q\"", "tab\there", "ünï"],
    "price": 9.85, "ok": True, "no": False, "none": None, "big": 10 ** 30,
    "neg": -3, "tuple": (1, 2.5, "x"), "empty": {}, "emptyl": [], "emptyt": (),
    "nested": {"w": 1, "h": [1, [2, [3, {"deep": "yes"}]]]},
}
for kw in [{}, {"indent": 2}, {"indent": "\t"}, {"indent": 0}, {"indent": ""},
           {"sort_keys": True}, {"indent": 3, "sort_keys": True},
           {"separators": (",", ":")}, {"indent": 1, "separators": ("; ", " = ")},
           {"ensure_ascii": False}, {"indent": 2, "ensure_ascii": False},
           {"separators": ("", "")}, {"indent": None, "sort_keys": 1}]:
    show("doc %r" % (kw,), lambda: json.dumps(doc, **kw))

# Escapes: every control, DEL, quotes, backslash, non-ASCII, non-BMP and
# lone surrogates, short and long (word-at-a-time scan), at every offset.
every = "".join(chr(c) for c in range(0, 0x90)) + "\u2028\ud800\udfff\U0001f600é"
for ea in (True, False):
    show("every ea=%s" % ea, lambda: json.dumps(every, ensure_ascii=ea))
    show("every list ea=%s" % ea, lambda: json.dumps([every, {every: every}], ensure_ascii=ea))
    show("every indent ea=%s" % ea, lambda: json.dumps([every, {every: 1}], ensure_ascii=ea, indent=1))
    for special in ['"', "\\", "\n", "\x7f", "\x1f", "é", "\ud83d", "\U0001f600", "\x00"]:
        outs = []
        for pos in range(0, 20):
            s = "abcdefghijklmnopqrstuvwxyz"[:pos] + special + "0123456789abcdefghij"[: 19 - pos]
            a = json.dumps(s, ensure_ascii=ea)
            b = json.dumps([s], ensure_ascii=ea)
            c = json.dumps({s: [s]}, ensure_ascii=ea, indent=2)
            outs.append((a, b == "[" + a + "]", c == '{\n  %s: [\n    %s\n  ]\n}' % (a, a)))
        print("special", ascii(special), ea, ascii(outs[0][0]), ascii(outs[-1][0]), len(set(len(o[0]) for o in outs)), all(o[1] and o[2] for o in outs))
    show("plain long", lambda: json.dumps(["x" * 40, "y" * 7 + "\t", "z" * 9], ensure_ascii=ea))

# sort_keys: shapes repeated, same size other keys, same keys other order.
shapes = [{"b": 1, "a": 2, "c": 3}, {"b": 4, "a": 5, "c": 6}, {"x": 1, "b": 2, "a": 3},
          {"c": 1, "b": 2, "a": 3}, {"a": 1, "b": 2, "c": 3}, {"é": 1, "e": 2, "\ud800": 3, "\U0001f600": 4},
          {"k%d" % i: i for i in range(30)}, {"k%d" % i: i for i in range(29, -1, -1)}]
for ind in (None, 2):
    show("shapes ind=%s" % ind, lambda: json.dumps(shapes, sort_keys=True, indent=ind))

# Non-str keys: converted as CPython does; skipkeys; errors.
keys = {1: "int", 2.5: "float", True: "bool", None: "none", -7: "neg", 10 ** 25: "big",
        float("inf"): "inf", float("-inf"): "-inf", 1e16: "e16"}
for ind in (None, 2):
    show("keys ind=%s" % ind, lambda: json.dumps(keys, indent=ind))
    show("nan key ind=%s" % ind, lambda: json.dumps({float("nan"): 1}, indent=ind))
    show("nan key no allow ind=%s" % ind, lambda: json.dumps({float("nan"): 1}, indent=ind, allow_nan=False))
    show("tuple key ind=%s" % ind, lambda: json.dumps({(1, 2): 3}, indent=ind))
    show("skipkeys ind=%s" % ind, lambda: json.dumps({(1, 2): 3, "a": 1, "b": (4,)}, indent=ind, skipkeys=True))
    show("sort int keys ind=%s" % ind, lambda: json.dumps({3: 1, 1: 2, 2: 3}, indent=ind, sort_keys=True))
    show("sort mixed keys ind=%s" % ind, lambda: json.dumps({3: 1, "a": 2}, indent=ind, sort_keys=True))

# Floats.
for ind in (None, 2):
    show("floats ind=%s" % ind, lambda: json.dumps([0.1, -0.0, 1e300, 1e-300, 1e16, 123456789.125, math.pi], indent=ind))
    show("nonfinite ind=%s" % ind, lambda: json.dumps([math.inf, -math.inf, math.nan], indent=ind))
    show("nonfinite strict ind=%s" % ind, lambda: json.dumps([1, [math.inf]], indent=ind, allow_nan=False))


# Subclasses: what CPython's encoders read of them.
class S(str):
    def __str__(self):
        return "S.__str__"

    def __repr__(self):
        return "S.__repr__"


class I(int):
    def __repr__(self):
        return "I.__repr__"

    def __str__(self):
        return "I.__str__"


class F(float):
    def __repr__(self):
        return "F.__repr__"


class L(list):
    def __iter__(self):
        print("L.__iter__ called")
        return iter([99])

    def __len__(self):
        return 42


class T(tuple):
    def __iter__(self):
        print("T.__iter__ called")
        return iter([98])


class D(dict):
    def items(self):
        print("D.items called")
        return [("z", 1), ("a", 2)]

    def keys(self):
        print("D.keys called")
        return ["q"]

    def __len__(self):
        return 0

    def __iter__(self):
        print("D.__iter__ called")
        return iter(["w"])


class E(dict):
    pass


subs = [S("s\n"), I(5), F(2.5), L([1, 2]), T((3, 4)), D(x=1), E(b=1, a=2), {S("k"): I(1), I(7): F(0.5)}]
for kw in [{}, {"indent": 2}, {"sort_keys": True}, {"indent": 2, "sort_keys": True}, {"ensure_ascii": False}]:
    show("subs %r" % (kw,), lambda: json.dumps(subs, **kw))
show("top S", lambda: json.dumps(S("top")))
show("top I", lambda: json.dumps(I(3)))
show("top F", lambda: json.dumps(F(3.0)))
show("empty D", lambda: json.dumps([D()]))
show("bad items", lambda: json.dumps(type("BadItems", (dict,), {"items": lambda self: [(1, 2, 3)]})(a=1)))

# Circular references and default().
a = []
a.append(a)
show("circular list", lambda: json.dumps(a))
show("circular list indent", lambda: json.dumps(a, indent=2))
d = {"k": 1}
d["self"] = [d]
show("circular dict", lambda: json.dumps(d))
show("circular dict indent", lambda: json.dumps(d, indent=1, sort_keys=True))
show("check_circular off", lambda: json.dumps([[1], [2]], check_circular=False))
shared = [1, 2]
show("shared not circular", lambda: json.dumps([shared, shared, {"a": shared}]))


class Obj:
    def __init__(self, n):
        self.n = n


def dflt(o):
    if isinstance(o, Obj):
        return {"obj": o.n, "more": [Obj(o.n - 1)] if o.n > 0 else []}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("no %s" % type(o).__name__)


for ind in (None, 2):
    show("default ind=%s" % ind, lambda: json.dumps([Obj(2), {1, 3, 2}, "x"], default=dflt, indent=ind))
    show("default fails ind=%s" % ind, lambda: json.dumps([1, {"a": object()}], default=dflt, indent=ind))
    show("no default ind=%s" % ind, lambda: json.dumps({"a": [1, b"x"]}, indent=ind))
    loop = Obj(0)
    show("default circular ind=%s" % ind, lambda: json.dumps(loop, default=lambda o: [o], indent=ind))


# JSONEncoder subclasses.
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


class Enc2(json.JSONEncoder):
    def encode(self, o):
        return "<" + super().encode(o) + ">"


class Enc3(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


for ind in (None, 2):
    show("Enc ind=%s" % ind, lambda: json.dumps({"c": 1 + 2j}, cls=Enc, indent=ind))
    show("Enc2 ind=%s" % ind, lambda: json.dumps({"c": [1, "a"]}, cls=Enc2, indent=ind))
    show("Enc3 ind=%s" % ind, lambda: Enc3(indent=ind).encode({"c": [1, "a"], "d": {"e": None}}))
    show("chunks ind=%s" % ind, lambda: list(json.JSONEncoder(indent=ind).iterencode({"c": [1, "a", {}], "d": {"e": None}}, True)))
    show("chunks lazy ind=%s" % ind, lambda: list(json.JSONEncoder(indent=ind, sort_keys=True).iterencode({"d": [1, 2.5], "c": ()})))

# Chunks joined back: all, a part, out of order, with a separator.
chunks = list(json.JSONEncoder(indent=1).iterencode([{"a": [1, 2]}, "s", None, {"b": {}}], True))
print(len(chunks), "".join(chunks) == json.dumps([{"a": [1, 2]}, "s", None, {"b": {}}], indent=1))
print(repr("".join(chunks[3:9])), repr("".join(chunks[::-1])[:40]), repr("|".join(chunks)[:60]))
print(repr("".join(chunks[:1])), repr("".join([chunks[0], "X", chunks[1]])), repr("".join(["", chunks[2], "", chunks[3]])))
parts = [json.dumps([i] * 3, indent=1) for i in range(3)]
print(repr("".join(parts)))

# json.dump writes the chunks it makes.
class Rec(io.StringIO):
    def write(self, s):
        print("write", repr(s))
        return super().write(s)


for kw in [{}, {"indent": 2}, {"sort_keys": True, "separators": (",", ":")}]:
    f = Rec()
    json.dump({"a": [1, {"b": "c\u20ac"}], "d": (2.5, None)}, f, **kw)
    print("dump", kw, f.getvalue())

# The C encoder's markers dict, seen from default().
from json.encoder import c_make_encoder, encode_basestring_ascii
if c_make_encoder is not None:
    markers = {}

    def peek(o):
        print("markers in default:", len(markers), sorted(type(v).__name__ for v in markers.values()))
        return "seen"

    enc = c_make_encoder(markers, peek, encode_basestring_ascii, None, ": ", ", ", False, False, True)
    print(enc([{"a": [1, object()]}, [object()]], 0), len(markers))
    cyc = [1]
    cyc.append({"x": cyc})
    try:
        enc([[cyc]], 0)
    except ValueError as e:
        print("markers after circular:", e, len(markers), sorted(type(v).__name__ for v in markers.values()))
    markers.clear()
    enc2 = c_make_encoder(markers, peek, encode_basestring_ascii, None, ": ", ", ", False, False, False)
    try:
        enc2([{"n": [float("nan")]}], 0)
    except ValueError as e:
        print("markers after nan:", e, len(markers))
    markers.clear()
    markers[id(shared)] = shared
    try:
        enc([shared], 0)
    except ValueError as e:
        print("preset marker:", e)

# Deep nesting: RecursionError as CPython's encoders raise it.
deep = []
for _ in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("deep", type(e).__name__, e)
print(len(json.dumps([[[[[[[[[[1]]]]]]]]]], indent=1)))
