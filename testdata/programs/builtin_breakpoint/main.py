# breakpoint() calls sys.breakpointhook; the default hook follows $PYTHONBREAKPOINT.
import sys, os, warnings
def hook(*a, **k):
    print("hook", a, k)
    return 7
sys.breakpointhook = hook
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
print(breakpoint("via print"))
os.environ["PYTHONBREAKPOINT"] = "nosuchmodule.nosuch"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(breakpoint())
print([str(x.message) for x in w], w[0].category.__name__)
os.environ["PYTHONBREAKPOINT"] = "int"
print(breakpoint("12"))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
