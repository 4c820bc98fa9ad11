package importlib

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The parts of importlib that CPython writes in Python over its import
// machinery, here over the runtime's: importlib._abc.Loader (which
// importlib.util re-exports), importlib.util.LazyLoader, the deprecated
// decorators module_for_loader, set_loader and set_package, and
// importlib.find_loader, each warning as CPython 3.11 does.

// warn is warnings.warn(msg, category) from the Python caller; silent
// where no warnings module can be imported.
func warn(cat *py.Type, msg string, stacklevel int) {
	var w *py.Module
	if py.Catch(func() { w = py.Import("warnings") }) != nil {
		return
	}
	py.CallMethod(w, "warn", py.Str(msg), cat, py.Int(stacklevel))
}

const decoratorDeprecated = "The import system now takes care of this automatically; " +
	"this decorator is slated for removal in Python 3.12"

var loaderType, lazyLoaderType, lazyModuleType *py.Type

// pyFunction is a Python-level function (f(*args, **kwargs)) whose body is
// Go, so that functools.wraps can give it the wrapped one's attributes.
func pyFunction(name string, body func(pos []py.Object, kw *py.Dict) py.Object) *py.Function {
	code := &py.Code{Name: name, Qualname: name, Module: "importlib.util", Params: []string{"args", "kwargs"}, VarArgs: true, VarKw: true}
	return py.NewFunction(code, nil, nil, func(args []py.Object) py.Object {
		return body(args[0].(*py.Tuple).Items, args[1].(*py.Dict))
	})
}

func callWith(f py.Object, pos []py.Object, kw *py.Dict) py.Object {
	names, vals := py.MergeKw(py.StrOf(py.GetAttr(f, "__name__")), nil, nil, kw)
	return py.CallEx(f, pos, names, vals)
}

func wraps(wrapper, wrapped py.Object) py.Object {
	return py.CallMethod(py.Import("functools"), "update_wrapper", wrapper, wrapped)
}

// setPackage is importlib.util.set_package(fxn).
func setPackage(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("set_package", args, kw, []string{"fxn"}, 1)
	fxn := a[0]
	return wraps(pyFunction("set_package_wrapper", func(pos []py.Object, kw *py.Dict) py.Object {
		warn(py.DeprecationWarningType, decoratorDeprecated, 2)
		module := callWith(fxn, pos, kw)
		if p := py.LookupAttr(module, "__package__"); p == nil || p == py.None {
			name := py.GetAttr(module, "__name__")
			py.SetAttr(module, "__package__", name)
			if !py.HasAttr(module, "__path__") {
				pkg := py.StrOf(name)
				if i := strings.LastIndex(pkg, "."); i >= 0 {
					pkg = pkg[:i]
				} else {
					pkg = ""
				}
				py.SetAttr(module, "__package__", py.Str(pkg))
			}
		}
		return module
	}), fxn)
}

// setLoader is importlib.util.set_loader(fxn).
func setLoader(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("set_loader", args, kw, []string{"fxn"}, 1)
	fxn := a[0]
	return wraps(pyFunction("set_loader_wrapper", func(pos []py.Object, kw *py.Dict) py.Object {
		if len(pos) == 0 {
			panic(py.NewError(py.TypeErrorType, "set_loader_wrapper() missing 1 required positional argument: 'self'"))
		}
		warn(py.DeprecationWarningType, decoratorDeprecated, 2)
		module := callWith(fxn, pos, kw)
		if l := py.LookupAttr(module, "__loader__"); l == nil || l == py.None {
			py.SetAttr(module, "__loader__", pos[0])
		}
		return module
	}), fxn)
}

