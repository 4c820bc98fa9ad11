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

var AliasType = py.NewType("_GenericAlias", "typing", nil)

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

var TypeVarType = py.NewType("TypeVar", "typing", nil)

func (*TypeVar) Type() *py.Type   { return TypeVarType }
func (t *TypeVar) String() string { return "~" + t.Name }

func alias(name string) *Alias { return &Alias{Name: name} }

func init() {
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
		return py.NewTuple(py.ObjectType)
	})
	py.SetCall(TypeVarType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		return &TypeVar{Name: py.StrOf(args[0])}
	})
	py.AddGetter(TypeVarType, "__name__", func(o py.Object) py.Object { return py.Str(o.(*TypeVar).Name) }, nil)

	generic := py.NewClass("Generic", "Generic", "typing", nil, py.NewDict())
	protocol := py.NewClass("Protocol", "Protocol", "typing", []py.Object{generic}, py.NewDict())
	for _, t := range []*py.Type{generic, protocol} {
		t := t
		t.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []string) py.Object {
			return args[0]
		})})
	}

	py.RegisterModule("typing", func(m *py.Module) {
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
