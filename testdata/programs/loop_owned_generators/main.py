# A for loop left by break or return closes the generator its iterable
# call made when only the loop holds it (CPython drops the last reference
# there): a generator function called by name, a method, a class's
# method. A generator something else still holds stays open: made in the
# call's arguments and kept by the callee, cached by lru_cache, made by a
# wrapper, an instance attribute shadowing the method.
import functools

KEPT = []


def gen(tag, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print("  closed", tag)


def keep(g):
    KEPT.append(g)
    return g


@functools.lru_cache(maxsize=None)
def cached(tag):
    return gen(tag)


def wrapper(tag):
    g = gen(tag)
    KEPT.append(g)
    return g


class Tree:
    def walk(self, tag):
        yield from gen(tag)

    @classmethod
    def cwalk(cls, tag):
        yield from gen(tag)


def first(it):
    for x in it:
        return x


print("plain")
for x in gen("plain"):
    break
print("after plain")

print("kept by the callee")
for x in keep(gen("kept")):
    break
print("after kept", next(KEPT[-1]))

print("lru_cache")
for x in cached("cached"):
    break
for x in cached("cached"):
    print("second loop", x)
    break
print("after cached")

print("wrapper")
for x in wrapper("wrapped"):
    break
print("after wrapper", next(KEPT[-1]))

t = Tree()
print("method")
for x in t.walk("method"):
    break
print("after method")
print("classmethod")
for x in Tree.cwalk("cmethod"):
    break
print("after classmethod")

print("computed receiver")
for x in Tree().walk("computed"):
    break
print("after computed receiver")


class Keeper:
    def walk(self, tag):
        return keep(gen(tag))


for x in Keeper().walk("computed kept"):
    break
print("after computed kept", next(KEPT[-1]))

t.walk = lambda tag: keep(gen(tag))
print("shadowed")
for x in t.walk("shadow"):
    break
print("after shadowed", next(KEPT[-1]))


def inner():
    def local_gen():
        try:
            yield 1
            yield 2
        finally:
            print("  closed local")
    for x in local_gen():
        return x


print(inner())


def gen_loop():
    for x in gen("in generator"):
        yield x
        return


print(list(gen_loop()))
# What the loops left open ends here, in both (CPython would otherwise
# close them at exit, which this runtime does not do).
for g in KEPT:
    print(list(g))
print(list(cached("cached")))
print("end")
