from __future__ import annotations, division
import __future__


def f(x: SomeUndefinedType) -> AlsoUndefined:
    return x


print(f(3), f.__annotations__)
print(__future__.annotations, __future__.division.mandatory)
print(sorted(__future__.all_feature_names))
print(7 / 2)
