x = *a, *b
def f():
    return *a, *b
    yield *a, b
    x = yield
    y = yield from z
    await w
for x, in y: pass
