print("helpers: body runs, __name__ =", __name__)
COUNT = 3


def greet(who):
    return "hello " + who


def current_count():
    return COUNT


def read_extra():
    return extra


if __name__ == "__main__":
    print("helpers: never printed")
