# Native for loops over ranges whose values pass 64 bits, or whose last
# step would overflow int64: they count the values (py.RangeOf) and give
# the same ints CPython does, in functions, generators and module code.
n = 0
for i in range(2**64, 2**64 + 3):
    n += 1
    print(i)
for i in range(-2**70, -2**70 + 2):
    print(i)
print(sum(x for x in range(2**63 - 1, 2**63 + 2)))
print([x for x in range(2**63 - 2, 2**63 + 1)])
def f():
    t = 0
    for i in range(10**20, 10**20 + 2):
        t += i
    return t
print(f())
def g(a):
    for i in range(a, a + 2, 1):
        yield i
print(list(g(2**65)))
for i in range(0, 2**63 - 1, 2**62):
    print(i)
for i in range(0, -2**63, -2**62):
    print(i)
for i in range(2**63 - 3, 2**63 - 1):
    print(i)
for i in range(9223372036854775800, 9223372036854775807, 3):
    print(i)
def h():
    for i in range(2**100, 2**101, 2**99):
        yield i
    for i in range(5, 2**64 + 7, 2**62):
        yield i
print(list(h()))
for i in range(2**200):
    if i > 2:
        break
    print(i)
else:
    print("no")
class I:
    def __index__(self):
        return 2**64 + 1
for i in range(2**64, I()):
    print(i)
def k():
    for i in range(2**64 - 1, 2**64 + 2):
        yield (lambda: i)()
    for a, b in [(1, 2)]:
        for i in range(b, b + 2):
            yield (lambda: i * a)()
print(list(k()))
async def co():
    out = []
    for i in range(2**70, 2**70 + 2):
        out.append((lambda: i)())
    return out
import asyncio
print(asyncio.run(co()))
