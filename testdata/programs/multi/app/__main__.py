print("app.__main__ runs as", __name__, __package__)
from . import core
from .sub import leaf
print(core.area(1), leaf.describe())
import sys
print(sys.argv[0].endswith("__main__.py"))
