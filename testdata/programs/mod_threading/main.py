"""threading: Barrier (timeout, action, abort, reset), excepthook with ExceptHookArgs, Condition,
Timer, local, thread names under asyncio.to_thread and executors."""
import asyncio, threading, time, concurrent.futures
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
def work(n):
    return n * 2, threading.current_thread().name
async def main():
    print(await asyncio.to_thread(work, 3))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, 4))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
        print(await loop.run_in_executor(ex, work, 5))
asyncio.run(main())
b = threading.Barrier(3); out = []
def party(i):
    idx = b.wait(); out.append(i)
ts = [threading.Thread(target=party, args=(i,), name=f"p{i}") for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]; print(sorted(out), b.broken)
ev = threading.Event(); tm = threading.Timer(0.01, ev.set); tm.start(); print(ev.wait(2))
loc = threading.local(); loc.x = 1
def see(): print("local has x:", hasattr(loc, "x"))
t = threading.Thread(target=see); t.start(); t.join()
def boom(): raise ValueError("in thread")
seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, args.thread.name))
t = threading.Thread(target=boom, name="Hooked"); t.start(); t.join(); print(seen)
c = threading.Condition(); items = []
def consumer():
    with c:
        c.wait_for(lambda: items); print("got", items[0])
t = threading.Thread(target=consumer); t.start(); time.sleep(0.01)
with c: items.append(1); c.notify()
t.join()
print(threading.enumerate()[0].name)
s = threading.BoundedSemaphore(1); s.acquire(); s.release()
try: s.release()
except ValueError as e: print(e)
b2 = threading.Barrier(2, timeout=0.05)
try: b2.wait()
except threading.BrokenBarrierError: print("broken after timeout", b2.broken)
b2.reset(); print(b2.broken, b2.parties, b2.n_waiting)
acted = []
b3 = threading.Barrier(2, action=lambda: acted.append(1))
t = threading.Thread(target=b3.wait); t.start(); print(b3.wait() in (0, 1)); t.join(); print(acted)
def waiter():
    try: b4.wait()
    except threading.BrokenBarrierError: print("aborted")
b4 = threading.Barrier(3); t = threading.Thread(target=waiter); t.start(); time.sleep(0.02); b4.abort(); t.join()
print(threading.ThreadError, threading.stack_size(), threading.gettrace())
