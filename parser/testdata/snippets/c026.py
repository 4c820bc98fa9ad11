async def f():
    async with a:
        async for b in c:
            yield b
