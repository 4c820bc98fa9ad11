# Builtins fed by generator expressions reuse one Feeder: nested feeds,
# feeds run from inside another's consumer (__hash__, __lt__, __eq__),
# exceptions out of a feed, and every kind one after another.


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        # a feed inside set()'s consumer
        return sum(x for x in range(self.v % 3))

    def __eq__(self, o):
        return isinstance(o, H) and all(a == b for a, b in [(self.v, o.v)])

    def __lt__(self, o):
        return min(x for x in (self.v, o.v)) == self.v and self.v != o.v

    def __repr__(self):
        return "H(%d)" % self.v


data = list(range(10))
for round in range(3):
    print(sorted(set(x % 4 for x in data)), tuple(x for x in data if x & 1))
    print(sum(x for x in data), sum(x * 0.5 for x in data), sum(x for x in [2**62, 2**62]))
    print(min(x for x in data), max(-x for x in data), any(x > 8 for x in data), all(x < 9 for x in data))
    print(list(sum(y for y in range(x)) for x in data))
    print(sorted(H(x) for x in (3, 1, 2)), len(set(H(x) for x in range(6))))
    print(max(H(x) for x in range(4)), min(H(x) for x in range(4)))
    print([list(y for y in range(x)) for x in range(4)])
    try:
        print(sum(1 // (x - 5) for x in data))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(min(x for x in []))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(set(x for x in [[1]]))
    except TypeError as e:
        print("TypeError", e)
    print(list(x for x in data[:3]), set(x for x in "ab") == {"a", "b"})


def gen():
    # a generator consumed by a feed whose consumer raises part way
    for i in range(5):
        yield i
    print("gen finished")


g = gen()
try:
    print(max(H(x) if x < 3 else x for x in g))
except AttributeError as e:
    print("AttributeError", e)
print(list(g))
print(any(x == 2 for x in gen()))
print(all(x < 10 for x in gen()))
