# a[:k + 1] = a[k::-1] reverses a prefix in place when a is an exact list
# and 0 <= k < len(a); every other k, and other receivers, take the
# general slice assignment.


class L(list):
    pass


def flip(a, k):
    a[:k + 1] = a[k::-1]
    return a


def flip2(a, k, j):
    a[:j] = a[k::-1]
    return a


for k in (0, 1, 2, 5, 6, 7, 100, -1, -2, -6, -7, -100, 2 ** 63 - 1, -2 ** 63, 2 ** 70):
    print(k, flip(list(range(7)), k))
print(flip([], 0), flip([], -1), flip([9], 0))
print(flip(L([1, 2, 3, 4]), 2), type(flip(L([1, 2]), 1)).__name__)
for k, j in ((2, 3), (2, 2), (3, 5), (-1, 7), (6, 7)):
    print(k, j, flip2(list("abcdefg"), k, j))
b = [1, 2, 3]
c = b
k = 1
b[:k + 1] = c[k::-1]
print(b, c is b)
x = [1, 2, 3, 4]
y = [5, 6, 7, 8]
x[:k + 1] = y[k::-1]
print(x, y)
try:
    flip([1, 2], 1.0)
except TypeError as e:
    print("TypeError", e)
t = (1, 2, 3)
try:
    flip(t, 1)
except TypeError as e:
    print("TypeError", e)
print(flip(bytearray(b"abcd"), 2))
