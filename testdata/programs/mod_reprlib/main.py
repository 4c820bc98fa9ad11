import reprlib

print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}))
print(reprlib.repr(set(range(50))), reprlib.repr(tuple(range(30))), reprlib.repr([[1, [2, [3, [4, [5]]]]]]))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children


print(repr(Node()))
print(reprlib.repr(10 ** 50))
