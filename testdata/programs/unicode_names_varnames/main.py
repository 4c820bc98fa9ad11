# Python names Go cannot spell (combining marks, connector punctuation)
# and co_varnames: parameters, then the other locals in first-mention order.
import asyncio

A֖ = 3
A_u0596_ = "not the same variable as A֖"


def f(b֖, *, c‿d=2):
    x֖ = b֖ + A֖

    def inner():
        nonlocal x֖
        x֖ += c‿d
        return x֖
    return inner()


class K֖:
    y֖ = 5

    def m(self, z֖):
        return z֖ * self.y֖


async def co(a֖):
    return [q֖ * 2 for q֖ in range(a֖)]


def order(p, *args, k, **kw):
    for i in range(3):
        if i > 1:
            print(late)
        late = i
    total = p
    try:
        pass
    except Exception as err:
        print(err)
    with open(__file__) as fh:
        pass
    del total
    global A֖
    return [w for w in args]


def cells(a):
    b = 1
    c = 2

    def g():
        return a + b
    return g


print(f(4), A֖, A_u0596_, K֖().m(3), K֖.__name__)
print(f.__code__.co_varnames, f.__code__.co_cellvars, f.__code__.co_nlocals)
print(asyncio.run(co(3)))
print(sorted(k for k in globals() if not k.startswith('__')))
print(order.__code__.co_varnames, order.__code__.co_nlocals)
print(cells.__code__.co_varnames, cells.__code__.co_cellvars)
print(cells(1).__code__.co_varnames, cells(1).__code__.co_freevars)
print((lambda u, v=1: (t := u + v)).__code__.co_varnames)
try:
    print(undefined֖)
except NameError as e:
    print(e)