// moduleForLoader is importlib.util.module_for_loader(fxn): the wrapper
// calls fxn(self, module, ...) with the module named fullname (a new one,
// put in sys.modules and removed again if fxn fails, unless reloading).
func moduleForLoader(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("module_for_loader", args, kw, []string{"fxn"}, 1)
	fxn := a[0]
	warn(py.DeprecationWarningType, decoratorDeprecated, 2)
	return wraps(pyFunction("module_for_loader_wrapper", func(pos []py.Object, kw *py.Dict) py.Object {
		if len(pos) < 2 {
			panic(py.NewError(py.TypeErrorType, "module_for_loader_wrapper() missing required positional arguments: 'self' and 'fullname'"))
		}
		self, fullname := pos[0], pos[1]
		name := py.StrOf(fullname)
		module, isReload := py.SysModules.GetStr(name)
		if !isReload {
			module = py.NewModule(name)
			py.SetAttr(module, "__initializing__", py.True)
			py.SysModules.SetStr(name, module)
		}
		defer py.SetAttr(module, "__initializing__", py.False)
		var result py.Object
		exc := py.Catch(func() {
			py.SetAttr(module, "__loader__", self)
			var isPkg py.Object
			e := py.Catch(func() { isPkg = py.CallMethod(self, "is_package", fullname) })
			if e != nil && !py.IsInstance(e, py.ImportErrorType) && !py.IsInstance(e, py.AttributeErrorType) {
				py.Raise(e)
			}
			if e == nil {
				if py.Truth(isPkg) {
					py.SetAttr(module, "__package__", fullname)
				} else {
					pkg := ""
					if i := strings.LastIndex(name, "."); i >= 0 {
						pkg = name[:i]
					}
					py.SetAttr(module, "__package__", py.Str(pkg))
				}
			}
			result = callWith(fxn, append([]py.Object{self, module}, pos[2:]...), kw)
		})
		if exc != nil {
			if !isReload {
				py.SysModules.DeleteStr(name)
			}
			// CPython's _module_to_load swallows the exception (its
			// context manager's except clause does not re-raise), so the
			// wrapper returns None.
			return py.None
		}
		return result
	}), fxn)
}

// findLoader is importlib.find_loader(name, path=None).
func findLoader(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("find_loader", args, kw, []string{"name", "path"}, 1)
	warn(py.DeprecationWarningType, "Deprecated since Python 3.4 and slated for removal in Python 3.12; use importlib.util.find_spec() instead", 2)
	name := py.StrOf(a[0])
	if m, ok := py.SysModules.Get(a[0]); ok {
		l := py.LookupAttr(m, "__loader__")
		if l == nil {
			panic(py.NewError(py.ValueErrorType, name+".__loader__ is not set"))
		}
		if l == py.None {
			panic(py.NewError(py.ValueErrorType, name+".__loader__ is None"))
		}
		return l
	}
	spec := py.FindSpec(name)
	if spec == py.None {
		return py.None
	}
	if l := py.GetAttr(spec, "loader"); l != py.None {
		return l
	}
	msg := "namespace packages do not have loaders"
	if py.GetAttr(spec, "submodule_search_locations") == py.None {
		msg = fmt.Sprintf("spec for %s missing loader", name)
	}
	e := py.NewError(py.ImportErrorType, msg)
	py.SetAttr(e, "name", a[0])
	panic(e)
}

