# Fast paths of generator resumption and fed generator expressions: range
# steps inline (small ints, int-typed variables), subscripts of variables of
# an enclosing function, [x] + list, len(set(genexpr)) counts reusing their
# room. Each is checked against what falls off it.
import builtins
import sys
import traceback


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
        tb = traceback.extract_tb(e.__traceback__)
        print("  ", [(fr.name, fr.lineno) for fr in tb][1:])


# --- range steps of fed generator expressions (untyped item) ---
def ranges():
    out = []
    for r in [range(5), range(-3, 3), range(10, 0, -3), range(0), range(65530, 65545),
              range(-10, -2), range(2**62, 2**62 + 3), range(2**63 - 2, 2**63 + 2),
              range(-2**63 - 2, -2**63 + 1)]:
        out.append(sorted(set(x * 1 for x in r)))
        out.append(len(set(x for x in r)))
        out.append(list(x for x in r if x % 2 == 0))
    return out


show(ranges)


# A range the loop steps that another name also holds, shared mid-loop.
def shared():
    r = range(3)
    it = iter(r)
    return [list(y + next(it) for y in r), list(it)]


show(shared)


# Non-range iterables through the same loops.
def others():
    def g():
        yield 1
        yield "a"
        yield 1
    return [len(set(x for x in [1, 2, 2, 3])), len(set(x for x in g())),
            sorted(set(x for x in "hello")), list(x for x in (5, 6)),
            list(x for x in {1: 2, 3: 4}), list(x for x in iter([7, 8]))]


show(others)


# An iterator raising StopIteration ends the loop; the item expression
# raising it is RuntimeError (PEP 479).
def stop_in_item():
    def boom(x):
        if x == 2:
            raise StopIteration("s")
        return x
    return list(boom(x) for x in range(5))


show(stop_in_item)


def raise_in_item():
    vals = [1, 2, 0, 4]
    return list(10 // vals[i] for i in range(len(vals)))


show(raise_in_item)


# set rebound at run time: a real generator gets the range.
def rebound_set():
    saved = builtins.set
    try:
        builtins.set = lambda g: ("gen", type(g).__name__, list(g))
        return [set(x for x in range(3)), len(set(x for x in range(4)))]
    finally:
        builtins.set = saved


show(rebound_set)


# --- int-typed variables over range (sum, list comprehensions) ---
def typed():
    n = 5
    a = sum(i * 2 for i in range(n))
    b = sum(i for i in range(2**63 - 3, 2**63 + 1))
    c = [i * 3 for i in range(10, -10, -4)]
    d = [i + 1 for i in range(2**63 - 2, 2**63 + 1)]
    e = sum(i * i for i in range(-5, 5) for j in range(2))
    f = [i for i in range(0)]
    g = [sum(i * 2 for i in range(2**61, 2**61 + 4)), sum(i - 5 for i in range(3)),
         sum(i * i for i in range(-2**31, -2**31 + 3)), sum(i for i in range(-2**63, -2**63 + 3)),
         sum(i + 2**62 for i in range(3)), sum(i * 2**40 for i in range(2**23, 2**23 + 2))]
    saved = builtins.sum
    try:
        builtins.sum = lambda it, start=0: ("sum", list(it), start)
        g.append(sum(i * 2 for i in range(3)))
    finally:
        builtins.sum = saved
    return a, b, c, d, e, f, g


show(typed)


def typed_rebound():
    saved = builtins.range
    out = []
    try:
        builtins.range = lambda *a: [10, 2**70]
        out.append(sum(i * 2 for i in range(3)))
        out.append([i + 1 for i in range(3)])
        builtins.range = lambda *a: ["x", "y"]
        out.append([i * 2 for i in range(3)])
        return sum(i * 2 for i in range(3))
    finally:
        builtins.range = saved
        print(out)


show(typed_rebound)


# --- subscripts of an enclosing function's variables ---
class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))


def free_items():
    vec = [10, 20, 30]
    tup = (1, 2, 3)
    sub = L([4, 5, 6])
    d = {0: "zero", 1: "one"}
    k = 1
    out = [list(vec[i] + i for i in range(3)), list(tup[i] for i in range(-3, 0)),
           list(sub[i] for i in range(2)), list(d[i] for i in range(2)),
           list(vec[k] for _ in range(2)), [vec[k] for _ in range(1)]]

    def inner():
        return vec[k], tup[-1], sub[0]
    out.append(inner())
    return out


show(free_items)


def free_out_of_range():
    vec = [1, 2]
    return list(vec[i] for i in range(3))


