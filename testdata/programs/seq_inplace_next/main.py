# Augmented + and - on globals and untyped locals (py.Inplace: two ints
# inline, the rest through the generic operation), free variables read
# before assignment, and for loops stepping generators through py.Next.
import traceback

total = 0
for v in [1, 2, 3, 2**62, 2**62, 2**62]:
    total += v
print(total, type(total).__name__)
total -= 2**63
total -= 2**63
total -= 2**63
print(total)
big = 2**63 - 1
big += 1
print(big)
small = -2**63
small -= 1
print(small)
small = -2**63 + 1
small -= 1
print(small, type(small).__name__)
neg = 5
neg -= -2**63 + 1
print(neg)
flag = True
flag += True
print(flag, type(flag).__name__)
flag = False
flag -= 1
print(flag)
f = 1
f += 0.5
print(f)
f -= 2
print(f)
s = "a"
s += "b"
print(s)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__(%d, %r)" % (int(self), other)

    def __rsub__(self, other):
        return "MyInt.__rsub__(%d, %r)" % (int(self), other)


m = MyInt(3)
m += 4
print(m)
x = 10
x -= MyInt(2)
print(x)
x = 10
x += MyInt(2)
print(x, type(x).__name__)


class IAdd:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        self.v += other
        return self

    def __isub__(self, other):
        return NotImplemented

    def __sub__(self, other):
        return "IAdd.__sub__(%r)" % (other,)

    def __repr__(self):
        return "IAdd(%r)" % (self.v,)


a = IAdd(1)
a += 5
print(a)
a -= 2
print(a)


def local_mix(items):
    acc = 0
    for it in items:
        acc += it
        acc -= 1
    return acc


print(local_mix([1, 2, 3]))
print(local_mix([1.5, 2]))
print(local_mix([2**63, -2**63, 7]))
try:
    local_mix([1, "x"])
except TypeError:
    traceback.print_exc()
try:
    total += None
except TypeError:
    traceback.print_exc()
try:
    total -= "s"
except TypeError:
    traceback.print_exc()


def outer():
    def inner():
        return late + 1
    try:
        print(inner())
    except NameError:
        traceback.print_exc()
    late = 41
    print(inner())


outer()


def gen(n):
    for i in range(n):
        yield i * 70000


count = 0
for v in gen(5):
    count += v
print(count)
g = gen(3)
next(g)
for v in g:
    print("rest", v)
for v in g:
    print("never")


def fails():
    yield 1
    raise ValueError("boom")


try:
    for v in fails():
        print("got", v)
except ValueError:
    traceback.print_exc()


def stops():
    yield 1
    raise StopIteration("inner")


try:
    for v in stops():
        print("got", v)
except RuntimeError:
    traceback.print_exc()


def self_loop():
    for v in me:
        yield v
    yield 0


me = self_loop()
try:
    for v in me:
        print("self", v)
except ValueError:
    traceback.print_exc()


def handles():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "caught"
    finally:
        print("finally runs")


for v in handles():
    print("handles", v)

it = handles()
for v in it:
    print("throwing at", v)
    print(it.throw(KeyError("k")))
    break
it.close()
print("closed")

for v in gen(3):
    if v:
        print("break at", v)
        break
