package importlib

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// A program's modules are linked into it, so the finders and loaders of
// importlib.machinery find nothing on disk: they exist for the code that
// names them (pkgutil registers FileFinder at import, test.support and
// runpy build loaders), with their attributes and the file-level methods
// that need no compiler (get_filename, get_data, is_package).

// class makes a Python-level class of importlib.machinery; methods get
// self as args[0].
func class(name string, bases []py.Object, methods map[string]func(args []py.Object, kw []string) py.Object) *py.Type {
	ns := py.NewDict()
	for n, f := range methods {
		ns.SetStr(n, py.NewMethod(n, f))
	}
	return py.NewClass(name, name, "importlib.machinery", bases, ns)
}

func classMethod(t *py.Type, name string, f func(args []py.Object, kw []string) py.Object) {
	t.Dict.SetStr(name, &py.ClassMethod{Func: py.NewMethod(name, f)})
}

func staticMethod(t *py.Type, name string, f func(args []py.Object, kw []string) py.Object) {
	t.Dict.SetStr(name, &py.StaticMethod{Func: py.NewBuiltin(name, f)})
}

func none(args []py.Object, kw []string) py.Object { return py.None }

var (
	fileLoaderType, sourceFileLoaderType, sourcelessFileLoaderType, extensionFileLoaderType *py.Type
	fileFinderType, pathFinderType, builtinImporterType, frozenImporterType                 *py.Type
)

func initMachinery() {
	fileLoaderType = class("FileLoader", nil, map[string]func([]py.Object, []string) py.Object{
		"__init__": func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("FileLoader", args, kw, []string{"self", "fullname", "path"}, 3)
			py.SetAttr(a[0], "name", a[1])
			py.SetAttr(a[0], "path", a[2])
			return py.None
		},
		"get_filename": func(args []py.Object, kw []string) py.Object {
			return py.GetAttr(args[0], "path")
		},
		"get_data": func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("get_data", args, kw, []string{"self", "path"}, 2)
			b, err := os.ReadFile(py.StrOf(a[1]))
			if err != nil {
				panic(py.NewOSError(err, py.StrOf(a[1])))
			}
			return py.Bytes(b)
		},
		"is_package": func(args []py.Object, kw []string) py.Object {
			base := filepath.Base(py.StrOf(py.GetAttr(args[0], "path")))
			return py.NewBool(strings.SplitN(base, ".", 2)[0] == "__init__")
		},
		"__eq__": func(args []py.Object, kw []string) py.Object {
			a, b := args[0], args[1]
			if a.Type() != b.Type() {
				return py.NotImplemented
			}
			return py.NewBool(py.Eq(py.GetAttr(a, "name"), py.GetAttr(b, "name")) && py.Eq(py.GetAttr(a, "path"), py.GetAttr(b, "path")))
		},
		"__hash__": func(args []py.Object, kw []string) py.Object {
			return py.Call(py.LoadBuiltin("hash"), py.NewTuple(py.GetAttr(args[0], "name"), py.GetAttr(args[0], "path")))
		},
		"create_module": none,
		"exec_module": func(args []py.Object, kw []string) py.Object {
			panic(py.NewError(py.ImportErrorType, fmt.Sprintf("cannot execute %s: a translated program runs only the modules linked into it", py.StrOf(py.GetAttr(args[0], "path")))))
		},
	})
	bases := []py.Object{fileLoaderType}
	sourceFileLoaderType = class("SourceFileLoader", bases, map[string]func([]py.Object, []string) py.Object{
		"path_stats": func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("path_stats", args, kw, []string{"self", "path"}, 2)
			st, err := os.Stat(py.StrOf(a[1]))
			if err != nil {
				panic(py.NewOSError(err, py.StrOf(a[1])))
			}
			d := py.NewDict()
			d.SetStr("mtime", py.Float(float64(st.ModTime().UnixNano())/1e9))
			d.SetStr("size", py.Int(st.Size()))
			return d
		},
	})
	sourcelessFileLoaderType = class("SourcelessFileLoader", bases, nil)
	extensionFileLoaderType = class("ExtensionFileLoader", bases, nil)

	fileFinderType = class("FileFinder", nil, map[string]func([]py.Object, []string) py.Object{
		"__init__": func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) < 2 {
				panic(py.NewError(py.TypeErrorType, "FileFinder.__init__() missing 1 required positional argument: 'path'"))
			}
			path := py.StrOf(args[1])
			if path == "" {
				path = "."
			} else if !filepath.IsAbs(path) {
				if wd, err := os.Getwd(); err == nil {
					path = filepath.Join(wd, path)
				}
			}
			py.SetAttr(args[0], "path", py.Str(path))
			py.SetAttr(args[0], "_loaders", py.NewList(args[2:]...))
			return py.None
		},
		"find_spec": func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("find_spec", args, kw, []string{"self", "fullname", "target"}, 2)
			return py.None
		},
		"invalidate_caches": none,
		"__repr__": func(args []py.Object, kw []string) py.Object {
			return py.Str("FileFinder(" + py.StrRepr(py.StrOf(py.GetAttr(args[0], "path"))) + ")")
		},
	})
	classMethod(fileFinderType, "path_hook", func(args []py.Object, kw []string) py.Object {
		cls, details := args[0], append([]py.Object(nil), args[1:]...)
		return py.NewBuiltin("path_hook_for_FileFinder", func(a []py.Object, k []string) py.Object {
			p := py.ParseArgs("path_hook_for_FileFinder", a, k, []string{"path"}, 1)
			if st, err := os.Stat(py.StrOf(p[0])); err != nil || !st.IsDir() {
				panic(py.NewException(py.ImportErrorType, py.Str("only directories are supported")))
			}
			return py.Call(cls, append([]py.Object{p[0]}, details...)...)
		})
	})

	findSpec := func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("find_spec", args, kw, []string{"cls", "fullname", "path", "target"}, 2)
		return py.FindSpec(py.StrOf(a[1]))
	}
	pathFinderType = class("PathFinder", nil, nil)
	classMethod(pathFinderType, "find_spec", findSpec)
	classMethod(pathFinderType, "invalidate_caches", none)
	builtinImporterType = class("BuiltinImporter", nil, nil)
	classMethod(builtinImporterType, "find_spec", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("find_spec", args, kw, []string{"cls", "fullname", "path", "target"}, 2)
		return py.None
	})
	frozenImporterType = class("FrozenImporter", nil, nil)
	classMethod(frozenImporterType, "find_spec", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("find_spec", args, kw, []string{"cls", "fullname", "path", "target"}, 2)
		return py.None
	})
}

