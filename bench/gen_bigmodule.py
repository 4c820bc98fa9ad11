"""Writes a large generated Python module, for timing how the Go compile of
one translated module scales (issue: compile time linear in module size).

    python3 bench/gen_bigmodule.py LINES OUT.py

The module mixes what generated and hand-written code holds: flat
top-level statements, functions with loops and branches, and classes with
methods, in equal parts by line count. Running it prints one checksum line,
so the build can be checked against CPython as well as timed.
"""
import sys


def flat(i):
    return [
        f"v{i} = [{i}, {i} + 1, 'a{i}']",
        f"if v{i}[0] % 3 == 0:",
        f"    total += v{i}[1] + len(v{i})",
    ]


def function(i):
    return [
        f"def f{i}(n, k={i}):",
        f"    acc = 0",
        f"    for j in range(n):",
        f"        if j % 2:",
        f"            acc += j * k",
        f"        else:",
        f"            acc -= j",
        f"    return acc",
        f"total += f{i}(3)",
    ]


def klass(i):
    return [
        f"class C{i}:",
        f"    def __init__(self, x):",
        f"        self.x = x",
        f"    def get(self):",
        f"        return self.x + {i}",
        f"    def __repr__(self):",
        f"        return f'C{i}({{self.x}})'",
        f"total += C{i}(2).get()",
    ]


def main():
    want, out = int(sys.argv[1]), sys.argv[2]
    lines = ["total = 0"]
    makers = [flat, function, klass]
    i = 0
    while len(lines) < want - 1:
        lines += makers[i % 3](i)
        i += 1
    lines.append("print('total', total)")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


main()
