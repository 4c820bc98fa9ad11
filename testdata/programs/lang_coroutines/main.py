# Coroutine protocol details as CPython 3.11 has them: types.coroutine
# generators, exhausted coroutines, async with/for checks of awaitables.
import types


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


@types.coroutine
def nop():
    yield 1
    yield 2


async def uses_nop():
    await nop()
    return "done"


c = uses_nop()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
print(hex(nop.__code__.co_flags), nop().gi_code.co_flags & 0x100)

# gi_yieldfrom follows the delegation.
def inner():
    yield


def outer():
    yield from inner()
    yield


g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom.gi_code.co_name)
next(g)
print(g.gi_yieldfrom)

# An exhausted coroutine: send, throw and its __await__ iterator all say so.
async def coroutine():
    return "spam"


coro = coroutine()
try:
    coro.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
for how in (lambda: coro.send(None), lambda: coro.throw(Exception("wat"))):
    try:
        how()
    except RuntimeError as e:
        print("RuntimeError:", e)
coro.close()
coro.close()
it = coroutine().__await__()
try:
    it.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
for how in (lambda: it.send(None), lambda: next(it), lambda: it.throw(Exception("wat"))):
    try:
        how()
    except RuntimeError as e:
        print("RuntimeError:", e)


# async with: what __aenter__/__aexit__ return must be awaitable.
class BadEnter:
    def __aenter__(self):
        return 123

    def __aexit__(self, *e):
        print("aexit called")
        return 456


class BadExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *e):
        return 444


async def with_enter():
    async with BadEnter():
        pass


async def with_exit_exc():
    async with BadExit():
        1 / 0


async def with_exit_break():
    for i in range(2):
        async with BadExit():
            break


for f in (with_enter, with_exit_exc, with_exit_break):
    try:
        run(f())
    except TypeError as e:
        print("TypeError:", e, type(e.__context__).__name__)


# async for: what __anext__ returns must be awaitable.
class BadNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return ()


class RaisingAwait:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


async def loop(it):
    async for _ in it:
        pass


for it in (BadNext(), RaisingAwait()):
    try:
        run(loop(it))
    except TypeError as e:
        print("TypeError:", e, type(e.__cause__).__name__)
