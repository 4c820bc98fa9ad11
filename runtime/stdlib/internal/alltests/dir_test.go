package alltests

import (
	"encoding/json"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// complete lists the Go-native modules that must have every public name
// CPython 3.11's module has, with the names still allowed to be missing
// (and why).
var complete = map[string][]string{
	"errno": nil, "_struct": nil, "_weakref": nil, "_thread": nil, "_operator": nil, "operator": nil,
	"gc": nil, "atexit": nil, "select": nil, "binascii": nil, "_posixsubprocess": nil, "fcntl": nil,
	"pwd": nil, "grp": nil, "resource": nil, "termios": nil, "zlib": nil, "_csv": nil, "_string": nil,
	"marshal": nil, "array": nil, "math": nil, "_collections": nil, "_random": nil, "syslog": nil, "spwd": nil,
	"faulthandler": nil, "_tracemalloc": nil, "_locale": nil, "mmap": nil, "abc": nil, "collections.abc": nil,
	"contextvars": nil, "io": nil, "itertools": nil, "os.path": nil, "re": nil, "_queue": nil,
	// A Go process cannot fork (posix_spawn is not written yet).
	"posix": {"fork", "forkpty", "posix_spawn", "posix_spawnp"},
	// popen and fwalk are runtime Python (runtime/python/_os_extras.py),
	// linked with os into programs, not into this test binary.
	"os": {"fork", "forkpty", "posix_spawn", "posix_spawnp", "popen", "fwalk"},
	// The module registry's names belong to the module system.
	"sys": {"meta_path", "modules", "path_hooks", "path_importer_cache"},
	// strptime is _strptime's (pure Python).
	"time": {"strptime"},
	// No BLAKE2 or scrypt in Go's standard library yet.
	"hashlib": {"blake2b", "blake2s", "scrypt"},
}

// partial are Go-native modules known to be subsets: their missing names
// are reported, not failed on (see issue 10).
var partial = []string{"concurrent.futures", "signal", "socket", "threading"}

// Modules registered with py.RegisterFallbackModule give way to the host's
// pure-Python module whenever the program has a host library (the resolver
// prefers it): programs get CPython's own module, so its names. They are
// listed here by the test only.

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
	for m := range complete {
		mods = append(mods, m)
	}
	for _, m := range partial {
		if py.IsFallbackModule(m) {
			t.Errorf("%s is listed as partial but gives way to the host's module: drop it from the list", m)
		}
	}
	mods = append(mods, partial...)
	sort.Strings(mods)
	src, _ := json.Marshal(mods)
	prog := `import importlib, json, sys
out = {}
for m in json.loads(sys.argv[1]):
    mod = importlib.import_module(m)
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
		for _, n := range complete[m] {
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
		if _, must := complete[m]; must {
			t.Errorf("%s lacks %s", m, strings.Join(missing, " "))
		} else {
			t.Logf("%s (subset): %d of %d public names missing: %s", m, len(missing), len(want[m]), strings.Join(missing, " "))
		}
	}
}
