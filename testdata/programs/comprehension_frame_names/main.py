# A comprehension's frame is named <listcomp>, <setcomp> or <dictcomp>
# even when the function around it starts on the same line (a one-line
# def or lambda), as in CPython 3.11's tracebacks and sys._getframe().
import sys
import traceback


def lc(xs): return [x.foo() for x in xs]
def sc(xs): return {x.foo() for x in xs}
def dc(xs): return {x: x.foo() for x in xs}
def ge(xs): return list(x.foo() for x in xs)


def multi(xs):
    return [
        x.foo()
        for x in xs
    ]


lam = lambda xs: [x.foo() for x in xs]
def nested(xs): return [[y.foo() for y in x] for x in xs]
def stmts(xs): y = 1; return [x.foo() for x in xs]


class K:
    def m(self, xs): return [x.foo() for x in xs]


def first_iter(xs): return [x for x in xs.foo()]
def cond(xs): return [x for x in xs if x.foo()]
def in_lambda(xs): return (lambda: [x.foo() for x in xs])()
def lambda_in(xs): return [(lambda: x.foo())() for x in xs]
def gen_in(xs): return [list(x.foo() for x in xs) for y in xs]
def in_gen(xs): return list([x.foo() for x in xs] for y in xs)
def name(xs): return [sys._getframe().f_code.co_name for x in xs]
def caller(xs): return [sys._getframe(1).f_code.co_name for x in xs]
def starred(xs): return print(*[x.foo() for x in xs])


print(name([1]), caller([1]), (lambda: [sys._getframe().f_code.co_name for x in [1]])())
for fn in (lc, sc, dc, ge, multi, lam, nested, stmts, K().m, first_iter, cond, in_lambda, lambda_in, gen_in, in_gen, starred):
    try:
        fn([[1]] if fn is nested else [1])
    except AttributeError:
        print(traceback.format_exc())


# An awaiting comprehension's first iter() is at the comprehension.
async def acomp(): return [x async for x in None]
async def acomp2(): return {x: await x for x in None}
import asyncio
for co in (acomp, acomp2):
    try:
        asyncio.run(co())
    except TypeError:
        print(traceback.format_exc())
try:
    r = [x.foo() for x in [1]]
except AttributeError:
    print(traceback.format_exc())
lc([2])
