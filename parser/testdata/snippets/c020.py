def f(a, b, /, c):
    def g(a): pass
