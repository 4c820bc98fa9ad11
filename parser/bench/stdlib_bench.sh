#!/bin/sh
# Parses the whole local CPython standard library with py2goasync's parser
# and with CPython's ast.parse, and prints MB/s and lines/s side by side.
# Usage: parser/bench/stdlib_bench.sh [-rounds N] [-python python3]
set -e
cd "$(dirname "$0")/../.."
exec go run ./parser/internal/stdlibbench "$@"
