# Subscripts whose receiver or index is computed (py.ItemOr(py.ItemHitOf(x, k))):
# the inlined hit takes exact lists and tuples with an in-range index >= 0;
# everything else (negative indexes, subclasses, __getitem__, dicts, strs,
# errors and their carets) behaves as GetItem.
class Seq:
    def __getitem__(self, k):
        print("getitem", k)
        return k * 2
class L(list):
    def __getitem__(self, k):
        return "sub"
def idx(n):
    print("idx", n)
    return n
d = {"a": 1, (1, 2): 3}
t = (10, 20, 30)
l = [1, 2, 3]
box = [l, t]
print(box[0][idx(1)], box[1][idx(-1)], box[idx(0)][-2])
print(Seq()[idx(3)], L([1])[0], d["a"], d[(1, 2)])
print([[1, 2], [3, 4]][1][True], "abc"[idx(1)], b"xy"[1])
try:
    box[0][idx(5)]
except IndexError as e:
    print("IndexError", e)
try:
    box[1][2**70]
except IndexError as e:
    print("IndexError", e)
try:
    print(box[0][1.5])
except TypeError as e:
    print("TypeError", e)
def f():
    return box[idx(0)][undefined_name]
try:
    f()
except NameError as e:
    print("NameError", e)
box[0][idx(7) - 7 + 10]
