// Package importlib is Python's importlib, over the runtime's import
// system: the modules a program can import are the ones linked into it.
package importlib

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

func init() {
	py.RegisterModule("importlib", func(m *py.Module) {
		m.AddFunc("import_module", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("import_module", args, kw, []string{"name", "package"}, 1)
			pkg := py.Object(py.None)
			if a[1] != nil {
				pkg = a[1]
			}
			return py.ImportModule(py.ResolveName(py.StrOf(a[0]), pkg))
		})
		m.AddFunc("reload", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("reload", args, kw, []string{"module"}, 1)
			return py.Reload(a[0])
		})
		m.AddFunc("invalidate_caches", func(args []py.Object, kw []string) py.Object { return py.None })
	})
	py.RegisterModule("importlib.util", func(m *py.Module) {
		m.AddFunc("find_spec", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("find_spec", args, kw, []string{"name", "package"}, 1)
			pkg := py.Object(py.None)
			if a[1] != nil {
				pkg = a[1]
			}
			return py.FindSpec(py.ResolveName(py.StrOf(a[0]), pkg))
		})
		m.AddFunc("resolve_name", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("resolve_name", args, kw, []string{"name", "package"}, 2)
			return py.Str(py.ResolveName(py.StrOf(a[0]), a[1]))
		})
	})
}
