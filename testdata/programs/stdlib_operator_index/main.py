import operator, random
class I(int):
    pass
class Y:
    def __index__(self):
        return 2 ** 80
class Z:
    def __index__(self):
        return 1.5
for v in (True, False, 7, -3, I(3), 2 ** 100, -(2 ** 64), Y()):
    r = operator.index(v)
    print(repr(r), type(r).__name__)
for v in (1.5, "3", Z(), None):
    try:
        operator.index(v)
    except TypeError as e:
        print("TypeError", e)
random.seed(1)
print(random.randint(-2 ** 100, 2 ** 100), random.randrange(2 ** 70, 2 ** 71, 3))
print([1, 2, 3][operator.index(I(1))], operator.index(2 ** 63) == 2 ** 63)
