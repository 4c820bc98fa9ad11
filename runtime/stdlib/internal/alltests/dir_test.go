package alltests

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// allowedMissing lists, for Go-native modules, the public names of
// CPython 3.11's module they may lack, and why. Every other Go-native
// module must have every public name (modules given way to the host's
// pure-Python module are not Go-native in programs, and not checked).
var allowedMissing = map[string][]string{
	// A Go process cannot fork.
	"posix": {"fork", "forkpty"},
	// popen and fwalk are runtime Python (runtime/python/_os_extras.py),
	// linked with os into programs, not into this test binary.
	"os": {"fork", "forkpty", "popen", "fwalk"},
	// The module registry's names belong to the module system.
	"sys": {"meta_path", "modules", "path_hooks", "path_importer_cache"},
	// Runtime Python (runtime/python/_threading_timer.py,
	// _concurrent_futures_extras.py), linked with the module into programs
	// and not into this test binary: the stdlib_dir program checks them.
	"threading":          {"Barrier", "BrokenBarrierError", "ExceptHookArgs", "Timer", "WeakSet"},
	"concurrent.futures": {"BrokenExecutor", "Executor", "as_completed", "wait"},
	// CAPI is a capsule of C function pointers, for C extensions.
	"_socket": {"CAPI"},
	// datetime_CAPI is _datetime's, likewise (checked by the stdlib_dir program).
}

// notInTestBinary are Go-native modules whose import needs translated
// modules, which a Go test binary does not link.
var notInTestBinary = map[string]string{
	"_datetime":        "hands out the classes of the host's datetime.py",
	"asyncio.timeouts": "re-exports typing's Optional, Type and final (the host's typing.py)",
}

// partial are Go-native modules known to be subsets: their missing names
// are reported, not failed on (see issue 10).
var partial = map[string]bool{}

func goNames(t *testing.T, name string) (names map[string]bool, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("import %s: %s", name, py.ExcStr(py.Recovered(r)))
			ok = false
		}
	}()
	names = map[string]bool{}
	for _, n := range py.Call(py.LoadBuiltin("dir"), py.Import(name)).(*py.List).Items {
		names[py.StrOf(n)] = true
	}
	return names, true
}

func TestModulesHaveCPythonsNames(t *testing.T) {
	py.EnterMain()
	var mods []string
	for _, m := range py.GoModuleNames() {
		if _, skip := notInTestBinary[m]; !skip && !py.IsFallbackModule(m) {
			mods = append(mods, m)
		}
	}
	src, _ := json.Marshal(mods)
	prog := `import importlib, json, sys
out = {}
for m in json.loads(sys.argv[1]):
    try:
        mod = importlib.import_module(m)
    except ImportError:
        continue
    out[m] = [n for n in dir(mod) if not n.startswith('_') and not isinstance(getattr(mod, n), type(sys))]
print(json.dumps(out))`
	raw, err := exec.Command("python3", "-c", prog, string(src)).Output()
	if err != nil {
		t.Skip("python3:", err)
	}
	var want map[string][]string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	for _, m := range mods {
		have, ok := goNames(t, m)
		if !ok {
			continue
		}
		allowed := map[string]bool{}
		for _, n := range allowedMissing[m] {
			allowed[n] = true
		}
		var missing []string
		for _, n := range want[m] {
			if !have[n] && !allowed[n] {
				missing = append(missing, n)
			}
		}
		if len(missing) == 0 {
			continue
		}
		if partial[m] {
			t.Logf("%s (subset): %d of %d public names missing: %s", m, len(missing), len(want[m]), strings.Join(missing, " "))
		} else {
			t.Errorf("%s lacks %s", m, strings.Join(missing, " "))
		}
	}
}
