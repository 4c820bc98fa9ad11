# A signal handler runs in the middle of a long loop of pure int code, and a
# thread waiting for the GIL gets it, as under CPython's eval loop.
import signal
import threading


def spin(n):
    i = 0
    while i < n:
        i = i + 1
    return i


def handler(signum, frame):
    raise TimeoutError("alarm")


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    spin(10**15)
except TimeoutError as e:
    print("interrupted:", e)

done = []
t = threading.Thread(target=lambda: done.append("thread ran"))
t.start()
while not done:
    spin(10**5)
t.join()
print(done, spin(10))
