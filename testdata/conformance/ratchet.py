#!/usr/bin/env python3
"""The conformance ratchet: every corpus program listed in passing.txt must
still pass check.py. Prints the full score, then fails (exit 1) if a listed
program regressed. With --update, adds newly passing programs to the list."""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST = os.path.join(HERE, "passing.txt")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--jobs", default="2")
    # check.py's per-program budget covers `run`'s translation and Go build
    # too: 60 s (its default) was seen to run out on a 2-core machine at load
    # 16 building programs that pull in threading and subprocess.
    ap.add_argument("--timeout", default="240")
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"ratchet: no corpus at {args.corpus}; skipping")
        return 0
    check = os.path.join(os.path.dirname(os.path.abspath(args.corpus)), "check.py")
    proc = subprocess.run(
        [sys.executable, check, "--cmd", args.tool + " run {py}", "-j", args.jobs, "--timeout", args.timeout, args.corpus],
        capture_output=True, text=True)
    print(proc.stdout, end="")
    passing = {line.split()[1] for line in proc.stdout.splitlines() if line.startswith("PASS ")}
    with open(LIST) as f:
        required = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    lost = sorted(required - passing)
    gained = sorted(passing - required)
    if gained:
        print(f"ratchet: {len(gained)} newly passing (add them with --update): {' '.join(gained)}")
        if args.update:
            with open(LIST, "w") as f:
                f.write("# Corpus programs that pass check.py; CI fails if one stops passing.\n")
                for name in sorted(required | passing):
                    f.write(name + "\n")
    if lost:
        print(f"ratchet: FAILED: {len(lost)} program(s) no longer pass: {' '.join(lost)}")
        return 1
    print(f"ratchet: ok ({len(required)} required programs pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
