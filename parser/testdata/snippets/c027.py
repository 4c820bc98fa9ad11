def f():
    async for b in c: pass
