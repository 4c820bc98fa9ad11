"""A module the main program imports twice, the second time as a fresh
instance (import_fresh_module): each run's functions, generators and
coroutines must read the globals of the run that defined them."""

import asyncio

TAG = object()
counter = 0


def tag():
    return TAG


def tag_via_helper():
    return tag()


def bump(n):
    global counter
    counter += n
    return counter


def gen_tags(n):
    for _ in range(n):
        yield tag()
    yield TAG


def outer():
    def inner_gen():
        yield TAG
    return list(inner_gen())


async def co_tag():
    await asyncio.sleep(0)
    return TAG


async def co_direct():
    return tag_via_helper()


class Holder:
    def get(self):
        return tag_via_helper()

    def gen(self):
        yield tag()


def lam():
    return (lambda: TAG)()


def listcomp():
    return [TAG for _ in range(2)]
