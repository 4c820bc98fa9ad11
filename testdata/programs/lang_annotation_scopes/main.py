# Annotations are evaluated where CPython evaluates them (module and class
# bodies, a def's parameters and return in the enclosing scope), so the
# comprehensions, lambdas and walruses in them are real scopes and bindings.


class A:
    x: {0 for A in []}
    y: [n * 2 for n in range(3)]
    z: (lambda: 'lam')()
    w: (k := 'walrus')


print(A.__annotations__, A.k)


def f(a: [i for i in range(2)], *args: {j for j in 'ab'}, b: (lambda: 'kw')() = 1, **kw: {c: c for c in 'x'}) -> (r := 'ret'):
    pass


print(f.__annotations__['a'], sorted(f.__annotations__['args']), f.__annotations__['b'], f.__annotations__['kw'], f.__annotations__['return'], r)

m: (q := [x + 1 for x in range(3)]) = 5
print(__annotations__, q, m)


def g():
    # A function body does not evaluate its local annotations.
    v: [1 / 0 for _ in range(1)] = 2
    u: undefined_name
    return v


print(g())


def outer():
    t = 10

    class C:
        a: [t + i for i in range(2)]
        b: (lambda: t)()
    return C.__annotations__


print(outer())
