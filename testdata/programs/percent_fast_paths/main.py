# str % x straight to str.__mod__ for builtin operands; plain %d of an int and %s of a str skip the spec; subclasses still format through their methods.
class S(str):
    def __str__(self):
        return "S!"
class I(int):
    def __repr__(self):
        return "I!"
    def __str__(self):
        return "Istr"
print("%s %d %s %i %u" % (S("x"), I(5), I(6), True, -7))
print("%s|%5d|%-3s|%.2s|%d" % ("ab", 3, "x", "abc", 2**70))
print("v%d" % 12, "%s" % "q", "%d%%" % 5, "%(a)s" % {"a": 1})
print("%s" % (1.5,), "%d" % 3.7, "%s" % [1])
try:
    print("%d" % "x")
except TypeError as e:
    print(e)
class R(int):
    def __rmod__(self, other):
        return "rmod!"
class T(tuple):
    def __rmod__(self, other):
        return "trmod!"
print("%d" % R(3), "%s" % T((1,)))
s = "a%sb"
s %= "X"
print(s)
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)
try:
    "%99999999999999999999d" % 1
except ValueError as e:
    print(e)
