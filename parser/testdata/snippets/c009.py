def f(x):
    def g():
        nonlocal x
        global y
