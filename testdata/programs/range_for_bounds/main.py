# A native `for` over range(...) takes its bounds without a range object
# when the arguments are ints; anything else goes through range() itself.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("__index__", self.v)
        return self.v


def loops(n):
    out = []
    for i in range(n):
        out.append(i)
    for i in range(2, n):
        out.append(i)
    for i in range(n, -1, -2):
        out.append(i)
    for i in range(Idx(3)):
        out.append(i)
    for i in range(True, Idx(4)):
        out.append(i)
    for i in range(-3, 3, Idx(2)):
        out.append(i)
    return out


print(loops(5))


def gen(n):
    for i in range(1, n, 2):
        yield i
    for i in range(Idx(2)):
        yield -i


print(list(gen(8)))

for bad in [(1.5,), (0, 1.0), (0, 5, 0), ("3",)]:
    try:
        for i in range(*bad):
            pass
        for i in range(bad[0]) if len(bad) == 1 else range(bad[0], bad[1]) if len(bad) == 2 else range(bad[0], bad[1], bad[2]):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def zero_step():
    for i in range(0, 5, 0):
        print(i)


try:
    zero_step()
except ValueError as e:
    print("ValueError", e)



def shadowed(n):
    # A module-level name range would be no builtin: here a local one.
    range = lambda *a: [10, 20][: len(a)]
    return [i for i in range(n)]


print(shadowed(1), shadowed(2))
print(loops(2))
