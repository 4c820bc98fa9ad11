# Imported after main rebinds builtins.sorted and builtins.sum: these
# calls must reach the replacements, which get a real generator.
def use():
    g = sorted(x * 2 for x in [3, 1, 2])
    s = sum(x for x in range(4))
    return g, s
