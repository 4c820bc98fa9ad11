# A raise directly in a try body with except clauses returns the exception
# to the try instead of unwinding (py.RaiseHere): everything observable must
# stay as CPython has it.
import sys
import traceback


def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def caught_in_loop(n):
    c = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            c += 1
        except ValueError as e:
            c -= 1
            last = (e.args, lines(e.__traceback__), e.__context__)
    return c, last


print("loop", caught_in_loop(10))


def raise_class():
    try:
        raise KeyError
    except KeyError as e:
        return repr(e), e.args, lines(e.__traceback__)


print("class", raise_class())


def raise_non_exception():
    try:
        raise 42
    except TypeError as e:
        return str(e), lines(e.__traceback__)


print("non-exception", raise_non_exception())


def unmatched():
    try:
        raise ValueError("out")
    except KeyError:
        return "wrong"


def caller():
    try:
        unmatched()
    except ValueError as e:
        return lines(e.__traceback__)


print("unmatched", caller())


def with_finally(log):
    try:
        raise IndexError("f")
    except KeyError:
        log.append("handler")
    finally:
        log.append("finally")


log = []
try:
    with_finally(log)
except IndexError as e:
    print("finally", log, lines(e.__traceback__))


def chained():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e:
            return repr(e.__context__), e.__suppress_context__, lines(e.__traceback__)


print("chained", chained())


def exc_info_in_handler():
    try:
        raise RuntimeError("info")
    except RuntimeError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), lines(tb)


print("exc_info", exc_info_in_handler())


def reraise_in_handler():
    try:
        raise ValueError("again")
    except ValueError:
        raise


try:
    reraise_in_handler()
except ValueError as e:
    print("reraise", lines(e.__traceback__))


def raise_again_same_object():
    err = ValueError("same")
    seen = []
    for _ in range(3):
        try:
            raise err
        except ValueError as e:
            seen.append(len(lines(e.__traceback__)))
    return seen, lines(err.__traceback__)


print("same object", raise_again_same_object())


def nested_try():
    out = []
    try:
        try:
            raise ValueError("inner")
        except KeyError:
            out.append("no")
        out.append("not reached")
    except ValueError as e:
        out.append(("outer", lines(e.__traceback__)))
    return out


print("nested", nested_try())


def both_branches(flag):
    try:
        if flag:
            raise ValueError("a")
        else:
            raise KeyError("b")
    except (ValueError, KeyError) as e:
        return type(e).__name__


print("branches", both_branches(True), both_branches(False))


def after_raise_in_body():
    try:
        for i in range(5):
            if i == 2:
                raise StopIteration(i)
        x = 1
    except StopIteration as e:
        return e.value, lines(e.__traceback__)


print("stopiteration", after_raise_in_body())


def in_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
            return False
    try:
        with CM():
            raise ValueError("w")
    except ValueError as e:
        return lines(e.__traceback__)


print("with", in_with())


def gen():
    try:
        raise ValueError("g")
    except ValueError as e:
        yield lines(e.__traceback__)
    try:
        yield 1
        raise KeyError("after yield")
    except KeyError as e:
        yield lines(e.__traceback__)


print("generator", list(gen()))


async def coro():
    import asyncio
    try:
        raise ValueError("c")
    except ValueError as e:
        first = lines(e.__traceback__)
    try:
        await asyncio.sleep(0)
        raise KeyError("after await")
    except KeyError as e:
        return first, lines(e.__traceback__)


import asyncio
print("coroutine", asyncio.run(coro()))

try:
    raise LookupError("module level")
except LookupError as e:
    print("module", lines(e.__traceback__))


class Body:
    try:
        raise ValueError("class body")
    except ValueError as e:
        where = lines(e.__traceback__)


print("class body", Body.where)


def format_it():
    try:
        raise ValueError("formatted")
    except ValueError:
        return traceback.format_exc().replace(__file__, "FILE")


print(format_it())


def raise_from_in_body():
    try:
        raise ValueError("x") from KeyError("k")
    except ValueError as e:
        return repr(e.__cause__), e.__suppress_context__


print("from", raise_from_in_body())