func initLoaders() {
	if loaderType != nil {
		return
	}
	abcMeta := py.GetAttr(py.Import("abc"), "ABCMeta")
	ns := py.NewDict()
	ns.SetStr("__module__", py.Str("importlib._abc"))
	ns.SetStr("__qualname__", py.Str("Loader"))
	ns.SetStr("__doc__", py.Str("Abstract base class for import loaders."))
	ns.SetStr("create_module", py.NewMethod("create_module", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("create_module", args, kw, []string{"self", "spec"}, 2)
		return py.None
	}))
	ns.SetStr("load_module", py.NewMethod("load_module", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("load_module", args, kw, []string{"self", "fullname"}, 2)
		if !py.HasAttr(a[0], "exec_module") {
			panic(py.NewException(py.ImportErrorType))
		}
		return loadModuleShim(a[0], a[1])
	}))
	ns.SetStr("module_repr", py.NewMethod("module_repr", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("module_repr", args, kw, []string{"self", "module"}, 2)
		warn(py.DeprecationWarningType, "importlib.abc.Loader.module_repr() is deprecated and slated for removal in Python 3.12", 1)
		panic(py.NewException(py.NotImplementedErrorType))
	}))
	loaderType = py.Call(abcMeta, py.Str("Loader"), py.NewTuple(), ns).(*py.Type)

	// _LazyModule: the class of a module LazyLoader has not loaded yet;
	// touching any attribute loads it.
	lazyNS := py.NewDict()
	lazyNS.SetStr("__module__", py.Str("importlib.util"))
	lazyNS.SetStr("__qualname__", py.Str("_LazyModule"))
	lazyNS.SetStr("__doc__", py.Str("A subclass of the module type which triggers loading upon attribute access."))
	lazyNS.SetStr("__getattribute__", py.NewMethod("__getattribute__", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("__getattribute__", args, kw, []string{"self", "attr"}, 2)
		m := a[0].(*py.Module)
		lazyLoad(m)
		return py.GetAttr(m, py.StrOf(a[1]))
	}))
	lazyNS.SetStr("__delattr__", py.NewMethod("__delattr__", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("__delattr__", args, kw, []string{"self", "attr"}, 2)
		m := a[0].(*py.Module)
		lazyLoad(m)
		py.GetAttr(m, py.StrOf(a[1]))
		py.DelAttr(m, py.StrOf(a[1]))
		return py.None
	}))
	lazyModuleType = py.NewClass("_LazyModule", "_LazyModule", "importlib.util", []py.Object{py.ModuleType}, lazyNS)

	checkEager := func(loader py.Object) {
		if !py.HasAttr(loader, "exec_module") {
			panic(py.NewError(py.TypeErrorType, "loader must define exec_module()"))
		}
	}
	ns = py.NewDict()
	ns.SetStr("__module__", py.Str("importlib.util"))
	ns.SetStr("__qualname__", py.Str("LazyLoader"))
	ns.SetStr("__doc__", py.Str("A loader that creates a module which defers loading until attribute access."))
	ns.SetStr("_LazyLoader__check_eager_loader", &py.StaticMethod{Func: py.NewBuiltin("__check_eager_loader", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("__check_eager_loader", args, kw, []string{"loader"}, 1)
		checkEager(a[0])
		return py.None
	})})
	ns.SetStr("factory", &py.ClassMethod{Func: py.NewMethod("factory", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("factory", args, kw, []string{"cls", "loader"}, 2)
		cls, loader := a[0], a[1]
		checkEager(loader)
		return py.NewBuiltin("<lambda>", func(args []py.Object, kw []string) py.Object {
			return py.Call(cls, py.CallKw(loader, args, kw))
		})
	})})
	ns.SetStr("__init__", py.NewMethod("__init__", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("__init__", args, kw, []string{"self", "loader"}, 2)
		checkEager(a[1])
		py.SetAttr(a[0], "loader", a[1])
		return py.None
	}))
	ns.SetStr("create_module", py.NewMethod("create_module", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("create_module", args, kw, []string{"self", "spec"}, 2)
		return py.CallMethod(py.GetAttr(a[0], "loader"), "create_module", a[1])
	}))
	ns.SetStr("exec_module", py.NewMethod("exec_module", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("exec_module", args, kw, []string{"self", "module"}, 2)
		loader, module := py.GetAttr(a[0], "loader"), a[1]
		spec := py.GetAttr(module, "__spec__")
		py.SetAttr(spec, "loader", loader)
		py.SetAttr(module, "__loader__", loader)
		state := py.NewDict()
		state.SetStr("__dict__", py.CallMethod(py.GetAttr(module, "__dict__"), "copy"))
		state.SetStr("__class__", py.GetAttr(module, "__class__"))
		py.SetAttr(spec, "loader_state", state)
		py.SetAttr(module, "__class__", lazyModuleType)
		return py.None
	}))
	lazyLoaderType = py.Call(abcMeta, py.Str("LazyLoader"), py.NewTuple(loaderType), ns).(*py.Type)
}

// lazyLoad is _LazyModule.__getattribute__'s load: the module becomes a
// plain module again, its loader runs, and the attributes set on it
// meanwhile are put back.
func lazyLoad(m *py.Module) {
	m.SetClass(py.ModuleType)
	spec := py.GetAttr(m, "__spec__")
	original := py.StrOf(py.GetAttr(spec, "name"))
	then := py.GetItem(py.GetAttr(spec, "loader_state"), py.Str("__dict__")).(*py.Dict)
	updated := py.NewDict()
	m.Dict.Items(func(k, v py.Object) bool {
		if old, ok := then.Get(k); !ok || old != v {
			updated.Set(k, v)
		}
		return true
	})
	py.CallMethod(py.GetAttr(spec, "loader"), "exec_module", m)
	if cur, ok := py.SysModules.GetStr(original); ok && cur != py.Object(m) {
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("module object for %s substituted in sys.modules during a lazy load", py.Repr(py.Str(original)))))
	}
	py.DictUpdate(m.Dict, updated)
}

// loadModuleShim is importlib._bootstrap._load_module_shim: load_module
// over exec_module.
func loadModuleShim(loader, fullname py.Object) py.Object {
	warn(py.DeprecationWarningType, "the load_module() method is deprecated and slated for removal in Python 3.12; use exec_module() instead", 1)
	name := py.StrOf(fullname)
	spec := specFromLoader([]py.Object{fullname, loader}, nil)
	if m, ok := py.SysModules.GetStr(name); ok {
		py.CallMethod(loader, "exec_module", m)
		m, _ = py.SysModules.GetStr(name)
		return m
	}
	m := py.ModuleFromSpec(spec)
	py.SysModules.SetStr(name, m)
	if exc := py.Catch(func() { py.CallMethod(loader, "exec_module", m) }); exc != nil {
		py.SysModules.DeleteStr(name)
		py.Raise(exc)
	}
	m, _ = py.SysModules.GetStr(name)
	return m
}
