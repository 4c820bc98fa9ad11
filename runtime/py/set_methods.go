package py

import (
	"fmt"
	"strings"
)

// Methods of set and frozenset.

func anySetSelf(name string, args []Object) *Set {
	if len(args) > 0 {
		if s, ok := args[0].(*Set); ok {
			return s
		}
	}
	return checkSelf(SetType, name, args).(*Set)
}

func mutableSetSelf(name string, args []Object) *Set {
	s := checkSelf(SetType, name, args).(*Set)
	return s
}

// SetRepr is repr(set).
func SetRepr(s *Set) string {
	name := "set"
	if s.Frozen {
		name = "frozenset"
	}
	sub := s.sub != nil
	if sub {
		name = s.sub.cls.Name
	}
	if s.Len() == 0 {
		return name + "()"
	}
	if reprGuard[s] {
		return name + "(...)"
	}
	reprGuard[s] = true
	defer delete(reprGuard, s)
	var b strings.Builder
	if s.Frozen || sub {
		b.WriteString(name + "(")
	}
	b.WriteByte('{')
	for i, e := range s.Elems() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(e))
	}
	b.WriteByte('}')
	if s.Frozen || sub {
		b.WriteByte(')')
	}
	return b.String()
}

func setOfArg(o Object) *Set {
	if s, ok := o.(*Set); ok {
		return s
	}
	return NewSet(AppendStar(nil, o)...)
}

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		t := t
		method(t, "__repr__", func(args []Object, kw []string) Object { return Str(SetRepr(anySetSelf("__repr__", args))) })
		method(t, "copy", func(args []Object, kw []string) Object {
			s := anySetSelf("copy", args)
			nargs("copy", args, kw, 0, 0)
			if s.Frozen && s.sub == nil {
				// An exact frozenset is its own copy; a subclass's
				// instance copies to a plain frozenset.
				return s
			}
			return s.copySet()
		})
		method(t, "union", func(args []Object, kw []string) Object {
			s := anySetSelf("union", args)
			noKw("union", kw)
			r := s.copySet()
			for _, o := range args[1:] {
				r.update(o)
			}
			return r
		})
		method(t, "intersection", func(args []Object, kw []string) Object {
			s := anySetSelf("intersection", args)
			noKw("intersection", kw)
			return setIntersectionMulti(s, args[1:])
		})
		method(t, "difference", func(args []Object, kw []string) Object {
			s := anySetSelf("difference", args)
			noKw("difference", kw)
			if len(args) == 1 {
				return s.copySet()
			}
			r := setDifference(s, args[1])
			for _, o := range args[2:] {
				r.differenceUpdate(o)
			}
			return r
		})
		method(t, "symmetric_difference", func(args []Object, kw []string) Object {
			s := anySetSelf("symmetric_difference", args)
			a := nargs("symmetric_difference", args, kw, 1, 1)
			return setSymmetricDifference(s, a[0])
		})
		method(t, "issubset", func(args []Object, kw []string) Object {
			s := anySetSelf("issubset", args)
			a := nargs("issubset", args, kw, 1, 1)
			return NewBool(compareSets(s, setOfArg(a[0]), OpLe))
		})
		method(t, "issuperset", func(args []Object, kw []string) Object {
			s := anySetSelf("issuperset", args)
			a := nargs("issuperset", args, kw, 1, 1)
			return NewBool(compareSets(s, setOfArg(a[0]), OpGe))
		})
		method(t, "isdisjoint", func(args []Object, kw []string) Object {
			s := anySetSelf("isdisjoint", args)
			a := nargs("isdisjoint", args, kw, 1, 1)
			for _, e := range AppendStar(nil, a[0]) {
				if s.Contains(e) {
					return False
				}
			}
			return True
		})
		method(t, "__contains__", func(args []Object, kw []string) Object {
			s := anySetSelf("__contains__", args)
			return NewBool(s.ContainsKey(args[1]))
		})
	}
	SetType.Dict.SetStr("__hash__", None)
	method(SetType, "add", func(args []Object, kw []string) Object {
		s := mutableSetSelf("add", args)
		a := nargs("set.add", args, kw, 1, 1)
		s.Add(a[0])
		return None
	})
	method(SetType, "discard", func(args []Object, kw []string) Object {
		s := mutableSetSelf("discard", args)
		a := nargs("set.discard", args, kw, 1, 1)
		s.DiscardKey(a[0])
		return None
	})
	method(SetType, "remove", func(args []Object, kw []string) Object {
		s := mutableSetSelf("remove", args)
		a := nargs("set.remove", args, kw, 1, 1)
		if !s.DiscardKey(a[0]) {
			panic(NewException(KeyErrorType, a[0]))
		}
		return None
	})
	method(SetType, "pop", func(args []Object, kw []string) Object {
		s := mutableSetSelf("pop", args)
		nargs("pop", args, kw, 0, 0)
		if k, ok := s.popElem(); ok {
			return k
		}
		panic(NewError(KeyErrorType, "pop from an empty set"))
	})
	method(SetType, "clear", func(args []Object, kw []string) Object {
		s := mutableSetSelf("clear", args)
		nargs("clear", args, kw, 0, 0)
		s.clear()
		return None
	})
	method(SetType, "update", func(args []Object, kw []string) Object {
		s := mutableSetSelf("update", args)
		noKw("update", kw)
		for _, o := range args[1:] {
			s.update(o)
		}
		return None
	})
	method(SetType, "intersection_update", func(args []Object, kw []string) Object {
		s := mutableSetSelf("intersection_update", args)
		noKw("intersection_update", kw)
		r := setIntersectionMulti(s, args[1:])
		s.table, s.fill, s.used = r.table, r.fill, r.used
		return None
	})
	method(SetType, "difference_update", func(args []Object, kw []string) Object {
		s := mutableSetSelf("difference_update", args)
		noKw("difference_update", kw)
		for _, o := range args[1:] {
			s.differenceUpdate(o)
		}
		return None
	})
	method(SetType, "symmetric_difference_update", func(args []Object, kw []string) Object {
		s := mutableSetSelf("symmetric_difference_update", args)
		a := nargs("symmetric_difference_update", args, kw, 1, 1)
		s.symmetricDifferenceUpdate(a[0])
		return None
	})
	inplaceOps := map[string]func(s, o *Set){
		"__ior__": func(s, o *Set) { s.update(o) },
		"__iand__": func(s, o *Set) {
			r := setIntersection(s, o)
			s.table, s.fill, s.used = r.table, r.fill, r.used
		},
		"__isub__": func(s, o *Set) { s.differenceUpdate(o) },
		"__ixor__": func(s, o *Set) { s.symmetricDifferenceUpdate(o) },
	}
	for name, f := range inplaceOps {
		f := f
		method(SetType, name, func(args []Object, kw []string) Object {
			s := mutableSetSelf("__i__", args)
			o, ok := args[1].(*Set)
			if !ok {
				return NotImplemented
			}
			f(s, o)
			return s
		})
	}
	for name, op := range map[string]BinOp{"__or__": OpOr, "__and__": OpAnd, "__sub__": OpSub, "__xor__": OpXor} {
		op, name := op, name
		for _, t := range []*Type{SetType, FrozenSetType} {
			method(t, name, func(args []Object, kw []string) Object {
				s := anySetSelf(name, args)
				o, ok := args[1].(*Set)
				if !ok {
					return NotImplemented
				}
				return setOp(op, s, o)
			})
		}
	}
	_ = fmt.Sprint
}

