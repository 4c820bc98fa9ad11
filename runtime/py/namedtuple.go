package py

import (
	"fmt"
	"strings"
)

// NamedTuple makes a class like collections.namedtuple(name, fields):
// a tuple subclass with field properties, _asdict, _replace, _make and a
// "Name(a=1, b=2)" repr. defaults apply to the rightmost fields.
func NamedTuple(name, module string, fields []string, defaults []Object) *Type {
	ns := NewDict()
	t := NewClass(name, name, module, []Object{TupleType}, ns)
	fieldObjs := make([]Object, len(fields))
	for i, f := range fields {
		fieldObjs[i] = Str(f)
	}
	ns.SetStr("_fields", NewTuple(fieldObjs...))
	ns.SetStr("__match_args__", NewTuple(fieldObjs...))
	fd := NewDict()
	for i, d := range defaults {
		fd.SetStr(fields[len(fields)-len(defaults)+i], d)
	}
	ns.SetStr("_field_defaults", fd)
	ns.SetStr("__slots__", EmptyTuple)
	// __new__ is a Python-level function, as collections.namedtuple's is
	// (typing.NamedTuple sets its __annotations__; __defaults__ shows).
	newCode := &Code{Name: "__new__", Qualname: name + ".__new__", Module: module,
		Params: append([]string{"_cls"}, fields...), NumPos: len(fields) + 1}
	ns.SetStr("__new__", &StaticMethod{Func: NewFunction(newCode, defaults, nil, func(args []Object) Object {
		cls, ok := args[0].(*Type)
		if !ok {
			panic(NewError(TypeErrorType, "__new__() needs a class"))
		}
		return NewTupleOf(cls, append([]Object(nil), args[1:]...))
	})})
	for i, f := range fields {
		i := i
		ns.SetStr(f, &Property{Get: NewBuiltin(f, func(args []Object, kw []string) Object {
			return args[0].(*Tuple).Items[i]
		}), Doc: Str(fmt.Sprintf("Alias for field number %d", i))})
	}
	ns.SetStr("__repr__", NewMethod("__repr__", func(args []Object, kw []string) Object {
		tu := args[0].(*Tuple)
		if reprGuard[tu] {
			return Str("...")
		}
		reprGuard[tu] = true
		defer delete(reprGuard, tu)
		parts := make([]string, len(tu.Items))
		for i, it := range tu.Items {
			fname := "?"
			if i < len(fields) {
				fname = fields[i]
			}
			parts[i] = fname + "=" + Repr(it)
		}
		return Str(tu.Type().Name + "(" + strings.Join(parts, ", ") + ")")
	}))
	ns.SetStr("_asdict", NewMethod("_asdict", func(args []Object, kw []string) Object {
		tu := args[0].(*Tuple)
		d := NewDict()
		for i, f := range fields {
			d.SetStr(f, tu.Items[i])
		}
		return d
	}))
	ns.SetStr("_replace", NewMethod("_replace", func(args []Object, kw []string) Object {
		tu := args[0].(*Tuple)
		items := append([]Object(nil), tu.Items...)
		for i, k := range kw {
			found := false
			for j, f := range fields {
				if f == k {
					items[j] = args[len(args)-len(kw)+i]
					found = true
				}
			}
			if !found {
				panic(NewError(ValueErrorType, fmt.Sprintf("Got unexpected field names: ['%s']", k)))
			}
		}
		return NewTupleOf(tu.Type(), items)
	}))
	ns.SetStr("_make", &ClassMethod{Func: NewBuiltin("_make", func(args []Object, kw []string) Object {
		items := AppendStar(nil, args[1])
		if len(items) != len(fields) {
			panic(NewError(TypeErrorType, fmt.Sprintf("Expected %d arguments, got %d", len(fields), len(items))))
		}
		return NewTupleOf(args[0].(*Type), items)
	})})
	ns.SetStr("__getnewargs__", NewMethod("__getnewargs__", func(args []Object, kw []string) Object {
		return NewTuple(args[0].(*Tuple).Items...)
	}))
	return t
}
