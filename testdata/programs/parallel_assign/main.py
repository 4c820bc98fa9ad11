# a, b = x, y without a tuple: items evaluated left to right, then stored left to right; int-typed locals overflowing to big ints, float locals, attribute/item/nested targets, errors midway, unbound names.
def f():
    a, b = 0, 1
    for i in range(100):
        a, b = b, a + b
    return a

def g(x):
    p, q = x * 1.5, 2.0
    p, q = q, p
    return p, q

class C:
    pass

def h():
    c = C()
    d = {}
    l = [0, 0]
    order = []
    def val(n):
        order.append(n)
        return n
    c.x, d["k"], l[val(1)] = val("a"), val("b"), val("c")
    [m, n] = [val(5), val(6)]
    m, n = n, m
    return c.x, d, l, order, m, n

def err():
    a = 1
    try:
        a, b = 1, 1 // 0
    except ZeroDivisionError:
        pass
    return a

def unb():
    try:
        x, y = y, 1
    except UnboundLocalError as e:
        return str(e)

print(f(), g(2), g("s" if False else 2), h(), err(), unb())
a, (b, c) = 1, (2, 3)
print(a, b, c)

def gen():
    a, b = (yield 1), (yield 2)
    yield a, b

g = gen()
print(next(g), g.send("x"), g.send("y"))
x, y = [1, 2]
[x, y] = y, x
print(x, y)
try:
    x, y = 1, 2, 3
except ValueError as e:
    print(e)
