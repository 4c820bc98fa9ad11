#!/bin/sh
# Runs the asyncio micro-benchmarks under CPython (bench/micro.py) and as Go
# benchmarks (bench_test.go), and prints ns/op side by side with the ratio.
# Usage: runtime/asyncio/bench/compare.sh [N]   (from anywhere in the repo)
set -e
cd "$(dirname "$0")/.."
N=${1:-200000}
PY=$(python3 bench/micro.py "$N")
GO=$(go test -run '^$' -bench . -benchtime 1s . | awk '/^Benchmark/ {sub(/^Benchmark/, "", $1); sub(/-[0-9]+$/, "", $1); print $1, $3}')
printf '%-18s %12s %12s %8s\n' benchmark "cpython ns" "go ns" ratio
echo "$PY" | while read -r name pyns; do
	gons=$(echo "$GO" | awk -v n="$name" '$1 == n {print $2}')
	awk -v n="$name" -v p="$pyns" -v g="$gons" 'BEGIN { printf "%-18s %12.1f %12.1f %7.1fx\n", n, p, g, p / g }'
done
