# `x in lst` for an int x and an exact list: int items compared by value,
# any other item by identity then ==, in order (its __eq__ runs, with
# the item on the left, and can answer anything).
class Noisy:
    def __init__(self, tag, answer):
        self.tag, self.answer = tag, answer

    def __eq__(self, other):
        print("eq", self.tag, other)
        return self.answer

    __hash__ = None


class MyInt(int):
    pass


big = 2 ** 70
items = [0, -5, 65535, 65536, 10 ** 12, -(2 ** 63), 2 ** 63 - 1]
for x in items + [1, 7, 65534, 2 ** 62]:
    print(x, x in items, x in items[::-1], x in [], x not in items)

print(1 in [1.0], 2 in [1.5, 2.0], 1 in [True], 0 in [False, "a"], 1 in ["1", b"1", None])
print(3 in [Noisy("a", False), 3, Noisy("b", True)])
print(4 in [Noisy("a", False), Noisy("b", 0), Noisy("c", [1])])
print(5 in [Noisy("a", False), Noisy("b", 0)])
print(big in [1, big], big in [1, 2 ** 70 + 1], MyInt(3) in [1, 3], 3 in [MyInt(3)], 3 in [MyInt(4)])
print(2 ** 63 in [-(2 ** 63), 2 ** 63], -(2 ** 63) - 1 in [-(2 ** 63)])


class L(list):
    def __contains__(self, x):
        print("L.__contains__", x)
        return True


print(7 in L([1]), 7 in (1, 7), 7 in {7: 1}, 7 in {7}, 7 in range(8))
nan = float("nan")
print(nan in [nan], 1 in [nan, 1])


class Bad:
    def __eq__(self, other):
        raise ValueError("no eq")


try:
    print(1 in [0, Bad(), 1])
except ValueError as e:
    print("ValueError", e)
print(1 in [1, Bad()])
