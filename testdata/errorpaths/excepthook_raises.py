import sys

def hook(tp, value, tb):
    print("hook called with", tp.__name__)
    raise RuntimeError("the hook itself fails")

sys.excepthook = hook
raise KeyError("original")
