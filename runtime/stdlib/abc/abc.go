// Package abc is Python's abc module: ABC, ABCMeta (abstract methods,
// virtual subclasses through register, __subclasshook__) and the
// abstractmethod decorators, as CPython's _abc and abc.py behave.
package abc

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

// ABCMetaType is abc.ABCMeta.
var ABCMetaType = py.NewType("ABCMeta", "abc", py.TypeType)

// registries holds each ABC's registered virtual subclasses.
var registries = map[*py.Type][]*py.Type{}

// cacheToken changes whenever a class is registered (abc.get_cache_token).
var cacheToken = 0

func isAbstract(v py.Object) bool {
	a := py.LookupAttr(v, "__isabstractmethod__")
	return a != nil && py.Truth(a)
}

// computeAbstract sets cls.__abstractmethods__: the names its namespace
// marks abstract, and the inherited abstract names it does not override
// with something concrete (abc.update_abstractmethods).
func computeAbstract(cls *py.Type) {
	s := py.NewSet()
	cls.Dict.Items(func(k, v py.Object) bool {
		if isAbstract(v) {
			s.Add(k)
		}
		return true
	})
	for _, b := range cls.Bases {
		am, ok := b.Dict.GetStr("__abstractmethods__")
		if !ok {
			continue
		}
		for _, name := range py.AppendStar(nil, am) {
			v := py.LookupAttr(cls, py.StrOf(name))
			if v != nil && isAbstract(v) {
				s.Add(name)
			}
		}
	}
	s.Frozen = true
	cls.Dict.SetStr("__abstractmethods__", s)
}

// subclassCheck is ABCMeta.__subclasscheck__ (CPython's _abc_subclasscheck
// without its caches, which only make it faster).
func subclassCheck(cls, sub *py.Type) bool {
	if hook := py.LookupAttr(cls, "__subclasshook__"); hook != nil {
		if r := py.Call(hook, sub); r != py.NotImplemented {
			return py.Truth(r)
		}
	}
	if sub.IsSubtype(cls) {
		return true
	}
	for _, r := range registries[cls] {
		if py.IsSubclass(sub, r) {
			return true
		}
	}
	for _, s := range cls.Subclasses() {
		if py.IsSubclass(sub, s) {
			return true
		}
	}
	return false
}

func init() {
	py.OnClassCreated(ABCMetaType, computeAbstract)
	abcClass := py.NewClass("ABC", "ABC", "abc", nil, py.NewDict())
	py.SetMeta(abcClass, ABCMetaType)
	abcClass.Dict.SetStr("__slots__", py.EmptyTuple)
	abcClass.Dict.SetStr("__doc__", py.Str("Helper class that provides a standard way to create an ABC using\ninheritance.\n"))
	computeAbstract(abcClass)
	py.AddMethod(ABCMetaType, "register", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("register", args, kw, []string{"cls", "subclass"}, 2)
		cls := a[0].(*py.Type)
		sub, ok := a[1].(*py.Type)
		if !ok {
			py.Raise(py.NewError(py.TypeErrorType, "Can only register classes"))
		}
		if sub.IsSubtype(cls) {
			return sub
		}
		if py.IsSubclass(cls, sub) {
			py.Raise(py.NewError(py.RuntimeErrorType, "Refusing to create an inheritance cycle"))
		}
		registries[cls] = append(registries[cls], sub)
		cacheToken++
		return sub
	})
	py.AddMethod(ABCMetaType, "__instancecheck__", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		inst := args[1]
		sub := inst.Type()
		if c := py.LookupAttr(inst, "__class__"); c != nil {
			if ct, ok := c.(*py.Type); ok && ct != sub && py.IsSubclass(ct, cls) {
				return py.True
			}
		}
		return py.NewBool(py.IsSubclass(sub, cls))
	})
	py.AddMethod(ABCMetaType, "__subclasscheck__", func(args []py.Object, kw []string) py.Object {
		sub, ok := args[1].(*py.Type)
		if !ok {
			py.Raise(py.NewError(py.TypeErrorType, "issubclass() arg 1 must be a class"))
		}
		return py.NewBool(subclassCheck(args[0].(*py.Type), sub))
	})
	py.AddMethod(ABCMetaType, "_abc_registry_clear", func(args []py.Object, kw []string) py.Object {
		delete(registries, args[0].(*py.Type))
		return py.None
	})
	py.AddMethod(ABCMetaType, "_abc_caches_clear", func(args []py.Object, kw []string) py.Object { return py.None })
	py.AddMethod(ABCMetaType, "_dump_registry", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		py.Call(py.LoadBuiltin("print"), py.Str("Class: "+cls.Module+"."+cls.Qualname))
		py.Call(py.LoadBuiltin("print"), py.Str("Inv. counter: "+py.Repr(py.Int(cacheToken))))
		return py.None
	})
	py.RegisterModule("abc", func(m *py.Module) {
		m.Set("ABC", abcClass)
		m.Set("ABCMeta", ABCMetaType)
		m.AddFunc("get_cache_token", func(args []py.Object, kw []string) py.Object { return py.Int(cacheToken) })
		m.AddFunc("update_abstractmethods", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("update_abstractmethods", args, kw, []string{"cls"}, 1)
			if t, ok := a[0].(*py.Type); ok {
				if _, has := t.Dict.GetStr("__abstractmethods__"); has {
					computeAbstract(t)
				}
			}
			return a[0]
		})
		mark := func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("abstractmethod", args, kw, []string{"funcobj"}, 1)
			f := a[0]
			switch v := f.(type) {
			case *py.ClassMethod:
				py.SetAttr(v.Func, "__isabstractmethod__", py.True)
			case *py.StaticMethod:
				py.SetAttr(v.Func, "__isabstractmethod__", py.True)
			case *py.Property:
				if v.Get != nil && v.Get != py.None {
					py.SetAttr(v.Get, "__isabstractmethod__", py.True)
				}
			default:
				py.SetAttr(f, "__isabstractmethod__", py.True)
			}
			return f
		}
		m.AddFunc("abstractmethod", mark)
		m.AddFunc("abstractclassmethod", func(args []py.Object, kw []string) py.Object {
			py.SetAttr(args[0], "__isabstractmethod__", py.True)
			return &py.ClassMethod{Func: args[0]}
		})
		m.AddFunc("abstractstaticmethod", func(args []py.Object, kw []string) py.Object {
			py.SetAttr(args[0], "__isabstractmethod__", py.True)
			return &py.StaticMethod{Func: args[0]}
		})
		m.AddFunc("abstractproperty", func(args []py.Object, kw []string) py.Object {
			py.SetAttr(args[0], "__isabstractmethod__", py.True)
			return &py.Property{Get: args[0]}
		})
	})
}
