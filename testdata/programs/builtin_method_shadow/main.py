# A method call site skips the instance-dict check for exact lists, dicts,
# sets and tuples (they have no __dict__), and still finds a subclass
# instance's own attribute shadowing the method at the same site.


class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


class T(tuple):
    pass


def use(objs):
    out = []
    for o in objs:
        if isinstance(o, list):
            o.append(len(o))
            out.append(o.count(0))
        elif isinstance(o, dict):
            out.append(o.get("k", "missing"))
        elif isinstance(o, (set, frozenset)):
            out.append(o.copy() == o)
        else:
            out.append(o.count(1))
    return out


shadowed = L([0])
shadowed.append = lambda v: print("own append", v)
shadowed.count = lambda v: "own count"
d = D(k=1)
d.get = lambda k, default=None: "own get"
s = S({1})
s.copy = lambda: "own copy"
t = T((1, 1))
t.count = lambda v: "own count"
objs = [[0], {"k": 2}, {1}, frozenset({2}), (1,), L([0]), D(), S(), T((1,))]
for round in range(3):
    print(use(objs))
    print(use(objs + [shadowed, d, s, t]))
    print(use([[0], shadowed, [0]]))
del shadowed.append
print(use([shadowed, [0]]), shadowed)
