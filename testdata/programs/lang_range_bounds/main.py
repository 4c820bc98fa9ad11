# range() lengths, indexing and slicing at the int64 edges: lengths computed without big ints when they fit, slices whose bounds or step pass int64 computed as long ranges; count/index of exact ints computed, of anything else searched by equality.
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



class AlwaysEq:
    def __eq__(self, other):
        return True


ALWAYS_EQ = AlwaysEq()
for f in [lambda: range(10**20).count(1), lambda: range(10**20).count(10**20), lambda: range(1, 2**100, 2).count(2**87), lambda: range(1, 2**100, 2).count(2**87+1),
          lambda: range(10).count(ALWAYS_EQ), lambda: len(range(sys.maxsize, sys.maxsize+10)), lambda: range(10**20).index(1), lambda: range(10**20).index(10**20 - 1),
          lambda: range(1, 2**100, 2).index(2**87+1), lambda: range(10).index(ALWAYS_EQ), lambda: range(4).index(2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class I(int): pass
class E:
    def __eq__(self, o): return o == 3
for f in [lambda: range(5).index(3.0), lambda: range(5).count(3.0), lambda: range(5).index(I(2)), lambda: range(5).count(E()), lambda: range(5).index(E()),
          lambda: range(5).index(7.5), lambda: range(5).index(True), lambda: range(5).count(False), lambda: range(5).index(9), lambda: range(2**70, 2**70 + 3).index(2**70 + 1),
          lambda: range(2**70, 2**70 + 3).index(5), lambda: 3.0 in range(5), lambda: E() in range(5), lambda: range(0, 10, 3).index(6), lambda: range(10, 0, -2).count(4)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
