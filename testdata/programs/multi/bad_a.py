print("bad_a: start")
from bad_b import thing
THING = 1
