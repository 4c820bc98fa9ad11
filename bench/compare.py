#!/usr/bin/env python3
"""Runs each bench/*.py under CPython and as a py2goasync binary, side by
side, and prints wall-clock and CPU-time ratios (CPython / py2goasync; above
1 means py2goasync is faster). Then it does the same for the asyncio hot
paths of runtime/asyncio/bench/micro.py (the programs behind the runtime's
Go benchmarks), translated end to end, per benchmark (ns per operation,
best of the runs). Usage: python3 bench/compare.py [--runs N] [TOOL]"""
import argparse
import glob
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(cmd, runs):
    best_wall, best_cpu = float("inf"), float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool", nargs="?", default=os.path.join(HERE, "..", "bin", "py2goasync"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    print(f"{'program':<20} {'CPython wall':>12} {'ours wall':>10} {'ratio':>6}   {'CPython cpu':>11} {'ours cpu':>9} {'ratio':>6}")
    for prog in sorted(glob.glob(os.path.join(HERE, "*.py"))):
        if prog.endswith("compare.py"):
            continue
        name = os.path.basename(prog)[:-3]
        binary = os.path.join("/tmp", "py2goasync-bench-" + name)
        subprocess.run([args.tool, "build", prog, "-o", binary], check=True)
        # Alternate the two sides, so a burst of load on a shared machine
        # does not land on one of them only; the best run of each counts.
        pw = pc = gw = gc = float("inf")
        for _ in range(args.runs):
            w, c, pout = measure([sys.executable, prog], 1)
            pw, pc = min(pw, w), min(pc, c)
            w, c, gout = measure([binary], 1)
            gw, gc = min(gw, w), min(gc, c)
        same = "" if pout == gout else "  OUTPUT DIFFERS"
        print(f"{name:<20} {pw:>11.3f}s {gw:>9.3f}s {pw / gw:>5.1f}x   {pc:>10.3f}s {gc:>8.3f}s {pc / max(gc, 1e-9):>5.1f}x{same}")
    micro(args.tool, args.runs)


def micro(tool, runs):
    prog = os.path.join(HERE, "..", "runtime", "asyncio", "bench", "micro.py")
    binary = os.path.join("/tmp", "py2goasync-bench-micro")
    subprocess.run([tool, "build", prog, "-o", binary], check=True)

    def best(cmd):
        out = subprocess.run(cmd + ["100000"], capture_output=True, text=True, check=True).stdout
        return {line.split()[0]: float(line.split()[1]) for line in out.splitlines()}

    py, go = {}, {}
    for _ in range(runs):
        for side, cmd in ((py, [sys.executable, prog]), (go, [binary])):
            for name, v in best(cmd).items():
                side[name] = min(side.get(name, float("inf")), v)
    print()
    print(f"{'asyncio hot path':<20} {'CPython ns':>12} {'ours ns':>10} {'ratio':>6}")
    for name in py:
        print(f"{name:<20} {py[name]:>12.1f} {go[name]:>10.1f} {py[name] / go[name]:>5.1f}x")


if __name__ == "__main__":
    main()
