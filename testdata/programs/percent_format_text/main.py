# printf-style formatting of str and bytes: text around the conversions with
# non-ASCII characters, mappings, flags, and the errors (an unsupported
# character's index counts characters, lone surrogates included).
tests = [
    ("%d-%s-%.2f", (5, "x", 5 / 3)),
    ("héllo %s wörld %d%%", ("ü", 3)),
    ("%(a)s and %(b)05d — %(a)r", {"a": "zé", "b": 42}),
    ("%-6s|%6s|%c%c", ("ab", "€", 233, "ñ")),
    ("no conversions at all ✓", ()),
    ("%5.1f%%", 99.44),
    ("%x %X %o %#x %e %g", (255, 255, 8, 255, 12345.678, 0.0001)),
]
for fmt, args in tests:
    print(repr(fmt % args))
for bad, args in [("abc %y", (1,)), ("ééé %ü", (1,)), ("%", ()), ("%(x", {"x": 1}), ("%d %d", (1,)), ("%d", (1, 2)), ("x%\ud800y %q", (1,)), ("%s", {"a": 1})]:
    try:
        print(repr(bad % args))
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s-%d-%x %c%c %%" % (b"ab", 5, 255, 65, b"z"))
print(b"\xe9\xff %s" % (b"\xfe",))
try:
    b"\xe9 %y" % (1,)
except Exception as e:
    print(type(e).__name__, e)
print("%s" % "x" * 3, "%5s" % "\U0001f600")
