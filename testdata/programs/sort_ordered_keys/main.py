# Sorting by keys Go orders itself (exact ints, floats, strs) must keep
# list.sort's results: stability, reverse=True keeping equal items' order,
# NaN keys, -0.0 and 0.0, strings beyond ASCII, and the generic path for
# mixed or other keys.
import math


def lcg(n, seed=12345, mod=1000):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % mod)
    return out


def ints():
    xs = lcg(300, mod=50)
    print(sorted(xs)[:20], sorted(xs)[-5:])
    # Stability: pairs sorted by their first item keep their order.
    pairs = list(zip(lcg(200, 7, 10), range(200)))
    by_key = sorted(pairs, key=lambda p: p[0])
    print(by_key[:12])
    print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
    print(sorted(range(100), key=lambda v: -v)[:5], sorted(range(50, 0, -1))[:5])
    print(sorted([3, -2**62, 2**63 - 1, -(2**63), 0]))
    print(sorted([3, 2**70, -1]))  # a big int: the generic path


def floats():
    xs = [x / 7 for x in lcg(120, 99, 500)]
    print([round(v, 4) for v in sorted(xs)[:8]])
    ys = [0.0, -0.0, 1.5, -0.0, 0.0, -1.5]
    print(sorted(ys), sorted(ys, reverse=True))
    nan = float("nan")
    zs = [3.0, nan, 1.0, 2.0, nan, 0.5] * 6
    print(sorted(zs)[:12])
    print(sorted([1.0, math.inf, -math.inf, 2.0]))
    print(sorted([1, 2.5, 0, -1.5, True]))  # mixed: the generic path


def strs():
    words = ["pear", "Apple", "apple", "écru", "zebra", "Zoo", "ähnlich", "a", "", "ab", "\U0001F600", "日本"]
    print(sorted(words))
    print(sorted(words, key=str.lower))
    print(sorted(words, key=len))
    long = [w + str(i % 7) for i, w in enumerate(words * 5)]
    print(sorted(long)[:10], sorted(long, reverse=True)[:6])
    tagged = [(w[:1], i) for i, w in enumerate(words * 3)]
    print(sorted(tagged, key=lambda t: t[0])[:10])
    s = ["b\ud800", "b\udfff", "b\ue000", "b\ud7ff"]
    print([ascii(x) for x in sorted(s)])


class Desc(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


def others():
    # A str subclass with its own order goes the generic way.
    print(sorted([Desc("a"), Desc("c"), Desc("b")]))
    l = lcg(64, 3, 20)
    l.sort()
    print(l[:10])
    l.sort(key=lambda v: (v % 3, v), reverse=True)
    print(l[:10])
    try:
        sorted([1, "a", 2])
    except TypeError as e:
        print("TypeError:", e)


ints()
floats()
strs()
others()
