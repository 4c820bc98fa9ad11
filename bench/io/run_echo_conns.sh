#!/usr/bin/env bash
# Runs bench/io/echo_conns.py's server and client as separate processes,
# under python3 and under py2goasync (PY2GOASYNC: the tool's binary,
# default bin/py2goasync). Usage: bench/io/run_echo_conns.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10000}
TOOL=${PY2GOASYNC:-bin/py2goasync}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$TOOL" build bench/io/echo_conns.py -o "$dir/echo_conns" >/dev/null
for impl in python3 py2goasync; do
	if [ $impl = python3 ]; then run=(python3 bench/io/echo_conns.py); else run=("$dir/echo_conns"); fi
	rm -f "$dir/port"
	"${run[@]}" server "$dir/port" &
	spid=$!
	while [ ! -s "$dir/port" ]; do sleep 0.1; done
	echo "== $impl"
	/usr/bin/time -f "client: %e s wall, %M KB max RSS" "${run[@]}" client "$(cat "$dir/port")" "$N"
	echo "server max RSS: $(grep VmHWM /proc/$spid/status | awk '{print $2, $3}')"
	kill $spid
	wait $spid 2>/dev/null || true
done
