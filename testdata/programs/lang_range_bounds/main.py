# range() lengths, indexing and slicing at the int64 edges: lengths computed without big ints when they fit, slices whose bounds or step pass int64 computed as long ranges.
import sys
M = sys.maxsize
cases = [(0,), (5,), (-3,), (2, 9), (9, 2), (2, 9, 3), (9, 2, -3), (-2**62, 2**62, 2**62), (-M - 1, M), (-M - 1, M, 2),
         (M, -M - 1, -1), (M, -M - 1, -2), (-M - 1, M, M), (0, M, M), (M - 1, M), (-5, -5), (3, 3, -1), (0, 2**64, 2**62),
         (2**63, 2**63 + 10, 3), (-2**63 - 5, -2**63 + 5), (10, 0, -M - 1), (0, 1, M)]
for c in cases:
    r = range(*c)
    try:
        n = len(r)
    except OverflowError as e:
        n = "OverflowError"
    print(c, n, r[:3] if not isinstance(n, str) else "", list(r[-2:]) if not isinstance(n, str) and n < 10**6 else "", 7 in r, r.count(0))
print(sum(range(1000)), list(range(10, 0, -3)), list(reversed(range(1, 8, 2))), range(0, 10, 3).index(9))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
