# json string escaping through every path: the C-accelerated encoder
# (dumps without indent), the pure-Python one (indent) and the
# encode_basestring(_ascii) functions; recursion markers of nested
# containers; circular references.
import json
from json import encoder

samples = [
    "", "plain ascii text", 'quote " and backslash \\ and slash /',
    "".join(chr(c) for c in range(0, 0x20)), "\x7f del", "tab\tnew\nline\rcr\x08bs\x0cff",
    "café ünïcode", "日本語テキスト", "emoji 😀 and 𝄞 clef", "lone \ud800 and \udfff surrogates",
    "mixed \u2028 \u2029 \ufeff \uffff end", "a" * 300 + "\n" + "b" * 5,
]
for s in samples:
    for ascii_only in (True, False):
        a = json.dumps(s, ensure_ascii=ascii_only)
        b = json.dumps([s, {s: s}], ensure_ascii=ascii_only, indent=1)
        c = json.dumps({"k": [s, s], s: 1}, ensure_ascii=ascii_only, sort_keys=True)
        print(ascii_only, ascii(a))
        print(ascii_only, ascii(b.replace("\n", "|")))
        print(ascii_only, ascii(c))
        assert json.loads(a) == s and json.loads(c)[s] == 1
    print(encoder.encode_basestring(s) == json.dumps(s, ensure_ascii=False),
          encoder.encode_basestring_ascii(s) == json.dumps(s))

doc = {"a": [1, 2.5, None, True, False, {"b": [[], {}, [[1]]]}], "c": {"d": {"e": {"f": "g"}}}}
for _ in range(3):
    print(json.dumps(doc), json.dumps(doc, indent=2).count("\n"))
shared = [1, 2]
print(json.dumps([shared, shared, {"x": shared}]))
loop = [1]
loop.append(loop)
for kwargs in ({}, {"indent": 2}):
    try:
        json.dumps(loop, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([loop[0], d is d]))
