# len(set(xs)) counts distinct items on a set the runtime reuses: the same
# hashes, __eq__ calls, errors and results as building the set.
import builtins


class Noisy:
    """Equal when their keys are equal; every hash and == is printed."""

    def __init__(self, key, h):
        self.key, self.h = key, h

    def __hash__(self):
        print("hash", self.key)
        return self.h

    def __eq__(self, other):
        print("eq", self.key, other.key)
        return self.key == other.key


print(len(set(Noisy(k, k % 3) for k in [1, 2, 4, 1, 7, 2])))
print(len(set([Noisy(k, 5) for k in "abcab"])))
# Many colliding items: the table resizes (8 -> 32 -> 128 entries), which
# decides which pairs are compared.
items = [Noisy(k % 11, k % 4) for k in range(24)]
print(len(set(items)), len(set(x for x in items)))

# The counts on reused tables stay right after bigger and smaller ones.
for n in [0, 1, 5, 40, 3, 2000, 7, 300, 4]:
    print(n, len(set(i % (n // 2 + 1) for i in range(n))), len(set(range(n))))
print(len(set("mississippi")), len(set({"a": 1, "b": 2})), len(set({1, 2, 3})))
print(len(set(frozenset([1, 2]))), len(frozenset(x % 3 for x in range(10))))


# A count inside another's __hash__ and __eq__.
class Nested:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return len(set(i % self.v for i in range(10)))

    def __eq__(self, other):
        return len(set([self.v, other.v, self.v])) == 1


print(len(set(Nested(v) for v in [2, 3, 2, 5, 3, 10])))


# Errors part-way: unhashable items, a raising generator, StopIteration.
def gen(stop_with):
    yield 1
    yield 2
    raise stop_with


for exc in [ValueError("bad"), StopIteration()]:
    try:
        len(set(gen(exc)))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        len(set(x for x in gen(exc)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(len(set([1, [2], 3])))
except TypeError as e:
    print("TypeError", e)
try:
    print(len(set(x for x in [1, {}, 3])))
except TypeError as e:
    print("TypeError", e)
# And the counts after them are still right.
print(len(set(x % 4 for x in range(100))), len(set([1, 1, 2])))


# Rebinding len or set at run time, locally or in builtins.
def counted():
    return len(set(x % 5 for x in range(20))), len(set([1, 2, 2]))


real_len, real_set = builtins.len, builtins.set
builtins.len = lambda x: ("len of", type(x).__name__, real_len(x))
print(counted())
builtins.len = real_len
builtins.set = lambda xs: list(xs)
print(counted())
builtins.set = real_set
print(counted())


def shadowed(set):
    return len(set(x for x in "aab"))


print(shadowed(list), shadowed(tuple), shadowed(real_set))


class MySet(set):
    def __len__(self):
        return 100 + super().__len__()


def local_subclass():
    set = MySet
    return len(set(x % 2 for x in range(9))), len(set([1, 1]))


print(local_subclass(), len(MySet([1])))
