package alltests

import (
	"encoding/json"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// TestBuiltinTypesHaveCPythonsNames compares dir() of every builtin type
// (the core types and every exception class in builtins) with CPython's:
// a public name (no leading underscore, as the modules' dir() test counts
// them) CPython 3.11 has that the runtime's type lacks fails the test.
// Missing special names are logged: the known gaps (see dunderGaps).
func TestBuiltinTypesHaveCPythonsNames(t *testing.T) {
	py.EnterMain()
	prog := `import builtins, json
core = ['object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray',
        'memoryview', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'property',
        'staticmethod', 'classmethod', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed']
excs = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException))
out = {n: dir(getattr(builtins, n)) for n in core + excs}
out[''] = dir(builtins)
print(json.dumps(out))`
	raw, err := exec.Command("python3", "-c", prog).Output()
	if err != nil {
		t.Skip("python3:", err)
	}
	var want map[string][]string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	builtins := py.Import("builtins")
	for _, n := range names {
		if n == "" {
			builtinsNames(t, builtins, want[n])
			continue
		}
		typ, err := lookup(builtins, n)
		if err != "" {
			t.Errorf("builtins.%s: %s", n, err)
			continue
		}
		have := map[string]bool{}
		for _, x := range py.Call(py.LoadBuiltin("dir"), typ).(*py.List).Items {
			have[py.StrOf(x)] = true
		}
		var missing, dunders []string
		for _, m := range want[n] {
			switch {
			case have[m]:
			case strings.HasPrefix(m, "_"):
				dunders = append(dunders, m)
			default:
				missing = append(missing, m)
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s lacks %s", n, strings.Join(missing, " "))
		}
		if len(dunders) > 0 {
			t.Logf("%s lacks special names %s", n, strings.Join(dunders, " "))
		}
	}
}

// siteBuiltins are the names CPython's site module adds to builtins
// (site._Printer and site._Helper objects): not provided yet.
var siteBuiltins = map[string]bool{"copyright": true, "credits": true, "license": true, "help": true}

// builtinsNames fails on a public name of CPython's builtins module that
// the runtime's lacks (the modules' dir() test does not see builtins,
// which is not a registered Go module).
func builtinsNames(t *testing.T, builtins py.Object, want []string) {
	have := map[string]bool{}
	for _, x := range py.Call(py.LoadBuiltin("dir"), builtins).(*py.List).Items {
		have[py.StrOf(x)] = true
	}
	var missing, site []string
	for _, m := range want {
		switch {
		case have[m] || strings.HasPrefix(m, "_"):
		case siteBuiltins[m]:
			site = append(site, m)
		default:
			missing = append(missing, m)
		}
	}
	if len(missing) > 0 {
		t.Errorf("builtins lacks %s", strings.Join(missing, " "))
	}
	if len(site) > 0 {
		t.Logf("builtins lacks site's %s", strings.Join(site, " "))
	}
}

func lookup(mod py.Object, name string) (o py.Object, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = py.ExcStr(py.Recovered(r))
		}
	}()
	return py.GetAttr(mod, name), ""
}
