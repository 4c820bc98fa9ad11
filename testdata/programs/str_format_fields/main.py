# str.format and format_map: text around fields with non-ASCII characters,
# nested specs, conversions, indexing, and every malformed field's error
# (read as CPython's parse_field reads it).
tests = [
    ("{}/{}", (1, 2), {}),
    ("héllo {0} wörld {1!r:>8} {{x}} }}{{", ("ü", "é"), {}),
    ("{a[0]} {a[1]:^7} {b.real} {c}", (), {"a": ["zé", "€"], "b": 3, "c": "\U0001f600"}),
    ("{0:{1}} {0:{2}.{3}f}", (3.14159, "<9", ">10", 2), {}),
    ("no fields ✓ at all", (), {}),
    ("{:,} {:_x} {!s:4}|", (1234567, 65535, "ab"), {}),
    ("{{}}{{{0}}}", ("in",), {}),
]
for f, a, k in tests:
    print(repr(f.format(*a, **k)))
for bad, a, k in [("é}", (), {}), ("{é", (), {}), ("{0[}", (1,), {}), ("{0!x}", (1,), {}), ("{} {0}", (1,), {}), ("{2}", (1,), {}), ("{x}", (), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{0.}", (1,), {}), ("ü{0!}", (1,), {})]:
    try:
        print(repr(bad.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(format(5, "x"), "{0}{0}".format("\ud800").encode("utf-8", "surrogatepass"))
for bad in ["{0!r", "{0!rx}", "{0:", "{a[}", "{[}]}", "{0[0}]}", "{0!é}", "{0:{}", "{0:{1}", "{0:}}", "x}y", "{0]}", "{0[a]b}", "{!r}", "{:}", "{0!s:}", "{0!s:>{1}}", "{0:{{}}}"]:
    try:
        print(repr(bad), repr(bad.format({"a": 1, "[": 2}, 4)))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print("{0[a]}|{0[b c]}|{1[0]}".format({"a": 1, "b c": 2}, [5]))
print("{:{}}".format("x", 3), "{0:{1}{2}}".format(7, "0", 4))
for b in ["{0! }", "{0!\x7f}", "{0!\t}"]:
    try:
        b.format(1)
    except ValueError as e:
        print(e)

# _string.formatter_parser (string.Formatter) reads fields with the same parser.
import string, _string
for f in ["a{0}b{1!r:>5}c", "é{x[é]}ü{{}}", "{0!é}", "{0:{1}}", "x\ud800{0}\udc80y", "{!s}", "{}{}", "plain"]:
    print([tuple(p) for p in _string.formatter_parser(f)])
for bad in ["{0!", "{0!rx}", "{0:", "{a[}", "}", "{", "{0{", "a}b"]:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print(repr(bad), e)
print(string.Formatter().format("{0}-{1!r:^9}-{k}", 1, "é", k=[2]))
for b in ["{0!\x00}", "{0!\x7f}"]:
    try:
        b.format(1)
    except ValueError as e:
        print(repr(b), e)
print(ascii("{0}\ud800{0}".format("\udc80")))
