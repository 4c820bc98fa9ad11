@a.b[c](d)
@(yield)
def f(): pass
