#!/bin/sh
# Prints go/python time ratios for the workloads of bench.py and
# bench_test.go, alternating the two ROUNDS times and keeping each side's
# best time (the machine may be shared). Run from anywhere.
set -e
dir=$(cd "$(dirname "$0")" && pwd)
rounds=${ROUNDS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$dir/.." && go test -c -o "$tmp/re.test" .)
i=0
while [ $i -lt "$rounds" ]; do
	python3 "$dir/bench.py" >>"$tmp/py.txt"
	"$tmp/re.test" -test.run XXX -test.bench . -test.benchtime 0.3s | grep ^Benchmark >>"$tmp/go.txt"
	i=$((i + 1))
done
python3 - "$tmp/py.txt" "$tmp/go.txt" <<'PY'
import re, sys
py, go = {}, {}
for l in open(sys.argv[1]):
    n, v = l.split(); py.setdefault(n, []).append(float(v))
for l in open(sys.argv[2]):
    m = re.match(r'Benchmark(\w+)-\d+\s+\d+\s+([\d.]+) ns/op', l)
    go.setdefault(m.group(1), []).append(float(m.group(2)))
for n in py:
    p, g = min(py[n]), min(go[n])
    print(f"{n:16s} python {p/1000:9.1f} us   go {g/1000:9.1f} us   go/python {g/p:5.2f}")
PY
