# Sets built from a dict, and set comparisons, use the hashes the dict or
# set keeps: __hash__ is not called again, as in CPython.
calls = []


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        calls.append(self.n)
        return self.n * 7 - 1

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return f"K({self.n})"


class M:
    def __hash__(self):
        calls.append("m")
        return -1


d = {K(i): i for i in range(6)}
d[M()] = "m"
print("building:", calls)
calls.clear()
s = set(d)
print("set(d):", calls, len(s))
print(sorted(x.n for x in s if isinstance(x, K)))
calls.clear()
print(K(3) in s, calls)
fs = frozenset(d)
print("frozenset(d):", calls, len(fs))
s2 = set()
s2.update(d)
print("update:", calls, s2 == s)
print([type(x).__name__ for x in s][:3])


calls.clear()
class K2:
    def __init__(self, n): self.n = n
    def __hash__(self):
        calls.append(self.n); return self.n
    def __eq__(self, o): return isinstance(o, K2) and self.n == o.n
d = {K2(i): i for i in range(4)}
s = set(d); calls.clear()
s2 = set(); s2.update(d); print("update:", calls); calls.clear()
print(s2 == s, calls); calls.clear()
print(s <= s2, s.issubset(s2), calls); calls.clear()
s3 = s | s2; print("or", calls); calls.clear()
s4 = s & s2; print("and", calls); calls.clear()
s5 = s - s2; print("sub", calls); calls.clear()
s.update(s2); print("upd set", calls); calls.clear()
