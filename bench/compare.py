#!/usr/bin/env python3
"""One side-by-side table: each benchmark program under CPython and as a
py2goasync binary (and, for the asyncio rows, the hand-written Go twin of
../shared/perf/go, run from there), with times, ratios and callgrind
instruction counts.

Times are whole-process CPU seconds (user+sys), the median of --runs
interleaved rounds (CPython, ours, Go, CPython, ours, Go, ...: drift on a
shared machine hits every side alike); the wall-clock ratio is shown too.
"CPy/ours" above 1 means py2goasync is faster. Every side's stdout must be
identical to CPython's (each program prints a checksum line): a difference or
a failed run is a FAIL in the table, and no ratio is given for it.

Instruction counts come from callgrind (valgrind --tool=callgrind) on a
smaller run of each program (the "ic args"), whole process including
start-up; Go binaries run under it with GOMAXPROCS=1
GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off. Without valgrind (or with
--no-callgrind) those columns are left out.

CPython runs with -S (no site module). This machine's site-packages hold a
.pth file, written by the sandbox at container start, that imports certifi at
every interpreter start: about 105M instructions and 40-60 ms of CPU, more
than a whole run of some rows, and no part of CPython or of the programs.
-S also skips the site module's own few milliseconds (7M instructions), so
CPython's side starts a little faster than a default install's would: the
ratios err against py2goasync.

Peak RSS is each process's own ru_maxrss (wait4), the median of the rounds,
in MB; the "sleep ... tasks" rows (N tasks asleep at once) are there for it.

Usage: python3 bench/compare.py [--runs N] [--only a,b] [--no-callgrind]
                                [--callgrind-skip-cpython] [--scale] [--env K=V]
                                [--micro] [TOOL]
"""
import argparse
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("PERF_SHARED") or os.path.normpath(os.path.join(HERE, "..", "..", "shared", "perf"))
WORK = os.environ.get("BENCH_DIR") or os.path.join(os.environ.get("TMPDIR", "/tmp"), "py2goasync-bench")

# (name, kind, script, timed args, callgrind args, Go twin or None, twin args, twin callgrind args)
# A script path starting with "shared:" is ../shared/perf/py/NAME.
ROWS = [
    ("nbody", "plain", "nbody.py", ["200000"], ["40000"], None, None, None),
    ("richards", "plain", "richards.py", ["15"], ["3"], None, None, None),
    ("spectral_norm", "plain", "spectral_norm.py", ["350"], ["150"], None, None, None),
    ("fannkuch", "plain", "fannkuch.py", ["9"], ["8"], None, None, None),
    ("chaos", "plain", "chaos.py", ["700000"], ["150000"], None, None, None),
    ("deltablue", "plain", "deltablue.py", ["100", "180"], ["100", "36"], None, None, None),
    ("raytrace", "plain", "raytrace.py", ["250"], ["110"], None, None, None),
    ("boardgame", "plain", "boardgame.py", ["7"], ["5"], None, None, None),
    ("json_encode", "plain", "json_encode.py", ["240"], ["50"], None, None, None),
    ("nqueens", "plain", "nqueens.py", ["9"], ["8"], None, None, None),
    ("pidigits", "plain", "pidigits.py", ["5000"], ["2200"], None, None, None),
    ("generators", "plain", "generators.py", ["6"], ["1"], None, None, None),
    ("coroutine fib(25)", "async", "coroutine_fib.py", ["20"], ["4"], "coroutines", ["20"], ["4"]),
    ("gather tree", "async", "async_tree.py", ["1"], ["1"], "async_tree", ["none", "1"], ["none", "1"]),
    # The same tree whose leaves compute factorial(500) or sleep 50 ms
    # (pyperformance's cpu_io_mixed; the "tree of tasks computing factorials").
    ("factorial tree", "async", "async_tree_mixed.py", ["1"], ["1"], "async_tree",
     ["cpu_io_mixed", "1"], ["cpu_io_mixed", "1"]),
    ("Runner.run", "async", "shared:run_runner.py", ["20000"], ["4000"], "run_many", ["20000"], ["4000"]),
    ("asyncio.run", "async", "shared:run_asyncio_run.py", ["5000"], ["1000"], "run_many", ["5000"], ["1000"]),
    ("queue ping-pong", "async", "shared:queue_pingpong.py", ["60000"], ["20000"],
     "queue_pingpong", ["60000"], ["20000"]),
    # N tasks asleep at once: peak RSS is the figure here (the 1M row takes about
    # a minute a round, so it runs only with --scale or when --only names it).
    ("sleep 100k tasks", "scale", "shared:scale_sleep.py", ["100000"], ["2000"],
     "scale_sleep", ["100000"], ["2000"]),
    ("sleep 1M tasks", "scale", "shared:scale_sleep.py", ["1000000"], ["2000"],
     "scale_sleep", ["1000000"], ["2000"]),
]
SLOW_ROWS = {"sleep 1M tasks"}

