def f():
    global x, x
