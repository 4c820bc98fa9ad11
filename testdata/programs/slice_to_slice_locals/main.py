# a[i:j] = b[k:l:m] with plain locals: the one-call path (py.SliceToSlice)
# and every case where it must step aside for the general one.


class I(int):
    pass


class L(list):
    def __getitem__(self, k):
        print("L.__getitem__", k)
        return list.__getitem__(self, k)


def flips(p):
    n = 0
    k = p[0]
    while k:
        p[:k + 1] = p[k::-1]
        n += 1
        k = p[0]
    return n, p


def shapes():
    a = list(range(10))
    b = list("abcdefghij")
    i, j, k = 2, 5, 1
    a[i:j] = b[k:k + 5]          # grows
    print(a)
    a[1:8] = b[2:4]              # shrinks
    print(a)
    a[::2] = b[:len(a[::2])]     # extended, same size
    print(a)
    c = list(range(8))
    c[2:6] = c[0:4]              # overlapping, forwards
    print(c)
    c = list(range(8))
    c[0:4] = c[2:6]
    print(c)
    c = list(range(8))
    c[1:5] = c[6:2:-1]           # reversed, overlapping another part
    print(c)
    c = list(range(8))
    c[i:] = c[:i]
    print(c)
    c = list(range(8))
    c[-3:] = c[-1:-4:-1]
    print(c)
    big = 2 ** 70
    c = list(range(8))
    c[k:big] = c[-big:k + 2]     # bounds past int64
    print(c)


def fallbacks():
    t = tuple(range(6))
    a = list(range(6))
    k = 3
    a[:k] = t[k::-1][:k]         # source not a list slice target
    print(a)
    a = list(range(6))
    s = L(range(6))
    a[:k + 1] = s[k::-1]         # list subclass: its __getitem__ runs
    print(a)
    a = list(range(6))
    k = I(2)
    a[:k + 1] = a[k::-1]         # int subclass bound
    print(a)
    a = list(range(6))
    k = True
    a[:k + 1] = a[k::-1]         # bool bound
    print(a)
    a = list(range(6))
    n = None
    a[n:3] = a[n:1]              # a local holding None
    print(a)
    a = list(range(6))
    try:
        a[::2] = a[:2]           # extended slice of another size
    except ValueError as e:
        print("ValueError:", e)
    try:
        k = "1"
        a[:k + 1] = a[k::-1]     # the source's error comes first
    except TypeError as e:
        print("TypeError:", e)


def unbound_first():
    a = list(range(4))
    try:
        a[:m + 1] = a[1::-1]
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        a[:2] = b[m::-1]
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    m = 1
    b = a


def clipped():
    # Bounds computed past int64 are clipped as CPython clips them to
    # Py_ssize_t: k + 1, k - 1 and 1 - k of an int at either end.
    hi, lo = 2 ** 63 - 1, -2 ** 63
    c = list(range(6))
    k = hi
    c[:k + 1] = c[k::-1]
    print(c)
    c = list(range(6))
    c[1 - k:] = c[:k - 1]
    print(c)
    k = lo
    c = list(range(6))
    c[k - 1:2] = c[1 - k:k - 1:-1]
    print(c)
    c = list(range(6))
    c[:-1 - k] = c[k + 1::1]
    print(c)
    c = list(range(6))
    c[k:] = c[-1 - k::-1]
    print(c)
    z = 0
    try:
        c[::z] = c[::2]          # a zero step goes the general way
    except ValueError as e:
        print("ValueError:", e)
    c = list(range(6))
    i, j = 1, 4
    c[i:j] = c[j - 1:i - 1:-1]   # a middle part reversed in place
    print(c)
    c[i:j] = c[j:i:-1]           # the part next to it, not in place
    print(c)
    c[0:3] = c[2::-1]
    print(c)


print(flips([3, 1, 4, 0, 2]))
print(flips(list(range(7))[::-1]))
shapes()
fallbacks()
unbound_first()
clipped()
