"""bench/io/throughput.py under CPython and py2goasync, measured so that a
loaded machine says something: the runs are interleaved (CPython, ours,
ours, CPython, ...), and each run's wall time, CPU time (user + sys of
the process, from wait4) and peak RSS are kept; the table gives the
medians and the ratios. CPU time is what load disturbs least: wall time
on a busy machine mostly measures the other processes.

    python3 bench/io/throughput_compare.py [--tool bin/py2goasync] [--runs 5] [--mib 1024]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
PROG = os.path.join(HERE, "throughput.py")
GUARD = "PY2GOASYNC_THROUGHPUT_DRIVER"


def run(cmd, timeout):
    """One run: (wall seconds, cpu seconds, max RSS in MB, transfer seconds)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = start + timeout
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            p.kill()
            os.wait4(p.pid, 0)
            raise SystemExit(f"{cmd[0]}: timed out after {timeout} s")
        time.sleep(0.005)
    wall = time.perf_counter() - start
    out = p.stdout.read().decode()
    err = p.stderr.read().decode()
    p.stdout.close()
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd}: failed\n{out}{err}")
    # "received N bytes in T s (R MiB/s)"
    words = out.split()
    transfer = float(words[words.index("in") + 1])
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, transfer


def main():
    if os.environ.get(GUARD):
        sys.exit("throughput_compare: already running (a translated program started it again?)")
    os.environ[GUARD] = "1"
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=os.path.join(ROOT, "bin", "py2goasync"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--mib", type=int, default=1024)
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "throughput")
        subprocess.run([args.tool, "build", PROG, "-o", exe], check=True, stdout=subprocess.DEVNULL)
        impls = {
            "CPython": [args.python, PROG, str(args.mib)],
            "py2goasync": [exe, str(args.mib)],
        }
        results = {name: [] for name in impls}
        load0 = os.getloadavg()[0]
        for i in range(args.runs):
            order = list(impls) if i % 2 == 0 else list(reversed(impls))
            for name in order:
                r = run(impls[name], args.timeout)
                results[name].append(r)
                print(f"run {i + 1} {name:10}  wall {r[0]:6.2f} s  cpu {r[1]:6.2f} s  rss {r[2]:6.0f} MB"
                      f"  transfer {r[3]:6.2f} s", file=sys.stderr)
        load1 = os.getloadavg()[0]

    med = {name: [statistics.median(r[k] for r in rs) for k in range(4)] for name, rs in results.items()}
    print(f"{args.mib} MiB over 127.0.0.1 (start_server + open_connection, 10 MiB reads), "
          f"{args.runs} interleaved runs each, medians; load average {load0:.1f} -> {load1:.1f} on {os.cpu_count()} CPUs")
    print(f"{'':12} {'wall s':>8} {'cpu s':>8} {'transfer s':>11} {'MiB/s':>7} {'max RSS MB':>11}")
    for name, m in med.items():
        print(f"{name:12} {m[0]:8.2f} {m[1]:8.2f} {m[3]:11.2f} {args.mib / m[3]:7.0f} {m[2]:11.0f}")
    c, g = med["CPython"], med["py2goasync"]
    print(f"{'CPython/ours':12} {c[0] / g[0]:7.2f}x {c[1] / g[1]:7.2f}x {c[3] / g[3]:10.2f}x")


if __name__ == "__main__":
    main()
