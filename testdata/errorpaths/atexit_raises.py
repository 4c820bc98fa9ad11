import atexit

def bye():
    print("bye runs")
    raise RuntimeError("atexit failed")

atexit.register(bye)
print("main")
