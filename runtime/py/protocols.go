package py

import "fmt"

// Go-level protocols that Go-implemented objects (range, deque, dict views,
// itertools iterators, ...) implement so that len(), iter() and `in` reach
// them without a method lookup.

// Lener is implemented by sized objects.
type Lener interface {
	Object
	Len() int
}

// Iterable is implemented by objects that make a fresh iterator.
type Iterable interface {
	Object
	Iter() Object
}

// Container is implemented by objects with a native `in`.
type Container interface {
	Object
	Contains(x Object) bool
}

// subclassable marks builtin types that classes may derive from: their
// instances carry the subclass (dict, list, tuple).
var subclassable = map[*Type]bool{}

// superLookup is super().name: lookup that starts after s.This in the MRO
// of the object's type.
func superLookup(s *Super, name string) (Object, bool) {
	if name == "__class__" {
		return SuperType, true
	}
	var objType *Type
	if t, ok := s.Obj.(*Type); ok && t.IsSubtype(s.This) {
		objType = t
	} else {
		objType = s.Obj.Type()
	}
	mro := objType.MRO
	i := 0
	for i < len(mro) && mro[i] != s.This {
		i++
	}
	if i < len(mro) {
		for _, m := range mro[i+1:] {
			if a, ok := m.Dict.GetStr(name); ok {
				if objType == s.Obj {
					return bindDescriptor(a, nil, objType), true
				}
				return bindDescriptor(a, s.Obj, objType), true
			}
			if g, ok := typeGetters[m][name]; ok {
				return g(s.Obj), true
			}
		}
	}
	switch name {
	case "__thisclass__":
		return s.This, true
	case "__self__":
		return s.Obj, true
	case "__self_class__":
		return objType, true
	}
	return nil, false
}

func init() {
	SuperType.call = func(t *Type, args []Object, kw []string) Object {
		if len(args) == 2 && len(kw) == 0 {
			return NewSuper(args[0], args[1])
		}
		panic(NewError(RuntimeErrorType, "super(): no arguments"))
	}
	method(SuperType, "__repr__", func(args []Object, kw []string) Object {
		s := args[0].(*Super)
		return Str(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.This.Name, s.Obj.Type().Name))
	})
	method(SuperType, "__getattribute__", func(args []Object, kw []string) Object {
		s := args[0].(*Super)
		name := StrOf(args[1])
		if v, ok := superLookup(s, name); ok {
			return v
		}
		panic(NewError(AttributeErrorType, fmt.Sprintf("'super' object has no attribute '%s'", name)))
	})
}

// RichComparer is implemented by Go objects with their own comparisons;
// ok is false when the comparison is not supported (NotImplemented).
type RichComparer interface {
	Object
	RichCompare(other Object, op CmpOp) (result bool, ok bool)
}
