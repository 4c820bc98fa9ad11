import sys

def hook(tp, value, tb):
    print("hooked:", tp.__name__, value)

sys.excepthook = hook
print("start")
raise ValueError("custom")
