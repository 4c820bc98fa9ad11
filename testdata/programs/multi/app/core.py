print("app.core: body runs", __name__, __package__)


def area(r):
    from . import PI
    return PI * r * r
