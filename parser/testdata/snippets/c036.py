def f():
    yield
    return 1
