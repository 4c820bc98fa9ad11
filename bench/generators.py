# Generators: a generator function iterated, a generator expression summed, many short generators.
import sys
import time

K = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def gen(n):
    for i in range(n):
        yield i


t = time.perf_counter()
total = 0
for v in gen(1000000 * K):
    total += v
t1 = time.perf_counter()
s = sum(x * 2 for x in range(1000000 * K))
t2 = time.perf_counter()
c = 0
for _ in range(100000 * K):
    for v in gen(3):
        c += v
t3 = time.perf_counter()
print(total, s, c)
print(f"items {t1-t:.3f} genexp {t2-t1:.3f} small {t3-t2:.3f}", file=sys.stderr)
