# Lists a generator yields as `[x] + rest` and a loop drops at once are
# recycled: every list anyone kept must keep its items.


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p


kept = []
for p in perms([1, 2, 3, 4]):
    kept.append(p)
print(len(kept), kept[:5], kept[-1])
print(sorted(map(tuple, kept)) == sorted(set(map(tuple, kept))))


def prefix(g, x):
    # p read only by `[x] + p` and `p[0]`: a recycling loop.
    for p in g:
        if p[0] == 99:
            continue
        yield [x, p[-1]] + p


def keeper():
    # The items next() takes are kept by the caller.
    base = [[1], [2], [3]]
    for b in base:
        yield [0] + b


outside = []
def mixed():
    # A fresh yield, then kept lists through yield from, then fresh again.
    yield [1] + [2]
    yield from iter(outside)
    yield [3] + [4]


outside.append([7, 7])
outside.append([8, 8])
k = keeper()
first = next(k)
got = list(prefix(k, 5))
print(first, got)
got = []
for q in prefix(mixed(), 9):
    got.append(q)
print(got, outside)
m = mixed()
print(next(m))
print(list(prefix(m, 6)), outside)


class Radd:
    saved = [5, 5]

    def __radd__(self, other):
        Radd.saved = other + [6]
        return Radd.saved


def odd():
    yield [1] + [2, 3]
    yield [1] + Radd()
    yield [1, 2] + ListSub([3])
    yield [1] + list(range(20))
    yield [4] + []


class ListSub(list):
    pass


out = list(prefix(odd(), 0))
print(out, Radd.saved)
print([type(x).__name__ for x in out])


def twice(g):
    # Re-entered after a break: the flag starts clear each time.
    while True:
        n = 0
        for p in g:
            n += 1
            yield [n] + p
            if n == 2:
                break
        else:
            return


print(list(twice(perms([1, 2, 3]))))


def reader(g):
    for p in g:
        yield [len(p)] + p


def nested(n):
    for a in reader(perms(list(range(n)))):
        yield [a[0]] + a


keep = list(nested(4))
print(len(keep), keep[0], keep[-1], all(len(x) == 6 for x in keep))


def thrower():
    for p in perms([1, 2, 3]):
        if p[0] == 3:
            raise KeyError(p[1])
        yield [0] + p


try:
    for v in thrower():
        print(v)
except KeyError as e:
    print("KeyError", e)


def sender():
    got = yield [1] + [2]
    while got is not None:
        got = yield [got] + [got]


s = sender()
a = next(s)
b = s.send(4)
c = s.send(5)
print(a, b, c)


def escape(g):
    # p kept: not a recycling loop.
    store = []
    for p in g:
        store.append(p)
        yield [0] + p
    yield store


print(list(escape(perms([1, 2, 3]))))


def two_loops(g, h):
    for p in g:
        for p in h:
            yield [1] + p
        yield [2] + p


print(list(two_loops(perms([1, 2]), perms([3, 4]))))


def after(g):
    for p in g:
        yield [0] + p
    yield p


print(list(after(perms([1, 2]))))


def big(n):
    for i in range(n):
        yield [i] + list(range(i))


def big_reader(g):
    for p in g:
        yield [p[0]] + p


print([len(x) for x in big_reader(big(20))])


import builtins


class LSub(list):
    def __iter__(self):
        return iter([0, 0])


def copies(xs):
    for x in xs:
        yield list(x)


def user(g):
    for p in g:
        yield [1] + p


src = [[1, 2], (3, 4), LSub([5, 6]), range(3), "ab", [], ()]
res = list(user(copies(src)))
print(res, src)
real_list = builtins.list


def fake_list(x):
    print("fake list", x)
    return kept_list


kept_list = [9, 9]
builtins.list = fake_list
try:
    res = real_list(user(copies([[1], [2]])))
finally:
    builtins.list = real_list
print(res, kept_list)
held = []
for q in copies([[1, 2], [3]]):
    held.append(q)
print(held, real_list(user(copies([[7], [8, 8]]))), held)
