"""Runs bench/idioms.py under CPython and as a py2goasync binary, N times
each interleaved, and prints each idiom's median time and CPython/ours.

Usage: python3 bench/idioms_compare.py TOOL [--n N] [--runs R] [--python PY]
TOOL is a py2goasync binary (it builds idioms.py once).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(out):
    rows = {}
    for line in out.splitlines():
        name, ms, result = line.split(" ", 2)
        rows[name] = (float(ms), result)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool")
    ap.add_argument("--n", default="1000000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args()
    src = os.path.join(HERE, "idioms.py")
    with tempfile.TemporaryDirectory() as tmp:
        binary = os.path.join(tmp, "idioms")
        subprocess.run([args.tool, "build", src, "-o", binary], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cpy, ours = [], []
        for _ in range(args.runs):
            cpy.append(parse(subprocess.run([args.python, src, args.n], check=True,
                                            capture_output=True, text=True).stdout))
            ours.append(parse(subprocess.run([binary, args.n], check=True,
                                             capture_output=True, text=True).stdout))
    ratios = []
    print(f"{'idiom':22s} {'CPython ms':>10s} {'ours ms':>10s} {'CPy/ours':>9s}")
    for name in cpy[0]:
        c = statistics.median(r[name][0] for r in cpy)
        o = statistics.median(r[name][0] for r in ours)
        same = all(r[name][1] == cpy[0][name][1] for r in cpy + ours)
        ratios.append(c / o)
        print(f"{name:22s} {c:10.2f} {o:10.2f} {c / o:8.2f}x{'' if same else '  RESULT DIFFERS'}")
    print(f"geometric mean CPy/ours ({len(ratios)}): {statistics.geometric_mean(ratios):.2f}x")


if __name__ == "__main__":
    main()
