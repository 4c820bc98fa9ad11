# list.pop and list.insert: exact ints, bools, __index__ objects, and the
# errors of bad and out-of-range indexes (OverflowError past ssize_t).
import operator
class I:
    def __init__(s, v): s.v = v
    def __index__(s): return s.v
l = list(range(10))
print(l.pop(0), l.pop(-1), l.pop(True), l.pop(I(2)), l)
l.insert(0, 'a'); l.insert(-1, 'b'); l.insert(100, 'c'); l.insert(-100, 'd'); l.insert(True, 'e'); l.insert(I(3), 'f')
print(l)
for bad in (1.5, "x", None, 2**70, -2**70):
    for f in (lambda: l.pop(bad), lambda: l.insert(bad, 0)):
        try: f()
        except Exception as e: print(type(e).__name__, e)
try: [].pop(0)
except IndexError as e: print(e)
try: [1].pop(5)
except IndexError as e: print(e)
print(l.pop(2**62 - 2**62))
