def f(a, b: int = 1, *args: str, c, d=2, **kw: dict) -> None:
    global g
    nonlocal_ = 1
