# A generator the program dropped (unstarted, suspended, closed, exhausted, or
# closed while handling an exception) no longer keeps its arguments and
# exceptions alive: the runtime kept the last generator made referenced.
import gc, weakref
class O:
    pass
def g(o):
    yield 1
    yield 2
def f():
    return [O()]
def check(label, mk):
    obj = O()
    wr = weakref.ref(obj)
    x = mk(obj)
    x = None
    obj = None
    gc.collect(); gc.collect()
    print(label, wr() is None)
check("unstarted", lambda o: g(o))
def started(o):
    x = g(o); next(x); return x
check("started", started)
def closed(o):
    x = g(o); next(x); x.close(); return x
check("closed", closed)
def done(o):
    x = g(o); list(x); return x
check("exhausted", done)
check("list", lambda o: [o])
