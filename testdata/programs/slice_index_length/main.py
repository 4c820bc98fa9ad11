# A slice's bounds are converted (__index__) before the sequence's length
# is read, as PySlice_Unpack runs before PySlice_AdjustIndices: a bound
# whose __index__ grows or shrinks the sequence is seen by the slice.
class Grow:
    def __init__(self, seq, v, add):
        self.seq, self.v, self.add = seq, v, add

    def __index__(self):
        for _ in range(self.add):
            self.seq.append(len(self.seq))
        return self.v


class Shrink:
    def __init__(self, seq, v, drop):
        self.seq, self.v, self.drop = seq, v, drop

    def __index__(self):
        for _ in range(self.drop):
            self.seq.pop()
        return self.v


x = [0, 1, 2]
print(x[Grow(x, 1, 3):], x)
x = [0, 1, 2]
print(x[:Grow(x, 10, 4)], x)
x = [0, 1, 2, 3, 4, 5]
print(x[Shrink(x, 1, 3):], x)
x = [0, 1, 2]
print(x[::Grow(x, -1, 2)], x)
x = [0, 1, 2]
print(x[-1:Grow(x, 0, 3):-1], x)

x = [0, 1, 2]
x[Grow(x, 1, 3):] = ["a"]
print(x)
x = [0, 1, 2, 3, 4, 5]
x[Shrink(x, 0, 2)::2] = ["p", "q"]
print(x)
x = [0, 1, 2]
del x[Grow(x, 1, 3):]
print(x)
x = [0, 1, 2, 3, 4, 5, 6]
del x[:Shrink(x, 5, 4):2]
print(x)

b = bytearray(b"abc")
class GrowB:
    def __index__(self):
        b.extend(b"xyz")
        return 1
b[GrowB():] = b"Z"
print(b)
s = slice(Grow([], 1, 0), None)
print([0, 1, 2, 3][s], s.indices(10))
try:
    [1, 2, 3][Grow([], 0, 0):0:0]
except ValueError as e:
    print("ValueError", e)
