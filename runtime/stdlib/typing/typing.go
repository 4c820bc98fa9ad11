// Package typing is Python's typing module: the names programs use in
// annotations, as inert but printable objects.
package typing

import (
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Alias is a typing special form or a subscripted one (List[int]).
type Alias struct {
	Name   string
	Origin py.Object
	Args   []py.Object
}

var AliasType *py.Type

func (*Alias) Type() *py.Type { return AliasType }

func typeRepr(o py.Object) string {
	switch v := o.(type) {
	case *py.Type:
		if v.Module == "builtins" {
			return v.Qualname
		}
		return v.Module + "." + v.Qualname
	case py.NoneType:
		return "None"
	case *py.Tuple:
		parts := make([]string, len(v.Items))
		for i, it := range v.Items {
			parts[i] = typeRepr(it)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *py.List:
		parts := make([]string, len(v.Items))
		for i, it := range v.Items {
			parts[i] = typeRepr(it)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return py.Repr(o)
}

func (a *Alias) String() string {
	s := "typing." + a.Name
	if a.Args != nil {
		parts := make([]string, len(a.Args))
		for i, x := range a.Args {
			parts[i] = typeRepr(x)
		}
		if a.Name == "Optional" && len(a.Args) == 1 {
			return "typing.Optional[" + parts[0] + "]"
		}
		s += "[" + strings.Join(parts, ", ") + "]"
	}
	return s
}

// TypeVar is typing.TypeVar.
type TypeVar struct{ Name string }

var TypeVarType *py.Type

func (*TypeVar) Type() *py.Type   { return TypeVarType }
func (t *TypeVar) String() string { return "~" + t.Name }

func alias(name string) *Alias { return &Alias{Name: name} }

var generic *py.Type

// aliasOrigins are the classes that typing's generic aliases stand for
// (typing.Mapping.__origin__ is collections.abc.Mapping).
var aliasOrigins map[string][2]string

func aliasOrigin(name string) *py.Type {
	src, ok := aliasOrigins[name]
	if !ok {
		switch name {
		case "Hashable", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "Iterable", "Iterator",
			"Reversible", "Sized", "Container", "Collection", "Callable", "MutableSet", "Mapping",
			"MutableMapping", "Sequence", "MutableSequence", "ByteString", "MappingView", "KeysView",
			"ItemsView", "ValuesView", "Generator", "AsyncGenerator":
			src = [2]string{"collections.abc", name}
		default:
			return nil
		}
	}
	var m py.Object = py.Builtins
	if src[0] != "builtins" {
		m = py.Import(src[0])
	}
	t, _ := py.LookupAttr(m, src[1]).(*py.Type)
	return t
}

func setup0() {
	py.AddMethod(AliasType, "__getitem__", func(args []py.Object, kw []string) py.Object {
		a := args[0].(*Alias)
		var items []py.Object
		if t, ok := args[1].(*py.Tuple); ok {
			items = t.Items
		} else {
			items = []py.Object{args[1]}
		}
		name := a.Name
		if name == "Optional" {
			return &Alias{Name: "Optional", Origin: a, Args: items}
		}
		return &Alias{Name: name, Origin: a, Args: items}
	})
	py.AddMethod(AliasType, "__call__", func(args []py.Object, kw []string) py.Object {
		panic(py.NewError(py.TypeErrorType, "Cannot instantiate "+py.Repr(args[0])))
	})
	py.AddMethod(AliasType, "__or__", func(args []py.Object, kw []string) py.Object {
		return &Alias{Name: "Union", Args: []py.Object{args[0], args[1]}}
	})
	py.AddMethod(AliasType, "__ror__", func(args []py.Object, kw []string) py.Object {
		return &Alias{Name: "Union", Args: []py.Object{args[1], args[0]}}
	})
	py.AddMethod(AliasType, "__mro_entries__", func(args []py.Object, kw []string) py.Object {
		a := args[0].(*Alias)
		o := aliasOrigin(a.Name)
		if o == nil {
			return py.NewTuple(py.ObjectType)
		}
		// As _BaseGenericAlias.__mro_entries__: the origin, and Generic
		// unless a later base brings it.
		out := []py.Object{o}
		if bases, ok := args[1].(*py.Tuple); ok {
			after := false
			for _, b := range bases.Items {
				if b == args[0] {
					after = true
					continue
				}
				if bt, ok := b.(*py.Type); after && ok && bt.IsSubtype(generic) {
					return py.NewTuple(out...)
				}
				if _, ok := b.(*Alias); after && ok {
					return py.NewTuple(out...)
				}
			}
		}
		return py.NewTuple(append(out, generic)...)
	})
	// isinstance(x, typing.Mapping) is isinstance(x, collections.abc.Mapping);
	// subscripted aliases and special forms refuse, as in CPython.
	for _, name := range []string{"__instancecheck__", "__subclasscheck__"} {
		fn := "isinstance"
		if name == "__subclasscheck__" {
			fn = "issubclass"
		}
		py.AddMethod(AliasType, name, func(args []py.Object, kw []string) py.Object {
			a := args[0].(*Alias)
			if (a.Name == "Union" || a.Name == "Optional") && a.Args != nil {
				// _UnionGenericAlias: any of the members.
				members := a.Args
				if a.Name == "Optional" {
					members = append(members[:len(members):len(members)], py.NoneType{}.Type())
				}
				for _, m := range members {
					if m == py.None {
						m = py.NoneType{}.Type()
					}
					if fn == "isinstance" && py.IsInstance(args[1], m) {
						return py.True
					}
					if t, ok := args[1].(*py.Type); fn == "issubclass" && ok && py.IsSubclass(t, m) {
						return py.True
					}
				}
				return py.False
			}
			o := aliasOrigin(a.Name)
			switch {
			case a.Args != nil && o != nil:
				panic(py.NewError(py.TypeErrorType, "Subscripted generics cannot be used with class and instance checks"))
			case o == nil:
				panic(py.NewError(py.TypeErrorType, a.String()+" cannot be used with "+fn+"()"))
			}
			if fn == "isinstance" {
				return py.NewBool(py.IsInstance(args[1], o))
			}
			t, ok := args[1].(*py.Type)
			if !ok {
				panic(py.NewError(py.TypeErrorType, "issubclass() arg 1 must be a class"))
			}
			return py.NewBool(py.IsSubclass(t, o))
		})
	}
	py.SetCall(TypeVarType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		return &TypeVar{Name: py.StrOf(args[0])}
	})
	py.AddGetter(TypeVarType, "__name__", func(o py.Object) py.Object { return py.Str(o.(*TypeVar).Name) }, nil)

	generic = py.NewClass("Generic", "Generic", "typing", nil, py.NewDict())
	protocol := py.NewClass("Protocol", "Protocol", "typing", []py.Object{generic}, py.NewDict())
	for _, t := range []*py.Type{generic, protocol} {
		t := t
		t.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []string) py.Object {
			return args[0]
		})})
	}

	py.RegisterFallbackModule("typing", func(m *py.Module) {
		for _, n := range []string{"Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Callable",
			"Iterable", "Iterator", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
			"Generator", "Type", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "NoReturn", "Never",
			"ClassVar", "Final", "Literal", "Annotated", "Deque", "DefaultDict", "Counter", "OrderedDict",
			"ChainMap", "Hashable", "Sized", "Collection", "Container", "AbstractSet", "ByteString", "Reversible",
			"SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsIndex", "Text", "AnyStr", "Self",
			"LiteralString", "TypeAlias", "ParamSpec", "Concatenate", "TypeGuard", "Required", "NotRequired",
			"AsyncContextManager", "ContextManager", "Pattern", "Match", "IO", "TextIO", "BinaryIO"} {
			m.Set(n, alias(n))
		}
		m.Set("Text", py.StrType)
		m.Set("TYPE_CHECKING", py.False)
		m.Set("TypeVar", TypeVarType)
		m.Set("Generic", generic)
		m.Set("Protocol", protocol)
		ident := func(args []py.Object, kw []string) py.Object {
			if len(args) == 0 {
				return py.None
			}
			return args[len(args)-len(kw)-1]
		}
		m.AddFunc("cast", func(args []py.Object, kw []string) py.Object { return args[1] })
		m.AddFunc("overload", ident)
		m.AddFunc("final", ident)
		m.AddFunc("no_type_check", ident)
		m.AddFunc("runtime_checkable", ident)
		m.AddFunc("assert_never", func(args []py.Object, kw []string) py.Object {
			panic(py.NewError(py.AssertionErrorType, "Expected code to be unreachable, but got: "+py.Repr(args[0])))
		})
		m.AddFunc("reveal_type", func(args []py.Object, kw []string) py.Object { return args[0] })
		m.AddFunc("NewType", func(args []py.Object, kw []string) py.Object {
			return py.NewBuiltin(py.StrOf(args[0]), func(a []py.Object, k []string) py.Object { return a[0] })
		})
		m.AddFunc("get_type_hints", func(args []py.Object, kw []string) py.Object {
			if d := py.LookupAttr(args[0], "__annotations__"); d != nil {
				return d
			}
			return py.NewDict()
		})
		m.AddFunc("NamedTuple", func(args []py.Object, kw []string) py.Object {
			var fields []string
			if len(args) > 1 {
				for _, f := range py.AppendStar(nil, args[1]) {
					fields = append(fields, py.StrOf(py.AppendStar(nil, f)[0]))
				}
			}
			return py.NamedTuple(py.StrOf(args[0]), "__main__", fields, nil)
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	AliasType = py.NewType("_GenericAlias", "typing", nil)
	TypeVarType = py.NewType("TypeVar", "typing", nil)
	aliasOrigins = map[string][2]string{
		"List": {"builtins", "list"}, "Dict": {"builtins", "dict"}, "Set": {"builtins", "set"},
		"FrozenSet": {"builtins", "frozenset"}, "Tuple": {"builtins", "tuple"}, "Type": {"builtins", "type"},
		"Deque": {"collections", "deque"}, "DefaultDict": {"collections", "defaultdict"},
		"OrderedDict": {"collections", "OrderedDict"}, "Counter": {"collections", "Counter"},
		"ChainMap": {"collections", "ChainMap"}, "AbstractSet": {"collections.abc", "Set"},
		"ContextManager":      {"contextlib", "AbstractContextManager"},
		"AsyncContextManager": {"contextlib", "AbstractAsyncContextManager"},
		"Pattern":             {"re", "Pattern"}, "Match": {"re", "Match"},
	}
}
