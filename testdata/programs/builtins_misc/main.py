# Builtins: breakpoint() and sys.breakpointhook ($PYTHONBREAKPOINT), the
# singleton types, attribute-name checks, hash and len results, dir()/vars()
# in evaluated code, compile() of bytes-like source.
import sys, os, warnings
def hook(*a, **k):
    print("hook", a, k)
    return 7
sys.breakpointhook = hook
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
print(breakpoint("via print"))
os.environ["PYTHONBREAKPOINT"] = "nosuchmodule.nosuch"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(breakpoint())
print([str(x.message) for x in w], w[0].category.__name__)
os.environ["PYTHONBREAKPOINT"] = "int"
print(breakpoint("12"))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
for const in None, Ellipsis, NotImplemented:
    tp = type(const)
    print(tp() is const)
    for args, kw in (((1, 2), {}), ((), {"a": 1, "b": 2})):
        try:
            tp(*args, **kw)
        except TypeError as e:
            print("TypeError", e)
try:
    delattr(sys, 1)
except TypeError as e:
    print(e)
try:
    getattr(sys, 1)
except TypeError as e:
    print(e)
try:
    setattr(sys, 1, 2)
except TypeError as e:
    print(e)
try:
    hasattr(sys, 1)
except TypeError as e:
    print(e)
class X:
    def __hash__(self):
        return 2**100
print(type(hash(X())), hash(X()))
class Z(int):
    def __hash__(self):
        return self
print(hash(Z(42)) == hash(42))
class HugeLen:
    def __len__(self):
        return sys.maxsize + 1
class HugeNegativeLen:
    def __len__(self):
        return -sys.maxsize-10
for c in HugeLen, HugeNegativeLen:
    try:
        len(c())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(eval("dir()", {"a": 1}, {"b": 2, "c": 3})))
print(eval("vars()", {"a": 1}, {"b": 2}))
print(compile(memoryview(b"x = 1"), "tmp", "exec").co_filename)
print(compile(bytearray(b"y = 2"), "tmp", "exec").co_filename)

# Dict views compare by size and membership.
d1 = {1: 1, 2: 2}; d2 = {1: 1, 2: 2, 3: 3}
k1, k2 = d1.keys(), d2.keys()
print(k1 == k2, k1 != k2, k1 < k2, k1 <= k2, k1 > k2, k1 >= k2, k2 > k1)
print(k1 == {1, 2}, k1 < {1, 2, 3}, {1, 2} == k1, k1 == [1, 2], d1.items() == {(1, 1), (2, 2)})
print(d1.items() < d2.items(), d1.items() <= d1.items(), d2.items() >= d1.items())
class C:
    def __eq__(self, other):
        raise RuntimeError
d3 = {1: C()}; d4 = {1: C()}
for expr in ("d3.items() == d4.items()", "d3.items() != d4.items()", "d3.items() <= d4.items()"):
    try:
        eval(expr)
    except RuntimeError:
        print("RuntimeError", expr)
print({1: []}.items() == {1: []}.items())

# Sequence indices of the wrong type.
for o in ([1], (1,)):
    for op in ("g", "s", "d"):
        try:
            if op == "g":
                o["a"]
            elif op == "s":
                o["a"] = 1
            else:
                del o["a"]
        except TypeError as e:
            print(e)
i = 1.5
try:
    [1][i]
except TypeError as e:
    print(e)
class I:
    def __index__(self):
        return 0
print([5][I()], (6,)[I()], [1][False])
