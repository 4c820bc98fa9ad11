# list.sort and sorted: stable for equal keys (with and without key=,
# reversed), the int/float/str and generic comparison paths, already sorted
# and descending inputs, errors, big ints.
import random
random.seed(5)
class K:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K({self.v},{self.tag})"
for n in [0, 1, 2, 5, 23, 24, 25, 47, 48, 49, 100, 1000, 5000]:
    xs = [random.randrange(n // 3 + 1) for _ in range(n)]
    ks = [K(x, i) for i, x in enumerate(xs)]
    fl = [x / 7 for x in xs]
    st = [str(x) for x in xs]
    print(n, sorted(xs) == sorted(xs, key=lambda v: v), hash(tuple(sorted(xs))),
          [k.tag for k in sorted(ks)][:20], [k.tag for k in sorted(ks, reverse=True)][:20],
          [k.tag for k in sorted(ks, key=lambda k: k.v % 3)][:20],
          sorted(fl)[:5], sorted(st)[:5], sorted(st, key=len)[:8], sorted(xs, reverse=True)[:8],
          sorted(range(n)) == list(range(n)), sorted(range(n, 0, -1))[:3])
mixed = [3, 1.5, True, 2, -1.0, 0]
print(sorted(mixed), sorted(mixed, key=lambda v: -v), sorted([float('nan'), 1.0, 0.5]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
l = [5, 3, 9]; l.sort(key=lambda v: v % 4, reverse=True); print(l)
words = "the quick brown fox jumps over the lazy dog The Quick".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
big = [2**70, 3, -2**65, 10**20]
print(sorted(big), sorted(big, key=lambda v: -v))
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13:
            raise ValueError("no 13")
        return self.v < o.v
    def __repr__(self): return "B%d" % self.v
items = [Bad((i * 7) % 50) for i in range(50)]
try:
    items.sort()
except ValueError as e:
    print("ValueError", e, len(items), sorted(b.v for b in items) == list(range(50)))
