package py

import (
	"math"
	"math/big"
)

// Helpers for the modules that stand in for CPython's C layer
// (runtime/stdlib: _struct, array, _weakref, ...): the conversions their C
// code gets from the C API.

// BigOf returns an int's value as a new big.Int (ok is false for other
// types; bool counts as an int).
func BigOf(o Object) (*big.Int, bool) {
	switch v := o.(type) {
	case Int:
		return big.NewInt(int64(v)), true
	case Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *BigInt:
		return new(big.Int).Set(&v.v), true
	}
	return nil, false
}

// IndexBig is operator.index(o) as a big.Int: ints as they are, other
// objects through __index__; ok is false when o has no __index__.
func IndexBig(o Object) (*big.Int, bool) {
	if b, ok := BigOf(o); ok {
		return b, true
	}
	if m := LookupSpecial(o, "__index__"); m != nil {
		r := Call(m)
		b, ok := BigOf(r)
		if !ok {
			panic(NewError(TypeErrorType, "__index__ returned non-int (type "+r.Type().Name+")"))
		}
		return b, true
	}
	return nil, false
}

// FloatValue is PyFloat_AsDouble: floats as they are, ints converted
// (OverflowError when too large), other objects through __float__ or
// __index__; ok is false when o has neither.
func FloatValue(o Object) (float64, bool) {
	switch v := o.(type) {
	case Float:
		return float64(v), true
	case Int:
		return float64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	case *BigInt:
		return bigFloatChecked(&v.v), true
	}
	if m := LookupSpecial(o, "__float__"); m != nil {
		r := Call(m)
		f, ok := r.(Float)
		if !ok {
			panic(NewError(TypeErrorType, o.Type().Name+".__float__ returned non-float (type "+r.Type().Name+")"))
		}
		return float64(f), true
	}
	if b, ok := IndexBig(o); ok {
		return bigFloatChecked(b), true
	}
	return 0, false
}

func bigFloatChecked(b *big.Int) float64 {
	f := bigToFloat(b)
	if math.IsInf(f, 0) {
		panic(NewError(OverflowErrorType, "int too large to convert to float"))
	}
	return f
}

// BytesLike returns the contents of a bytes-like object (bytes,
// bytearray, or a Go object implementing BufferHolder); ok is false for
// other objects. A bytearray's slice is returned without copying.
func BytesLike(o Object) ([]byte, bool) {
	switch v := UnwrapValue(o).(type) {
	case Bytes:
		return []byte(v), true
	case *ByteArray:
		return v.B, true
	case BufferHolder:
		return v.Buffer(), true
	}
	return nil, false
}

// BufferHolder is implemented by Go objects that expose a buffer (array.array).
type BufferHolder interface {
	Buffer() []byte
	// Writable reports whether the buffer may be written in place.
	Writable() bool
}
