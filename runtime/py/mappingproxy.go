package py

import "fmt"

// MappingProxy is types.MappingProxyType: a read-only view of a mapping
// (what a class's __dict__ is).
type MappingProxy struct{ M Object }

var MappingProxyType = newBuiltinType("mappingproxy", ObjectType)

func (*MappingProxy) Type() *Type { return MappingProxyType }

func (p *MappingProxy) String() string { return "mappingproxy(" + Repr(p.M) + ")" }

func (p *MappingProxy) Len() int { return Len(p.M) }

func (p *MappingProxy) Iter() Object { return GetIter(p.M) }

func (p *MappingProxy) Contains(x Object) bool { return Contains(p.M, x) }

// RichCompare compares the underlying mapping.
func (p *MappingProxy) RichCompare(other Object, op CmpOp) (bool, bool) {
	if o, ok := other.(*MappingProxy); ok {
		other = o.M
	}
	return Truth(Compare(p.M, other, op)), true
}

func init() {
	MappingProxyType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("mappingproxy", args, kw, []string{"mapping"}, 1)
		m := a[0]
		switch m.(type) {
		case *List, *Tuple:
			panic(NewError(TypeErrorType, fmt.Sprintf("mappingproxy() argument must be a mapping, not %s", typeName(m))))
		}
		if LookupAttr(m, "keys") == nil || LookupSpecial(m, "__getitem__") == nil {
			if _, ok := m.(*Dict); !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("mappingproxy() argument must be a mapping, not %s", typeName(m))))
			}
		}
		return &MappingProxy{M: m}
	}
	self := func(name string, args []Object) *MappingProxy {
		return checkSelf(MappingProxyType, name, args).(*MappingProxy)
	}
	method(MappingProxyType, "__getitem__", func(args []Object, kw []string) Object {
		return GetItem(self("__getitem__", args).M, args[1])
	})
	method(MappingProxyType, "__len__", func(args []Object, kw []string) Object { return Int(Len(self("__len__", args).M)) })
	method(MappingProxyType, "__iter__", func(args []Object, kw []string) Object { return GetIter(self("__iter__", args).M) })
	method(MappingProxyType, "__contains__", func(args []Object, kw []string) Object {
		return NewBool(Contains(self("__contains__", args).M, args[1]))
	})
	method(MappingProxyType, "__repr__", func(args []Object, kw []string) Object { return Str(self("__repr__", args).String()) })
	method(MappingProxyType, "__str__", func(args []Object, kw []string) Object { return Str(StrOf(self("__str__", args).M)) })
	method(MappingProxyType, "__reversed__", func(args []Object, kw []string) Object {
		return Call(LoadBuiltin("reversed"), self("__reversed__", args).M)
	})
	for _, name := range []string{"keys", "values", "items", "copy"} {
		name := name
		method(MappingProxyType, name, func(args []Object, kw []string) Object {
			nargs(name, args, kw, 0, 0)
			return CallMethod(self(name, args).M, name)
		})
	}
	method(MappingProxyType, "get", func(args []Object, kw []string) Object {
		p := self("get", args)
		a := nargs("get", args, kw, 1, 2)
		return CallMethod(p.M, "get", a...)
	})
	method(MappingProxyType, "__or__", func(args []Object, kw []string) Object {
		p := self("__or__", args)
		other := args[1]
		if o, ok := other.(*MappingProxy); ok {
			other = o.M
		}
		return Binary(OpOr, p.M, other)
	})
	method(MappingProxyType, "__ror__", func(args []Object, kw []string) Object {
		p := self("__ror__", args)
		return Binary(OpOr, args[1], p.M)
	})
	method(MappingProxyType, "__ior__", func(args []Object, kw []string) Object {
		panic(NewError(TypeErrorType, "'|=' is not supported by mappingproxy; use '|' instead"))
	})
	MappingProxyType.Dict.SetStr("__hash__", None)
}
