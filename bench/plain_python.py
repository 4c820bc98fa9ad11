# Plain Python: recursion, loops with arithmetic and dict/list methods, method calls on objects.
import time

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def loops(n):
    total = 0
    d = {}
    lst = []
    for i in range(n):
        total += i * 2 % 7
        if i % 3 == 0:
            lst.append(i)
        d[i % 100] = d.get(i % 100, 0) + 1
    return total, len(lst), len(d)

class P:
    def __init__(self, x):
        self.x = x
    def inc(self):
        self.x += 1
        return self.x

def objs(n):
    p = P(0)
    s = 0
    for _ in range(n):
        s += p.inc()
    return s

t = time.perf_counter()
print(fib(25))
t1 = time.perf_counter()
print(loops(300000))
t2 = time.perf_counter()
print(objs(300000))
t3 = time.perf_counter()
import sys
print(f"fib {t1-t:.3f} loops {t2-t1:.3f} objs {t3-t2:.3f}", file=sys.stderr)
