# Values-mode attributes past the room an instance was made with: grown
# blocks keep every value where the caches read it.
import copy


class A:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i * i)

    def total(self):
        return sum(getattr(self, f"a{i}") for i in range(len(vars(self))))


class B:
    def __init__(self):
        self.x = 1
        self.y = 2

    def more(self):
        self.z = 3
        self.w = 4
        self.v = 5
        self.u = 6
        return self.x + self.y + self.z + self.w + self.v + self.u


for n in (0, 1, 3, 4, 5, 8, 9, 16, 17, 33, 64, 65, 70):
    a = A(n)
    print(n, a.total(), len(vars(a)))
    c = copy.copy(a)
    d = copy.deepcopy(a)
    print(vars(c) == vars(a), vars(d) == vars(a))
    if n > 5:
        del a.a3
        print(hasattr(a, "a3"), a.a4, len(vars(a)))

bs = [B() for _ in range(5)]
for i, b in enumerate(bs):
    if i % 2:
        print(b.more(), b.u, b.x)
    else:
        print(b.x + b.y)
for b in bs:
    b.y = b.x * 10
    print(sorted(vars(b).items()))
e = copy.copy(bs[1])
e.t = 7
print(sorted(vars(e).items()), hasattr(bs[1], "t"))
