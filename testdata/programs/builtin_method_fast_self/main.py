# Fixed-arity entries of list/dict/set methods: unbound calls with a self of the wrong type raise TypeError (not a Go panic); pop/insert/remove on lists and list subclasses, __index__ arguments, errors.
for f, args in [(list.append, (5, 1)), (list.pop, (5,)), (list.pop, (5, 1)), (list.insert, (5, 1, 2)),
                (list.remove, ("x", 1)), (dict.get, (5, 1)), (dict.get, (5, 1, 2)), (set.add, (frozenset(), 1)), (set.add, (5, 1))]:
    try:
        print(f(*args))
    except TypeError as e:
        print(e)
l = [1, 2, 3]
print(list.pop(l), list.pop(l, 0), l, list.insert(l, 0, 9), l, list.remove(l, 9), l)
class L(list):
    pass
m = L([1, 2, 3, 4])
print(m.pop(), m.pop(0), m.pop(-1), m, m.insert(-100, 7), m.insert(100, 8), m)
try:
    m.pop(10)
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    m.remove(99)
except ValueError as e:
    print(e)
try:
    m.pop("a")
except TypeError as e:
    print(e)
class I:
    def __index__(self):
        return 1
print(m.pop(I()), m)
s = set(); s.add(1); fs = frozenset([1])
print(s, fs)
d = {1: 2}
print(d.get(1), d.get(3), d.get(3, 4), dict.get(d, 1))
p = l.pop
print(p(), l)
