import sys, traceback

def gen(n):
    for i in range(n):
        yield i

def raises_stop():
    yield 1
    raise StopIteration("inner")

def raises_value():
    yield 1
    raise ValueError("boom")

def running():
    yield g.gi_running
    yield g.gi_running

def reenter():
    yield next(r)

def catches():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield ("caught", e.args, sys.exc_info()[0].__name__)
    finally:
        print("finally", sys.exc_info()[:2])

def sender():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    return "done"

print(sum(v for v in gen(10)))
t = 0
for v in gen(5):
    t += v
print(t)
it = raises_stop()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
    traceback.print_exc(file=sys.stdout)
print(next(it, "exhausted"))
it = raises_value()
for v in it:
    print("v", v)
    try:
        for v in it:
            pass
    except ValueError as e:
        print("ValueError", e, it.gi_running, it.gi_frame)
    break
print(list(it))
g = running()
print(next(g), g.gi_running, next(g))
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError", e)
print(next(r, "after"))
c = catches()
print(next(c))
print(c.throw(KeyError("k")))
print(next(c, "end"))
c = catches()
print(next(c), next(c))
c.close()
print("closed", c.gi_frame)
s = sender()
print(next(s))
print(s.send("a"))
try:
    s.send("b")
except StopIteration as e:
    print("stop", e.value)
s = sender()
try:
    s.send(1)
except TypeError as e:
    print("TypeError", e)
print(next(s))
try:
    print(s.throw(IndexError("x")))
except IndexError as e:
    print("IndexError", e)
print(next(s, "gone"))
def handled():
    try:
        raise KeyError("outer")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
h = handled()
print(repr(next(h)), sys.exc_info())
print(repr(next(h)), sys.exc_info())
print(repr(next(h)), sys.exc_info())
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield next(gen(0))
try:
    list(deep(3))
except RuntimeError as e:
    print("deep RuntimeError", e)
    traceback.print_exc(file=sys.stdout)
