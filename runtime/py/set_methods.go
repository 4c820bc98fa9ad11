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

func (s *Set) newLike(items []Object) *Set {
	out := NewSet(items...)
	out.Frozen = s.Frozen
	return out
}

// SetRepr is repr(set).
func SetRepr(s *Set) string {
	name := "set"
	if s.Frozen {
		name = "frozenset"
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
	if s.Frozen {
		b.WriteString("frozenset(")
	}
	b.WriteByte('{')
	for i, e := range s.Elems() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(e))
	}
	b.WriteByte('}')
	if s.Frozen {
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
			if s.Frozen {
				return s
			}
			return s.newLike(s.Elems())
		})
		multi := func(name string, op BinOp) {
			method(t, name, func(args []Object, kw []string) Object {
				s := anySetSelf(name, args)
				noKw(name, kw)
				out := s.newLike(s.Elems())
				if len(args) == 1 && op == OpAnd {
					return out
				}
				for _, o := range args[1:] {
					out = setOp(op, out, setOfArg(o)).(*Set)
				}
				out.Frozen = s.Frozen
				return out
			})
		}
		multi("union", OpOr)
		multi("intersection", OpAnd)
		multi("difference", OpSub)
		method(t, "symmetric_difference", func(args []Object, kw []string) Object {
			s := anySetSelf("symmetric_difference", args)
			a := nargs("symmetric_difference", args, kw, 1, 1)
			return setOp(OpXor, s, setOfArg(a[0]))
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
			return NewBool(s.Contains(args[1]))
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
		s.Discard(a[0])
		return None
	})
	method(SetType, "remove", func(args []Object, kw []string) Object {
		s := mutableSetSelf("remove", args)
		a := nargs("set.remove", args, kw, 1, 1)
		if !s.Discard(a[0]) {
			panic(NewException(KeyErrorType, a[0]))
		}
		return None
	})
	method(SetType, "pop", func(args []Object, kw []string) Object {
		s := mutableSetSelf("pop", args)
		nargs("pop", args, kw, 0, 0)
		for _, e := range s.d.entries {
			if e.key != nil {
				s.Discard(e.key)
				return e.key
			}
		}
		panic(NewError(KeyErrorType, "pop from an empty set"))
	})
	method(SetType, "clear", func(args []Object, kw []string) Object {
		s := mutableSetSelf("clear", args)
		nargs("clear", args, kw, 0, 0)
		s.d.Clear()
		return None
	})
	method(SetType, "update", func(args []Object, kw []string) Object {
		s := mutableSetSelf("update", args)
		noKw("update", kw)
		for _, o := range args[1:] {
			for _, e := range AppendStar(nil, o) {
				s.Add(e)
			}
		}
		return None
	})
	inplace := func(name string, op BinOp) {
		method(SetType, name, func(args []Object, kw []string) Object {
			s := mutableSetSelf(name, args)
			noKw(name, kw)
			cur := s
			for _, o := range args[1:] {
				cur = setOp(op, cur, setOfArg(o)).(*Set)
			}
			s.d = cur.d.Copy()
			return None
		})
	}
	inplace("intersection_update", OpAnd)
	inplace("difference_update", OpSub)
	inplace("symmetric_difference_update", OpXor)
	for name, op := range map[string]BinOp{"__ior__": OpOr, "__iand__": OpAnd, "__isub__": OpSub, "__ixor__": OpXor} {
		op := op
		method(SetType, name, func(args []Object, kw []string) Object {
			s := mutableSetSelf("__i__", args)
			o, ok := args[1].(*Set)
			if !ok {
				return NotImplemented
			}
			r := setOp(op, s, o).(*Set)
			s.d = r.d
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
