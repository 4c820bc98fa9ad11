# Set tables under churn: deleted slots (dummies) are told by their hash, and
# a probe run is read as one slice. Order, membership and __eq__ restarts
# must stay CPython's.


class H:
    """A key with a chosen hash (-1 becomes -2, as for every hash)."""

    def __init__(self, h, name):
        self.h, self.name = h, name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if not isinstance(other, H):
            return NotImplemented
        return self.name == other.name

    def __repr__(self):
        return f"H({self.h},{self.name})"


def churn():
    s = set()
    for i in range(5000):
        s.add(i % 1000)
        if (i * 7) % 1000 in s:
            s.discard(i % 500)
    print(len(s), sum(s), list(s)[:12], list(s)[-5:])
    # Keys that collide with the deleted slots' hash (-1 -> -2).
    t = {-1, -2, -1.0, H(-1, "a"), H(-2, "b"), H(-1, "c")}
    print(sorted(map(repr, t)))
    t.discard(-1)
    t.discard(H(-1, "a"))
    print(-1 in t, -2 in t, H(-1, "a") in t, H(-1, "c") in t, H(-2, "b") in t, len(t))
    t.add(H(-1, "a"))
    t.add(-1)
    print(sorted(map(repr, t)))


def collisions():
    # Many keys on one probe chain, then holes punched into it.
    keys = [H(7, str(i)) for i in range(40)]
    s = set(keys)
    for k in keys[::3]:
        s.remove(k)
    print(len(s), [k.name for k in s][:10])
    for k in keys[::3]:
        s.add(k)
    print(len(s), [k.name for k in s][:10], all(k in s for k in keys))
    # Equal ints, floats and bools land on one key.
    u = {1, 1.0, True, 2, 2.0}
    print(u, {0.0, 0, False}, {3} | {3.0})


class Mutator:
    """An __eq__ that empties the set it is compared in: lookups restart."""

    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 5

    def __eq__(self, other):
        self.target.clear()
        return False


def mutation():
    s = set()
    m = Mutator(s)
    s.add(H(5, "x"))
    print(m in s, len(s))
    s.add(H(5, "y"))
    s.add(m)
    print(len(s), m in s)


def pops():
    s = set(range(0, 300, 7))
    for i in range(0, 300, 14):
        s.discard(i)
    out = [s.pop() for _ in range(10)]
    s.update(range(1000, 1010))
    print(out, len(s), sorted(s)[:5])
    f = frozenset(s)
    print(hash(f) == hash(frozenset(sorted(s))), f == s)


churn()
collisions()
mutation()
pops()
