package resolve

import (
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
		imps, dynamic := importsOf(mod, "")
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
