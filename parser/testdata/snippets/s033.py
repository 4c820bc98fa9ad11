x = (yield)
x = yield a, b
def f(): x = yield
