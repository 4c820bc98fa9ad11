package py

import "fmt"

// type's own data descriptors (type.__dict__['__name__'], ...), which
// Python code can drive directly: type.__dict__['__doc__'].__set__(C, v).
// Reads of cls.__name__ and friends take typeGetAttr's direct path; these
// descriptors do what type's getters and setters (type_set_name,
// type_set_doc, check_set_special_type_attr...) do.

func typeSelf(o Object, name string) *Type {
	t, ok := o.(*Type)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' for 'type' objects doesn't apply to a '%s' object", name, typeName(o))))
	}
	return t
}

// checkSpecialTypeAttr refuses to change name on a builtin type.
func checkSpecialTypeAttr(t *Type, name string) {
	if t.builtinBase == t {
		panic(NewError(TypeErrorType, fmt.Sprintf("cannot set '%s' attribute of immutable type '%s'", name, t.Name)))
	}
}

func init() {
	for _, name := range []string{"__name__", "__qualname__", "__bases__", "__module__", "__doc__", "__mro__", "__dict__"} {
		name := name
		get := func(o Object) Object {
			t := typeSelf(o, name)
			if name == "__doc__" {
				// type_get_doc: the class's own __doc__, through its
				// descriptor.
				if v, ok := t.Dict.GetStr("__doc__"); ok {
					return bindDescriptor(v, nil, t)
				}
				return None
			}
			v, _ := typeGetAttr(t, name)
			return v
		}
		var set Setter
		switch name {
		case "__mro__", "__dict__":
		default:
			set = func(o, v Object) {
				t := typeSelf(o, name)
				checkSpecialTypeAttr(t, name)
				setTypeAttr(t, name, v)
			}
		}
		AddGetter(TypeType, name, get, set)
		AddDeleter(TypeType, name, func(o Object) {
			t := typeSelf(o, name)
			panic(NewError(TypeErrorType, fmt.Sprintf("cannot delete '%s' attribute of immutable type '%s'", name, t.Name)))
		})
	}
}

// hackcheck is object.__setattr__'s and object.__delattr__'s refusal to
// run on an object whose builtin type overrides that method (Carlo
// Verre's hack: object.__setattr__(str, "x", 1)); classes written in
// Python are looked through, along the chain of best bases.
func hackcheck(self Object, what string) {
	t := self.Type()
	own := ObjectType.Dict.mustGet(what)
	for b, n := t, 0; b != nil && n < 10000; b, n = b.baseOf(), n+1 {
		if b.builtinBase != b {
			continue
		}
		f, ok := b.Dict.GetStr(what)
		if !ok {
			continue
		}
		if f != own {
			panic(NewError(TypeErrorType, fmt.Sprintf("can't apply this %s to %s object", what, t.Name)))
		}
		return
	}
}