// initNamespace makes NamespaceLoader (with the _NamespacePath it keeps,
// here a plain list of directories: nothing recomputes it from the parent's
// path) and WindowsRegistryFinder, which on this platform fails as
// CPython's does off Windows.
func initNamespace() {
	if namespaceLoaderType != nil {
		return
	}
	namespacePathType = class("_NamespacePath", nil, map[string]func([]py.Object, []string) py.Object{
		"__init__": func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("_NamespacePath", args, kw, []string{"self", "name", "path", "path_finder"}, 4)
			py.SetAttr(a[0], "_name", a[1])
			py.SetAttr(a[0], "_path", py.Call(py.ListType, a[2]))
			py.SetAttr(a[0], "_path_finder", a[3])
			return py.None
		},
		"__iter__": func(args []py.Object, kw []string) py.Object {
			return py.GetIter(py.GetAttr(args[0], "_path"))
		},
		"__len__": func(args []py.Object, kw []string) py.Object {
			return py.Call(py.LoadBuiltin("len"), py.GetAttr(args[0], "_path"))
		},
		"__getitem__": func(args []py.Object, kw []string) py.Object {
			return py.GetItem(py.GetAttr(args[0], "_path"), args[1])
		},
		"__setitem__": func(args []py.Object, kw []string) py.Object {
			py.SetItem(py.GetAttr(args[0], "_path"), args[1], args[2])
			return py.None
		},
		"__contains__": func(args []py.Object, kw []string) py.Object {
			return py.NewBool(py.Contains(py.GetAttr(args[0], "_path"), args[1]))
		},
		"append": func(args []py.Object, kw []string) py.Object {
			return py.CallMethod(py.GetAttr(args[0], "_path"), "append", args[1])
		},
		"__repr__": func(args []py.Object, kw []string) py.Object {
			return py.Str("_NamespacePath(" + py.Repr(py.GetAttr(args[0], "_path")) + ")")
		},
	})
	namespaceLoaderType = class("NamespaceLoader", nil, map[string]func([]py.Object, []string) py.Object{
		"__init__": func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("NamespaceLoader", args, kw, []string{"self", "name", "path", "path_finder"}, 4)
			py.SetAttr(a[0], "_path", py.Call(namespacePathType, a[1], a[2], a[3]))
			return py.None
		},
		"is_package": func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("is_package", args, kw, []string{"self", "fullname"}, 2)
			return py.True
		},
		"get_source": func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("get_source", args, kw, []string{"self", "fullname"}, 2)
			return py.Str("")
		},
		"get_code": func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("get_code", args, kw, []string{"self", "fullname"}, 2)
			return py.CallKw(py.LoadBuiltin("compile"), []py.Object{py.Str(""), py.Str("<string>"), py.Str("exec"), py.True}, []string{"dont_inherit"})
		},
		"create_module": func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("create_module", args, kw, []string{"self", "spec"}, 2)
			return py.None
		},
		"exec_module": func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("exec_module", args, kw, []string{"self", "module"}, 2)
			return py.None
		},
		"load_module": func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("load_module", args, kw, []string{"self", "fullname"}, 2)
			return loadModuleShim(a[0], a[1])
		},
		"get_resource_reader": func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("get_resource_reader", args, kw, []string{"self", "module"}, 2)
			return py.Call(py.GetAttr(py.Import("importlib.readers"), "NamespaceReader"), py.GetAttr(a[0], "_path"))
		},
	})
	staticMethod(namespaceLoaderType, "module_repr", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("module_repr", args, kw, []string{"module"}, 1)
		warn(py.DeprecationWarningType, "NamespaceLoader.module_repr() is deprecated and slated for removal in Python 3.12", 1)
		return py.Str(fmt.Sprintf("<module %s (namespace)>", py.Repr(py.GetAttr(a[0], "__name__"))))
	})

	noWinreg := func() { panic(py.NewError(py.NameErrorType, "name 'winreg' is not defined")) }
	windowsRegistryFinderType = class("WindowsRegistryFinder", nil, nil)
	windowsRegistryFinderType.Dict.SetStr("REGISTRY_KEY", py.Str(`Software\Python\PythonCore\{sys_version}\Modules\{fullname}`))
	windowsRegistryFinderType.Dict.SetStr("REGISTRY_KEY_DEBUG", py.Str(`Software\Python\PythonCore\{sys_version}\Modules\{fullname}\Debug`))
	windowsRegistryFinderType.Dict.SetStr("DEBUG_BUILD", py.False)
	classMethod(windowsRegistryFinderType, "_open_registry", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("_open_registry", args, kw, []string{"cls", "key"}, 2)
		noWinreg()
		return nil
	})
	classMethod(windowsRegistryFinderType, "_search_registry", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("_search_registry", args, kw, []string{"cls", "fullname"}, 2)
		noWinreg()
		return nil
	})
	classMethod(windowsRegistryFinderType, "find_spec", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("find_spec", args, kw, []string{"cls", "fullname", "path", "target"}, 2)
		noWinreg()
		return nil
	})
	classMethod(windowsRegistryFinderType, "find_module", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("find_module", args, kw, []string{"cls", "fullname", "path"}, 2)
		warn(py.DeprecationWarningType, "WindowsRegistryFinder.find_module() is deprecated and slated for removal in Python 3.12; use find_spec() instead", 1)
		noWinreg()
		return nil
	})
}

