# A loop variable read only by subscripts inside generator expressions fed
# to builtins and by tuple()/list() gets its items recycled. Each run
# rebinds one of those builtins (through the builtins module, at run time)
# to code that keeps what it is given: nothing kept may change afterwards.
import builtins
import sys

mode = sys.argv[1] if len(sys.argv) > 1 else ""


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


kept = []
real_tuple, real_list, real_set, real_len = tuple, list, set, len


def keep_tuple(x):
    kept.append(x)
    return real_tuple(x)


def keep_list(x):
    kept.append(x)
    return real_list(x)


def keep_set(g):
    # Keeps the generator unstarted: it reads vec once run, after the
    # loops are done. Every permutation passes.
    kept.append(g)
    return real_set(range(6))


def keep_len(s):
    kept.append(s)
    return real_len(s)


if mode == "tuple":
    builtins.tuple = keep_tuple
elif mode == "list":
    builtins.list = keep_list
elif mode == "set":
    builtins.set = keep_set
elif mode == "len":
    builtins.len = keep_len


def solutions(n):
    cols = range(n)
    for vec in permutations(real_list(cols)):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield tuple(vec)


def copies(n):
    # list(vec) yielded: ListOfFresh's copy, or a rebound list's result.
    for vec in permutations(real_list(range(n))):
        if vec[0] == 0:
            yield list(vec)


def sums(n):
    # sum() and max() fed, and a subscript outside any expression.
    for vec in permutations(real_list(range(n))):
        yield sum(vec[i] * i for i in range(n)), max(vec[i] for i in range(n)), vec[-1]


lazy = []


def lazies(n):
    # An unfed generator expression may outlive the loop: no recycling.
    for vec in permutations(real_list(range(n))):
        lazy.append(vec[i] for i in range(n))
        yield vec[0]


print(sum(lazies(4)), sum(p[0] for p in permutations(real_list(range(4)))))
print(real_list(lazy[0]), real_list(lazy[-1]))
sols = real_list(solutions(6))
print(real_len(sols), sols[0], sols[-1])
# More lists of six made after the loop (a recycled one would be reused).
print(sum(p[0] for p in permutations(real_list(range(6)))))
cs = real_list(copies(4))
print(real_len(cs), cs[:3], cs[-1])
print(real_list(sums(3)))
out = []
for k in kept:
    if hasattr(k, "__next__"):
        out.append(real_list(k))
    else:
        out.append(k)
print(mode or "plain", real_len(kept), out[:3], out[-3:])
print(real_len(real_set(map(repr, out))))
