def numbers():
    yield 1
    yield 2
    raise StopIteration("inside")  # becomes RuntimeError

def total():
    return sum(numbers())

print("total", total())
