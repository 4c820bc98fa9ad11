# Common Python idioms, each timed on its own: where a translated program
# is slower than CPython (a cliff) shows here first. Usage: idioms.py [N]
# prints "name milliseconds result" per idiom; bench/idioms_compare.py runs
# it under CPython and a built binary side by side.
import sys, time
from collections import namedtuple, defaultdict, deque
from dataclasses import dataclass

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
results = []

def bench(name):
    def deco(f):
        t = time.perf_counter()
        r = f()
        results.append((name, time.perf_counter() - t, r))
        return f
    return deco

@bench("str_concat")
def _():
    s = ""
    for i in range(N):
        s += "x"
    return len(s)

@bench("join_fstring")
def _():
    return len(",".join(f"{i}:{i*2}" for i in range(N)))

@bench("dict_items")
def _():
    d = {i: i * 2 for i in range(1000)}
    t = 0
    for _ in range(N // 1000):
        for k, v in d.items():
            t += k + v
    return t

@bench("dict_get_str")
def _():
    d = {str(i): i for i in range(1000)}
    keys = [str(i % 1500) for i in range(N)]
    t = 0
    for k in keys:
        t += d.get(k, 0)
    return t

@bench("sort_key")
def _():
    xs = [(i * 7919) % 10007 for i in range(N)]
    return sorted(xs, key=lambda x: -x)[0]

@bench("listcomp")
def _():
    t = 0
    for _ in range(N // 1000):
        t += len([x * 2 for x in range(1000) if x % 3])
    return t

@bench("try_except")
def _():
    c = 0
    for i in range(N):
        try:
            if i % 10 == 0:
                raise ValueError(i)
            c += 1
        except ValueError:
            c -= 1
    return c

class Base:
    def __init__(self, x):
        self.x = x
    def val(self):
        return self.x

class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def val(self):
        return super().val() + self.y

@bench("super_calls")
def _():
    t = 0
    for i in range(N):
        t += Derived(i, 1).val()
    return t

@bench("closure")
def _():
    def make(k):
        def f(x):
            return x + k
        return f
    t = 0
    for i in range(N):
        t += make(i)(1)
    return t

def kw(a, b=1, *, c=2, **rest):
    return a + b + c + len(rest)

@bench("kwargs_calls")
def _():
    t = 0
    for i in range(N):
        t += kw(i, c=3) + kw(i, b=2, d=4)
    return t

def va(*args):
    return len(args)

@bench("star_args")
def _():
    t = 0
    xs = (1, 2, 3)
    for i in range(N):
        t += va(*xs) + va(i, i)
    return t

@bench("isinstance")
def _():
    objs = [1, "a", 2.0, [], Derived(1, 2)]
    t = 0
    for i in range(N):
        o = objs[i % 5]
        if isinstance(o, (int, float)):
            t += 1
        elif isinstance(o, Base):
            t += 2
    return t

P = namedtuple("P", "x y")

@bench("namedtuple")
def _():
    t = 0
    for i in range(N):
        p = P(i, 2)
        t += p.x + p.y
    return t

@dataclass
class D:
    x: int
    y: int

@bench("dataclass")
def _():
    t = 0
    for i in range(N):
        d = D(i, 2)
        t += d.x + d.y
    return t

@bench("enumerate_zip")
def _():
    a = list(range(1000)); b = list(range(1000))
    t = 0
    for _ in range(N // 1000):
        for i, (x, y) in enumerate(zip(a, b)):
            t += i + x - y
    return t

@bench("str_methods")
def _():
    line = "alpha beta gamma delta epsilon"
    t = 0
    for i in range(N // 4):
        parts = line.split()
        t += len(parts[2].upper()) + len(line.replace("a", "b")) + line.find("delta")
    return t

@bench("defaultdict")
def _():
    d = defaultdict(int)
    for i in range(N):
        d[i % 100] += 1
    return len(d)

@bench("deque")
def _():
    q = deque()
    for i in range(N):
        q.append(i)
        if len(q) > 10:
            q.popleft()
    return len(q)

@bench("int_str")
def _():
    t = 0
    for i in range(N):
        t += int(str(i))
    return t

@bench("set_ops")
def _():
    s = set()
    for i in range(N):
        s.add(i % 1000)
        if (i * 7) % 1000 in s:
            s.discard(i % 500)
    return len(s)

@bench("generator_pipeline")
def _():
    def evens(xs):
        for x in xs:
            if x % 2 == 0:
                yield x
    def sq(xs):
        for x in xs:
            yield x * x
    return sum(sq(evens(range(N))))

@bench("property")
def _():
    class C:
        def __init__(self):
            self._v = 1
        @property
        def v(self):
            return self._v
    c = C()
    t = 0
    for i in range(N):
        t += c.v
    return t

@bench("format_pct")
def _():
    t = 0
    for i in range(N // 2):
        t += len("%d-%s-%.2f" % (i, "x", i / 3)) + len("{}/{}".format(i, i))
    return t

@bench("list_slice_sum")
def _():
    xs = list(range(100))
    t = 0
    for i in range(N // 10):
        t += sum(xs[i % 50:i % 50 + 20])
    return t

@bench("min_max_key")
def _():
    xs = [(i * 31) % 1000 for i in range(1000)]
    t = 0
    for _ in range(N // 1000):
        t += max(xs, key=lambda v: -v) + min(xs)
    return t

for name, dt, r in results:
    print(f"{name} {dt*1000:.2f} {r}")
