// Package importlib is Python's importlib, over the runtime's import
// system: the modules a program can import are the ones linked into it.
package importlib

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

func setup0() {
	initMachinery()
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
		m.AddFunc("find_loader", findLoader)
	})
	py.RegisterModule("importlib._abc", func(m *py.Module) {
		initLoaders()
		m.Set("Loader", loaderType)
		m.Set("abc", py.Import("abc"))
	})
	py.RegisterModule("importlib.util", func(m *py.Module) {
		initLoaders()
		m.Set("Loader", loaderType)
		m.Set("LazyLoader", lazyLoaderType)
		m.Set("_LazyModule", lazyModuleType)
		m.AddFunc("module_for_loader", moduleForLoader)
		m.AddFunc("set_loader", setLoader)
		m.AddFunc("set_package", setPackage)
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
		m.AddFunc("spec_from_loader", specFromLoader)
		m.AddFunc("spec_from_file_location", specFromFileLocation)
		m.AddFunc("cache_from_source", cacheFromSource)
		m.AddFunc("source_from_cache", sourceFromCache)
		m.AddFunc("decode_source", decodeSource)
		// CPython 3.11's bytecode magic: 3495, little-endian, then \r\n.
		m.Set("MAGIC_NUMBER", py.Bytes("\xa7\r\r\n"))
		// source_hash(source_bytes): _imp.source_hash keyed by the magic
		// number read as a little-endian int.
		m.AddFunc("source_hash", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("source_hash", args, kw, []string{"source_bytes"}, 1)
			return py.Call(py.GetAttr(py.Import("_imp"), "source_hash"), py.Int(0x0a0d0da7), a[0])
		})
		m.Set("contextmanager", py.GetAttr(py.Import("contextlib"), "contextmanager"))
		m.AddFunc("module_from_spec", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("module_from_spec", args, kw, []string{"spec"}, 1)
			return py.ModuleFromSpec(a[0])
		})
	})
	py.RegisterModule("importlib.machinery", func(m *py.Module) {
		m.Set("ModuleSpec", py.ModuleSpecType)
		addMachinery(m)
		m.Set("SOURCE_SUFFIXES", py.NewList(py.Str(".py")))
		m.Set("BYTECODE_SUFFIXES", py.NewList(py.Str(".pyc")))
		m.Set("EXTENSION_SUFFIXES", py.NewList())
		m.AddFunc("all_suffixes", func(args []py.Object, kw []string) py.Object {
			return py.NewList(py.Str(".py"), py.Str(".pyc"))
		})
	})
}

// specFromLoader is importlib.util.spec_from_loader(name, loader, *,
// origin=None, is_package=None); a package when the loader says so.
func specFromLoader(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("spec_from_loader", args, kw, []string{"name", "loader", "origin", "is_package"}, 2)
	name := py.StrOf(a[0])
	origin := py.Object(py.None)
	if a[2] != nil {
		origin = a[2]
	}
	isPkg := false
	switch {
	case a[3] != nil && a[3] != py.None:
		isPkg = py.Truth(a[3])
	case a[1] != py.None:
		if f := py.LookupAttr(a[1], "is_package"); f != nil {
			isPkg = isPackage(f, name)
		}
	}
	return py.NewModuleSpec(name, a[1], origin, py.None, isPkg)
}

// isPackage asks a loader's is_package; an ImportError means no.
func isPackage(f py.Object, name string) (pkg bool) {
	py.CatchMatching(py.ImportErrorType, func() { pkg = py.Truth(py.Call(f, py.Str(name))) })
	return pkg
}
