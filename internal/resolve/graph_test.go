package resolve

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/py2goasync/py2goasync/parser"
)

func TestImportsOfDynamic(t *testing.T) {
	for _, c := range []struct {
		src     string
		names   []string
		dynamic bool
	}{
		{"import os\nfrom json import dumps\n", []string{"os", "json", "json.dumps"}, false},
		{"import importlib\nimportlib.import_module('math')\n", []string{"importlib", "math"}, false},
		{"__import__('socket')\n", []string{"socket"}, false},
		{"import importlib\nname = 'ma' + 'th'\nimportlib.import_module(name)\n", []string{"importlib"}, true},
		{"__import__(f'mod_{1}')\n", nil, true},
		{"from importlib import import_module\nimport_module('.sub', 'pkg')\n", []string{"importlib", "importlib.import_module"}, true},
		{"def f(import_module):\n    return import_module\n", nil, false},
		{"from test.support import import_helper\nzlib = import_helper.import_module('zlib')\n", []string{"test.support", "test.support.import_helper", "zlib"}, false},
	} {
		mod, err := parser.ParseFile("m.py", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		imps, _, _, dynamic := importsOf(mod, "")
		var names []string
		for _, imp := range imps {
			names = append(names, imp.Name)
		}
		if dynamic != c.dynamic || len(names) != len(c.names) {
			t.Errorf("%q: imports %v dynamic %v, want %v %v", c.src, names, dynamic, c.names, c.dynamic)
			continue
		}
		for i := range names {
			if names[i] != c.names[i] {
				t.Errorf("%q: imports %v, want %v", c.src, names, c.names)
				break
			}
		}
	}
}

func TestMainOnlyImports(t *testing.T) {
	for _, c := range []struct {
		src             string
		names, mainOnly []string
		funcs           []string
	}{
		// A main block's imports run only when the module is __main__.
		{"import os\nif __name__ == '__main__':\n    import doctest\nelse:\n    import json\n", []string{"os", "json"}, []string{"doctest"}, nil},
		{"if '__main__' == __name__:\n    import doctest\n", nil, []string{"doctest"}, nil},
		// So do those of a function only the main block calls.
		{"def _test():\n    import doctest\n    _test()\nif __name__ == '__main__':\n    _test()\n", nil, []string{"doctest"}, []string{"_test"}},
		// Not when the module calls it too, names it in a string, or decorates it.
		{"def _test():\n    import doctest\nx = _test\nif __name__ == '__main__':\n    _test()\n", []string{"doctest"}, nil, nil},
		{"def _test():\n    import doctest\n__all__ = ['_test']\nif __name__ == '__main__':\n    _test()\n", []string{"doctest"}, nil, nil},
		{"@dec\ndef _test():\n    import doctest\nif __name__ == '__main__':\n    _test()\n", []string{"doctest"}, nil, nil},
		// A function the main block does not call is the module's API.
		{"def main():\n    import argparse\n", []string{"argparse"}, nil, nil},
	} {
		mod, err := parser.ParseFile("m.py", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		imps, mainOnly, funcs, _ := importsOf(mod, "")
		names := func(imps []Import) (out []string) {
			for _, imp := range imps {
				out = append(out, imp.Name)
			}
			return out
		}
		if got, want := fmt.Sprint(names(imps), names(mainOnly), funcs), fmt.Sprint(c.names, c.mainOnly, c.funcs); got != want {
			t.Errorf("%q: imports, main-only imports, functions %s, want %s", c.src, got, want)
		}
	}
}

func TestMainOnlyGraph(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("lib.py", "def _test():\n    import tested\nif __name__ == '__main__':\n    import guarded\n    _test()\n")
	write("tested.py", "")
	write("guarded.py", "")
	write("caller.py", "import lib\nlib._test()\n")
	for _, c := range []struct {
		main string
		want map[string]bool
	}{
		{"import lib\n", map[string]bool{"lib": true, "tested": false, "guarded": false}},
		// Naming the main-only function through the module brings in
		// the module's main-only imports.
		{"import caller\n", map[string]bool{"lib": true, "tested": true, "guarded": true}},
	} {
		write("main.py", c.main)
		g, err := Load(Entry{Script: filepath.Join(dir, "main.py")}, NewFinder([]string{dir}, "", nil, map[string]bool{}))
		if err != nil {
			t.Fatal(err)
		}
		for name, want := range c.want {
			if got := g.units[name] != nil; got != want {
				t.Errorf("%q: %s in the graph: %v, want %v", c.main, name, got, want)
			}
		}
	}
}
