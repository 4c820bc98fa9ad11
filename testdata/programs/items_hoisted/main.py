# Subscripts of locals that a loop never rebinds: their items are taken
# once before the loop (py.ItemsOf); the list may still grow and shrink, and
# anything but an exact list or tuple takes the general path.


def grow(xs):
    out = []
    for i in range(4):
        out.append(xs[i])  # xs grows below: the loop sees the new items
        if i == 1:
            xs.append(i * 10)
            xs.append(i * 100)
    return out


def shrink(xs):
    total = 0
    try:
        for i in range(10):
            total += xs[i]
            xs.pop()
    except IndexError as e:
        print("shrink", total, type(e).__name__, e)
    return total


def kinds(x, keys):
    seen = []
    for k in keys:
        try:
            seen.append(x[k])
        except Exception as e:
            seen.append(type(e).__name__)
    return seen


class Items(list):
    def __getitem__(self, k):
        return ("sub", list.__getitem__(self, k))


class Seq:
    def __getitem__(self, k):
        if k > 3:
            raise IndexError(k)
        return k * 7


def unbound(n):
    for i in range(n):
        if i == 2:
            return x[i]  # noqa: F821 - unbound local
    x = [1, 2, 3]
    return x


def deleted(n):
    x = [5, 6, 7]
    out = []
    for i in range(n):
        out.append(x[i])
        if i == 1:
            del x
    return out


def nested(grid, rows):
    total = 0
    for r in rows:
        row = grid[r]
        for c in range(len(row)):
            total += row[c] * grid[0][c]
    return total


def while_cond(xs):
    i = 0
    steps = []
    while xs[i] != 0:
        steps.append(xs[i])
        i = xs[i]
    return steps


def while_else_rebind(xs):
    i = 0
    steps = []
    while xs[i] != 0:
        steps.append(xs[i])
        i = xs[i]
    else:
        xs = "rebound in else"
        steps.append(xs[0])
    return steps


def floats(v):
    s = 0.0
    for i in range(len(v)):
        s += v[i] * 0.5
    return s


def computed(xs):
    out = []
    for i in range(len(xs)):
        out.append(xs[(i + 1) % len(xs)] - xs[-1 - i] + xs[True])
    return out


def replaced(xs):
    out = []
    for i in range(4):
        out.append(xs[0])
        xs[:] = [xs[0] + 1] + xs[1:]
        if i == 2:
            xs.clear()
            xs.extend([-1, -2])
    return out


def closure(xs):
    out = []

    def swap():
        nonlocal xs
        xs = [9, 9, 9]

    for i in range(3):
        out.append(xs[i])
        if i == 0:
            swap()
    return out


def gen(xs):
    for i in range(len(xs)):
        yield xs[i]
        xs = xs[1:] + xs[:1]


def big_index(xs):
    out = []
    for k in (0, 2**70, -2**70, -1):
        try:
            out.append(xs[k])
        except IndexError as e:
            out.append(str(e))
    return out


print(grow([1, 2]))
print(shrink([1, 2, 3, 4, 5, 6]))
print(kinds((4, 5, 6), [0, -1, 2, 3, "a"]))
print(kinds({0: "zero", "a": "A"}, [0, "a", 1]))
print(kinds(Items([1, 2, 3]), [0, -1, 5]))
print(kinds(Seq(), [0, 3, 4]))
print(kinds("text", [0, -1, 9]))
try:
    unbound(5)
except UnboundLocalError as e:
    print("unbound:", e)
try:
    deleted(3)
except UnboundLocalError as e:
    print("deleted:", e)
print(nested([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [0, 1, 2, 1]))
print(while_cond([2, 0, 1]))
print(while_else_rebind([2, 0, 1]))
print(floats([1.0, 2.5, 4.0, 8]))
print(computed([10, 20, 30, 40]))
print(replaced([1, 2, 3]))
print(closure([1, 2, 3]))
print(list(gen([1, 2, 3])))
print(big_index([1, 2, 3]))


def fails(xs):
    total = 0
    for i in range(5):
        total += xs[i]
    return total


print(fails([1, 2, 3]))
