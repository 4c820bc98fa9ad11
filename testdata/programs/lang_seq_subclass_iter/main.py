class L(list):
    def __iter__(self):
        return iter([7, 8])
class T(tuple):
    def __iter__(self):
        return iter(["x", "y"])
a, b = L([1, 2])
print(a, b)
a, b = T((1, 2))
print(a, b)
a, *b = L([1, 2, 3])
print(a, b)
for p, q in [L([1, 2])]:
    print(p, q)
def f(x):
    u, v = x
    return u, v
print(f(T((3, 4))))
print([*L([1, 2])], (*T((1, 2)),))
for obj in (L([1, 2, 3]), T((1, 2, 3))):
    print([x for x in obj], list(obj), tuple(obj), sorted(obj, key=str), sum(1 for _ in obj))
    print(sorted(set(obj), key=str), dict.fromkeys(obj), list(enumerate(obj)), list(zip(obj, obj)), list(map(str, obj)))
    print(min(obj, key=str), max(obj, key=str), any(obj), all(obj), "".join(map(str, obj)), list(reversed(obj)))
    print(list(filter(None, obj)), [*obj], sorted({*obj}, key=str), sorted(frozenset(obj), key=str), len(obj))
    l = []
    l.extend(obj)
    print(l, " ".join(str(v) for v in obj), list(iter(obj)))
    d = {}
    d.update(zip(obj, obj))
    print(d, bytes(x for x in [1]) , list(__import__("itertools").chain(obj, obj)))
    s = set(); s.update(obj); print(sorted(s, key=str))
    l2 = [0]; l2 += obj; print(l2)
    print(str.join(",", map(str, obj)))
def g(*a): return a
print(g(*L([1, 2])), g(*T((1, 2))))
try:
    print(",".join(L(["a", "b"])))
except TypeError as e:
    print("TypeError", e)
print(",".join(T(("a", "b"))).upper())
