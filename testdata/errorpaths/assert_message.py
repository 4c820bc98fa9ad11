def f(x):
    assert x > 0, f"x must be positive, got {x}"

f(1)
f(-5)
