# list.append/pop/insert called by name: an exact list's own methods run in
# place; anything else (subclasses, deques, instances with such attributes)
# must behave as the general method call does, errors and tracebacks too.
from collections import deque


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __init__(self, lst, i):
        self.lst, self.i = lst, i

    def __index__(self):
        self.lst.append("from-index")
        return self.i


def _my_append(self, x):
    print("MyList.append", x)
    list.append(self, x)


def _my_pop(self, *a):
    print("MyList.pop", a)
    return list.pop(self, *a)


def _my_insert(self, i, x):
    print("MyList.insert", i, x)
    list.insert(self, i, x)


# Made by type(), not a class statement: no class of this module defines
# a method named append, pop or insert, so every call site below is one
# the translator runs in place for exact lists.
MyList = type("MyList", (list,), {"append": _my_append, "pop": _my_pop, "insert": _my_insert})
Plain = type("Plain", (list,), {})


class Holder:
    pass


class ClassAttr:
    append = print
    pop = staticmethod(lambda *a: ("ClassAttr.pop", a))


def exact():
    xs = [1, 2, 3]
    v = 4
    xs.append(v)
    print(xs.pop(), xs.pop(0), xs, xs.pop(-1), xs)
    i, x = 0, "a"
    xs.insert(i, x)
    xs.insert(-1, "b")
    xs.insert(100, "c")
    xs.insert(-100, "d")
    print(xs)
    big = list(range(20))
    print(big.pop(1), big.pop(-2), big.pop(3), big)
    big.insert(2, "x")
    big.insert(-3, "y")
    print(big)
    show("pop empty", lambda: [].pop())
    show("pop index empty", lambda: [].pop(0))
    show("pop range", lambda: [1].pop(1))
    show("pop -range", lambda: [1].pop(-2))
    show("pop float", lambda: [1].pop(1.0))
    show("pop str", lambda: [1].pop("0"))
    show("pop bool", lambda: [5, 6].pop(True))
    show("pop big", lambda: [1].pop(2 ** 70))
    show("insert float", lambda: [1].insert(0.0, 2))
    show("insert big", lambda: [1].insert(-2 ** 70, 2))
    show("insert bool", lambda: [1].insert(False, 2))
    ys = [1, 2]
    show("pop __index__", lambda: (ys.pop(Idx(ys, 0)), ys))
    zs = [1, 2]
    show("insert __index__", lambda: (zs.insert(Idx(zs, 1), "v"), zs))
    print(ys.append(9), ys)


def others():
    m = MyList([1, 2])
    one, z = 1, 0
    m.append(3)
    print(m.pop(), m.pop(z), m)
    m.insert(z, "q")
    print(m)
    d = deque([1, 2, 3])
    d.append(one)
    print(d.pop(), d)
    show("deque pop arg", lambda: d.pop(z))
    d.insert(z, "w")
    print(d)
    h = Holder()
    h.append = lambda x: ("Holder.append", x)
    h.pop = lambda *a: ("Holder.pop", a)
    h.insert = lambda *a: ("Holder.insert", a)
    print(h.append(one), h.pop(), h.pop(one), h.insert(one, z))
    c = ClassAttr()
    c.append(one)
    print(c.pop(), c.pop(one))
    show("no attr", lambda: Holder().append(one))
    show("int attr", lambda: (5).pop())
    show("tuple", lambda: (1, 2).append(one))
    s = {1, 2}
    print(s.pop(), s)
    dd = {1: "a"}
    print(dd.pop(one), dd)
    show("dict pop", lambda: dd.pop(one))


class Loud:
    def __getattr__(self, name):
        print("lookup", name)
        return lambda *a: ("Loud", name, a)


class Eq:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        print("Eq.__eq__", other)
        return other == 2


def arg(v, note):
    print("arg", note)
    return v


def calls_in_args():
    xs = [1]
    xs.append(arg(2, "to list"))
    xs.append(xs.pop())
    xs.append(len(xs))
    print(xs)
    print(Loud().append(arg(3, "to Loud")))
    show("lookup first", lambda: Holder().append(arg(4, "never")))
    show("arg raises", lambda: xs.append(1 // (len(xs) - len(xs))))
    m = MyList()
    m.append(arg(5, "to MyList"))
    print(m)
    ys = [1, 2, 3, 2]
    one = 1
    ys.remove(one)
    e = Eq(ys)
    ys.remove(e)
    print(ys)
    show("remove missing", lambda: ys.remove(7))
    d = deque([1, 2])
    d.remove(one)
    print(d)


exact()
others()
calls_in_args()
# Alternating receivers at one site.
for obj in ([1, 2], MyList([3, 4]), Plain([5, 6]), deque([7, 8]), [9]):
    k = 0
    obj.append(k)
    obj.insert(k, "i")
    print(type(obj).__name__, obj.pop(), obj)
    if type(obj) is not deque:
        print(obj.pop(k), obj)
p = Plain([1, 2, 3])
zero = 0
p.append(zero)
p.insert(zero, "s")
print(p.pop(), p.pop(zero), p, type(p).__name__)
MyList.pop = lambda self, *a: ("patched", a)
m2 = MyList([1])
print(m2.pop(), m2.pop(zero), m2)
items = [1]
items.pop()
print("end", items.pop(zero))
