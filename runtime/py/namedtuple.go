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
	build := func(cls *Type, args []Object, kw []string) *Tuple {
		npos := len(args) - len(kw)
		if npos > len(fields) {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s.__new__() takes %d positional arguments but %d were given", name, len(fields)+1, npos+1)))
		}
		items := make([]Object, len(fields))
		copy(items, args[:npos])
		for i, k := range kw {
			found := false
			for j, f := range fields {
				if f == k {
					if items[j] != nil {
						panic(NewError(TypeErrorType, fmt.Sprintf("%s.__new__() got multiple values for argument '%s'", name, k)))
					}
					items[j] = args[npos+i]
					found = true
				}
			}
			if !found {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s.__new__() got an unexpected keyword argument '%s'", name, k)))
			}
		}
		var missing []string
		for j, f := range fields {
			if items[j] == nil {
				if v, ok := fd.GetStr(f); ok {
					items[j] = v
				} else {
					missing = append(missing, "'"+f+"'")
				}
			}
		}
		if len(missing) > 0 {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s.__new__() missing %d required positional argument%s: %s", name, len(missing), plural(len(missing)), joinNames(missing))))
		}
		return NewTupleOf(cls, items)
	}
	ns.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(args []Object, kw []string) Object {
		cls, ok := args[0].(*Type)
		if !ok {
			panic(NewError(TypeErrorType, "__new__() needs a class"))
		}
		return build(cls, args[1:], kw)
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
