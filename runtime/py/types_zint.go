package py

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"
	"sync/atomic"
	"unicode"
)

// int(x, base) as CPython's long_new, PyNumber_Long and PyLong_FromString
// have it: __int__, __index__, then __trunc__ (deprecated), then str,
// bytes, bytearray or any buffer; Unicode decimal digits and spaces; the
// sys.set_int_max_str_digits limit both ways.

// IntMaxStrDigits is sys.get_int_max_str_digits() (0: no limit).
var IntMaxStrDigits = int64(4300)

// intMaxStrThreshold is _PY_LONG_MAX_STR_DIGITS_THRESHOLD: below it the
// limit is never checked.
const intMaxStrThreshold = 640

// warnDeprecated warns as CPython's C code does (PyErr_WarnEx): through
// _warnings, which takes warnings.py's filters when a program imported it
// and needs nothing translated when it did not.
func warnDeprecated(msg string) {
	CallMethod(Import("_warnings"), "warn", Str(msg), DeprecationWarningType, Int(1))
}

// exactInt is an int result of __int__/__index__/__trunc__ as int()
// returns it: an int subclass's value, with CPython's deprecation warning.
func exactInt(r Object, what string) Object {
	switch v := r.(type) {
	case Int, *BigInt:
		return v
	case Bool:
		warnDeprecated(fmt.Sprintf("%s returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", what))
		if v {
			return Int(1)
		}
		return Int(0)
	case *ValueSub:
		if isIntLike(v.V) {
			warnDeprecated(fmt.Sprintf("%s returned non-int (type %s).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", what, typeName(r)))
			return v.V
		}
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("%s returned non-int (type %s)", what, typeName(r))))
}

// numberLong is PyNumber_Long (int(x) with one argument).
func numberLong(x Object) Object {
	switch v := x.(type) {
	case Int, *BigInt:
		return v
	case Bool:
		if v {
			return Int(1)
		}
		return Int(0)
	case Float:
		f := float64(v)
		if math.IsInf(f, 0) {
			panic(NewError(OverflowErrorType, "cannot convert float infinity to integer"))
		}
		if math.IsNaN(f) {
			panic(NewError(ValueErrorType, "cannot convert float NaN to integer"))
		}
		if math.Abs(f) < 1<<62 {
			return Int(int64(f))
		}
		return NewBigInt(bigFromFloat(math.Trunc(f)))
	case Str:
		return longFromString(string(v), 10, v)
	case Bytes:
		return longFromString(string(v), 10, v)
	case *ByteArray:
		return longFromString(string(v.B), 10, Bytes(v.B))
	}
	if m := LookupSpecial(x, "__int__"); m != nil {
		return exactInt(Call(m), "__int__")
	}
	if m := LookupSpecial(x, "__index__"); m != nil {
		return exactInt(Call(m), "__index__")
	}
	if m := LookupSpecial(x, "__trunc__"); m != nil {
		warnDeprecated("The delegation of int() to __trunc__ is deprecated.")
		r := Call(m)
		switch v := r.(type) {
		case Int, *BigInt:
			return v
		case Bool:
			return numberLong(v)
		case *ValueSub:
			if isIntLike(v.V) {
				return v.V
			}
		}
		if !isIndexable(r) {
			panic(NewError(TypeErrorType, fmt.Sprintf("__trunc__ returned non-Integral (type %s)", typeName(r))))
		}
		return exactInt(pyNumberIndexWarn(r), "__index__")
	}
	switch v := UnwrapValue(x).(type) {
	case Str:
		return longFromString(string(v), 10, v)
	case Bytes:
		return longFromString(string(v), 10, v)
	case *ByteArray:
		return longFromString(string(v.B), 10, Bytes(v.B))
	}
	if b, ok := BytesLike(x); ok {
		return longFromString(string(b), 10, Bytes(b))
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(x))))
}

