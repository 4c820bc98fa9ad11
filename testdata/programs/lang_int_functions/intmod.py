# Plain pure-int functions of an imported module, rebound from inside (a
# global store, globals()) and from outside (setattr on the module).


def g(n):
    return n + 1


def h(n):
    return g(n) * 2


def rebind_here():
    global g
    g = lambda n: n + 1000


def rebind_globals():
    globals()["g"] = lambda n: n - 1


def tri(n):
    # Locals, a while loop, an augmented assignment.
    total = 0
    i = 1
    while i <= n:
        total += i
        i = i + 1
    return total


def gcd(a, b):
    while b != 0:
        t = b
        b = a % b
        a = t
    return a
