"""Which public standard-library modules import under py2goasync.

Usage: python3 testdata/stdlib_probe/probe.py TOOL [--out FILE]

The modules are CPython 3.11's public top-level standard library
(sys.stdlib_module_names without the underscore ones and the GUI, Windows
and packaging ones). One generated program imports each inside try/except
and prints OK or the exception; it is translated and run by TOOL
(`py2goasync run`). A module whose import crashes the whole program is
retried alone. The score is printed and, with --out, written with the
per-module results.
"""
import os
import subprocess
import sys
import tempfile

EXCLUDED = {"idlelib", "tkinter", "turtle", "turtledemo", "lib2to3", "msilib", "winreg",
            "winsound", "msvcrt", "nt", "ntpath", "pydoc_data", "ensurepip", "venv",
            "antigravity", "this"}


def public_modules():
    return sorted(n for n in sys.stdlib_module_names
                  if not n.startswith("_") and n not in EXCLUDED)


def program(names):
    lines = ["import sys"]
    for n in names:
        lines += [
            "try:",
            f"    import {n}",
            f"    print('OK {n}', flush=True)",
            "except BaseException as e:",
            f"    print('FAIL {n}', type(e).__name__, str(e).splitlines()[0] if str(e) else '', flush=True)",
        ]
    return "\n".join(lines) + "\n"


def run(tool, names, workdir):
    path = os.path.join(workdir, "probe_main.py")
    with open(path, "w") as f:
        f.write(program(names))
    p = subprocess.run([tool, "run", path], capture_output=True, text=True, timeout=1800)
    results = {}
    for line in p.stdout.splitlines():
        word, _, rest = line.partition(" ")
        name, _, why = rest.partition(" ")
        if word in ("OK", "FAIL") and name in names:
            results[name] = (word == "OK", why)
    return results, p


def main():
    tool = sys.argv[1]
    out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
    names = public_modules()
    results = {}
    with tempfile.TemporaryDirectory() as d:
        got, p = run(tool, names, d)
        results.update(got)
        missing = [n for n in names if n not in results]
        if missing:
            # Something ended the program: try the rest one at a time.
            for n in missing:
                got, p = run(tool, [n], d)
                if n in got:
                    results[n] = got[n]
                else:
                    tail = (p.stderr.strip().splitlines() or ["no output"])[-1]
                    results[n] = (False, "crashed: " + tail[:200])
    ok = sum(1 for n in names if results[n][0])
    report = [f"{ok} of {len(names)} public standard-library modules import"]
    for n in names:
        good, why = results[n]
        report.append(f"{'ok  ' if good else 'FAIL'} {n}" + ("" if good else "  " + why))
    text = "\n".join(report) + "\n"
    print(text, end="")
    if out:
        with open(out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
