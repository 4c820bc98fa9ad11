package py

import "fmt"

// lengthHint is PyObject_LengthHint: len(o) when o's class has __len__
// (a TypeError from it means no answer), else what the class's
// __length_hint__ (looked up on the type, as special methods are) says;
// def when neither answers. Other exceptions propagate.
func lengthHint(o Object, def int) int {
	t := o.Type()
	if t.Lookup("__len__") != nil {
		n := 0
		if CatchMatching(TypeErrorType, func() { n = Len(o) }) == nil {
			return n
		}
	}
	hint := LookupSpecial(o, "__length_hint__")
	if hint == nil {
		return def
	}
	var res Object
	if CatchMatching(TypeErrorType, func() { res = Call(hint) }) != nil || res == NotImplemented {
		return def
	}
	if !res.Type().IsSubtype(IntType) {
		panic(NewError(TypeErrorType, fmt.Sprintf("__length_hint__ must be an integer, not %s", res.Type().Name)))
	}
	n := Index(res)
	if n < 0 {
		panic(NewError(ValueErrorType, "__length_hint__() should return >= 0"))
	}
	return n
}

// SizeOf is sys.getsizeof(o[, def]): the class's __sizeof__ (looked up on
// the type) plus the GC header (and 3.11's managed-dict pointers)
// CPython counts before an instance of a class. The builtin types' own sizes are the runtime's approximation
// (64: Go values have no CPython layout); a class that defines __sizeof__
// is asked.
func SizeOf(o Object, def Object) Object {
	t := o.Type()
	m := t.Lookup("__sizeof__")
	if m == nil {
		if def != nil {
			return def
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("Type %s doesn't define __sizeof__", t.Name)))
	}
	if d, _ := ObjectType.Dict.GetStr("__sizeof__"); m == d {
		return Int(64)
	}
	var res Object
	if e := CatchMatching(TypeErrorType, func() { res = Call(bindDescriptor(m, o, t)) }); e != nil {
		if def != nil {
			return def
		}
		panic(e)
	}
	if !res.Type().IsSubtype(IntType) {
		if def != nil {
			return def
		}
		panic(NewError(TypeErrorType, "an integer is required"))
	}
	n := Index(res)
	if n < 0 {
		panic(NewError(ValueErrorType, "__sizeof__() should return >= 0"))
	}
	if inst, ok := o.(*Instance); ok {
		n += 16 // sizeof(PyGC_Head)
		if !inst.cls.noDict {
			n += 16 // 3.11's managed dict pointers, before the object
		}
	}
	return Int(n)
}
