#!/usr/bin/env bash
# bench/io/throughput.py under python3 and py2goasync (PY2GOASYNC: the
# tool's binary, default bin/py2goasync). Usage: bench/io/run_throughput.sh [MiB]
set -euo pipefail
cd "$(dirname "$0")/../.."
TOOL=${PY2GOASYNC:-bin/py2goasync}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$TOOL" build bench/io/throughput.py -o "$dir/throughput" >/dev/null
echo "== python3"; /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" python3 bench/io/throughput.py "$@"
echo "== py2goasync"; /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" "$dir/throughput" "$@"
