# For loops and comprehensions over lists and tuples step on the Go stack
# (py.ForSeq/ForSeqIt): mutation during the loop, subclasses that override
# __iter__ or are their own iterators, other iterables, errors and
# nested loops must behave as CPython's iterators do.


def grow():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if x < 6:
            l.append(x + 3)
    return out


def shrink():
    l = list(range(10))
    out = []
    for x in l:
        out.append(x)
        l.remove(x)
    return out, l


def clear_mid():
    l = [1, 2, 3, 4]
    out = []
    for x in l:
        out.append(x)
        if x == 2:
            l.clear()
    return out


class RevList(list):
    def __iter__(self):
        return reversed(list(super().__iter__()))


class PlainList(list):
    pass


class SelfIter(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.k = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.k += 1
        if self.k > 3:
            raise StopIteration
        return self.k * 10


class MyTuple(tuple):
    def __iter__(self):
        yield "custom"


def loops():
    res = []
    for x in RevList([1, 2, 3]):
        res.append(x)
    for x in PlainList([4, 5]):
        res.append(x)
    for x in SelfIter([7, 8, 9]):
        res.append(x)
    for x in MyTuple((1, 2)):
        res.append(x)
    for x in (6, 7):
        res.append(x)
    for x in {"a": 1, "b": 2}:
        res.append(x)
    for x in "hi":
        res.append(x)
    return res


def comps():
    t = (1, 2, 3)
    l = [4, 5]
    a = [x * 2 for x in t]
    b = [x + y for x in l for y in t]
    c = {x for x in RevList([1, 2, 2])}
    d = {k: v for k, v in [("a", 1), ("b", 2)]}
    e = [x for x in SelfIter([1])]
    f = [x for x in MyTuple((5,))]
    g = [x for x in PlainList([3, 4]) if x > 3]
    h = [y for x in [[1, 2], (3,), RevList([4, 5])] for y in x]
    return a, b, sorted(c), d, e, f, g, h


def errors():
    try:
        for x in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        [x for x in None]
    except TypeError as e:
        print("TypeError:", e)
    try:
        [y for x in [1] for y in x]
    except TypeError as e:
        print("TypeError:", e)
    l = [1, 2, 0, 4]
    try:
        for x in l:
            print(10 // x)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def nested_break():
    out = []
    for a in [1, 2, 3]:
        for b in (1, 2, 3):
            if b == a:
                break
            out.append((a, b))
        else:
            out.append("never")
    for a in [1, 2]:
        try:
            for b in [10, 20]:
                if b == 20:
                    continue
                out.append(a + b)
        finally:
            out.append("f")
    return out


def gen(n):
    for i in range(n):
        yield i


def from_calls():
    out = []
    for x in list(range(3)):
        out.append(x)
    for x in gen(4):
        if x == 2:
            break
        out.append(x)
    for x in sorted([3, 1, 2]):
        out.append(x)
    return out


def swap_mid():
    # Rebinding the name does not change what the loop steps.
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        l = [9, 9, 9, 9]
    return out


def closure_in_loop():
    fs = []
    for x in [1, 2, 3]:
        fs.append(lambda: x)
    return [f() for f in fs]


print(grow())
print(shrink())
print(clear_mid())
print(loops())
print(comps())
errors()
print(nested_break())
print(from_calls())
print(swap_mid())
print(closure_in_loop())