var namespacePathType, namespaceLoaderType, windowsRegistryFinderType *py.Type

func addMachinery(m *py.Module) {
	initNamespace()
	m.Set("NamespaceLoader", namespaceLoaderType)
	m.Set("WindowsRegistryFinder", windowsRegistryFinderType)
	m.Set("FileLoader", fileLoaderType)
	m.Set("SourceFileLoader", sourceFileLoaderType)
	m.Set("SourcelessFileLoader", sourcelessFileLoaderType)
	m.Set("ExtensionFileLoader", extensionFileLoaderType)
	m.Set("FileFinder", fileFinderType)
	m.Set("PathFinder", pathFinderType)
	m.Set("BuiltinImporter", builtinImporterType)
	m.Set("FrozenImporter", frozenImporterType)
	m.Set("DEBUG_BYTECODE_SUFFIXES", py.NewList(py.Str(".pyc")))
	m.Set("OPTIMIZED_BYTECODE_SUFFIXES", py.NewList(py.Str(".pyc")))
}

// The bytecode cache layout (PEP 3147/488): dir/__pycache__/name.TAG[.opt-N].pyc.

const pycache = "__pycache__"

func cacheTag() string {
	if impl := py.LookupAttr(py.ImportModule("sys"), "implementation"); impl != nil {
		if t := py.LookupAttr(impl, "cache_tag"); t != nil && t != py.None {
			return py.StrOf(t)
		}
	}
	panic(py.NewError(py.NotImplementedErrorType, "sys.implementation.cache_tag is None"))
}

func fspath(o py.Object) string {
	return py.StrOf(py.Call(py.GetAttr(py.ImportModule("os"), "fspath"), o))
}

// cacheFromSource is importlib.util.cache_from_source.
func cacheFromSource(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("cache_from_source", args, kw, []string{"path", "debug_override", "optimization"}, 1)
	opt := a[2]
	if a[1] != nil && a[1] != py.None {
		if opt != nil && opt != py.None {
			panic(py.NewError(py.TypeErrorType, "debug_override or optimization must be set to None"))
		}
		if py.Truth(a[1]) {
			opt = py.Str("")
		} else {
			opt = py.Int(1)
		}
	}
	path := fspath(a[0])
	head, tail := filepath.Split(path)
	head = strings.TrimSuffix(head, "/")
	if head == "" && strings.HasPrefix(path, "/") {
		head = "/"
	}
	base := tail
	if i := strings.LastIndexByte(tail, '.'); i >= 0 {
		base = tail[:i]
	}
	name := base + "." + cacheTag()
	if opt == nil || opt == py.None {
		opt = py.GetAttr(py.GetAttr(py.ImportModule("sys"), "flags"), "optimize")
		if py.Eq(opt, py.Int(0)) {
			opt = py.Str("")
		}
	}
	if o := py.StrOf(opt); o != "" {
		if !isAlnum(o) {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("%s is not alphanumeric", py.Repr(opt))))
		}
		name += ".opt-" + o
	}
	return py.Str(joinPath(head, pycache, name+".pyc"))
}

