import copy, pickle
class B(bytearray):
    pass
b = B(b"abcd"); b.y = 1
for p in range(0, 5):
    c = pickle.loads(pickle.dumps(b, p)); print(p, type(c).__name__, c, c.y)
print(copy.copy(b), copy.deepcopy(b).y, bytearray(b"\xff\x00").__reduce_ex__(2), bytearray().__reduce__())
