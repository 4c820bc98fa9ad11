# A frame whose line also starts a lambda (a lambda passed as an argument)
# is the frame of the code around it, not the lambda's.


def apply(callback, value):
    return callback(value)


def run():
    return apply(lambda v: 10 / v, 5) + apply(lambda v: v, 1)


print(run())
print(apply(lambda v: 1 / v, 0))
