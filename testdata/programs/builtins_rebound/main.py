import builtins

real_len = builtins.len


def loud_len(x):
    print("len of", type(x).__name__)
    return real_len(x)


def f(x):
    return len(x)


print(f("abc"))
builtins.len = loud_len
print(f("abcd"), len([1]))
del builtins.len
try:
    f("x")
except NameError as e:
    print("NameError", e)
builtins.len = real_len
print(f("abcde"))
real_max, real_min = max, min
setattr(builtins, "max", lambda *a: "patched")
print(max(1, 2))
builtins.__dict__["min"] = lambda *a: "patched min"
print(min(1, 2))
builtins.max, builtins.min = real_max, real_min

import helper

print(helper.count([1, 2]), helper.biggest(3, 9))
builtins.len = lambda x: -1
print(helper.count([1, 2]), f("zz"))
builtins.len = real_len
builtins.max = lambda *a: "patched"
print(helper.biggest(3, 9))
builtins.max = real_max
print(helper.count([1, 2]), helper.biggest(3, 9))
