import sys


def put(name, value):
    setattr(sys.modules["__main__"], name, value)


def drop(name):
    delattr(sys.modules["__main__"], name)
