# Int trees with >> and & by literals: computed over int64 when every
# operand is an exact int, the generic operations otherwise.
class R:
    def __rshift__(self, k):
        print("rshift", k)
        return 40
    def __and__(self, k):
        return 7
    def __rand__(self, k):
        return 8

def f(a, n):
    return (a >> 3) % n, (a & 0xff) + 1, ((a + 1) >> 1) * 2, (a >> 0) + 0, (a & 0) - 1

for a in [0, 1, -1, 7, -7, 255, -256, 2**62, -2**63, 2**63 - 1, 2**70 + 5, -(2**70) - 3, True, False, R()]:
    try:
        print(a if not isinstance(a, R) else "R", f(a, 5), f(a, -3))
    except Exception as e:
        print(type(e).__name__, e)

def g(s, n):
    s = (s * 1103515245 + 12345) % 2147483648
    return (s >> 8) % n, (s >> 63) & 1, (s & 0xffffffffffffffff) >> 62
for s in [1, 42, -5, 2**64, 2**200]:
    print(g(s, 7))
try:
    print(f(1.5, 2))
except TypeError as e:
    print("TypeError", e)
try:
    print(f("x", 2))
except TypeError as e:
    print("TypeError", e)
try:
    print(f(8, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


class I(int):
    def __rshift__(self, k):
        return "I.__rshift__"


print(f(I(9), 4) if False else (I(9) >> 3, (I(9) & 3) + 1))
try:
    print(g(I(3), 5))
except TypeError as e:
    print("TypeError", e)
