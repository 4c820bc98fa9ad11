package py

import "fmt"

// Fixed-arity entry points for the builtin functions programs call in
// their loops (len(x), isinstance(o, C), min(a, b), ...): Call1/Call2 and
// the direct-call paths then pass no argument slice and parse nothing.
// Each entry computes exactly what the general function does for that
// many positional arguments and no keywords. This file's name sorts after
// every file that registers builtins, so its init sees their final
// definitions.

func init() {
	fast1 := func(name string, fn func(self, a Object) Object) {
		if b, ok := Builtins.Dict.mustGet(name).(*BuiltinFunction); ok {
			b.SetFast(fn)
		}
	}
	fast2 := func(name string, fn func(self, a, b Object) Object) {
		if b, ok := Builtins.Dict.mustGet(name).(*BuiltinFunction); ok {
			b.SetFast(fn)
		}
	}
	fast1("len", func(_, a Object) Object { return Int(Len(a)) })
	fast2("isinstance", func(_, o, c Object) Object { return NewBool(IsInstance(o, c)) })
	fast1("abs", func(_, a Object) Object { return Abs(a) })
	fast1("iter", func(_, a Object) Object { return GetIter(a) })
	fast1("next", func(_, a Object) Object {
		if _, ok := a.(Iterator); !ok {
			if g, ok := a.(*Generator); ok {
				return g.Send(None)
			}
			if LookupSpecial(a, "__next__") == nil {
				panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not an iterator", a.Type().Name)))
			}
			return CallMethod(a, "__next__")
		}
		if g, ok := a.(*Generator); ok {
			return g.Send(None)
		}
		v, ok := Next(a)
		if !ok {
			raiseStop(a)
		}
		return v
	})
	// min(a, b) / max(a, b): the first of the least (greatest) items, as
	// minMax compares them.
	fast2("min", func(_, a, b Object) Object {
		if CompareBool(b, a, OpLt) {
			return b
		}
		return a
	})
	fast2("max", func(_, a, b Object) Object {
		if CompareBool(b, a, OpGt) {
			return b
		}
		return a
	})
	fast1("sum", func(_, a Object) Object { return Sum(a, Int(0)) })
	fast1("round", func(_, a Object) Object { return Round(a, nil) })
}

// builtinTypeNew1 is t(a) for the builtin types whose one-argument call is
// common in loops (list(x), tuple(x), set(x)), computed as their general
// constructors compute it, without the argument slice and its parsing.
func builtinTypeNew1(t *Type, a Object) (Object, bool) {
	switch t {
	case ListType:
		switch v := a.(type) {
		case *List:
			if v.sub == nil {
				l := newListLen(len(v.Items))
				copy(l.Items, v.Items)
				return l, true
			}
		case *Tuple:
			if v.sub == nil {
				l := newListLen(len(v.Items))
				copy(l.Items, v.Items)
				return l, true
			}
		}
		return NewList(AppendStar(nil, a)...), true
	case TupleType:
		switch v := a.(type) {
		case *Tuple:
			if v.sub == nil {
				return v, true
			}
		case *List:
			if v.sub == nil {
				return newTupleCopy(v.Items), true
			}
		}
		return NewTuple(AppendStar(nil, a)...), true
	case SetType:
		s := newSetRoom(false)
		s.update(a)
		return s, true
	case RangeType:
		// range.call's one-argument case, without the argument slice.
		return newRangeObj(Int(0), rangeArgObj(a), Int(1)), true
	case IntType:
		// The calls' one-argument cases, without the argument slice.
		return numberLong(a), true
	case FloatType:
		return numberFloat(a), true
	case StrType:
		if s, ok := a.(Str); ok {
			return s, true
		}
		return Str(StrOf(a)), true
	}
	return nil, false
}

type tupleRoom2 struct {
	t Tuple
	a [2]Object
}

type tupleRoom3 struct {
	t Tuple
	a [3]Object
}

type tupleRoom4 struct {
	t Tuple
	a [4]Object
}

type tupleRoom8 struct {
	t Tuple
	a [8]Object
}

type tupleRoom12 struct {
	t Tuple
	a [12]Object
}

// newTupleCopy is a tuple of a copy of items, its room in the same
// allocation as the tuple when it is small.
func newTupleCopy(items []Object) *Tuple {
	n := len(items)
	var t *Tuple
	switch {
	case n == 0:
		return EmptyTuple
	case n <= 2:
		x := &tupleRoom2{}
		x.t.Items = x.a[:n:n]
		t = &x.t
	case n == 3:
		x := &tupleRoom3{}
		x.t.Items = x.a[:n:n]
		t = &x.t
	case n == 4:
		x := &tupleRoom4{}
		x.t.Items = x.a[:n:n]
		t = &x.t
	case n <= 8:
		x := &tupleRoom8{}
		x.t.Items = x.a[:n:n]
		t = &x.t
	case n <= 12:
		x := &tupleRoom12{}
		x.t.Items = x.a[:n:n]
		t = &x.t
	default:
		t = &Tuple{Items: make([]Object, n)}
	}
	if n <= 4 {
		// Item by item: copy's typedslicecopy (a call, a bulk write
		// barrier) costs more than a few stores.
		for i, v := range items {
			t.Items[i] = v
		}
	} else {
		copy(t.Items, items)
	}
	return t
}
