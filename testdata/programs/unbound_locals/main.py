# Reads of local variables on paths that may not have bound them raise
# UnboundLocalError; reads every path binds first do not check (the
# translator's definite-binding analysis). Each case is run with inputs
# that take the binding and the non-binding paths, with object, int and
# float locals.
import contextlib


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except NameError as e:
        print(label, type(e).__name__ + ":", e)


def if_branch(c):
    if c:
        x = 1
        y = 2.5
        z = "s"
    return x, y, z


def if_both(c):
    if c:
        x = 1
    else:
        x = 2
    return x + 1


def loop_body(n):
    for i in range(n):
        last = i * 2
        f = i / 2
    return last, f, i


def loop_else(n):
    for i in range(n):
        if i == 3:
            break
    else:
        tag = "no break"
    return tag


def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        done = n
    return done


def while_carry(n):
    total = 0
    while n:
        if n == 2:
            total += prev
        prev = n
        n -= 1
    return total


def try_handler(k):
    try:
        if k == 0:
            raise ValueError
        a = 10
        b = a * 1.5
    except ValueError:
        return "handler sees", a
    return a, b


def try_finally(k):
    try:
        if k:
            raise KeyError(k)
        v = 3
    finally:
        print("  finally reads", v)
    return v


def try_else(k):
    try:
        if k:
            raise KeyError
    except KeyError:
        pass
    else:
        got = "else ran"
    return got


def with_suppress(k):
    with contextlib.suppress(ZeroDivisionError):
        q = 1 / k
        r = 7
    return q, r


def deleted(k):
    x = 5
    if k:
        del x
    return x


def except_name(k):
    e = "before"
    try:
        if k:
            raise ValueError("boom")
    except ValueError as e:
        print("  caught", e)
    return e


def match_capture(v):
    match v:
        case [a, b]:
            c = a + b
        case {"k": a}:
            c = a
        case _:
            pass
    return c


def walrus(xs):
    if any((found := x) > 2 for x in xs):
        return found
    return found


def nested(n):
    def inner():
        return m * 2
    if n:
        m = n
    return inner()


def nonlocal_del(k):
    v = 1

    def kill():
        nonlocal v
        del v
    if k:
        kill()
    return v


def gen(n):
    for i in range(n):
        yield i
        acc = i
    yield acc


def aug_unbound(k):
    if k:
        s = 0
        f = 0.5
    s += 1
    f *= 2.0
    return s, f


def loop_cond_bind(xs):
    out = []
    for x in xs:
        if x > 0:
            pos = x
        out.append(pos)
    return out


def class_in_func(k):
    if k:
        base = object
    class C(base):
        pass
    return C.__name__


def comprehension_outer(k):
    if k:
        seq = [1, 2]
    return [x * 2 for x in seq]


def lambda_default(k):
    if k:
        d = 4
    f = lambda x=d: x
    return f()


def unpack_partial(k):
    try:
        a, b = (1,) if k else (1, 2)
    except ValueError:
        pass
    return a


def continue_skip(n):
    for i in range(n):
        if i % 2:
            continue
        even = i
    return even


for c in (True, False):
    attempt(f"if_branch({c})", if_branch, c)
    attempt(f"if_both({c})", if_both, c)
for n in (3, 0):
    attempt(f"loop_body({n})", loop_body, n)
for n in (2, 5):
    attempt(f"loop_else({n})", loop_else, n)
for n in (3, 8):
    attempt(f"while_else({n})", while_else, n)
attempt("while_carry(4)", while_carry, 4)
attempt("while_carry(2)", while_carry, 2)
for k in (1, 0):
    attempt(f"try_handler({k})", try_handler, k)
    attempt(f"try_finally({k})", try_finally, k)
    attempt(f"try_else({k})", try_else, k)
    attempt(f"with_suppress({k})", with_suppress, k)
    attempt(f"deleted({k})", deleted, k)
    attempt(f"except_name({k})", except_name, k)
    attempt(f"aug_unbound({k})", aug_unbound, k)
    attempt(f"class_in_func({k})", class_in_func, k)
    attempt(f"comprehension_outer({k})", comprehension_outer, k)
    attempt(f"lambda_default({k})", lambda_default, k)
    attempt(f"unpack_partial({k})", unpack_partial, k)
    attempt(f"nested({k})", nested, k)
    attempt(f"nonlocal_del({k})", nonlocal_del, k)
for v in ([1, 2], {"k": 9}, 5):
    attempt(f"match_capture({v!r})", match_capture, v)
attempt("walrus([1, 5])", walrus, [1, 5])
attempt("walrus([1])", walrus, [1])
attempt("walrus([])", walrus, [])
attempt("gen(3)", lambda n: list(gen(n)), 3)
attempt("gen(0)", lambda n: list(gen(n)), 0)
attempt("loop_cond_bind([1, -1])", loop_cond_bind, [1, -1])
attempt("loop_cond_bind([-1, 1])", loop_cond_bind, [-1, 1])
attempt("continue_skip(4)", continue_skip, 4)
attempt("continue_skip(1)", continue_skip, 1)


def float_read(k):
    if k:
        fl = 1.5
    return fl * 2.0


def aug_read(k):
    if k:
        n = 1
    n += 1
    return n


import sys
import traceback

def aug_obj(k):
    if k:
        o = "a"
    o += "b"
    return o


def aug_float(k):
    if k:
        g = 1.0
    g -= 0.5
    return g


for f in (float_read, aug_read, aug_obj, aug_float, if_branch):
    try:
        f(0)
    except UnboundLocalError:
        traceback.print_exc(file=sys.stdout)


def uncaught(k):
    for i in range(k):
        val = i
    return val * 2


print(uncaught(3))
print(uncaught(0))
