# A StopIteration raised by the Python code a builtin or itertools iterator
# calls (map's function, filter's predicate, starmap's, takewhile's) ends a
# for loop or list() quietly, as in CPython, and next() raises that same
# exception, value and traceback; the iterator goes on afterwards.
def f(x):
    if x == 3:
        raise StopIteration
    return x * 2


for y in map(f, [1, 2, 3, 4]):
    print(y)
print(list(map(f, [1, 2, 3, 4])))
print([y for y in map(f, range(10))])
print(sum(map(f, [1, 2, 3])))


def g():
    yield 1
    raise StopIteration


try:
    for v in g():
        print(v)
except RuntimeError as e:
    print("RuntimeError", e)
it = filter(lambda x: 1 / 0 if x > 5 else x % 2, range(10))
try:
    print(list(it))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def h(x):
    raise StopIteration(x)


print(list(filter(h, [1, 2])), list(zip([1, 2], map(h, [5]))))


def h2(x):
    raise StopIteration(x)


m = map(h2, [5, 6])
try:
    next(m)
except StopIteration as e:
    print(repr(e))
print(list(m))
it = iter(map(lambda x: x, [1]))
print(next(it), next(it, "dflt"))
m = map(h2, [7])
try:
    v = next(m)
except StopIteration as e:
    print("in try", repr(e))
import traceback
try:
    next(map(h2, [8]))
except StopIteration:
    traceback.print_exc()
import itertools
print(list(itertools.starmap(lambda a, b: h2(a) if a > 1 else a + b, [(1, 2), (3, 4), (0, 0)])))
print(list(itertools.takewhile(lambda x: h2(x) if x > 2 else True, [1, 2, 3, 4])))
m = map(lambda x: h(x) if x == 2 else x, [1, 2, 3])
print([v for v in m], list(m))
m = map(lambda x: h(x) if x == 2 else x, [1, 2, 3])
print(list(m), list(m))
