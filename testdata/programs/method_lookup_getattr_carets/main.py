# An AttributeError that a class's __getattr__ raises while a method
# call looks its method up: the frame of the call shows carets under o.m
# (LOAD_METHOD's position), as in CPython 3.11, for calls of every arity,
# awaited or not, and after a property raising AttributeError falls back
# to __getattr__.
import asyncio
import traceback


class Proxy:
    def __getattr__(self, name):
        if name == "fine":
            return len
        raise AttributeError("no " + name)

    @property
    def prop(self):
        raise AttributeError("prop")


def arg():
    return 1


def c0(): Proxy().m()
def c1(): Proxy().m(arg())
def c2(): return Proxy().m(1, 2)


def c5():
    x = Proxy()
    return x.m(1, 2, 3, 4, 5)


def c_prop():
    x = Proxy()
    x.prop()


def c_nested():
    return [Proxy().m() for _ in range(1)]


def deeper():
    return Proxy().inner()


def c_deep():
    return 1 + deeper()


async def a0():
    x = Proxy()
    await x.m()


async def a1():
    x = Proxy()
    return await x.m(arg())


def show(f):
    try:
        f()
    except AttributeError:
        print(traceback.format_exc())


print(Proxy().fine("abc"))
for f in (c0, c1, c2, c5, c_prop, c_nested, c_deep):
    show(f)
for a in (a0, a1):
    show(lambda: asyncio.run(a()))
try:
    Proxy().m()
except AttributeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
c1()
