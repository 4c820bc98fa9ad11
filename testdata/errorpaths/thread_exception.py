import threading

def work(n):
    raise ValueError(f"thread {n} failed")

t = threading.Thread(target=work, args=(7,))
t.start()
t.join()
print("main continues")
