# py2goasync — common tasks. `make test` is what CI runs.
GO        ?= go
BIN       := bin/py2goasync
CORPUS    ?= ../shared/corpus
JOBS      ?= 2

# python3 is the tests' oracle, started over and over. Through a pyenv shim
# (a bash script that looks for the interpreter on every start) each start
# costs several times what the interpreter's own does: oracle-heavy packages
# (runtime/stdlib/re, csvmod, binasciimod) took 3x as long, wall and CPU. So the tests run the interpreter that python3
# names here directly: its directory (a virtualenv's bin too) comes first on
# PATH.
PYTHON3_BIN := $(shell python3 -c 'import os, sys; print(os.path.dirname(sys.executable))' 2>/dev/null)
ifneq ($(PYTHON3_BIN),)
export PATH := $(PYTHON3_BIN):$(PATH)
endif

.PHONY: fuzz-translate cpython-tests cpython-lang-tests cpython-asyncio-tests build test test-all test-race test-plain golden-race cross programs-all fmt-check vet conformance ratchet parser-stdlib bench bench-compare clean

# Packages whose code runs on several goroutines (the runtime's event loop,
# threads and GIL; the parser's shared tables and pools) are tested under the
# race detector, which needs cgo and a C compiler. The translator, the driver
# and the CLI are single-threaded: there the detector found nothing and only
# made the tests ten times slower (translating the stdlib: 11 s -> 130 s).
# Every other package (translate, internal/..., cmd/...) is tested without it:
# test-plain lists them with go list, so a new package is never left out.
MODULE     := github.com/py2goasync/py2goasync
RACE_PKGS  := ./runtime/... ./parser/...
RACE_RE    := ^$(MODULE)/(runtime|parser)(/|$$)

build:
	$(GO) build -o $(BIN) ./cmd/py2goasync

fmt-check:
	@out="$$(gofmt -l $$(git ls-files '*.go'))"; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# The README's test command, which CI runs: formatting, vet, and every Go
# test (golden translations built and run, parser differential tests against
# python3, runtime order-of-events tests, the translator over the stdlib).
test: fmt-check vet test-race test-plain

# go test's default 10-minute limit per package is too short for
# internal/driver (every golden case and whole program built) with empty
# caches on a loaded 2-core machine (30m was once exceeded under the load of
# several agents building at once; programs-all, without it, hit the 10
# minutes at load 13). Every go test below takes it.
TEST_TIMEOUT ?= 45m

test-race:
	$(GO) test -timeout $(TEST_TIMEOUT) -race $(RACE_PKGS)

test-plain:
	$(GO) test -timeout $(TEST_TIMEOUT) $$($(GO) list ./... | grep -Ev '$(RACE_RE)')

# Everything `make test` runs, and the slow exhaustive checks: the parser
# against CPython's ast on the whole standard library, and the golden
# programs that use threads built with -race, a build for another platform
# (linux/arm64). CI runs it.
test-all: test parser-stdlib golden-race cross programs-all fuzz-translate

# The translator under Go's fuzzer (translate/fuzz_test.go) for FUZZTIME.
FUZZTIME ?= 2m
fuzz-translate:
	$(GO) test -run '^$$' -fuzz FuzzTranslate -fuzztime $(FUZZTIME) -parallel 1 ./translate/

# Every whole program of testdata/programs, also those not yet matching
# CPython (they are reported, not failed).
programs-all:
	PY2GOASYNC_ALL_PROGRAMS=1 $(GO) test -timeout $(TEST_TIMEOUT) -count=1 -run 'TestPrograms' ./internal/driver/

cross:
	PY2GOASYNC_CROSS=1 $(GO) test -timeout $(TEST_TIMEOUT) -count=1 -run 'TestCrossCompile' ./internal/cli/

golden-race:
	PY2GOASYNC_GOLDEN_RACE=1 $(GO) test -timeout $(TEST_TIMEOUT) -count=1 -run 'TestGoldenRace' ./internal/driver/

# The parser against CPython's ast on every file of the local standard library.
parser-stdlib:
	PARSER_STDLIB=1 $(GO) test -timeout $(TEST_TIMEOUT) -count=1 -run TestStdlibDumps ./parser/

# Runs the seed corpus through the freshly built tool and prints the score.
conformance: build
	@if [ -d "$(CORPUS)/seed" ]; then \
		python3 $(CORPUS)/check.py --cmd '$(CURDIR)/$(BIN) run {py}' -j $(JOBS) $(CORPUS)/seed | tee conformance.out; \
	else echo "no corpus at $(CORPUS)/seed; skipping"; fi

# Fails if a program listed in testdata/conformance/passing.txt no longer passes.
ratchet: build
	@python3 testdata/conformance/ratchet.py --tool '$(CURDIR)/$(BIN)' --corpus $(CORPUS)/seed --jobs $(JOBS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./runtime/... ./parser/...

# Whole programs (bench/*.py, ../shared/perf twins) under CPython, py2goasync
# and hand-written Go, side by side; BENCH_ARGS="--runs 5 --no-callgrind --only nbody".
bench-compare: build
	python3 bench/compare.py $(BENCH_ARGS) $(CURDIR)/$(BIN)

clean:
	rm -rf bin conformance.out

# CPython's own test suites (Lib/test/test_*.py with the host's unittest and
# test.support), translated, built and run, beside python3's results. Slow
# (a build per module), so not part of `make test`. CPYTHON_TEST_ARGS passes
# options (-j 2, --failures, --refresh) to tools/cpythontests/run.py.
CPYTHON_TESTS ?= test_textwrap test_shlex test_fnmatch test_graphlib test_fractions \
	test_statistics test_heapq test_bisect test_struct test_re test_json test_base64 \
	test_binascii test_string test_calendar test_difflib test_collections test_functools \
	test_itertools test_operator test_enum test_dataclasses test_datetime test_weakref \
	test_csv test_argparse test_warnings
# CPython's language test suites (issue 11's bar: 85% of what passes under CPython).
CPYTHON_LANG_TESTS ?= test_grammar test_class test_descr test_scope test_exceptions test_raise \
	test_generators test_coroutines test_contextlib test_contextlib_async test_types test_int \
	test_float test_complex test_bytes test_list test_dict test_set test_tuple \
	test_string_literals test_fstring test_patma test_except_star test_exception_group \
	test_keywordonlyarg test_positional_only_arg test_named_expressions test_with test_super \
	test_property test_isinstance test_iter test_builtin test_typing
CPYTHON_TEST_ARGS ?=
# CPython's Lib/test/test_asyncio modules (issue 12's bar: 80% of what passes
# under CPython, exclusions listed with their reasons under the table).
CPYTHON_ASYNCIO_TESTS ?= $(addprefix test_asyncio.,test_tasks test_futures test_locks \
	test_queues test_timeouts test_taskgroups test_runners test_waitfor test_pep492 \
	test_streams test_server test_sock_lowlevel test_protocols test_subprocess test_events \
	test_sendfile test_ssl test_context)

cpython-tests: build
	python3 tools/cpythontests/run.py --tool '$(abspath $(BIN))' $(CPYTHON_TEST_ARGS) $(CPYTHON_TESTS)

cpython-lang-tests: build
	python3 tools/cpythontests/run.py --tool '$(abspath $(BIN))' $(CPYTHON_TEST_ARGS) $(CPYTHON_LANG_TESTS)

cpython-asyncio-tests: build
	python3 tools/cpythontests/run.py --tool '$(abspath $(BIN))' --bar 0.8 --combine --test-timeout 120 $(CPYTHON_TEST_ARGS) $(CPYTHON_ASYNCIO_TESTS)
