# Module-level stores reuse the cached position of a name while the
# module dict's version (insertions, deletions) has not moved.
import sys

x = 1
y = 2
x = 3
print(x, y)

del x
y = 5
x = 6
print(x, y, list(globals())[-2:])

g = globals()
g["z"] = 10
x = 7
print(x, g["x"], z)

del g["x"]
g["x"] = "via dict"
print(x)
x = "store after dict insert"
print(g["x"])

# deleting earlier names compacts nothing visible but moves versions
for i in range(40):
    g["tmp%d" % i] = i
for i in range(40):
    del g["tmp%d" % i]
x = 8
y = 9
print(x, y, "tmp0" in g)

# another module's view of this one
m = sys.modules[__name__]
m.x = 11
print(x)
x = 12
print(m.x)
setattr(m, "y", 13)
print(y)


def bump():
    global counter
    counter += 1


counter = 0
for _ in range(5):
    bump()
print(counter)

# a name re-bound through exec in the module namespace
exec("x = 'exec'", g)
print(x)
x = "after exec"
print(g["x"])

# globals().clear() is too destructive to test here; update() instead
g.update({"x": "updated", "w": 1})
print(x, w)
x = 14
print(g["x"])
for k in list(g):
    if k == "y":
        del g[k]
y = 15
print(y, list(g).index("y") > list(g).index("x"))