func isAlnum(s string) bool {
	return py.Truth(py.CallMethod(py.Str(s), "isalnum"))
}

func joinPath(parts ...string) string {
	out := ""
	for _, p := range parts {
		switch {
		case strings.HasPrefix(p, "/") || out == "":
			out = p
		case strings.HasSuffix(out, "/"):
			out += p
		default:
			out += "/" + p
		}
	}
	return out
}

// sourceFromCache is importlib.util.source_from_cache.
func sourceFromCache(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("source_from_cache", args, kw, []string{"path"}, 1)
	path := fspath(a[0])
	dir, file := filepath.Split(path)
	dir = strings.TrimSuffix(dir, "/")
	parent, last := filepath.Split(dir)
	if dir == "" {
		parent, last = "", ""
	}
	parent = strings.TrimSuffix(parent, "/")
	if parent == "" && strings.HasPrefix(path, "/") && strings.Count(dir, "/") == 1 {
		parent = "/"
	}
	if last != pycache {
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("__pycache__ not bottom-level directory in %s", py.StrRepr(path))))
	}
	switch strings.Count(file, ".") {
	case 2:
	case 3:
		parts := strings.Split(file, ".")
		opt := parts[len(parts)-2]
		if !strings.HasPrefix(opt, "opt-") {
			panic(py.NewError(py.ValueErrorType, "optimization portion of filename does not start with 'opt-'"))
		}
		if !isAlnum(opt[4:]) {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("optimization level %s is not an alphanumeric value", py.StrRepr(opt))))
		}
	default:
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("expected only 2 or 3 dots in %s", py.StrRepr(file))))
	}
	base, _, _ := strings.Cut(file, ".")
	return py.Str(joinPath(parent, base+".py"))
}

// specFromFileLocation is importlib.util.spec_from_file_location(name,
// location=None, *, loader=None, submodule_search_locations=...).
func specFromFileLocation(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("spec_from_file_location", args, kw, []string{"name", "location", "loader", "submodule_search_locations"}, 1)
	name := py.StrOf(a[0])
	var loc py.Object = py.None
	if a[1] != nil && a[1] != py.None {
		loc = py.Str(fspath(a[1]))
	}
	loader := a[2]
	if loader == nil || loader == py.None {
		if loc == py.None {
			loader = py.None
		} else {
			l := py.StrOf(loc)
			switch {
			case strings.HasSuffix(l, ".py"):
				loader = py.Call(sourceFileLoaderType, a[0], loc)
			case strings.HasSuffix(l, ".pyc"):
				loader = py.Call(sourcelessFileLoaderType, a[0], loc)
			default:
				return py.None
			}
		}
	}
	isPkg := false
	if a[3] != nil {
		isPkg = a[3] != py.None
	} else if loader != py.None {
		if f := py.LookupAttr(loader, "is_package"); f != nil {
			isPkg = isPackage(f, name)
		}
	}
	spec := py.NewModuleSpec(name, loader, loc, py.None, isPkg)
	if a[3] != nil && a[3] != py.None {
		py.SetAttr(spec, "submodule_search_locations", py.Call(py.LoadBuiltin("list"), a[3]))
	} else if isPkg && loc != py.None {
		py.SetAttr(spec, "submodule_search_locations", py.NewList(py.Str(filepath.Dir(py.StrOf(loc)))))
	}
	if loc != py.None {
		py.SetAttr(spec, "has_location", py.True)
	}
	return spec
}

// decodeSource is importlib.util.decode_source: the source bytes decoded
// by their coding cookie (UTF-8 without one), newlines made universal.
func decodeSource(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("decode_source", args, kw, []string{"source_bytes"}, 1)
	tok := py.ImportModule("tokenize")
	readline := py.GetAttr(py.Call(py.GetAttr(py.ImportModule("io"), "BytesIO"), a[0]), "readline")
	enc := py.GetItem(py.Call(py.GetAttr(tok, "detect_encoding"), readline), py.Int(0))
	dec := py.Call(py.GetAttr(py.ImportModule("io"), "IncrementalNewlineDecoder"), py.None, py.True)
	return py.CallMethod(dec, "decode", py.CallMethod(a[0], "decode", enc))
}
