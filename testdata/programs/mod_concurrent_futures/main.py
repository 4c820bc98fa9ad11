"""concurrent.futures: wait (all three return_when), as_completed with its timeout, Executor.map,
an Executor subclass, BrokenExecutor."""
import concurrent.futures as cf, time, threading
def slow(x, d):
    time.sleep(d); return x
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    gate = threading.Event()
    first = ex.submit(slow, 0, 0)
    fs = [first, ex.submit(lambda: gate.wait(5) and 1)]
    it = cf.as_completed(fs)
    print(next(it).result()); gate.set(); print(next(it).result())
    gate2 = threading.Event()
    fs = [ex.submit(lambda: gate2.wait(5) and 0), ex.submit(slow, 1, 0)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    gate2.set(); done, not_done = cf.wait(fs)
    print(len(done), not_done)
    def bad(): raise ValueError("x")
    gate3 = threading.Event()
    fs = [ex.submit(bad), ex.submit(lambda: gate3.wait(5))]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print([type(f.exception()).__name__ for f in done], len(not_done)); gate3.set()
    gate4 = threading.Event()
    r = cf.wait([ex.submit(lambda: gate4.wait(5))], timeout=0.01); print(len(r.done), len(r.not_done), type(r).__name__)
    try:
        for f in cf.as_completed([ex.submit(lambda: gate4.wait(5))], timeout=0.01): pass
    except TimeoutError as e: print("TimeoutError", e)
    gate4.set()
    print(list(ex.map(lambda a: a * 2, [1, 2, 3])))
print(issubclass(cf.BrokenExecutor, RuntimeError), cf.Executor.__name__)
class Mine(cf.Executor):
    def submit(self, fn, *a):
        f = cf.Future(); f.set_result(fn(*a)); return f
with Mine() as m: print(list(m.map(abs, [-1, -2])))
print(cf.wait([]))
