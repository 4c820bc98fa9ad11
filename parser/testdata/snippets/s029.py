async def g():
    return [x async for x in y], {x: y async for x, y in z}, (await a for a in b)
