import sys

class L(list):
    def __getitem__(self, k):
        print("L.get", k)
        return list.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("L.set", k, v)
        list.__setitem__(self, k, v)

class T(tuple):
    def __getitem__(self, k):
        return ("T", k)

def loads(x, k, i):
    out = [x[0], x[-1], x[k], x[i]]
    try:
        out.append(x[5])
    except IndexError as e:
        out.append(str(e))
    try:
        out.append(x[-6])
    except IndexError as e:
        out.append(str(e))
    return out

def typed(x):
    r = []
    for i in range(-3, 3):
        r.append(x[i])
    i = 2 ** 70
    try:
        r.append(x[i])
    except IndexError as e:
        r.append(type(e).__name__ + ": " + str(e))
    return r

print(loads([10, 20, 30], 1, 2))
print(loads((10, 20, 30), 1, 2))
print(loads(L([10, 20, 30]), 1, 2))
print(loads(T((10, 20, 30)), 1, 2))
print(loads("abc", 1, 2))
print(loads({0: "a", -1: "b", 1: "c", 2: "d", 5: "e", -6: "f"}, 1, 2))
print(typed([1, 2, 3]))
print(typed((1, 2, 3)))

def bools(x):
    t = True
    return x[True], x[False], x[t]
print(bools([1, 2]))

def stores(x, k):
    x[0] = "a"
    x[-1] = "z"
    x[k] = "k"
    for i in range(2):
        x[i] += "!"
    try:
        x[9] = 1
    except IndexError as e:
        print("store", e)
    try:
        x[k] += None
    except TypeError as e:
        print("aug", e)
    return x

print(stores([1, 2, 3], 1))
print(stores(L([1, 2, 3]), 1))
print(stores({}, 1) if False else "skip")
d = stores.__defaults__
def dstores():
    d = {}
    d[0] = "a"
    d[-1] = "z"
    k = 1
    d[k] = 5
    d[k] += 1
    return d
print(dstores())

def unbound_order():
    try:
        x[k]
    except UnboundLocalError as e:
        print(e)
    try:
        y[0] = 1
    except UnboundLocalError as e:
        print(e)
    x = k = y = None
unbound_order()

def mutate_between():
    l = [1, 2, 3]
    def f():
        l.clear()
        return 1
    try:
        l[0] += f()
    except IndexError as e:
        print("mutate", e)
    m = [1, 2, 3]
    def g():
        m.append(4)
        return 10
    m[0] += g()
    print(m)
mutate_between()

class Idx:
    def __index__(self):
        return 1
def index_obj(x):
    k = Idx()
    x[k] = "via __index__"
    return x[k], x
print(index_obj([0, 0]))

def typed2(x):
    n = len(x)
    s = 0
    i = 0
    while i < n:
        x[i] = x[i] * 2
        s += x[i]
        print(i, end=" ")  # boxes i: the index then holds its box
        s += x[i]
        j = i - n
        x[j] = x[j] + 1
        i += 1
    print()
    big = 2 ** 64
    try:
        x[big] = 0
    except IndexError as e:
        print(type(e).__name__, e)
    return s, x
print(typed2([1, 2, 3]))
print(typed2(L([1, 2])))
