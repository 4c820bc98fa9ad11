# A generator a for loop owned (its iterable called a module-level
# generator function by name) is reused for the next generator of the same
# function once the loop is done with it. Nothing Python can see changes:
# generators kept elsewhere stay as they were, generators whose frames a
# closure captured keep their values, and a function that rebinds its own
# name while it runs does not pass for the generator function.
import threading

KEPT = []


def gen(n, tag=""):
    for i in range(n):
        yield (tag, i)


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p


print("nested", [p for p in perms([1, 2, 3, 4])][:5], sum(1 for _ in perms(list(range(6)))))

# Many short loops over one generator function, values kept.
out = []
for k in range(5):
    for v in gen(3, "k%d" % k):
        out.append(v)
print("short loops", out)


# Left by break and by return: the generator is closed, then reused.
def fin(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  fin closed", n)


def first_over(limit):
    for x in fin(5):
        if x > limit:
            return x


for x in fin(4):
    if x == 1:
        break
print("broke at", x, "returned", first_over(2))
for x in fin(2):
    pass
else:
    print("exhausted with else")


# A generator whose frame a closure captured: not reused, the closures
# still read their own frames.
def closures(n):
    for i in range(n):
        yield lambda: i


fs = []
for f in closures(3):
    fs.append(f)
for f in closures(2):
    fs.append(f)
print("closures", [f() for f in fs])


# A wrapper that keeps the generator and rebinds the name to the generator
# function while it runs: the kept generator is not reused.
def real(n):
    for i in range(n):
        yield i * 10


def sneaky(n):
    global real
    g = orig(n)
    KEPT.append(g)
    real = orig
    return g


orig = real
real = sneaky
for x in real(3):
    pass
print("kept after loop", list(KEPT[-1]), KEPT[-1].gi_frame)
real = sneaky
for x in real(3):
    break
print("kept after break", next(KEPT[-1]), KEPT[-1].gi_running)
for x in orig(2):
    pass
print("kept still", list(KEPT[-1]))


# The arguments rebind the name: the callee is still what was read first.
def other(n):
    yield "other"


def rebind():
    global gen2
    gen2 = other
    return 2


def gen2(n):
    for i in range(n):
        yield i


for x in gen2(rebind()):
    print("gen2 item", x)
for x in gen2(1):
    print("after rebind", x)


# A swapped __code__.
def a(n):
    for i in range(n):
        yield "a%d" % i


def b(n):
    for i in range(n):
        yield "b%d" % i


a.__code__ = b.__code__
for x in a(2):
    print("swapped", x)
for x in a(1):
    print("swapped again", x)


# An exception out of the generator, and out of the loop body.
def boom(n):
    for i in range(n):
        if i == 2:
            raise ValueError("boom at %d" % i)
        yield i


try:
    for x in boom(5):
        print("boom item", x)
except ValueError as e:
    print("caught", e)
try:
    for x in gen(5):
        if x[1] == 1:
            raise KeyError(x)
except KeyError as e:
    print("caught body", e)
print("after errors", list(gen(2, "z")))


# Generators made in other ways are not loop-owned.
g = gen(2, "stored")
for x in g:
    pass
print("stored", list(g), g.gi_frame)
print("genexpr", [x for x in (y * 2 for y in range(3))])


# Generators in a generator's loops, suspended between steps.
def outer(n):
    for i in range(n):
        for v in gen(2, "o%d" % i):
            yield v


og = outer(3)
print("outer", next(og), next(og), next(og))
print("outer rest", list(og))
mix = [(a, b) for a, b in zip(outer(2), outer(2))]
print("mix", mix)


# Threads iterating the same generator function.
results = {}


def worker(name):
    acc = []
    for r in range(200):
        for v in gen(3, name):
            acc.append(v[1])
    results[name] = sum(acc)


ts = [threading.Thread(target=worker, args=("t%d" % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("threads", sorted(results.items()))


# Generator expressions, functions and lists made in a generator's body
# outlive its generator.
K = 10


def makers(n):
    for i in range(n):
        yield (x + K for x in range(i))
        yield lambda: K + i
        yield [x for x in range(K) if x < i]


made = []
for m in makers(3):
    made.append(m)
for m in makers(2):
    pass
print("made", [m() if callable(m) else list(m) for m in made])
