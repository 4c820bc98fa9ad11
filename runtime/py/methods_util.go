package py

import (
	"encoding/binary"
	"fmt"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Helpers shared by the methods of the builtin types.

// checkSelf raises CPython's descriptor TypeError when a method of t is
// called unbound on an object of another type (str.upper(5)).
func checkSelf(t *Type, name string, args []Object) Object {
	if len(args) == 0 {
		panic(NewError(TypeErrorType, fmt.Sprintf("unbound method %s.%s() needs an argument", t.Name, name)))
	}
	if !args[0].Type().IsSubtype(t) {
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t.Name, args[0].Type().Name)))
	}
	if v, ok := args[0].(*ValueSub); ok && isValueType(t) {
		// A method of int, str, ... works on the subclass instance's value.
		return v.V
	}
	if _, ok := args[0].(*Instance); ok && isValueType(t) {
		// A subclass instance without a value (never made by t's
		// __new__): t's methods would dispatch back to the instance.
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, args[0].Type().Name)))
	}
	return args[0]
}

// noKw raises when a builtin that takes no keyword arguments got some.
func noKw(fname string, kw []string) {
	if len(kw) > 0 {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s() takes no keyword arguments", fname)))
	}
}

// nargs checks the positional argument count (self excluded).
func nargs(fname string, args []Object, kw []string, min, max int) []Object {
	noKw(fname, kw)
	n := len(args) - 1
	if n < min || n > max {
		switch {
		case min == max && min == 0:
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() takes no arguments (%d given)", fname, n)))
		case min == max && min == 1:
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() takes exactly one argument (%d given)", fname, n)))
		case min == max:
			// _PyArg_CheckPositional: no "at least"/"at most" then.
			panic(NewError(TypeErrorType, fmt.Sprintf("%s expected %d argument%s, got %d", fname, min, plural(min), n)))
		case n < min:
			panic(NewError(TypeErrorType, fmt.Sprintf("%s expected at least %d argument%s, got %d", fname, min, plural(min), n)))
		default:
			panic(NewError(TypeErrorType, fmt.Sprintf("%s expected at most %d argument%s, got %d", fname, max, plural(max), n)))
		}
	}
	return args[1:]
}

// optInt reads an optional int argument (nil or None: def).
func optInt(o Object, def int) int {
	if o == nil || o == None {
		return def
	}
	return Index(o)
}

// sliceIndex reads a start/end argument of find/count/...: None or an
// object with __index__.
func sliceIndex(o Object, def int) int {
	if o == nil || o == None {
		return def
	}
	switch o.(type) {
	case Int, Bool:
		return Index(o)
	case *BigInt:
		if asBig(o).Sign() < 0 {
			return -1 << 62
		}
		return 1 << 62
	}
	if LookupSpecial(o, "__index__") == nil {
		panic(NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method"))
	}
	return Index(o)
}

// adjustIndices clamps start and end to [0, n] as CPython's
// ADJUST_INDICES does.
func adjustIndices(start, end Object, n int) (int, int) {
	s, e := sliceIndex(start, 0), sliceIndex(end, n)
	if e > n {
		e = n
	} else if e < 0 {
		e += n
		if e < 0 {
			e = 0
		}
	}
	if s < 0 {
		s += n
		if s < 0 {
			s = 0
		}
	}
	return s, e
}

// isASCII reports whether s is all ASCII: whole words, the last one
// overlapping the one before (no byte loop for the tail).
func isASCII(s string) bool {
	const high = 0x8080808080808080
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return false
			}
		}
		return true
	}
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	i := 0
	// Eight words a test on long strings (len() of a JSON document),
	// resliced so that one bounds check covers them.
	le := binary.LittleEndian
	for ; i+64 <= len(b); i += 64 {
		w := b[i : i+64 : i+64]
		if (le.Uint64(w)|le.Uint64(w[8:])|le.Uint64(w[16:])|le.Uint64(w[24:])|
			le.Uint64(w[32:])|le.Uint64(w[40:])|le.Uint64(w[48:])|le.Uint64(w[56:]))&high != 0 {
			return false
		}
	}
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&high != 0 {
			return false
		}
	}
	return binary.LittleEndian.Uint64(b[len(b)-8:])&high == 0
}

// asciiPrefix is the length of s's leading run of ASCII bytes, tested
// eight bytes at a time (len(s) of a long str and the ASCII checks of str
// methods scan whole strings: a byte loop cost json_encode 2% of its
// instructions).
func asciiPrefix(s string) int {
	const high = 0x8080808080808080
	i := 0
	if len(s) >= 8 {
		b := unsafe.Slice(unsafe.StringData(s), len(s))
		for ; i+8 <= len(b); i += 8 {
			if binary.LittleEndian.Uint64(b[i:])&high != 0 {
				break
			}
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			break
		}
	}
	return i
}

// pyIsSpace is str.isspace for one code point.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// typeName is the type name used in error messages.
func typeName(o Object) string { return o.Type().Name }

// wantStr returns o as a string or raises CPython's TypeError.
func wantStr(what string, o Object) string {
	s, ok := UnwrapValue(o).(Str)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s must be str, not %s", what, typeName(o))))
	}
	return string(s)
}
