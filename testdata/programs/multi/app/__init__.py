print("app: __init__ runs", __name__, __package__)
from . import core
PI = 3
