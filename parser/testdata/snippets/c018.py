def f():
    x: int = 1
    nonlocal_y = 2
