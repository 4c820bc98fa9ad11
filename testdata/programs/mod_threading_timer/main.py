import threading, time

fired = []
t = threading.Timer(0.05, fired.append, args=["a"])
t.start()
t.join()
c = threading.Timer(5, fired.append, ["never"])
c.start()
c.cancel()
c.join()
k = threading.Timer(0.01, lambda x, y=0: fired.append(x + y), (1,), {"y": 2})
k.start(); k.join()
print(fired, isinstance(t, threading.Thread), t.is_alive(), type(t).__name__, threading.Timer.__module__)
