def f():
    try:
        x[0] = 1/0
    except Exception as e:
        print(type(e).__name__)
    x = []
f()
class C:
    def __init__(self): self.log = []
    def __getitem__(self, k): self.log.append(("get", k)); return 0
    def __setitem__(self, k, v): self.log.append(("set", k, v))
def g(tag, v):
    print("eval", tag)
    return v
c = C()
g("obj", c)[g("key", 1)] = g("val", 2)
g("obj", c)[g("key", 1)] += g("val", 2)
d = {}
g("obj", d)[g("key", "a")] = g("val", 1)
print(c.log, d)
def h():
    try:
        y.a = 1/0
    except Exception as e:
        print(type(e).__name__)
    y = 1
h()
def s1(a, i):
    try:
        b[0:1] = a[i:i + 1]
    except Exception as e:
        print("s1", type(e).__name__)
    b = [9]
s1([1, 2], 0)
def s2():
    try:
        b[0:1] = a[0:1]
    except Exception as e:
        print("s2", type(e).__name__, e)
    a = [1]
    b = [2]
s2()
class N:
    def __init__(self, lst): self.lst = lst
    def __add__(self, o):
        print("N.add"); self.lst.append(7); return 1
def s3(src):
    n = N(src)
    dst = [0, 0, 0]
    dst[n + 1:2] = src[0:2]
    print("s3", dst, src)
s3([1, 2, 3])
def s4(x):
    x[g("k", 0)] = g("v", 5)
    x[0] = 1
    print(x)
s4([0])
import asyncio
async def co(tag, v):
    print("await", tag); return v
async def amain():
    d = {}
    d[await co("key", "k")] = await co("val", 1)
    g("obj", d)[g("key2", "j")] = await co("val2", 2)
    try:
        z[0] = await co("val3", 3)
    except Exception as e:
        print(type(e).__name__)
    z = 1
    print(d)
asyncio.run(amain())
class W:
    def __setattr__(self, k, v): print("setattr", k, v)
def at(w):
    w.a = g("v", 1)
    g("o", w).b = g("v", 2)
at(W())
x: list = [0]
g("ann", x)[0] = g("annv", 3)
def ann():
    try:
        q[0]: int = 1/0
    except Exception as e:
        print("ann", type(e).__name__)
    q = 0
ann()
class M:
    def __init__(self, src): self.src = src
    def __add__(self, o):
        self.src.reverse()
        return 1
def s5(src):
    m = M(src)
    dst = [0, 0, 0]
    dst[m + 0:2] = src[0:2]
    print("s5", dst, src)
    k = 1
    dst[:k + 1] = src[k::-1]
    print("s5b", dst)
s5([1, 2, 3])
