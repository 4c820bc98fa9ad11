# CPython warns while it compiles a module: the main script before it
# runs, an imported module at its first import (filters set by then apply),
# and compile()/exec() strings each time.
import warnings
import sys

x = 5
if x is 5:
    print("five")
print(0x1or 2, x is not "a")


def retry(n):
    for i in range(n):
        try:
            if i:
                break
            return (1, 2) (3) if i else i is ()
        finally:
            x is 1
    while x is -1:
        pass


print(retry(1))
assert (x, "always")
print([a is 1 for a in [x is 2]])

import warned_module  # warns once, at its first import
import warned_module
print(warned_module.VALUE)

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    code = compile("y = 1\nz = y is 2\nq = [1](2) if 0 else 0\n", "<text>", "exec")
    exec(code)
    exec("w = ('\\d', 1if 1 else 0)")
for w in ws:
    print(w.category.__name__, w.filename, w.lineno, w.message)

warnings.simplefilter("error")
try:
    compile("1\nv = x is 'a'\n", "<strict>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno, e.offset, e.end_offset, repr(e.text))

sys.stdout.flush()
import strict_module  # the filter turns its warning into a SyntaxError
