package alltests

import (
	"sort"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// pendingAtStart are the lazily set up modules none of whose setup ran
// while the runtime's packages initialised: what a program's start runs
// before its main module, whatever it imports.
var pendingAtStart = py.PendingLazyModules()

// setUpAtStart are the Go modules whose packages build their types and
// tables in Go init, at every program's start, and why.
var setUpAtStart = map[string]string{
	"_codecs":   "the codec registry's hooks into str.encode/bytes.decode",
	"_imp":      "hooks the host's warnings module (AfterImport)",
	"_warnings": "_imp's package",
	"inspect":   "links itself as the program starts (OnStart)",
	"atexit":    "the exit hooks",
	"signal":    "routes the OS's signals to Python handlers as the program starts",
	"ssl":       "used by asyncio's Go code",
	"contextvars": "sets up the core's Context and ContextVar types, which asyncio hands out " +
		"(a task's context, call_soon's context=) without an import",
	"json":  "runtime/stdlib/json (another helper's)",
	"_json": "runtime/stdlib/json (another helper's)",
}

// TestModulesSetUpAtFirstImport fails when a Go module's package builds its
// tables at start without being listed in setUpAtStart: a program that
// never imports it would pay for them (issue 13, start-up). Use
// py.RegisterLazyModule and make the package's init a setup function.
func TestModulesSetUpAtFirstImport(t *testing.T) {
	pending := map[string]bool{}
	for _, n := range pendingAtStart {
		pending[n] = true
	}
	var eager []string
	for _, m := range py.GoModuleNames() {
		if !pending[m] && setUpAtStart[m] == "" {
			eager = append(eager, m)
		}
	}
	sort.Strings(eager)
	if len(eager) > 0 {
		t.Errorf("Go modules set up at every program's start (not with py.RegisterLazyModule, or their setup ran in Go init): %v", eager)
	}
	for m := range setUpAtStart {
		if pending[m] {
			t.Errorf("%s is set up lazily now: drop it from setUpAtStart", m)
		}
	}
	if len(pendingAtStart) < 40 {
		t.Errorf("only %d lazily set up modules pending at start: %v", len(pendingAtStart), pendingAtStart)
	}
}
