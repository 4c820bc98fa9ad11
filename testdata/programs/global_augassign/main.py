# `a += b` / `a -= b` on module globals (and names a function declares
# global) with b a name: the one-call path for exact ints and every case
# where it must step aside for the general one.
import sys


class I(int):
    def __add__(self, other):
        print("I.__add__", int(self), other)
        return I(int(self) + other)

    def __rsub__(self, other):
        print("I.__rsub__", other, int(self))
        return other - int(self)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        print("Acc.__iadd__", other)
        self.items.append(other)
        return self


total = 0
for v in range(5):
    total += v
    total -= 1
print(total)

big = sys.maxsize
step = 1
big += step                     # past 64 bits
print(big, type(big))
big -= step
print(big, type(big))
neg = -sys.maxsize - 1
neg -= step
print(neg)
neg += step
print(neg)

f = 1.5
f += step                       # a float target
print(f)
s = "ab"
t = "cd"
s += t
print(s)
lst = [1]
alias = lst
more = [2, 3]
lst += more                     # in place: the alias sees it
print(lst, alias, lst is alias)
i = I(5)
total += i                      # int + I: I has no __radd__, int.__add__ runs
print(total, type(total))
i += step                       # I.__add__
print(i, type(i))
total -= i                      # I.__rsub__
print(total)
acc = Acc()
acc += step
print(acc.items)
flag = True
flag += step                    # bool is not an exact int
print(flag, type(flag))


def bump(k):
    global total, counter
    total += k
    counter -= k
    return total


counter = 10
print(bump(3), counter)


def ints(n):
    # k is an int-typed local: py.InplaceGlobalHitI.
    global total
    for k in range(n):
        total += k
        total -= 2 * k
    big = 2 ** 62
    for k in range(big, big + 3):
        total += k              # past 64 bits on the second add
    return total


print(ints(4), type(total))
total = 0


def int_unbound(flag):
    global total
    if flag:
        j = 1
    j = j if flag else 0
    for m in range(2):
        pass
    try:
        total += w
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    w = m + j
    return w


int_unbound(True)


def bump_unbound():
    global total
    try:
        total += later
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    later = 1


bump_unbound()


def ghostly():
    global ghost
    ghost += step               # unbound first


try:
    ghostly()
except NameError as e:
    print("NameError:", e)
ghost = 3
ghostly()
print(ghost)

try:
    missing += step
except NameError as e:
    print("NameError:", e)
try:
    total += nothing
except NameError as e:
    print("NameError:", e)
try:
    missing += nothing          # the target's error comes first
except NameError as e:
    print("NameError:", e)
word = "x"
try:
    total += word
except TypeError as e:
    print("TypeError:", e)
del total
total = 7
total += step                   # a global deleted and bound again
print(total)
gone = 1
del gone
gone2 = 2
gone2 += gone                   # unbound source, bound target
