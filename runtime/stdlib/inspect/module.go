package inspect

import (
	"fmt"
	"os"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The module-and-file half of inspect (getmodule, getfile, getsourcefile)
// and the descriptor predicates doctest and unittest use.

func sysModules() py.Object { return py.GetAttr(py.ImportModule("sys"), "modules") }

func typeNamed(o py.Object, names ...string) bool {
	n := o.Type().Name
	for _, x := range names {
		if n == x {
			return true
		}
	}
	return false
}

// getmodule is inspect.getmodule(object, _filename=None): the module an
// object was defined in, found through its __module__ (or a module's
// __file__ matching _filename), or None.
func getmodule(o py.Object, filename py.Object) py.Object {
	if _, ok := o.(*py.Module); ok {
		return o
	}
	if name := py.LookupAttr(o, "__module__"); name != nil && name != py.None {
		if m, ok := lookupItem(sysModules(), name); ok {
			return m
		}
	}
	if filename != nil && filename != py.None {
		var found py.Object = py.None
		it := py.GetIter(py.Call(py.LoadBuiltin("list"), py.CallMethod(sysModules(), "values")))
		for m, ok := py.Next(it); ok; m, ok = py.Next(it) {
			if f := py.LookupAttr(m, "__file__"); f != nil && f != py.None && py.Eq(f, filename) {
				found = m
				break
			}
		}
		if found != py.None {
			return found
		}
	}
	if main, ok := lookupItem(sysModules(), py.Str("__main__")); ok {
		if _, isType := o.(*py.Type); !isType {
			if n := py.LookupAttr(o, "__name__"); n != nil {
				if s, ok := n.(py.Str); ok {
					if v := py.LookupAttr(main, string(s)); v != nil && v == o {
						return main
					}
				}
			}
		}
	}
	if b, ok := lookupItem(sysModules(), py.Str("builtins")); ok {
		if n := py.LookupAttr(o, "__name__"); n != nil {
			if s, ok := n.(py.Str); ok {
				if v := py.LookupAttr(b, string(s)); v != nil && v == o {
					return b
				}
			}
		}
	}
	return py.None
}

func lookupItem(m, k py.Object) (v py.Object, ok bool) {
	if py.CatchMatching(py.KeyErrorType, func() { v = py.GetItem(m, k) }) != nil {
		return nil, false
	}
	return v, true
}

// getfile is inspect.getfile: the file an object was defined in.
func getfile(o py.Object) py.Object {
	switch v := o.(type) {
	case *py.Module:
		if f := py.LookupAttr(v, "__file__"); f != nil && f != py.None {
			return f
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s is a built-in module", py.Repr(o))))
	case *py.Type:
		if name := py.LookupAttr(v, "__module__"); name != nil {
			if m, ok := lookupItem(sysModules(), name); ok {
				if f := py.LookupAttr(m, "__file__"); f != nil && f != py.None {
					return f
				}
			}
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s is a built-in class", py.Repr(o))))
	}
	if f := py.LookupAttr(o, "__func__"); f != nil && typeNamed(o, "method") {
		o = f
	}
	if typeNamed(o, "function") {
		o = py.GetAttr(o, "__code__")
	}
	if typeNamed(o, "traceback") {
		o = py.GetAttr(o, "tb_frame")
	}
	if typeNamed(o, "frame") {
		o = py.GetAttr(o, "f_code")
	}
	if typeNamed(o, "code") {
		return py.GetAttr(o, "co_filename")
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("module, class, method, function, traceback, frame, or code object was expected, got %s", o.Type().Name)))
}

// getsourcefile is inspect.getsourcefile: getfile's answer when it names
// a Python source that exists (or linecache holds), else None.
func getsourcefile(o py.Object) py.Object {
	f := getfile(o)
	name := py.StrOf(f)
	if strings.HasSuffix(name, ".pyc") {
		name = name[:len(name)-1]
	} else if strings.HasSuffix(name, ".so") || strings.HasSuffix(name, ".pyd") {
		return py.None
	}
	if _, err := os.Stat(name); err == nil {
		return py.Str(name)
	}
	if lc, ok := lookupItem(py.GetAttr(py.ImportModule("linecache"), "__dict__"), py.Str("cache")); ok {
		if _, ok := lookupItem(lc, py.Str(name)); ok {
			return py.Str(name)
		}
	}
	return py.None
}

// lookupAttr is getattr(o, name, None) as nil: an AttributeError (a
// module's __getattr__ raises one for names it lacks) means absent.
func lookupAttr(o py.Object, name string) (v py.Object) {
	if py.CatchMatching(py.AttributeErrorType, func() { v = py.LookupAttr(o, name) }) != nil {
		return nil
	}
	return v
}

func hasTypeAttr(o py.Object, name string) bool { return o.Type().Lookup(name) != nil }

func isClassMethodOrFunction(o py.Object) bool {
	if _, ok := o.(*py.Type); ok {
		return true
	}
	return typeNamed(o, "method", "function")
}

// signatureNames are inspect's names written in Python, in the tool's
// runtime/python/_inspect_signature.py (which every program importing
// inspect links).
var signatureNames = []string{"signature", "Signature", "Parameter", "BoundArguments", "_empty", "_void", "_ParameterKind"}

func addModule(m *py.Module) {
	link := func() {
		if py.Translated("_inspect_signature") {
			src := py.Import("_inspect_signature")
			for _, name := range signatureNames {
				m.Set(name, py.GetAttr(src, name))
			}
		}
	}
	if py.Translated("_inspect_signature") {
		link()
	} else {
		// Imported while the Go packages initialise (before the
		// translated modules register): link at program start.
		py.OnStart(link)
	}
	m.AddFunc("getmodule", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getmodule", args, kw, []string{"object", "_filename"}, 1)
		return getmodule(a[0], a[1])
	})
	m.AddFunc("getfile", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getfile", args, kw, []string{"object"}, 1)
		return getfile(a[0])
	})
	m.AddFunc("getsourcefile", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getsourcefile", args, kw, []string{"object"}, 1)
		return getsourcefile(a[0])
	})
	m.AddFunc("getmodulename", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getmodulename", args, kw, []string{"path"}, 1)
		p := py.StrOf(a[0])
		base := p[strings.LastIndexByte(p, '/')+1:]
		for _, suf := range []string{".py", ".pyc"} {
			if strings.HasSuffix(base, suf) {
				return py.Str(base[:len(base)-len(suf)])
			}
		}
		return py.None
	})
	m.AddFunc("getmro", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getmro", args, kw, []string{"cls"}, 1)
		return py.GetAttr(a[0], "__mro__")
	})
	pred := func(name string, f func(o py.Object) bool) {
		m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(name, args, kw, []string{"object"}, 1)
			return py.NewBool(f(a[0]))
		})
	}
	pred("ismethoddescriptor", func(o py.Object) bool {
		if isClassMethodOrFunction(o) {
			return false
		}
		return hasTypeAttr(o, "__get__") && !hasTypeAttr(o, "__set__")
	})
	pred("isdatadescriptor", func(o py.Object) bool {
		if isClassMethodOrFunction(o) {
			return false
		}
		return hasTypeAttr(o, "__set__") || hasTypeAttr(o, "__delete__")
	})
	pred("iscode", func(o py.Object) bool { return typeNamed(o, "code") })
	pred("isframe", func(o py.Object) bool { return typeNamed(o, "frame") })
	pred("istraceback", func(o py.Object) bool { return typeNamed(o, "traceback") })
	pred("isgetsetdescriptor", func(o py.Object) bool { return typeNamed(o, "getset_descriptor") })
	pred("ismemberdescriptor", func(o py.Object) bool { return typeNamed(o, "member_descriptor") })
	pred("ismethodwrapper", func(o py.Object) bool { return typeNamed(o, "method-wrapper") })
	pred("isabstract", func(o py.Object) bool {
		if _, ok := o.(*py.Type); !ok {
			return false
		}
		am := py.LookupAttr(o, "__abstractmethods__")
		return am != nil && py.Truth(am)
	})
}
