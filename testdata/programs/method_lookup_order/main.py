class C:
    def m(self, x):
        return ("old", x)

def new_m(self, x):
    return ("new", x)

def swap():
    C.m = new_m
    return 1

c = C()
print(c.m(swap()))
C.m = C.__dict__["m"] if False else C.m

class D:
    def m(self, x, y):
        return ("oldD", x, y)

def swapD():
    D.m = lambda self, x, y: ("newD", x, y)
    return 2

d = D()
print(d.m(1, swapD()))

# instance attribute set during arg evaluation
class E:
    def m(self):
        return "class"

e = E()
def setinst():
    e.m = lambda: "inst"
    return 0
print(e.m.__call__() if False else E.m(e), e.m() if setinst() == 0 else None)

class F:
    def m(self, a):
        return ("F", a)
f = F()
def rebind():
    global f
    f = None
    return 3
print(f.m(rebind()))

# function call: callee evaluated before args
def g(x): return ("g", x)
def h(x): return ("h", x)
def reg():
    global g
    g = h
    return 5
print(g(reg()))

import math
def patch():
    math.sqrt = lambda x: "patched"
    return 4.0
print(math.sqrt(patch()))

# The lookup runs before the arguments, observable through __getattr__
# and properties that print.
log = []

class Dyn:
    def __getattr__(self, name):
        log.append("lookup " + name)
        return lambda *a: ("dyn", name) + a

def arg(v):
    log.append("arg %r" % (v,))
    return v

dy = Dyn()
print(dy.anything(arg(1)), dy.other(arg(1), arg(2), arg(3)), dy.five(arg(1), arg(2), arg(3), arg(4), arg(5)))
print(log)
log.clear()

class P:
    @property
    def m(self):
        log.append("property")
        return lambda x: ("prop", x)
p = P()
print(p.m(arg("x")), log)
log.clear()

# A failing lookup raises before the arguments run.
def boom():
    log.append("boom ran")
    return 1 / 0

for recv in (None, 5, "s", p):
    try:
        recv.nope(boom())
    except Exception as e:
        print(type(e).__name__, e, log)
try:
    math.nope(boom())
except AttributeError as e:
    print("module:", e, log)
try:
    P.nope(boom(), 2, 3, 4, 5)
except AttributeError as e:
    print("class:", e, log)

# Three and four arguments, defaults (the arity has no entry), super().
class G:
    def m3(self, a, b, c):
        return ("G3", a, b, c)
    def m4(self, a, b, c, d):
        return ("G4", a, b, c, d)
    def dflt(self, a, b=10):
        return ("Gd", a, b)

def swapG():
    G.m3 = lambda self, a, b, c: "new3"
    G.m4 = lambda self, a, b, c, d: "new4"
    G.dflt = lambda self, a, b=0: "newd"
    return 7

g_ = G()
print(g_.m3(1, 2, swapG()))
print(g_.m4(1, 2, 3, g_.m3(0, 0, 0)))
print(g_.dflt(swapG()))

class Base:
    def m(self, x):
        return ("Base", x)

class Sub(Base):
    def m(self, x):
        return super().m(swapBase()) + (x,)

def swapBase():
    Base.m = lambda self, x: ("newBase", x)
    return "s"

print(Sub().m(1), Sub().m(2))

# An instance attribute set while the arguments run does not shadow the
# method already found; the next call finds it.
class H:
    def m(self, x):
        return ("H", x)
hh = H()
def shadow():
    hh.m = lambda x: ("inst", x)
    return 1
print(hh.m(shadow()), hh.m(2))

# Builtin methods: the receiver's method is bound before the arguments.
items = [1]
def grow():
    global items
    old = items
    items = [2]
    return len(old)
items.append(grow())
print(items)
d = {}
print(d.setdefault("k", len(log)), d)

# At the recursion limit a method call raises RecursionError, as before.
import sys
class R:
    def down(self, n):
        return self.down(n + 1)
try:
    R().down(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(100)
class R2:
    def down(self, n):
        if n == 0:
            return 0
        return self.down(n - 1) + 1
for depth in (90, 95, 96, 97, 98, 99, 100):
    try:
        print(depth, R2().down(depth))
    except RecursionError:
        print(depth, "RecursionError")

# await o.m(a): the lookup before the argument too.
import asyncio

class AQ:
    async def put(self, x):
        return ("put", x)

async def aput2(self, x):
    return ("put2", x)

def swapAQ():
    AQ.put = aput2
    return 9

async def amain():
    q = AQ()
    print(await q.put(swapAQ()), await q.put(1))
    qq = asyncio.Queue()
    await qq.put(len(log))
    print(await qq.get())
    try:
        await q.nope(boom())
    except AttributeError as e:
        print("await:", e)

asyncio.run(amain())

# Five arguments and more: a Python method, a builtin method, a module's
# function.
import builtins
class M5:
    def m5(self, a, b, c, d, e):
        return ("M5", a, b, c, d, e)
    def mdef(self, a, b, c, d, e, f=6):
        return ("Mdef", a, b, c, d, e, f)
def swapM5():
    M5.m5 = lambda self, *a: ("newM5",) + a
    return 5
m5 = M5()
log.clear()
print(m5.m5(1, 2, 3, 4, swapM5()), m5.m5(1, 2, 3, 4, 5), m5.mdef(1, 2, 3, 4, arg(5)))
print("{}{}{}{}{}".format(1, 2, 3, 4, arg(5)), log)
builtins.print(1, 2, 3, 4, arg(5), sep="-")
try:
    m5.nope(1, 2, 3, 4, boom())
except AttributeError as e:
    print("five:", e)

# A cell the lookup rebinds: the argument reads it after the lookup.
def outer():
    x = "before"
    class P:
        @property
        def m(self):
            nonlocal x
            x = "after"
            return lambda v: ("got", v)
    p = P()
    print(p.m(x))
    y = [1]
    class Q:
        def __getattr__(self, name):
            nonlocal y
            y = [2]
            return lambda v: v
    print(Q().anything(y))
outer()

# await o.m(a) of a builtin-backed method (asyncio.Queue.put) whose
# argument shadows or unshadows it.
async def queue_shadow():
    q = asyncio.Queue()
    async def fake_put(v):
        print("fake put", v)
    def shadow(v):
        q.put = fake_put
        return v
    def unshadow(v):
        del q.put
        return v
    await q.put(shadow(1))
    print(q.qsize())
    await q.put(unshadow(2))
    print(q.qsize())
    await q.put(3 + 0)
    print(q.qsize(), [q.get_nowait() for _ in range(2)])
    await asyncio.sleep(0 * len(log))
    print("slept")

asyncio.run(queue_shadow())
