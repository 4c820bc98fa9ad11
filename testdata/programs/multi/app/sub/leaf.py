print("app.sub.leaf: body runs", __name__, __package__)
from .. import core
from ..core import area
from . import public


def describe():
    return "leaf sees core.area(2) = %d and %s" % (area(2), public)
