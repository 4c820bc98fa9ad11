# sum() over lists, tuples and iterators with unboxed int and float totals, s += t
# for strings, and printf-style formatting's flags, widths and errors: as CPython.
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return A(self.v + (o.v if isinstance(o, A) else o))
    __radd__ = __add__
    def __repr__(self): return f"A({self.v})"
big = 2**62
cases = [[], [1, 2, 3], [big, big, 1], [1.5, 2, 3.25], [1, 2.5], [True, True], [1, True, 2.0],
         [-0.0], [float("inf"), -float("inf")], [A(1), 2, 3], [1, A(2)], (1, 2, 3), [2**70, -2**70, 5]]
for c in cases:
    print(sum(c), sum(c, 10), sum(c, 0.5) if not any(isinstance(x, A) for x in c) else "-")
print(sum([], -0.0), sum([-0.0], -0.0), sum(x for x in [1, 2]), sum(range(10)))
x = 1000000
print(sum([], x) is x)
l = [1, 2, 3]
class G:
    def __radd__(self, o):
        l.append(1) if len(l) < 6 else None
        return o
l.insert(1, G())
print(sum(l), len(l))
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
try:
    sum(["a"], "")
except TypeError as e:
    print(e)
tests = [("%d-%s-%.2f", (5, "x", 1/3)), ("%5d|%-5d|%05d|%+d|% d", (1, 2, 3, 4, 5)), ("%*d|%-*d|%.*f", (6, 1, -6, 2, 3, 3.14159)),
         ("%#x %#o %X %e %G %10.3e", (255, 8, 255, 12345.678, 0.00001234, 1.5)), ("%s %r %a %c %c", ("é", "é", "é", 65, "z")),
         ("%(a)s and %(b)05d", {"a": 1, "b": 42}), ("%.3s|%-6s|%6s|%.0f|%#.0f", ("abcdef", "ab", "ab", 2.5, 2.5)),
         ("%%|%i|%u", (7, 8)), ("%.5d|%+.3d|%#.3x", (42, 7, 10)), ("héllo %s wörld %d", ("ü", 3)), ("%3c|%-3c|", ("a", 98)),
         ("%d %d", (True, 2.7)), ("%x", (-255,)), ("%s", ([1, 2],)), ("%s", ((1, 2),)),]
for f, a in tests:
    print(repr(f % a))
bad = [("%d", ("x",)), ("%d %d", (1,)), ("%d", (1, 2)), ("%q", (1,)), ("abc %", ()), ("%(a", {"a": 1}), ("%(a)s", (1,)),
       ("%99999999999999999999d", (1,)), ("%.99999999999d", (1,)), ("%*d", ("x", 1)), ("%c", (-1,)), ("%c", ("ab",)), ("é%ü", (1,)),
       ("%f", ("x",))]
for f, a in bad:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s %d %c %r %5b|%-5b|" % (b"ab", 3, 65, b"x", b"y", b"z"))
print("%s" % "x", "%s" % 5, "%d%%" % 50)
class S(str):
    def __str__(self): return "zz"
class I:
    def __index__(self): return 66
print("%c|%c|%5c|%-4c|%.1c|" % (S("q"), I(), "x", 0x1F600, "y"))
for a in [2**80, 1.5, S("ab"), None]:
    try:
        print("%c" % (a,))
    except Exception as e:
        print(type(e).__name__, e)
print("%a|%5a|%.3a" % ("ü", "x", "üüü"))
for f in ["%\x07", "%\x1f", "%~", "% é"]:
    try:
        print(f % (1,))
    except Exception as e:
        print(type(e).__name__, e)
s = ""
parts = []
for i in range(300):
    s += str(i % 10)
    t = s
    t += "!"
    parts.append(t[-3:])
print(len(s), s[:20], parts[:3], parts[-1])
class MyStr(str):
    def __add__(self, o):
        return "add:" + str.__add__(self, o)
    def __iadd__(self, o):
        return "iadd:" + str.__add__(self, o)
m = MyStr("a")
m += "b"
print(m)
m = MyStr("a")
n = m
n = n + "c"
print(n)
