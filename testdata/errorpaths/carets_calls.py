# Frames in the middle of the stack show the call that is still running:
# a call nested in another call's arguments, a call on a later line of a
# multi-line statement, a method call in an expression, and a raise that
# shares its line with an if.


def check(value):
    if value < 0: raise ValueError(f"negative: {value}")
    return value


def scale(values, factor):
    return [check(v) * factor for v in values]


def describe(values):
    label = "values"
    text = "{}: {}".format(label,
                           sum(scale(values, 2)))
    return text.upper()


print(describe([1, 2]))
print(max(1, len(describe([3, -4]))))
