# unicodedata's per-character properties (the traceback module needs
# east_asian_width for carets under wide characters), and the sequences'
# concatenation errors.
import unicodedata as u
chars = "aZ5 \t中é\u0301½٣⅕()€\U0001F600\u00a0\uffff\U000e0001ß"
for c in chars:
    print(repr(c), u.category(c), u.bidirectional(c), u.east_asian_width(c), u.combining(c), u.mirrored(c),
          u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
print(u.unidata_version)
for f in (u.category, u.decimal):
    for a in ("ab", 5):
        try:
            f(a)
        except TypeError as e:
            print(e)
for f in (u.decimal, u.digit, u.numeric):
    try:
        f("x")
    except ValueError as e:
        print(e)
import traceback
def boom():
    x = "中文" + 1
try:
    boom()
except TypeError:
    traceback.print_exc()
for a, b in (("a", 1), ([1], 1), ((1,), 1), (b"a", 1), (bytearray(b"a"), 1), ("a", [1]), (1, "a"), ([1], (1,))):
    try:
        a + b
    except TypeError as e:
        print(e)
class S(str): pass
class L(list): pass
for a in (S("x"), L()):
    try:
        a + 1
    except TypeError as e:
        print(e)
x = [1]
try:
    x += 1
except TypeError as e:
    print(e)
s = "a"
try:
    s += 1
except TypeError as e:
    print(e)