# Subscripts directly in a try body: py.GetItemOr hands the KeyError or
# IndexError of an exact dict, list or tuple to the try without a panic.
def items(d, lst, tup):
    out = []
    for k in (1, 2, -1, 5, -9, True):
        try:
            v = d[k]
            out.append(("d", k, v))
        except KeyError as e:
            out.append(("KeyError", e.args, lines(e.__traceback__)))
        try:
            out.append(("l", lst[k]))
        except IndexError as e:
            out.append(("IndexError", str(e), lines(e.__traceback__)))
        try:
            tup[k]
        except LookupError as e:
            out.append((type(e).__name__, str(e)))
    return out


print("items", items({1: "one", -1: "minus", True: "t"}, [10, 20, 30], (7, 8)))


def cached(cache, key):
    try:
        return cache[key]
    except KeyError:
        cache[key] = len(cache)
        return "miss"


c = {}
print("return item", cached(c, "a"), cached(c, "a"), cached(c, "b"), c)


class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)


class Indexed(list):
    def __getitem__(self, i):
        return ("sub", i)


import collections


def others():
    out = []
    for obj, key in ((Missing(a=1), "b"), (collections.defaultdict(int), "z"), (Indexed([1]), 5),
                     ("abc", 1), ("abc", 7), ([1, 2], "x"), ({}, [1]), (None, 0), ((1, 2), 1.5)):
        try:
            a = b = obj[key]
            out.append((a, b))
        except (LookupError, TypeError) as e:
            out.append((type(e).__name__, str(e), lines(e.__traceback__)))
    return out


print("others", others())


def unpack_targets(d):
    try:
        x, y = d["pair"]
        return x, y
    except KeyError as e:
        return "no pair", e.args


print("unpack", unpack_targets({"pair": (1, 2)}), unpack_targets({}))


def nested_subscript(d):
    try:
        return d["a"]["b"]
    except KeyError as e:
        return "missing", e.args, lines(e.__traceback__)


print("nested item", nested_subscript({"a": {}}), nested_subscript({}))


def item_not_caught(d):
    try:
        d["key"]
    except IndexError:
        pass


def item_caller():
    try:
        item_not_caught({})
    except KeyError as e:
        return traceback.format_exception(e)[1:]


for line in item_caller():
    print(line.replace(__file__, "FILE"), end="")


# next(it) of the builtin directly in a try body: py.NextOr hands a native
# iterator's StopIteration to the try without a panic.
def nexts(it):
    out = []
    while True:
        try:
            x = next(it)
        except StopIteration as e:
            out.append(("stop", e.args, e.value, lines(e.__traceback__)))
            break
        out.append(x)
    return out


def gen_returning():
    yield 1
    return "done"


class PyIter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom")
        return self.n


for source in (iter([1, 2]), iter({"a": 1}), iter(""), map(str, (3, 4)), zip("ab", "cd"),
               enumerate("x"), iter(range(2)), gen_returning(), PyIter(), reversed([5, 6])):
    print("next", type(source).__name__, nexts(source))


def next_not_iterator():
    try:
        next([1, 2])
    except TypeError as e:
        return str(e), lines(e.__traceback__)


print("next non-iterator", next_not_iterator())


def next_with_default(it):
    try:
        return next(it, "default")
    except StopIteration:
        return "not reached"


print("next default", next_with_default(iter([])))


def shadowed(it):
    def next(x):
        return ("mine", type(x).__name__)
    try:
        return next(it)
    except StopIteration:
        return "stop"


print("shadowed next", shadowed(iter([])))


def gen_uses_next(it):
    try:
        yield next(it)
        return next(it)
    except KeyError:
        yield "wrong"


try:
    print("gen", list(gen_uses_next(iter([1]))))
except RuntimeError as e:
    print("pep 479", str(e), repr(e.__cause__), lines(e.__cause__.__traceback__))


def next_uncaught():
    it = iter(())
    try:
        value = next(it)
    except KeyError:
        pass


def next_caller():
    try:
        next_uncaught()
    except StopIteration as e:
        return traceback.format_exception(e)[1:]


for line in next_caller():
    print(line.replace(__file__, "FILE"), end="")


def uncaught():
    try:
        raise ValueError("escapes")
    except KeyError:
        pass


def outer():
    uncaught()


outer()