show(free_out_of_range)


def free_unbound():
    def inner():
        return vec[0]
    try:
        return inner()
    except NameError as e:
        print("NameError", e)
    vec = [5]
    return inner()


show(free_unbound)


def free_unbound_index():
    def inner(x):
        return x[k]
    try:
        inner([1, 2])
    except NameError as e:
        print("NameError", e)
    k = 1
    return inner([1, 2])


show(free_unbound_index)


def free_rebound_mid_run():
    vec = [1, 2, 3]

    def change():
        nonlocal vec
        vec = "abc"
        return 0
    return list(vec[i] + str(change()) if i else vec[i] for i in range(3))


show(free_rebound_mid_run)


def free_bad_index():
    vec = [1, 2, 3]
    return list(vec[x] for x in ["a"])


show(free_bad_index)


# --- [x] + list ---
class ML(list):
    def __radd__(self, other):
        return ("radd", other)


class Other:
    def __radd__(self, other):
        return ("Other.radd", other)


def prepend():
    p = [2, 3]
    out = [[1] + p, [1, 2] + p, [] + p, [p] + p, [1] + ML([5]), [1] + Other()]
    q = [1] + p
    q.append(9)
    out.append((p, q))
    big = list(range(40))
    out.append(len([0] + big))
    for n in range(18):
        out.append(len([n] + list(range(n))))
    try:
        out.append([1] + (2,))
    except TypeError as e:
        out.append(str(e))
    return out


show(prepend)


# --- len(set(genexpr)) counts: bit mode, the table, and the room reused ---
def counts():
    out = []
    for xs in [[1, 2, 2], [300, 300, 1], ["a", "b", "a"], [1, 2, 3], [1.0, 1, True],
               [], [1], list(range(200)), [-129, -128, 127, 128], [1, 2, 3]]:
        out.append(len(set(x for x in xs)))
        out.append(len(set(x for x in xs)))
    return out


show(counts)


class BadHash:
    def __hash__(self):
        raise ValueError("no hash")


def count_raises():
    out = []
    try:
        out.append(len(set(x for x in [1, 2, BadHash()])))
    except ValueError as e:
        out.append(str(e))
    out.append(len(set(x for x in [1, 2, 3, 3])))
    out.append(len(set(x for x in ["p", "q", 1])))
    out.append(len(set(x for x in [4, 4, 5])))
    return out


show(count_raises)


# --- generators iterated by generators (covered resumption) ---
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p


def queens(n):
    cols = range(n)
    for vec in perms(list(cols)):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield tuple(vec)


show(lambda: list(queens(6)))
show(lambda: len(list(perms([1, 2, 3, 4]))))


def inner_raises():
    def g(n):
        for i in range(n):
            if i == 2:
                raise KeyError(i)
            yield i

    def outer():
        for x in g(5):
            yield x * 10
    return list(outer())


show(inner_raises)


def inner_stop():
    def g():
        yield 1
        raise StopIteration("leak")

    def outer():
        for x in g():
            yield x
    return list(outer())


show(inner_stop)


def running_checks():
    def g():
        yield gen.gi_running
        yield gen.gi_frame is not None
        yield next(gen)
    gen = g()

    def outer():
        for x in gen:
            yield x
    out = []
    o = outer()
    out.append(next(o))
    out.append(next(o))
    try:
        next(o)
    except ValueError as e:
        out.append(str(e))
    out.append(gen.gi_frame)
    return out


show(running_checks)


def close_throw():
    log = []

    def g():
        try:
            for i in range(3):
                yield i
        finally:
            log.append("g closed")

    # The inner generator is held outside too (what closes it when only
    # the loop held it is CPython's reference counting).
    held = []

    def outer():
        held.append(g())
        try:
            for x in held[-1]:
                yield x
        finally:
            log.append("outer closed")
    o = outer()
    next(o)
    o.close()
    log.append(held[-1].gi_frame is not None)
    held[-1].close()
    o2 = outer()
    next(o2)
    try:
        o2.throw(KeyError("t"))
    except KeyError as e:
        log.append("thrown " + str(e))
    log.append(next(held[-1]))
    held[-1].close()
    return list(log)


show(close_throw)


def early_break():
    log = []

    def g():
        try:
            yield from range(5)
        finally:
            log.append("g done")

    def outer():
        for x in g():
            if x == 2:
                break
            yield x
        log.append("after")
    return list(outer()), log


show(early_break)
print(sys.getrecursionlimit() > 0)
