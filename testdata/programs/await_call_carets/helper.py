def f(n):
    raise LookupError(n)


async def later(n):
    raise OSError(n)
