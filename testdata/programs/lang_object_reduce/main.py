import copyreg, pickle
class C:
    def __init__(self): self.x = 1
print(object().__reduce__()[0].__name__, C().__reduce__()[0].__name__, C().__reduce_ex__(2)[0].__name__)
print(pickle.loads(pickle.dumps(C(), 0)).x, pickle.loads(pickle.dumps(C(), 2)).x)
try:
    object().__reduce__(0)
except TypeError as e:
    print("TypeError", e)
