# N-queens: count all placements by generating permutations of columns and
# checking both diagonals with sets. Usage: nqueens.py [N]
import sys


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def solutions(n):
    cols = range(n)
    for vec in permutations(list(cols)):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield tuple(vec)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
sols = list(solutions(n))
print(f"nqueens n={n} count={len(sols)} first={sols[0]} last={sols[-1]}")
