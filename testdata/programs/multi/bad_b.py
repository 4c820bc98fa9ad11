print("bad_b: start")
from bad_a import THING
thing = 2
