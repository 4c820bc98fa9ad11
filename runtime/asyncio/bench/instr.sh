#!/bin/sh
# Counts machine instructions per operation of each asyncio hot path under
# CPython (bench/micro.py) and as a Go benchmark (bench_test.go), with
# valgrind's callgrind, and prints the ratio. Unlike compare.sh's times,
# the counts do not move with the machine's load, so they show whether a
# change made the runtime do less work; the time ratio also depends on how
# well each side uses the cache. Each side runs at two sizes and the
# difference is divided by the extra operations, so start-up cancels out.
# Needs valgrind. Takes a few minutes.
# Usage: runtime/asyncio/bench/instr.sh [NAME...]   (from anywhere in the repo)
set -e
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instr.sh: needs valgrind" >&2; exit 1; }
# The interpreter itself: a launcher script (pyenv's shim) would be what
# callgrind measures otherwise.
PY=$(python3 -c 'import sys; print(sys.executable)')
go test -c -o /tmp/py2goasync-asyncio-bench.test . >/dev/null
NAMES=${*:-TaskCreateFinish Sleep0 FutureAwait QueuePingPong AsyncWithLock}
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | awk '/Collected/ { print $4 }'; }
gobench() {
	# One P and no async preemption: callgrind runs threads one at a time
	# and does not deliver Go's preemption signals.
	GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 count /tmp/py2goasync-asyncio-bench.test -test.run '^$' -test.bench "^Benchmark$1\$" -test.benchtime "$2x"
}
printf '%-18s %14s %12s %8s\n' benchmark "cpython ins/op" "go ins/op" ratio
for name in $NAMES; do
	p1=$(count "$PY" bench/micro.py 10000 "$name")
	p2=$(count "$PY" bench/micro.py 30000 "$name")
	g1=$(gobench "$name" 10000)
	g2=$(gobench "$name" 30000)
	awk -v n="$name" -v p1="$p1" -v p2="$p2" -v g1="$g1" -v g2="$g2" 'BEGIN {
		p = (p2 - p1) / 20000; g = (g2 - g1) / 20000
		printf "%-18s %14.0f %12.0f %7.1fx\n", n, p, g, p / g }'
done
