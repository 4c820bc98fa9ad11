# `in` on lists and tuples with int needles against ints, bools, floats,
# big ints and objects with __eq__; list and tuple subclasses with their
# own __contains__; and dict/set lookups keyed by tuples whose int items
# meet equal bools, floats and big ints.


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  Loose.__eq__", self.v, other)
        return self.v == other

    __hash__ = None


class Picky(list):
    def __contains__(self, x):
        print("  Picky.__contains__", x)
        return x == 42


class TPicky(tuple):
    def __contains__(self, x):
        return x == "t"


line = [3, 7, 11, 19]
print(7 in line, 8 in line, 19 in line, -3 in line)
print(True in [0, 1], False in [1, 2], 1 in [False, True], 2 in [2.0], 2.5 in [2, 3])
print(10 ** 20 in [10 ** 20], 10 ** 20 in [1, 10 ** 20 + 0], 5 in [10 ** 20, 5])
print(5 in [Loose(4), Loose(5), 6])
print(6 in [Loose(4), 6])
print(1 in Picky([1, 2]), 42 in Picky([]))
print("t" in TPicky((1,)), 1 in TPicky((1,)), 1 in (1, 2), 3 in (1, 2))
nan = float("nan")
print(nan in [nan], nan in (nan,))

table = {}
for cells in ((0, 1, 2), (1, 0, 2), (0, 1, 2)):
    key = (cells, 1, 3)
    table[key] = table.get(key, 0) + 1
print(sorted(table.items()))
print(table.get(((0, 1, 2), True, 3)), table.get(((0.0, 1, 2), 1, 3.0)), table.get(((0, 1, 2), 1, 4)))
print(((False, True, 2.0), 1, 3) in table)
big = {(10 ** 20, 1): "big", (-1, -2): "neg", (0, ()): "empty"}
print(big[(10 ** 20, True)], big[(-1.0, -2)], big[(0, ())], (-1, -3) in big)
s = {(1, 2), (1.0, 2.0), (True, 2), (2, 1)}
print(len(s), (1, 2) in s, (2, 1.0) in s)
print(hash((1, 2)) == hash((1.0, 2)) == hash((True, 2.0)))
try:
    print((1, [2]) in s)
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 in 5)
except TypeError as e:
    print("TypeError:", e, e.__context__)


class BadIter:
    def __iter__(self):
        raise TypeError("my own")


class NoneIter:
    __iter__ = None


class GetItemOnly:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


for obj in (BadIter(), NoneIter(), None):
    try:
        print(1 in obj)
    except TypeError as e:
        print("TypeError:", e, repr(e.__context__))
print(20 in GetItemOnly(), 25 in GetItemOnly())