// pyNumberIndexWarn is PyNumber_Index keeping what __index__ returned
// (exactInt then warns about an int subclass).
func pyNumberIndexWarn(o Object) Object {
	switch UnwrapValue(o).(type) {
	case Int, *BigInt, Bool:
		return o
	}
	m := LookupSpecial(o, "__index__")
	if m == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", typeName(o))))
	}
	r := Call(m)
	if !isIntLike(UnwrapValue(r)) {
		panic(NewError(TypeErrorType, fmt.Sprintf("__index__ returned non-int (type %s)", typeName(r))))
	}
	return r
}

// decimalValue is Py_UNICODE_TODECIMAL: the value of a Unicode decimal
// digit (category Nd), -1 for anything else. Nd digits come in runs of
// ten from zero.
func decimalValue(r rune) int {
	if r < 0x80 {
		if r >= '0' && r <= '9' {
			return int(r - '0')
		}
		return -1
	}
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	start := ndRangeStart(r)
	return int(r-start) % 10
}

// ndRangeStart is the first code point of the Nd range holding r.
func ndRangeStart(r rune) rune {
	t := unicode.Nd
	if r <= 0xFFFF {
		rs := t.R16
		i := sort.Search(len(rs), func(i int) bool { return rune(rs[i].Hi) >= r })
		if i < len(rs) && rune(rs[i].Lo) <= r {
			return rune(rs[i].Lo)
		}
	}
	rs := t.R32
	i := sort.Search(len(rs), func(i int) bool { return rune(rs[i].Hi) >= r })
	if i < len(rs) && rune(rs[i].Lo) <= r {
		return rune(rs[i].Lo)
	}
	return r
}

// asciiDecimal is _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode
// whitespace becomes ' ', Unicode decimal digits their ASCII digit, any
// other non-ASCII character '?'.
func asciiDecimal(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case pyIsSpace(r):
			b.WriteByte(' ')
		default:
			if d := decimalValue(r); d >= 0 {
				b.WriteByte(byte('0' + d))
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

func isCSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// longFromString is PyLong_FromString over s (a str's text or a bytes'
// bytes), orig being the object the error message shows.
func longFromString(s string, base int, orig Object) Object {
	bad := func() {
		r := Repr(orig)
		if rs := []rune(r); len(rs) > 200 {
			r = string(rs[:200])
		}
		panic(NewError(ValueErrorType, fmt.Sprintf("invalid literal for int() with base %d: %s", base, r)))
	}
	if base == 10 || base == 0 {
		if v, ok := smallDecimal(s, base == 0); ok {
			return MakeInt(v)
		}
	}
	if _, isStr := orig.(Str); isStr {
		s = asciiDecimal(s)
	}
	i, n := 0, len(s)
	for i < n && isCSpace(s[i]) {
		i++
	}
	neg := false
	if i < n && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	b := base
	if b == 0 {
		switch {
		case i+1 < n && s[i] == '0' && (s[i+1]|0x20) == 'x':
			b = 16
		case i+1 < n && s[i] == '0' && (s[i+1]|0x20) == 'o':
			b = 8
		case i+1 < n && s[i] == '0' && (s[i+1]|0x20) == 'b':
			b = 2
		default:
			b = 10
		}
	}
	if i+1 < n && s[i] == '0' && ((b == 16 && (s[i+1]|0x20) == 'x') || (b == 8 && (s[i+1]|0x20) == 'o') || (b == 2 && (s[i+1]|0x20) == 'b')) {
		i += 2
		// One underscore may follow the base prefix.
		if i < n && s[i] == '_' {
			i++
		}
	}
	digitVal := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'z':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			return int(c-'A') + 10
		}
		return 99
	}
	start := i
	var digits strings.Builder
	prevUnderscore := false
	ndigits := 0
	for i < n {
		c := s[i]
		if c == '_' {
			if prevUnderscore || i == start {
				bad()
			}
			prevUnderscore = true
			i++
			continue
		}
		if digitVal(c) >= b {
			break
		}
		prevUnderscore = false
		digits.WriteByte(c)
		ndigits++
		i++
	}
	if ndigits == 0 || prevUnderscore {
		bad()
	}
	ds := digits.String()
	if base == 0 && b == 10 && ds[0] == '0' && strings.Trim(ds, "0") != "" {
		// Leading zeros are allowed only in zero itself.
		bad()
	}
	for i < n && isCSpace(s[i]) {
		i++
	}
	if i != n {
		bad()
	}
	if b&(b-1) != 0 && ndigits > intMaxStrThreshold {
		if limit := atomic.LoadInt64(&IntMaxStrDigits); limit > 0 && int64(ndigits) > limit {
			panic(NewError(ValueErrorType, fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, ndigits)))
		}
	}
	v, ok := new(big.Int).SetString(ds, b)
	if !ok {
		bad()
	}
	if neg {
		v.Neg(v)
	}
	return NewBigInt(v)
}

