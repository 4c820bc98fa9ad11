# `x += 1` / `x -= 1` on variables, attributes and items take an inline
# int path (py.InplaceAddIC/SubIC); everything else goes to the in-place
# operation: overflow to big ints, floats, bools, lists, __iadd__/__add__
# overrides, int subclasses, errors. Truth tests of ints are inline too.
import sys


class Acc:
    def __init__(self):
        self.log = []

    def __iadd__(self, k):
        self.log.append(("iadd", k))
        return self


class AddOnly:
    def __init__(self, v):
        self.v = v

    def __add__(self, k):
        return AddOnly(self.v + k)

    def __sub__(self, k):
        return AddOnly(self.v - k)


class MyInt(int):
    def __add__(self, k):
        return "MyInt.__add__"

    def __bool__(self):
        return False


def run(x):
    x += 1
    y = x
    y -= 2
    return x, y


print(run(0), run(-1), run(1023), run(1024), run(-1025))
print(run(sys.maxsize), run(-sys.maxsize - 1), run(2 ** 70))
print(run(1.5), run(True))
a = Acc()
a += 1
print(a.log)
o = AddOnly(5)
o += 1
o -= 3
print(o.v)
m = MyInt(3)
m += 1
print(m)
for bad in ([1], "s", None):
    try:
        bad += 1
    except TypeError as e:
        print("TypeError:", e)


class C:
    pass


c = C()
c.n = 10
c.n += 1
c.n -= 1
d = {"k": sys.maxsize}
d["k"] += 1
l = [0]
l[0] -= 1
print(c.n, d, l)

for v in (0, 1, -1, 2 ** 64, 0.0, MyInt(5), True, False, None, "", "x", [], [0]):
    print(repr(v), "truthy" if v else "falsy", not v)
k = 3
while k:
    k -= 1
print(k)
