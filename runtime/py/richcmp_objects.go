package py

import "reflect"

// Comparisons of the builtin objects CPython compares by value although
// each access makes a new one: bound methods and slices.

// RichCompare is meth_richcompare: two bound methods are equal when they
// bind the same object (identity) to equal functions; they have no order.
func (m *Method) RichCompare(other Object, op CmpOp) (bool, bool) {
	o, ok := other.(*Method)
	if !ok || (op != OpEq && op != OpNe) {
		return false, false
	}
	eq := sameObj(m.Self, o.Self) && Eq(m.Func, o.Func)
	return eq == (op == OpEq), true
}

// methodHash is meth_hash: the bound object's identity (never its own
// __hash__) mixed with the function's hash.
func methodHash(m *Method) uint64 {
	var self uint64
	switch m.Self.(type) {
	case Str, Int, Bool, Float, Bytes, NoneType, Complex:
		// Go values without an address of their own: equal values are
		// the same object here.
		self = Hash(m.Self)
	default:
		self = Id(m.Self)
	}
	return self ^ Hash(m.Func)
}

// RichCompare is meth_richcompare and wrapper_richcompare for builtin
// methods: two bound ones are equal when they bind the same object to the
// same method (l.append == l.append); they have no order. Unbound ones
// compare by identity.
func (f *BuiltinFunction) RichCompare(other Object, op CmpOp) (bool, bool) {
	o, ok := other.(*BuiltinFunction)
	if !ok || (op != OpEq && op != OpNe) || f.Self == nil || o.Self == nil {
		return false, false
	}
	eq := sameObj(f.Self, o.Self) && sameBuiltin(f, o)
	return eq == (op == OpEq), true
}

// sameBuiltin: f and o are bindings of one builtin method.
func sameBuiltin(f, o *BuiltinFunction) bool {
	return f.Name == o.Name && f.owner == o.owner && f.method == o.method &&
		reflect.ValueOf(f.Fn).Pointer() == reflect.ValueOf(o.Fn).Pointer()
}

// builtinMethodHash is meth_hash for a bound builtin method: the bound
// object's identity, never its own hash, mixed with the method's.
func builtinMethodHash(f *BuiltinFunction) uint64 {
	var self uint64
	switch f.Self.(type) {
	case Str, Int, Bool, Float, Bytes, NoneType, Complex:
		self = Hash(f.Self)
	default:
		self = Id(f.Self)
	}
	return self ^ Hash(Str(f.Name))
}

// RichCompare is slice_richcompare: slices compare as the tuples
// (start, stop, step).
func (s *Slice) RichCompare(other Object, op CmpOp) (bool, bool) {
	o, ok := other.(*Slice)
	if !ok {
		return false, false
	}
	a := NewTuple(orNone(s.Start), orNone(s.Stop), orNone(s.Step))
	b := NewTuple(orNone(o.Start), orNone(o.Stop), orNone(o.Step))
	return Truth(Compare(a, b, op)), true
}