// smallDecimal parses what most int(s) calls get: ASCII decimal digits
// (at most 18, so the value fits an int64), an optional sign, ASCII
// whitespace around; ok is false for anything else (underscores, other
// digits or spaces, a leading zero under base 0, errors), which the
// general path takes.
func smallDecimal(s string, base0 bool) (v int64, ok bool) {
	i, n := 0, len(s)
	for i < n && isCSpace(s[i]) {
		i++
	}
	for n > i && isCSpace(s[n-1]) {
		n--
	}
	neg := false
	if i < n && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if n-i < 1 || n-i > 18 || base0 && n-i > 1 && s[i] == '0' {
		return 0, false
	}
	for ; i < n; i++ {
		c := s[i] - '0'
		if c > 9 {
			return 0, false
		}
		v = v*10 + int64(c)
	}
	if neg {
		v = -v
	}
	return v, true
}

// checkIntStrDigits raises CPython's ValueError when the decimal string of
// v would exceed sys.get_int_max_str_digits().
func checkIntStrDigits(v *big.Int) {
	limit := atomic.LoadInt64(&IntMaxStrDigits)
	if limit <= 0 {
		return
	}
	bits := int64(v.BitLen())
	// At least floor((bits-1)*log10(2))+1 digits: fail before converting.
	if float64(bits-1)*math.Log10(2) >= float64(limit) {
		panic(NewError(ValueErrorType, fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)))
	}
}

// bigDecimalString is str() of a big int, within the digit limit.
func bigDecimalString(v *big.Int) string {
	checkIntStrDigits(v)
	s := v.String()
	if limit := atomic.LoadInt64(&IntMaxStrDigits); limit > 0 && int64(len(strings.TrimPrefix(s, "-"))) > limit {
		panic(NewError(ValueErrorType, fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)))
	}
	return s
}

func init() {
	IntType.call = func(t *Type, args []Object, kw []string) Object {
		npos := len(args) - len(kw)
		var x, obase Object
		if npos > 2 {
			panic(NewError(TypeErrorType, fmt.Sprintf("int() takes at most 2 arguments (%d given)", npos)))
		}
		if npos > 0 {
			x = args[0]
		}
		if npos > 1 {
			obase = args[1]
		}
		for i, k := range kw {
			if k != "base" {
				panic(NewError(TypeErrorType, fmt.Sprintf("'%s' is an invalid keyword argument for int()", k)))
			}
			if obase != nil {
				panic(NewError(TypeErrorType, "argument for int() given by name ('base') and position (2)"))
			}
			obase = args[npos+i]
		}
		if x == nil {
			if obase != nil {
				panic(NewError(TypeErrorType, "int() missing string argument"))
			}
			return Int(0)
		}
		if obase == nil {
			return numberLong(x)
		}
		base := asSsizeClamped(obase)
		if base != 0 && base < 2 || base > 36 {
			panic(NewError(ValueErrorType, "int() base must be >= 2 and <= 36, or 0"))
		}
		switch v := UnwrapValue(x).(type) {
		case Str:
			return longFromString(string(v), int(base), v)
		case Bytes:
			return longFromString(string(v), int(base), v)
		case *ByteArray:
			return longFromString(string(v.B), int(base), Bytes(v.B))
		}
		panic(NewError(TypeErrorType, "int() can't convert non-string with explicit base"))
	}
}
