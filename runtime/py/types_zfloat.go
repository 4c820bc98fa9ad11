package py

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// float(x) as CPython's float_new, PyNumber_Float and PyFloat_FromString
// have it, and float.fromhex as float_fromhex parses.

// numberFloat is PyNumber_Float.
func numberFloat(x Object) Object {
	switch v := x.(type) {
	case Float:
		return v
	case Int, Bool:
		f, _ := floatOf(v)
		return BoxFloat(f)
	case *BigInt:
		return BoxFloat(intToFloatChecked(&v.v))
	case Str:
		return floatFromString(string(v), v)
	}
	if m := LookupSpecial(x, "__float__"); m != nil {
		r := Call(m)
		switch f := r.(type) {
		case Float:
			return f
		case *ValueSub:
			if v, ok := f.V.(Float); ok {
				warnDeprecated(fmt.Sprintf("%s.__float__ returned non-float (type %s).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", trunc50(typeName(x)), trunc50(typeName(r))))
				return v
			}
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("%s.__float__ returned non-float (type %s)", trunc50(typeName(x)), trunc50(typeName(r)))))
	}
	if isIndexable(x) {
		switch v := pyNumberIndex(x).(type) {
		case Int:
			return BoxFloat(float64(v))
		case *BigInt:
			return BoxFloat(intToFloatChecked(&v.v))
		}
	}
	switch v := UnwrapValue(x).(type) {
	case Float:
		return v
	case Str:
		return floatFromString(string(v), x)
	}
	if b, ok := BytesLike(x); ok {
		return floatFromString(string(b), x)
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("float() argument must be a string or a real number, not '%s'", typeName(x))))
}

func trunc50(s string) string {
	if r := []rune(s); len(r) > 50 {
		return string(r[:50])
	}
	return s
}

// floatFromString is PyFloat_FromString over s (a str's text or a
// buffer's bytes); orig is what the error message shows.
func floatFromString(s string, orig Object) Object {
	bad := func() {
		panic(NewError(ValueErrorType, "could not convert string to float: "+Repr(orig)))
	}
	if _, isStr := UnwrapValue(orig).(Str); isStr {
		s = asciiDecimal(s)
	}
	i, j := 0, len(s)
	for i < j && isCSpace(s[i]) {
		i++
	}
	for j > i && isCSpace(s[j-1]) {
		j--
	}
	t := s[i:j]
	if strings.IndexByte(t, '_') >= 0 {
		// An underscore must sit between two digits.
		var b strings.Builder
		for k := 0; k < len(t); k++ {
			if t[k] == '_' {
				if k == 0 || k == len(t)-1 || !isDigitByte(t[k-1]) || !isDigitByte(t[k+1]) {
					bad()
				}
				continue
			}
			b.WriteByte(t[k])
		}
		t = b.String()
	}
	f, ok := parseDecimalFloat(t)
	if !ok {
		bad()
	}
	return BoxFloat(f)
}

// parseDecimalFloat is _PyOS_string_to_double over the whole of t:
// [sign] (digits [. [digits]] | . digits) [e [sign] digits], or inf,
// infinity, nan (any case, signed). Out of range values are infinities.
func parseDecimalFloat(t string) (float64, bool) {
	k := 0
	neg := false
	if k < len(t) && (t[k] == '+' || t[k] == '-') {
		neg = t[k] == '-'
		k++
	}
	rest := strings.ToLower(t[k:])
	switch rest {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1), true
		}
		return math.NaN(), true
	}
	n := 0
	for k < len(t) && isDigitByte(t[k]) {
		k++
		n++
	}
	if k < len(t) && t[k] == '.' {
		k++
		for k < len(t) && isDigitByte(t[k]) {
			k++
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	if k < len(t) && (t[k] == 'e' || t[k] == 'E') {
		k++
		if k < len(t) && (t[k] == '+' || t[k] == '-') {
			k++
		}
		e := 0
		for k < len(t) && isDigitByte(t[k]) {
			k++
			e++
		}
		if e == 0 {
			return 0, false
		}
	}
	if k != len(t) {
		return 0, false
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

// floatFromHex is float.fromhex(s).
func floatFromHex(s string) float64 {
	bad := func() {
		panic(NewError(ValueErrorType, "invalid hexadecimal floating-point string"))
	}
	i, j := 0, len(s)
	for i < j && isCSpace(s[i]) {
		i++
	}
	for j > i && isCSpace(s[j-1]) {
		j--
	}
	t := s[i:j]
	neg := false
	if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1)
		}
		return math.Inf(1)
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1)
		}
		return math.NaN()
	}
	if len(t) >= 2 && t[0] == '0' && (t[1]|0x20) == 'x' {
		t = t[2:]
	}
	isHex := func(c byte) bool {
		return isDigitByte(c) || (c|0x20) >= 'a' && (c|0x20) <= 'f'
	}
	k := 0
	for k < len(t) && isHex(t[k]) {
		k++
	}
	intPart := t[:k]
	frac := ""
	if k < len(t) && t[k] == '.' {
		k++
		st := k
		for k < len(t) && isHex(t[k]) {
			k++
		}
		frac = t[st:k]
	}
	if intPart == "" && frac == "" {
		bad()
	}
	exp := int64(0)
	if k < len(t) && (t[k]|0x20) == 'p' {
		k++
		eneg := false
		if k < len(t) && (t[k] == '+' || t[k] == '-') {
			eneg = t[k] == '-'
			k++
		}
		st := k
		for k < len(t) && isDigitByte(t[k]) {
			if exp < 1<<40 {
				exp = exp*10 + int64(t[k]-'0')
			}
			k++
		}
		if k == st {
			bad()
		}
		if eneg {
			exp = -exp
		}
	}
	if k != len(t) {
		bad()
	}
	mant := strings.TrimLeft(intPart+frac, "0")
	var f float64
	if mant != "" {
		// Go's hex float parsing rounds half to even into the subnormals
		// as CPython's does.
		e := exp - 4*int64(len(frac))
		f2, err := strconv.ParseFloat(fmt.Sprintf("0x%sp%d", mant, e), 64)
		if err != nil || math.IsInf(f2, 0) {
			panic(NewError(OverflowErrorType, "hexadecimal value too large to represent as a float"))
		}
		f = f2
	}
	if neg {
		f = -f
	}
	return f
}

func init() {
	FloatType.call = func(t *Type, args []Object, kw []string) Object {
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, "float() takes no keyword arguments"))
		}
		if len(args) > 1 {
			panic(NewError(TypeErrorType, fmt.Sprintf("float expected at most 1 argument, got %d", len(args))))
		}
		if len(args) == 0 {
			return Float(0)
		}
		return numberFloat(args[0])
	}
	FloatType.Dict.SetStr("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(args []Object, kw []string) Object {
		a := nargs("fromhex", args, kw, 1, 1)
		s, ok := UnwrapValue(a[0]).(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("fromhex() argument must be str, not %s", typeName(a[0]))))
		}
		var r Object = Float(floatFromHex(string(s)))
		if cls, ok := args[0].(*Type); ok && cls != FloatType {
			return Call(cls, r)
		}
		return r
	})})
}
