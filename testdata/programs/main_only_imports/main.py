# Imports under `if __name__ == "__main__":` and in functions only that
# block calls run only for the program's own main module: the graph leaves
# them out for other modules (heapq's doctest run, pickle's _test), unless
# another module names such a function.
import sys
import selftest
import pickle

print("selftest" in sys.modules, "doctest" in sys.modules)
# Named through the module: its imports must still work.
print(selftest._selftest())
# The program's own main block runs, with its imports.
if __name__ == "__main__":
    import statistics
    print(statistics.mean([1, 2, 3, 4]))
    print(pickle.loads(pickle.dumps({"a": [1, 2]})))
