class C(A, B, metaclass=M, **kw):
    'doc'
    x = 1
