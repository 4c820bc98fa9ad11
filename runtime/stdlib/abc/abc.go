// Package abc is Python's abc module: ABC, ABCMeta (abstract methods,
// virtual subclasses through register, __subclasshook__, and the caches
// of __subclasscheck__'s answers) and the abstractmethod decorators, as
// CPython's _abc and abc.py behave.
package abc

import (
	"unsafe"
	"weak"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// ABCMetaType is abc.ABCMeta.
var ABCMetaType *py.Type

// abcState is what CPython's _abc keeps per ABC (_abc_impl): the
// registered virtual subclasses and the caches of __subclasscheck__'s
// answers. Classes are held weakly, as CPython's WeakSets hold them.
type abcState struct {
	registry    []weak.Pointer[py.Type]
	cache       typeSet
	negative    typeSet
	negativeVer int
}

// typeSet is a set of classes that does not keep them alive: keyed by
// address (Go's collector does not move objects), with a weak pointer
// that tells a class from a later object at a dead one's address.
type typeSet map[uintptr]weak.Pointer[py.Type]

func (s typeSet) has(t *py.Type) bool {
	w, ok := s[uintptr(unsafe.Pointer(t))]
	return ok && w.Value() == t
}

func (s typeSet) add(t *py.Type) { s[uintptr(unsafe.Pointer(t))] = weak.Make(t) }

func (s typeSet) types() py.Object {
	out := py.NewSet()
	for _, w := range s {
		if t := w.Value(); t != nil {
			out.Add(t)
		}
	}
	return out
}

var states map[*py.Type]*abcState

func state(cls *py.Type) *abcState {
	st := states[cls]
	if st == nil {
		st = &abcState{cache: typeSet{}, negative: typeSet{}, negativeVer: cacheToken}
		states[cls] = st
	}
	return st
}

// cacheToken changes whenever a class is registered (abc.get_cache_token),
// which invalidates every negative cache.
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

// initABC is _abc_init: the abstract methods, and __abc_tpflags__ (the
// collections ABCs' pattern-matching flags) taken out of the namespace.
func initABC(cls *py.Type) {
	computeAbstract(cls)
	if v, ok := cls.Dict.GetStr("__abc_tpflags__"); ok {
		if _, isInt := v.(py.Int); isInt {
			py.SetCollectionFlags(cls, int(v.(py.Int)))
		}
		cls.Dict.DeleteStr("__abc_tpflags__")
	}
}

// callSubclassCheck is cls.__subclasscheck__(sub), straight to ABCMeta's
// when the metaclass does not override it.
func callSubclassCheck(cls, sub *py.Type) bool {
	if cls.Type().Lookup("__subclasscheck__") == abcSubclassCheck {
		return subclassCheck(cls, sub)
	}
	return py.Truth(py.CallMethod(cls, "__subclasscheck__", sub))
}

var abcSubclassCheck py.Object

// instanceCheck is ABCMeta.__instancecheck__ (_abc_instancecheck).
func instanceCheck(cls *py.Type, inst py.Object) bool {
	subtype := inst.Type()
	st := state(cls)
	// A cached type(inst) answers yes whatever __class__ says: CPython
	// checks both when they differ.
	if st.cache.has(subtype) {
		return true
	}
	subclass := subtype
	if subtype.Lookup("__class__") != nil {
		if c, ok := py.LookupAttr(inst, "__class__").(*py.Type); ok {
			subclass = c
		}
	}
	if subclass != subtype && st.cache.has(subclass) {
		return true
	}
	if subclass == subtype {
		if st.negativeVer == cacheToken && st.negative.has(subclass) {
			return false
		}
		return callSubclassCheck(cls, subclass)
	}
	return callSubclassCheck(cls, subclass) || callSubclassCheck(cls, subtype)
}

// subclassCheck is ABCMeta.__subclasscheck__ (_abc_subclasscheck).
func subclassCheck(cls, sub *py.Type) bool {
	st := state(cls)
	if st.cache.has(sub) {
		return true
	}
	if st.negativeVer < cacheToken {
		clear(st.negative)
		st.negativeVer = cacheToken
	} else if st.negative.has(sub) {
		return false
	}
	if hook := py.LookupAttr(cls, "__subclasshook__"); hook != nil {
		r := py.Call(hook, sub)
		if r != py.NotImplemented {
			b, ok := r.(py.Bool)
			if !ok {
				panic(py.NewError(py.AssertionErrorType, "__subclasshook__ must return either False, True, or NotImplemented"))
			}
			if b {
				st.cache.add(sub)
			} else {
				st.negative.add(sub)
			}
			return bool(b)
		}
	}
	if sub.IsSubtype(cls) {
		st.cache.add(sub)
		return true
	}
	for _, p := range st.registry {
		if r := p.Value(); r != nil && py.IsSubclass(sub, r) {
			st.cache.add(sub)
			return true
		}
	}
	for _, s := range cls.Subclasses() {
		if py.IsSubclass(sub, s) {
			st.cache.add(sub)
			return true
		}
	}
	st.negative.add(sub)
	return false
}

// Register is cls.register(sub) for Go code.
func Register(cls, sub *py.Type) {
	setup()
	py.CallMethod(cls, "register", sub)
}

func setupAbc() {
	py.OnClassCreated(ABCMetaType, initABC)
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
		if py.IsSubclass(sub, cls) {
			return sub // already a subclass
		}
		if py.IsSubclass(cls, sub) {
			py.Raise(py.NewError(py.RuntimeErrorType, "Refusing to create an inheritance cycle"))
		}
		st := state(cls)
		st.registry = append(st.registry, weak.Make(sub))
		cacheToken++
		// A Sequence or Mapping makes its virtual subclasses match
		// sequence or mapping patterns.
		py.RegisterCollection(cls, sub)
		return sub
	})
	py.AddMethod(ABCMetaType, "__instancecheck__", func(args []py.Object, kw []string) py.Object {
		if len(args) != 2 || len(kw) != 0 {
			args = py.ParseArgs("__instancecheck__", args, kw, []string{"cls", "instance"}, 2)
		}
		return py.NewBool(instanceCheck(args[0].(*py.Type), args[1]))
	})
	py.AddMethod(ABCMetaType, "__subclasscheck__", func(args []py.Object, kw []string) py.Object {
		a := args
		if len(args) != 2 || len(kw) != 0 {
			a = py.ParseArgs("__subclasscheck__", args, kw, []string{"cls", "subclass"}, 2)
		}
		sub, ok := a[1].(*py.Type)
		if !ok {
			py.Raise(py.NewError(py.TypeErrorType, "issubclass() arg 1 must be a class"))
		}
		return py.NewBool(subclassCheck(a[0].(*py.Type), sub))
	})
	abcSubclassCheck, _ = ABCMetaType.Dict.GetStr("__subclasscheck__")
	py.AddMethod(ABCMetaType, "_abc_registry_clear", func(args []py.Object, kw []string) py.Object {
		state(args[0].(*py.Type)).registry = nil
		return py.None
	})
	py.AddMethod(ABCMetaType, "_abc_caches_clear", func(args []py.Object, kw []string) py.Object {
		st := state(args[0].(*py.Type))
		clear(st.cache)
		clear(st.negative)
		return py.None
	})
	py.AddMethod(ABCMetaType, "_dump_registry", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		pr := func(s string) { py.Call(py.LoadBuiltin("print"), py.Str(s)) }
		pr("Class: " + cls.Module + "." + cls.Qualname)
		pr("Inv. counter: " + py.Repr(py.Int(cacheToken)))
		st := state(cls)
		reg := typeSet{}
		for _, w := range st.registry {
			if t := w.Value(); t != nil {
				reg.add(t)
			}
		}
		pr("_abc_registry: " + py.Repr(reg.types()))
		pr("_abc_cache: " + py.Repr(st.cache.types()))
		pr("_abc_negative_cache: " + py.Repr(st.negative.types()))
		pr("_abc_negative_cache_version: " + py.Repr(py.Int(st.negativeVer)))
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

// initVarsAbc sets the file's variables that take code to build (ABCMeta)
// as setup starts, not at every program's start.
func initVarsAbc() {
	ABCMetaType = py.NewType("ABCMeta", "abc", py.TypeType)
	states = map[*py.Type]*abcState{}
}
