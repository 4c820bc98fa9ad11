# py2goasync — common tasks. `make test` is what CI runs.
GO        ?= go
BIN       := bin/py2goasync
CORPUS    ?= ../shared/corpus
JOBS      ?= 2

.PHONY: build test fmt-check vet conformance ratchet parser-stdlib bench bench-compare clean

build:
	$(GO) build -o $(BIN) ./cmd/py2goasync

fmt-check:
	@out="$$(gofmt -l $$(git ls-files '*.go'))"; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# The README's test command: formatting, vet, and every Go test under the
# race detector (golden translations built and run, parser differential
# tests against python3, runtime order-of-events tests).
test: fmt-check vet
	$(GO) test -race ./...

# The parser against CPython's ast on every file of the local standard library.
parser-stdlib:
	PARSER_STDLIB=1 $(GO) test -count=1 -run TestStdlibDumps ./parser/

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

# Whole programs (bench/*.py) under CPython and py2goasync, side by side.
bench-compare: build
	python3 bench/compare.py $(CURDIR)/$(BIN)

clean:
	rm -rf bin conformance.out
