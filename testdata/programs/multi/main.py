"""A program split over several files: the module system end to end."""
print("main: start", __name__)
import helpers
from helpers import greet, COUNT as count
import app
import app.sub.leaf
from app.sub import leaf as leaf2
from app import core
import sys


def lazy():
    # Imported inside a function: runs when the function is first called.
    import late
    return late.VALUE


print("main: helpers", helpers.__name__, greet("x"), count)
print("main: app", app.__name__, app.__package__, app.sub.__name__, app.sub.leaf.__name__)
print("main: leaf is leaf2", app.sub.leaf is leaf2, leaf2.describe())
print("main: core", core.area(3), core.__package__)
print("main: file names", helpers.__file__.endswith("helpers.py"), app.__file__.endswith("app/__init__.py"))
print("main: path", [p.endswith("app") for p in app.__path__])
print("main: spec", helpers.__spec__.name, app.sub.__spec__.name, app.__spec__.parent, helpers.__spec__.parent == "")
print("main: sys.modules", "helpers" in sys.modules, sys.modules["app.sub.leaf"] is leaf2, "late" in sys.modules)
print("main: lazy", lazy(), "late" in sys.modules)
print("main: lazy again", lazy())
helpers.COUNT = 10
print("main: rebound global seen by its module", helpers.current_count())
setattr(helpers, "extra", "set")
print("main: setattr", helpers.read_extra())
import circ_a
print("main: circular", circ_a.A, circ_a.b_value(), circ_a.circ_b.B)
import importlib
m = importlib.import_module("app.sub.leaf")
print("main: import_module", m is leaf2)
print("main: __import__", __import__("app.sub.leaf").__name__)
from app.sub import *
print("main: star", sorted(n for n in dir() if n.startswith("pub")))
try:
    import does_not_exist
except ImportError as e:
    print("main: missing", type(e).__name__, e, e.name)
try:
    from helpers import nothing_here
except ImportError as e:
    print("main: bad from", e)
try:
    import helpers.nothing
except ImportError as e:
    print("main: not a package", e)
if __name__ == "__main__":
    print("main: guard")
    import bad_a
