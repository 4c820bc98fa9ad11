# len(set(genexpr)) over small exact ints counts them without a set until
# another item comes; then the set is built as adding each item in turn
# would have built it (the same __eq__ calls in the same order).
import sys


class Noisy:
    def __init__(self, key, h):
        self.key, self.h = key, h

    def __hash__(self):
        print("hash", self.key)
        return self.h

    def __eq__(self, other):
        print("eq", self.key, other)
        return self.key == other

    def __repr__(self):
        return f"N({self.key})"


def count(xs):
    return len(set(x for x in xs))


# Small ints, duplicates, negatives (-1 and -2 share a hash), the edges
# of the fast range and just past them.
print(count([3, 1, 3, 0, -1, -2, -1, 2]))
print(count([-128, 127, -129, 128, -128, 127, 128, -129, 0]))
print(count([10**20, 5, 10**20, 5, -(10**20)]))
print(count(range(300)), count(range(-300, 300, 7)), count(range(5, -5, -1)))
print(count([]), count(range(0)), count(range(10, 0)))
# bool and float items equal to ints already counted.
print(count([1, 0, True, False, 1.0, 2, 2.0, 0.5]))
print(count([True, 1, False, 0]))
# Objects whose hashes collide with ints already counted: the order of
# the __eq__ calls shows the table's layout.
print(count([1, 9, 17, 25, Noisy(25, 25), 2, Noisy(9, 9), Noisy(99, 1)]))
print(count([5, 13, 21, 29, 37, 45, Noisy(45, 45), Noisy(3, 5)]))
# Many distinct small ints then a colliding object (a resized table).
print(count(list(range(-40, 40)) + [Noisy(-40, -40), Noisy(0, 39)]))


def diag(vec, cols):
    # cols is a range held in a local, as nqueens has it.
    n = len(vec)
    return n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols))


print(diag([1, 3, 0, 2], range(4)), diag([0, 1, 2, 3], range(4)))
print(diag([2, 0, 3, 1], range(3, -1, -1)), diag([], range(0)))

# Unhashable items raise, before and after some ints.
for xs in [[1, 2, [3]], [[1]], [1, 2, 300, {}], [1, Noisy(7, 7), {}]]:
    try:
        count(xs)
    except TypeError as e:
        print("TypeError", e)
# A raising item expression, then the counts after it are right.
try:
    len(set(10 // (i - 3) for i in range(6)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(len(set(i % 3 for i in range(9))), len(set(-i for i in range(200))))


# len and set rebound: the generator expression is a real generator.
def rebound():
    set = lambda g: [type(g).__name__] + list(g)
    len = lambda xs: xs
    return len(set(i * i for i in range(4)))


print(rebound())


def walk(range):
    # A range parameter shadowing the builtin.
    return len(set(x % 3 for x in range))


print(walk([1, 2, 3, 4, 5, 7]), walk(range(10)))


import traceback

# A range's iterator for a generator expression fed to a builtin is reused
# (py.FeedIter): one kept by a generator that a rebound builtin got must
# stay its own.
saved = []


def keep(g):
    saved.append(g)
    return 0


def kept():
    set = keep
    sum = keep
    return set(x for x in range(3)), sum(x * 10 for x in range(5, 0, -2))


print(kept(), sum(x for x in range(100)), len(set(x % 7 for x in range(50))))
print([next(saved[0]), sum(x for x in range(4))], list(saved[0]), list(saved[1]))
print(sum(sum(y for y in range(x)) for x in range(6)), any(x > 3 for x in range(10)))
print(all(x < 3 for x in range(10)), max(x for x in range(-5, 5, 3)), min(x for x in range(0)) if False else 0)
print(sum(x for x in range(2**63 - 2, 2**63 + 1)), sorted(-x for x in range(2**64, 2**64 + 3)))
print(list(x for x in range(5, 5)), tuple(x for x in range(10, 0, -3)), sum(x for x in range(-1)))
for bad in [5, None]:
    try:
        sum(x for x in bad)
    except TypeError:
        traceback.print_exc()
r5 = range(5)
try:
    sum(1 // (x - 2) for x in r5)
except ZeroDivisionError:
    traceback.print_exc()
print(sum(x for x in range(10)), [sum(x for x in range(n)) for n in range(5)])


def bad_len(xs):
    raise ValueError(f"bad len of {type(xs).__name__}")


def positions(xs):
    # Errors out of set() are reported at set(...), out of len at len(...).
    for f in [lambda: len(set(xs)), lambda: len(set(1 // x for x in xs))]:
        try:
            f()
        except Exception:
            traceback.print_exc()
    global len
    len = bad_len
    try:
        try:
            print(len(set(x for x in xs)))
        except Exception:
            traceback.print_exc()
        try:
            print(len(set(xs)))
        except Exception:
            traceback.print_exc()
    finally:
        del len


positions([1, 0])
positions([[1]])


def fails(cols):
    return len(set(i // (i - 2) for i in cols))


sys.stdout.flush()
print(fails(range(2)))
print(fails(range(5)))