func setIntersectionMulti(s *Set, others []Object) *Set {
	if len(others) == 0 {
		return s.copySet()
	}
	r := s
	for _, o := range others {
		r = setIntersection(r, o)
	}
	r.Frozen = s.Frozen
	return r
}

// setCtorArg is the iterable argument of set's and frozenset's
// construction (nil: none) as CPython checks it: no keywords (when
// noKw; the message names the base type) and at most one positional
// argument (the message names tpName, the object's class).
func setCtorArg(base, tpName string, args []Object, kw []string, noKw bool) Object {
	if len(kw) > 0 && noKw {
		panic(NewError(TypeErrorType, base+"() takes no keyword arguments"))
	}
	if n := len(args) - len(kw); n > 1 {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s expected at most 1 argument, got %d", tpName, n)))
	} else if n == 1 {
		return args[0]
	}
	return nil
}

func init() {
	// Subclasses of set and frozenset: set.__new__ makes an empty set of
	// the class that set.__init__ fills; frozenset.__new__ fills it.
	subclassable[SetType] = true
	subclassable[FrozenSetType] = true
	newSetOf := func(cls *Type, frozen bool) *Set {
		s := newSetRoom(frozen)
		base := SetType
		if frozen {
			base = FrozenSetType
		}
		if cls != base {
			s.sub = &subPart{cls: cls}
			if hasInstanceDict(cls, base) {
				s.sub.attrs = NewDict()
			}
		}
		return s
	}
	SetType.newInstance = func(t *Type) Object { return newSetOf(t, false) }
	FrozenSetType.newInstance = func(t *Type) Object { return newSetOf(t, true) }
	SetType.Dict.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(args []Object, kw []string) Object {
		if len(args) == 0 {
			panic(NewError(TypeErrorType, "set.__new__(): not enough arguments"))
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(SetType) {
			panic(NewError(TypeErrorType, fmt.Sprintf("set.__new__(X): X is not a subtype of set")))
		}
		return newSetOf(cls, false)
	})})
	method(SetType, "__init__", func(args []Object, kw []string) Object {
		s := mutableSetSelf("__init__", args)
		it := setCtorArg("set", s.Type().Name, args[1:], kw, true)
		s.clear()
		if it != nil {
			s.update(it)
		}
		return None
	})
	FrozenSetType.Dict.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(args []Object, kw []string) Object {
		if len(args) == 0 {
			panic(NewError(TypeErrorType, "frozenset.__new__(): not enough arguments"))
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(FrozenSetType) {
			panic(NewError(TypeErrorType, fmt.Sprintf("frozenset.__new__(X): X is not a subtype of frozenset")))
		}
		if cls == FrozenSetType {
			return FrozenSetType.call(FrozenSetType, args[1:], kw)
		}
		// Keywords are refused unless the class has an __init__ of its
		// own to take them (frozenset's own __init__ is object's).
		it := setCtorArg("frozenset", cls.Name, args[1:], kw, cls.Lookup("__init__") == ObjectType.Lookup("__init__"))
		s := newSetOf(cls, true)
		if it != nil {
			s.update(it)
		}
		return s
	})})
}
