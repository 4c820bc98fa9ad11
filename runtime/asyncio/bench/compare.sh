#!/bin/sh
# Runs the asyncio micro-benchmarks under CPython (bench/micro.py) and as Go
# benchmarks (bench_test.go), and prints ns/op side by side with the ratio.
# The two sides alternate, ROUNDS times each (default 5), and the fastest
# round of each side counts: on a shared, noisy machine that keeps a burst
# of load from landing on one side only.
# Usage: runtime/asyncio/bench/compare.sh [N [ROUNDS]]   (from anywhere in the repo)
set -e
cd "$(dirname "$0")/.."
N=${1:-200000}
ROUNDS=${2:-5}
go test -c -o /tmp/py2goasync-asyncio-bench.test . >/dev/null
PY=""
GO=""
for i in $(seq "$ROUNDS"); do
	PY="$PY
$(python3 bench/micro.py "$N")"
	GO="$GO
$(/tmp/py2goasync-asyncio-bench.test -test.run '^$' -test.bench . -test.benchtime 1s | awk '/^Benchmark/ {sub(/^Benchmark/, "", $1); sub(/-[0-9]+$/, "", $1); print $1, $3}')"
done
best() { echo "$1" | awk -v n="$2" '$1 == n { if (m == "" || $2 < m) m = $2 } END { print m }'; }
printf '%-18s %12s %12s %8s\n' benchmark "cpython ns" "go ns" ratio
for name in TaskCreateFinish Sleep0 FutureAwait QueuePingPong AsyncWithLock; do
	pyns=$(best "$PY" "$name")
	gons=$(best "$GO" "$name")
	awk -v n="$name" -v p="$pyns" -v g="$gons" 'BEGIN { printf "%-18s %12.1f %12.1f %7.1fx\n", n, p, g, p / g }'
done
