"""Host pure-Python modules standing where the runtime's Go subsets did: logging (with asyncio's
errors going through it), urllib.parse, contextlib, queue over Go _queue, random over Go _random,
inspect, and copy."""
import asyncio, contextlib, inspect, logging, queue, random, sys, threading, urllib.parse

# logging
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info")
class F(logging.Filter):
    def filter(self, rec):
        return "secret" not in rec.getMessage()
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
h.addFilter(F())
sub = logging.getLogger("app.sub"); sub.addHandler(h); sub.propagate = False
sub.warning("visible"); sub.warning("secret thing")
adapter = logging.LoggerAdapter(log, {"k": 1}); adapter.info("adapted")
logging.addLevelName(25, "NOTICE"); log.log(25, "notice")
print(logging.getLevelName(25), logging.getLevelNamesMapping()["NOTICE"], logging.NullHandler)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")

# asyncio's errors through the configured logging
async def fail():
    raise ValueError("never retrieved")
async def amain():
    t = asyncio.get_running_loop().create_task(fail())
    await asyncio.sleep(0.01)
    asyncio.get_running_loop().call_exception_handler({"message": "custom handler msg"})
asyncio.run(amain())

# urllib.parse
from urllib.parse import urlsplit  # a from-import asks hasattr(module, "__path__"); urllib.parse.__getattr__ raises
print(urlsplit("http://h:1/p").port)
u = urllib.parse.urlparse("http://user:pw@host:8080/p/a;par?q=1&r=2#frag")
print(u, u.port, u.username, u.hostname)
print(urllib.parse.urlencode({"a": "b c", "d": ["e", "f"]}, doseq=True), urllib.parse.quote("a b/é"), urllib.parse.unquote_plus("a+b%20c"))
print(urllib.parse.urljoin("http://a/b/c/d;p?q", "../g"), urllib.parse.urldefrag("http://x/y#z"), urllib.parse.parse_qs("a=1&a=2&b=3"))
print(urllib.parse.urlsplit(b"http://h/p?q"), urllib.parse.urlunparse(u))

# contextlib
@contextlib.contextmanager
def cm(x):
    print("enter", x); yield x * 2; print("exit", x)
with cm(3) as v: print(v)
with contextlib.suppress(KeyError): {}["x"]
with contextlib.ExitStack() as st:
    st.callback(print, "callback"); st.enter_context(cm(4))
@contextlib.asynccontextmanager
async def acm():
    print("aenter"); yield 5; print("aexit")
async def m2():
    async with acm() as v: print(v)
    async with contextlib.AsyncExitStack() as s:
        await s.enter_async_context(acm())
    async with contextlib.aclosing(agen()) as g:
        async for x in g: print("ag", x)
async def agen():
    yield 1; yield 2
asyncio.run(m2())
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print("hidden")
print(repr(buf.getvalue()), contextlib.nullcontext(7).__enter__())
class D(contextlib.ContextDecorator):
    def __enter__(self): print("D in"); return self
    def __exit__(self, *a): print("D out")
@D()
def decorated(): print("body")
decorated()

# queue
q = queue.Queue(maxsize=2); q.put(1); q.put(2); print(q.full(), q.qsize(), q.get(), q.get_nowait())
try: q.get_nowait()
except queue.Empty: print("Empty")
pq = queue.PriorityQueue(); [pq.put(x) for x in (3, 1, 2)]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); lq.put(1); lq.put(2); print(lq.get())
sq = queue.SimpleQueue(); sq.put(9); print(sq.get(), sq.empty(), type(sq).__module__)
q = queue.Queue(maxsize=2)
def worker():
    while (item := q.get()) is not None:
        print("worked", item); q.task_done()
    q.task_done()
t = threading.Thread(target=worker); t.start()
for i in range(3): q.put(i)
q.put(None); q.join(); t.join()

# random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abc"), random.sample(range(10), 3))
print(random.gauss(0, 1), random.uniform(1, 2), random.betavariate(2, 3), random.gammavariate(2, 1))
l = list(range(8)); random.shuffle(l); print(l, random.choices("xyz", weights=[1, 2, 3], k=4), random.randbytes(4))
r = random.Random(7); print(r.getrandbits(70), r.randrange(0, 100, 5), r.triangular(), r.expovariate(2))
print(type(random.SystemRandom().random()).__name__, random.Random(3).getstate()[1][:3])

# inspect
def fn(a, b=2, *args, c, d=4, **kw) -> int:
    "doc"
    return 1
sig = inspect.signature(fn); print(sig, list(sig.parameters), sig.parameters["c"].kind)
print(inspect.iscoroutinefunction(amain), inspect.isfunction(fn), inspect.isclass(D), inspect.getdoc(fn))
print(inspect.getfullargspec(fn))
bound = sig.bind(1, c=3); bound.apply_defaults(); print(bound.arguments)
print(inspect.getmodule(fn).__name__, inspect.ismethod(D().__enter__))
print([name for name, _ in inspect.getmembers(D, inspect.isfunction)])

# copy (the host's copy.py over __reduce_ex__)
import collections, copy
class Slotted:
    __slots__ = ("x", "y")
s = Slotted(); s.x = [1]
t = copy.deepcopy(s); t.x.append(2)
print(s.x, t.x, hasattr(t, "y"), copy.copy(collections.deque([1, 2], maxlen=3)))
memo = {}; shared = [0]; pair = copy.deepcopy([shared, shared], memo); print(pair[0] is pair[1], id(shared) in memo)
print(copy.deepcopy(collections.OrderedDict(a=[1])), copy.deepcopy(collections.defaultdict(list, k=[2])))