GO_CALLGRIND_ENV = {"GOMAXPROCS": "1", "GODEBUG": "asyncpreemptoff=1,cpu.rdtscp=off"}


def script_path(script):
    if script.startswith("shared:"):
        return os.path.join(SHARED, "py", script[len("shared:"):])
    return os.path.join(HERE, script)


def run_once(cmd, env=None):
    """Runs cmd; returns (cpu seconds, wall seconds, peak RSS in bytes, stdout,
    error or None). CPU and peak RSS are the process's own (wait4's rusage:
    ru_maxrss of that child alone, not the maximum over every child so far)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as errf:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=errf, env=env)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        errf.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = errf.read().decode(errors="replace")
    cpu = ru.ru_utime + ru.ru_stime
    err = None
    if p.returncode != 0:
        err = f"exit {p.returncode}: {stderr.strip().splitlines()[-1:] or ''}"
    return cpu, wall, ru.ru_maxrss * 1024, stdout, err


def callgrind(cmd, env=None):
    """Instructions executed by cmd under callgrind (all threads), or None."""
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd,
                       capture_output=True, text=True, env=env)
    m = re.search(r"Collected\s*:\s*(\d+)", p.stderr)
    if p.returncode != 0 or not m:
        return None
    return int(m.group(1))


def build_twins(names):
    """Builds the Go twins in ../shared/perf/go into WORK/twins; returns name -> path."""
    out = {}
    godir = os.path.join(SHARED, "go")
    if not os.path.isdir(godir) or not shutil.which("go"):
        print(f"(no Go twins: {godir} or the go command is missing)")
        return out
    # The allocator experiment py2goasync builds programs with (Go 1.26 and
    # later), so that both sides run the same allocator; without it when the
    # toolchain does not know it.
    exp = os.environ.get("GOEXPERIMENT", "")
    exp_env = dict(os.environ, GOEXPERIMENT=(exp + "," if exp else "") + "sizespecializedmalloc")
    for name in sorted(set(names)):
        binary = os.path.join(WORK, "twins", name)
        p = subprocess.run(["go", "build", "-o", binary, "./" + name], cwd=godir,
                           capture_output=True, text=True, env=exp_env)
        if p.returncode != 0:
            p = subprocess.run(["go", "build", "-o", binary, "./" + name], cwd=godir,
                               capture_output=True, text=True)
        if p.returncode == 0:
            out[name] = binary
        else:
            print(f"(Go twin {name} did not build: {p.stderr.strip()[:200]})")
    return out


def fmt_s(v):
    return "-" if v is None else f"{v:.3f}"


def fmt_ratio(a, b):
    if a is None or b is None or b <= 0:
        return "-"
    return f"{a / b:.2f}x"


def fmt_mb(v):
    return "-" if v is None else f"{v / 1e6:.0f}"


def fmt_mi(v):
    return "-" if v is None else f"{v / 1e6:.1f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool", nargs="?", default=os.path.join(HERE, "..", "bin", "py2goasync"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="", help="comma-separated row names (substrings)")
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--callgrind-skip-cpython", action="store_true",
                    help="count instructions of ours and Go only (CPython's counts do not change between runs)")
    ap.add_argument("--env", action="append", default=[], metavar="K=V",
                    help="environment of ours' runs (repeatable), e.g. GOGC=400 for the former fixed GC percent")
    ap.add_argument("--scale", action="store_true", help="also the 1M sleeping-task row")
    ap.add_argument("--micro", action="store_true", help="also the asyncio hot paths of runtime/asyncio/bench")
    args = ap.parse_args()

    rows = ROWS
    if args.only:
        keys = [k.strip() for k in args.only.split(",") if k.strip()]
        rows = [r for r in rows if any(k in r[0] for k in keys)]
    elif not args.scale:
        rows = [r for r in rows if r[0] not in SLOW_ROWS]
    use_cg = not args.no_callgrind and shutil.which("valgrind") is not None
    if not args.no_callgrind and not use_cg:
        print("(valgrind not found: no instruction counts)")
    os.makedirs(WORK, exist_ok=True)
    py = sys.executable
    pyflags = ["-S"]
    twins = build_twins([r[5] for r in rows if r[5]])
    ours_env = dict(os.environ, **dict(kv.split("=", 1) for kv in args.env)) if args.env else None

    # Build every program first, so compile load does not overlap timing.
    binaries = {}
    for name, kind, script, *_ in rows:
        binary = os.path.join(WORK, os.path.basename(script_path(script))[:-3])
        p = subprocess.run([args.tool, "build", script_path(script), "-o", binary],
                           capture_output=True, text=True)
        binaries[name] = binary if p.returncode == 0 else None
        if p.returncode != 0:
            print(f"(build of {script} failed: {p.stderr.strip()[-300:]})")

    hdr = (f"{'program':<18} {'CPython s':>9} {'ours s':>8} {'Go s':>7} {'CPy/ours':>8} {'ours/Go':>8}"
           f" {'wall CPy/ours':>13} {'CPy MB':>7} {'ours MB':>7} {'Go MB':>6}")
    if use_cg:
        hdr += f" {'Mi CPy':>8} {'Mi ours':>8} {'Mi Go':>7} {'Mi CPy/ours':>11}"
    hdr += "  status"
    print(f"CPU seconds and peak RSS (ru_maxrss, MB), medians of {args.runs} interleaved rounds"
          + ("; Mi = millions of instructions (callgrind, smaller run)" if use_cg else ""))
    print(hdr)
    print("-" * len(hdr))
    ratios = {"plain": [], "async": [], "scale": []}
    fails = 0
    for name, kind, script, targs, cargs, twin, twargs, twcargs in rows:
        pycmd = [py] + pyflags + [script_path(script)] + targs
        ourcmd = [binaries[name]] + targs if binaries[name] else None
        twincmd = [twins[twin]] + twargs if twin in twins else None
        sides = {"py": pycmd, "ours": ourcmd, "go": twincmd}
        envs = {"ours": ours_env}
        cpu = {k: [] for k in sides}
        wall = {k: [] for k in sides}
        rss = {k: [] for k in sides}
        outs, errs = {}, {}
        for _ in range(args.runs):
            for k, cmd in sides.items():
                if cmd is None or k in errs:
                    continue
                c, w, m, out, err = run_once(cmd, envs.get(k))
                if err:
                    errs[k] = err
                    continue
                cpu[k].append(c)
                wall[k].append(w)
                rss[k].append(m)
                outs.setdefault(k, out)
        status = []
        if binaries[name] is None:
            status.append("FAIL: ours does not build")
        for k in ("py", "ours", "go"):
            if k in errs:
                status.append(f"FAIL: {k} {errs[k]}")
        for k in ("ours", "go"):
            if k in outs and "py" in outs and outs[k] != outs["py"]:
                status.append(f"FAIL: {k} output differs")
                cpu[k] = []
                wall[k] = []
                rss[k] = []
        med = {k: (statistics.median(v) if v else None) for k, v in cpu.items()}
        medw = {k: (statistics.median(v) if v else None) for k, v in wall.items()}
        medm = {k: (statistics.median(v) if v else None) for k, v in rss.items()}
        line = (f"{name:<18} {fmt_s(med['py']):>9} {fmt_s(med['ours']):>8} {fmt_s(med['go']):>7}"
                f" {fmt_ratio(med['py'], med['ours']):>8} {fmt_ratio(med['ours'], med['go']):>8}"
                f" {fmt_ratio(medw['py'], medw['ours']):>13}"
                f" {fmt_mb(medm['py']):>7} {fmt_mb(medm['ours']):>7} {fmt_mb(medm['go']):>6}")
        if use_cg:
            ipy = callgrind([py] + pyflags + [script_path(script)] + cargs) if not args.callgrind_skip_cpython else None
            env = dict(os.environ, **GO_CALLGRIND_ENV)
            iours = callgrind([binaries[name]] + cargs, dict(ours_env or os.environ, **GO_CALLGRIND_ENV)) if ourcmd and "ours" not in errs else None
            igo = callgrind([twins[twin]] + twcargs, env) if twincmd else None
            line += (f" {fmt_mi(ipy):>8} {fmt_mi(iours):>8} {fmt_mi(igo):>7}"
                     f" {fmt_ratio(ipy, iours):>11}")
        if status:
            fails += 1
        elif med["py"] and med["ours"]:
            ratios[kind].append(med["py"] / med["ours"])
        print(line + "  " + ("; ".join(status) if status else "ok"), flush=True)
    print()
    for kind, rs in ratios.items():
        if rs:
            gm = math.exp(sum(math.log(r) for r in rs) / len(rs))
            print(f"geometric mean CPy/ours, {kind} rows ({len(rs)}): {gm:.2f}x")
    if fails:
        print(f"{fails} row(s) FAILED")
    if args.micro:
        micro(args.tool, args.runs)
    sys.exit(1 if fails else 0)


def micro(tool, runs):
    prog = os.path.join(HERE, "..", "runtime", "asyncio", "bench", "micro.py")
    binary = os.path.join(WORK, "micro")
    subprocess.run([tool, "build", prog, "-o", binary], check=True)

    def best(cmd):
        out = subprocess.run(cmd + ["100000"], capture_output=True, text=True, check=True).stdout
        return {line.split()[0]: float(line.split()[1]) for line in out.splitlines()}

    py, go = {}, {}
    for _ in range(runs):
        for side, cmd in ((py, [sys.executable, "-S", prog]), (go, [binary])):
            for name, v in best(cmd).items():
                side[name] = min(side.get(name, float("inf")), v)
    print()
    print(f"{'asyncio hot path':<20} {'CPython ns':>12} {'ours ns':>10} {'ratio':>6}")
    for name in py:
        print(f"{name:<20} {py[name]:>12.1f} {go[name]:>10.1f} {py[name] / go[name]:>5.1f}x")


if __name__ == "__main__":
    main()
