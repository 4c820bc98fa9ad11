#!/bin/sh
# Runs the asyncio micro-benchmarks under CPython (bench/micro.py) and as Go
# benchmarks (bench_test.go), and prints ns/op side by side with the ratio.
# Each side runs ROUNDS times (default 3) and the fastest round counts, which
# keeps the ratios meaningful on a loaded machine.
# Usage: runtime/asyncio/bench/compare.sh [N [ROUNDS]]   (from anywhere in the repo)
set -e
cd "$(dirname "$0")/.."
N=${1:-200000}
ROUNDS=${2:-3}
PY=$(for i in $(seq "$ROUNDS"); do python3 bench/micro.py "$N"; done | awk '{ if (!($1 in m) || $2 < m[$1]) m[$1] = $2 } END { for (k in m) print k, m[k] }')
GO=$(go test -run '^$' -bench . -benchtime 1s -count "$ROUNDS" . | awk '/^Benchmark/ {sub(/^Benchmark/, "", $1); sub(/-[0-9]+$/, "", $1); if (!($1 in m) || $3 < m[$1]) m[$1] = $3} END { for (k in m) print k, m[k] }')
printf '%-18s %12s %12s %8s\n' benchmark "cpython ns" "go ns" ratio
for name in TaskCreateFinish Sleep0 FutureAwait QueuePingPong; do
	pyns=$(echo "$PY" | awk -v n="$name" '$1 == n {print $2}')
	gons=$(echo "$GO" | awk -v n="$name" '$1 == n {print $2}')
	awk -v n="$name" -v p="$pyns" -v g="$gons" 'BEGIN { printf "%-18s %12.1f %12.1f %7.1fx\n", n, p, g, p / g }'
done
