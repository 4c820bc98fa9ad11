# A module with PEP 562 hooks and a function named like a module method.
def __dir__():
    return ["from_dunder_dir"]


def __getattr__(name):
    if name == "lazy":
        return lambda x: ("lazy", x)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __repr__():
    return "module-level __repr__ function"


def twice(x):
    return 2 * x
