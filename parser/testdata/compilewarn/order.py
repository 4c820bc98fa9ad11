# Compile order of CPython 3.11's SyntaxWarnings: classes, comprehensions,
# try/else/except, while loops, finally blocks and the unwinding returns.
x = y = 0
def deco(f): return f
@deco if x is 1 else deco
def f(a=x is 2, *, b=x is 3) -> x is 4:
    return x is 5
class C(x is 6 and object, metaclass=type if x is 7 else type):
    z = x is 8
print([a is 9 for a in (x is 10,) if a is 11 for b in [x is 12] if b is 13])
print({a is 14: a is 15 for a in [x is 16]})
print((lambda q=x is 17: q is 18)())
try:
    x is 19
except (x is 20 and ValueError):
    x is 21
else:
    x is 22
finally:
    x is 23
def g():
    for i in range(3):
        try:
            if i:
                break
            elif x is 24:
                continue
            return x is 25
        finally:
            x is 26
    while x is 27:
        x is 28
    while (x is 29) < 3:
        pass
def h():
    try:
        try:
            return 1
        finally:
            x is 30
    finally:
        x is 31
        return 2
if not x is 32: pass
print(not x is not 33)
if x is 34 < 3 or (y
        is 35): pass
assert (x, "never")
assert x is 36, x is 37
with open(__file__) if x is 38 else None as fh, open(__file__) as fh2:
    x is 39
match x:
    case 1 if x is 40:
        x is 41
    case C(z=2) if x is 42:
        pass
async def co():
    async for a in aiter(x is 43):
        await (x is 44)
    async with x is 45 as q:
        pass
    return [a async for a in x if a is 46]
