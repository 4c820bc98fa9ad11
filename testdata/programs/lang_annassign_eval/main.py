# An annotated assignment to an attribute or subscript evaluates the
# target's parts (without a value) and, in a module or class body, the
# annotation, in CPython's order; a function body never evaluates it.
log = []


def note(tag, value=None):
    log.append(tag)
    return value


class Box:
    pass


box = Box()
items = {}

note("a", box).attr: note("ann1", int)
note("b", items)[note("k", 1)]: note("ann2", str)
note("c", items)[note("lo", 1):note("hi", 2), note("i", 3)]: note("ann3")
note("d", box).attr: note("ann4") = note("value", 5)
(plain): note("ann5")
(plain2): note("ann6") = note("value2", 6)
simple: note("ann7") = 7
print(log, box.attr, plain2, simple)
print(__annotations__)

log.clear()


class K:
    note("k1", box).x: note("kann1")
    y: note("kann2") = 1
    (z): note("kann3")
    note("k2", items)[0]: note("kann4") = 2


print(log, K.__annotations__, items)

log.clear()


def f(obj):
    note("f1", obj).x: note("never1")
    note("f2", items)[note("f3", 9)]: note("never2")
    (w): note("never3")
    v: note("never4") = 3
    return v


print(f(box), log)

try:
    missing.attr: int
except NameError as e:
    print("NameError:", e)


def g():
    missing_too[0]: int


try:
    g()
except NameError as e:
    print("NameError:", e)

(lambda: 1)().real: [note("in_comprehension", x) for x in range(2)]
print(log)
