# str.join takes instances of str subclasses by their text (not __str__), and a
# one-item join gives an exact str; the list joined is left as it was.
class S(str):
    def __str__(self):
        return "STR"
l = [S("a"), "b", S("")]
print("-".join(l), type("".join([S("a")])).__name__, "".join([S("x")]) == "x", l, type(l[0]).__name__)
print("".join(S(c) for c in "xyz"), ", ".join((S("p"), S("q"))))
try:
    "".join(["a", 1])
except TypeError as e:
    print(e)
