package py

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"github.com/py2goasync/py2goasync/runtime/py/libm"
)

// Complex is a Python complex number. The arithmetic follows CPython's
// complexobject.c operation by operation (products are kept from being
// fused into FMAs, as the C compiler on x86-64 does not fuse them), so
// results have CPython's bits.
type Complex complex128

var ComplexType = newBuiltinType("complex", ObjectType)

func (Complex) Type() *Type { return ComplexType }

// NewComplex makes re+im*j.
func NewComplex(re, im float64) Complex { return Complex(complex(re, im)) }

// Imag is an imaginary literal (2j).
func Imag(im float64) Object { return Complex(complex(0, im)) }

func (c Complex) re() float64 { return real(complex128(c)) }
func (c Complex) im() float64 { return imag(complex128(c)) }

// complexRepr is repr(complex): CPython's complex_repr.
func complexRepr(c Complex) string {
	re, im := c.re(), c.im()
	if re == 0 && !math.Signbit(re) {
		return floatReprR(im) + "j"
	}
	ims := floatReprR(im)
	if ims[0] != '-' {
		ims = "+" + ims
	}
	return "(" + floatReprR(re) + ims + "j)"
}

// floatReprR is repr(float) without the ".0" CPython adds to integral
// values (PyOS_double_to_string with format code 'r' and no flags); a NaN
// never has a sign.
func floatReprR(f float64) string {
	if math.IsNaN(f) {
		return "nan"
	}
	s := FloatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// cprod is _Py_c_prod.
func cprod(a, b complex128) complex128 {
	re := float64(real(a)*real(b)) - float64(imag(a)*imag(b))
	im := float64(real(a)*imag(b)) + float64(imag(a)*real(b))
	return complex(re, im)
}

// cquot is _Py_c_quot; ok is false for a division by zero.
func cquot(a, b complex128) (complex128, bool) {
	absBr, absBi := math.Abs(real(b)), math.Abs(imag(b))
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := imag(b) / real(b)
		denom := real(b) + float64(imag(b)*ratio)
		return complex((real(a)+float64(imag(a)*ratio))/denom, (imag(a)-float64(real(a)*ratio))/denom), true
	case absBi >= absBr:
		ratio := real(b) / imag(b)
		denom := float64(real(b)*ratio) + imag(b)
		return complex((float64(real(a)*ratio)+imag(a))/denom, (float64(imag(a)*ratio)-real(a))/denom), true
	}
	nan := math.NaN()
	return complex(nan, nan), true
}

// cpowu is c_powu: x**n for n > 0 by squaring.
func cpowu(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cprod(r, p)
		}
		p = cprod(p, p)
	}
	return r
}

// cpow is complex_pow without the modulo: errDomain for 0 to a negative
// or complex power, errRange for an infinite result.
func cpow(a, b complex128) (complex128, int) {
	var p complex128
	errno := 0
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n > 0 {
			p = cpowu(a, n)
		} else {
			var ok bool
			p, ok = cquot(1, cpowu(a, -n))
			if !ok {
				errno = errDomain
			}
		}
	} else {
		switch {
		case real(b) == 0 && imag(b) == 0:
			p = 1
		case real(a) == 0 && imag(a) == 0:
			if imag(b) != 0 || real(b) < 0 {
				errno = errDomain
			}
			p = 0
		default:
			vabs := libm.Hypot(real(a), imag(a))
			length := libm.Pow(vabs, real(b))
			at := libm.Atan2(imag(a), real(a))
			phase := at * real(b)
			if imag(b) != 0 {
				length /= libm.Exp(at * imag(b))
				phase += float64(imag(b) * libm.Log(vabs))
			}
			p = complex(length*libm.Cos(phase), length*libm.Sin(phase))
		}
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		if errno == 0 {
			errno = errRange
		}
	}
	return p, errno
}

const (
	errDomain = 1
	errRange  = 2
)

// complexOf converts an operand of complex arithmetic: complex, int (an
// OverflowError when too large for a float) or float.
func complexOf(o Object) (complex128, bool) {
	switch v := o.(type) {
	case Complex:
		return complex128(v), true
	case Float:
		return complex(float64(v), 0), true
	case Int:
		return complex(float64(v), 0), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	case *BigInt:
		return complex(intToFloatChecked(&v.v), 0), true
	}
	return 0, false
}

// intToFloatChecked is float(int) with CPython's OverflowError.
func intToFloatChecked(v *big.Int) float64 {
	f := bigToFloat(v)
	if math.IsInf(f, 0) {
		panic(NewError(OverflowErrorType, "int too large to convert to float"))
	}
	return f
}

// complexOp is a binary operator with at least one complex operand; nil
// when the operator or the other operand does not apply.
func complexOp(op BinOp, a, b Object) Object {
	x, ok := complexOf(a)
	if !ok {
		return nil
	}
	y, ok := complexOf(b)
	if !ok {
		return nil
	}
	switch op {
	case OpAdd:
		return Complex(complex(real(x)+real(y), imag(x)+imag(y)))
	case OpSub:
		return Complex(complex(real(x)-real(y), imag(x)-imag(y)))
	case OpMul:
		return Complex(cprod(x, y))
	case OpTrueDiv:
		q, ok := cquot(x, y)
		if !ok {
			panic(NewError(ZeroDivisionErrorType, "complex division by zero"))
		}
		return Complex(q)
	case OpPow:
		p, errno := cpow(x, y)
		switch errno {
		case errDomain:
			panic(NewError(ZeroDivisionErrorType, "0.0 to a negative or complex power"))
		case errRange:
			panic(NewError(OverflowErrorType, "complex exponentiation"))
		}
		return Complex(p)
	}
	return nil
}

// complexAbs is _Py_c_abs with complex_abs's OverflowError.
func complexAbs(c Complex) Float {
	re, im := c.re(), c.im()
	var r float64
	switch {
	case math.IsInf(re, 0) || math.IsInf(im, 0):
		r = math.Inf(1)
	case math.IsNaN(re) || math.IsNaN(im):
		r = math.NaN()
	default:
		r = libm.Hypot(re, im)
		if math.IsInf(r, 0) {
			panic(NewError(OverflowErrorType, "absolute value too large"))
		}
	}
	return Float(r)
}

// complexHash is CPython's hash(complex).
func complexHash(c Complex) int64 {
	hr := uint64(hashFloat(c.re()))
	hi := uint64(hashFloat(c.im()))
	h := int64(hr + 1000003*hi)
	if h == -1 {
		h = -2
	}
	return h
}

// complexEq is complex == other for a number; ok is false when other is
// not one.
func complexEq(c Complex, other Object) (eq, ok bool) {
	switch o := other.(type) {
	case Complex:
		return c == o, true
	case Float, Int, Bool, *BigInt:
		if c.im() != 0 {
			return false, true
		}
		return compareNumbers(Float(c.re()), o) == 0, true
	}
	return false, false
}

// formatComplex is complex.__format__ (format_complex_internal).
func formatComplex(c Complex, spec string) string {
	if spec == "" {
		return complexRepr(c)
	}
	s := parseSpec(spec, '>', "complex")
	switch s.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		panic(NewError(ValueErrorType, fmt.Sprintf("Unknown format code '%c' for object of type 'complex'", s.typ)))
	}
	if s.fill == '0' {
		panic(NewError(ValueErrorType, "Zero padding is not allowed in complex format specifier"))
	}
	if s.align == '=' {
		panic(NewError(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier"))
	}
	re, im := c.re(), c.im()
	typ := s.typ
	prec := s.precision
	skipRe, parens := false, false
	if typ == 0 {
		typ = 'r'
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if typ == 'n' {
		typ = 'g'
	}
	if prec >= 0 && typ == 'r' {
		typ = 'g'
	}
	part := func(f float64, sign byte) string {
		var body string
		if typ == 'r' {
			body = floatReprR(math.Abs(f))
			if s.alt && !strings.ContainsAny(body, ".en") {
				body += "."
			}
			if s.grouping != 0 {
				body = formatFloat(math.Abs(f), formatSpec{fill: ' ', align: '<', precision: -1, grouping: s.grouping, alt: s.alt})
				body = strings.TrimSuffix(body, ".0")
			}
		} else {
			ps := formatSpec{fill: ' ', align: '<', precision: prec, typ: typ, alt: s.alt, grouping: s.grouping}
			body = formatFloat(math.Abs(f), ps)
		}
		neg := math.Signbit(f) && !math.IsNaN(f)
		return signOf(neg, formatSpec{sign: sign}) + body
	}
	var out string
	if !skipRe {
		out = part(re, s.sign)
		out += part(im, '+')
	} else {
		out = part(im, s.sign)
	}
	out += "j"
	if parens {
		out = "(" + out + ")"
	}
	return pad(out, "", s)
}

// ParseComplex is complex(str) (complex_from_string_inner).
func ParseComplex(str string) Complex {
	bad := func() { panic(NewError(ValueErrorType, "complex() arg is a malformed string")) }
	s := transformDecimalAndSpace(str)
	if strings.ContainsRune(s, '_') {
		var ok bool
		if s, ok = dropNumberUnderscores(s); !ok {
			panic(NewError(ValueErrorType, "could not convert string to complex: "+StrRepr(str)))
		}
	}
	i, n := 0, len(s)
	space := func() {
		for i < n && isPySpace(s[i]) {
			i++
		}
	}
	space()
	bracket := false
	if i < n && s[i] == '(' {
		bracket = true
		i++
		space()
	}
	var x, y float64
	if z, end := scanFloatPrefix(s, i); end != i {
		i = end
		switch {
		case i < n && (s[i] == '+' || s[i] == '-'):
			x = z
			if w, end := scanFloatPrefix(s, i); end != i {
				y = w
				i = end
			} else {
				y = 1
				if s[i] == '-' {
					y = -1
				}
				i++
			}
			if i >= n || s[i] != 'j' && s[i] != 'J' {
				bad()
			}
			i++
		case i < n && (s[i] == 'j' || s[i] == 'J'):
			i++
			y = z
		default:
			x = z
		}
	} else {
		y = 1
		if i < n && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				y = -1
			}
			i++
		}
		if i >= n || s[i] != 'j' && s[i] != 'J' {
			bad()
		}
		i++
	}
	space()
	if bracket {
		if i >= n || s[i] != ')' {
			bad()
		}
		i++
		space()
	}
	if i != n {
		bad()
	}
	return NewComplex(x, y)
}

func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// transformDecimalAndSpace is _PyUnicode_TransformDecimalAndSpaceToASCII:
// Unicode decimal digits become ASCII digits, Unicode spaces ASCII
// spaces; any other non-ASCII character becomes '?' (so parsing fails).
func transformDecimalAndSpace(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case isUnicodeSpace(r):
			b.WriteByte(' ')
		default:
			if d, ok := unicodeDecimal(r); ok {
				b.WriteByte(byte('0' + d))
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

// unicodeDecimal is the value of a Unicode decimal digit (category Nd,
// whose ranges are runs of ten from a zero).
func unicodeDecimal(r rune) (int, bool) {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

func isUnicodeSpace(r rune) bool {
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a || r >= 0x1c && r <= 0x1f
}

// dropNumberUnderscores is _Py_string_to_number_with_underscores' check:
// an underscore must sit between two digits.
func dropNumberUnderscores(s string) (string, bool) {
	var b strings.Builder
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !(prev >= '0' && prev <= '9') {
				return "", false
			}
		} else {
			if prev == '_' && !(c >= '0' && c <= '9') {
				return "", false
			}
			b.WriteByte(c)
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return b.String(), true
}

// scanFloatPrefix parses the longest float at s[i:] as PyOS_string_to_double
// with an end pointer does (a sign, digits with an optional point and
// exponent, or inf/infinity/nan); end == i when there is none.
func scanFloatPrefix(s string, i int) (float64, int) {
	start := i
	n := len(s)
	if i < n && (s[i] == '+' || s[i] == '-') {
		i++
	}
	rest := strings.ToLower(s[i:min(n, i+8)])
	neg := start < n && s[start] == '-'
	switch {
	case strings.HasPrefix(rest, "infinity"):
		return math.Copysign(math.Inf(1), boolSign(neg)), i + 8
	case strings.HasPrefix(rest, "inf"):
		return math.Copysign(math.Inf(1), boolSign(neg)), i + 3
	case strings.HasPrefix(rest, "nan"):
		return math.Copysign(math.NaN(), boolSign(neg)), i + 3
	}
	digits := 0
	for i < n && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < n && s[i] == '.' {
		i++
		for i < n && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0, start
	}
	if i < n && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < n && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < n && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j {
			i = k
		}
	}
	f, err := strconv.ParseFloat(s[start:i], 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, start
		}
	}
	return f, i
}

func boolSign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}

// toComplexParts reads one argument of complex(): a complex (through
// __complex__ too), or a real number through __float__/__index__.
func complexArg(o Object, first bool) (c complex128, isComplex bool) {
	switch v := o.(type) {
	case Complex:
		return complex128(v), true
	case Float:
		return complex(float64(v), 0), false
	case Int, Bool, *BigInt:
		f, _ := complexOf(v)
		return f, false
	}
	if first {
		if m := LookupSpecial(o, "__complex__"); m != nil {
			r := Call(m)
			c, ok := r.(Complex)
			if !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("__complex__ returned non-complex (type %s)", typeName(r))))
			}
			return complex128(c), true
		}
	}
	if m := LookupSpecial(o, "__float__"); m != nil {
		r := Call(m)
		f, ok := r.(Float)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s.__float__ returned non-float (type %s)", typeName(o), typeName(r))))
		}
		return complex(float64(f), 0), false
	}
	if m := LookupSpecial(o, "__index__"); m != nil {
		c, _ := complexOf(Call(m))
		return c, false
	}
	if first {
		panic(NewError(TypeErrorType, fmt.Sprintf("complex() first argument must be a string or a number, not '%s'", typeName(o))))
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("complex() second argument must be a number, not '%s'", typeName(o))))
}

// newComplex is complex(real, imag) (complex_new_impl).
func newComplex(r, i Object) Object {
	if r == nil {
		r = Int(0)
	}
	if s, ok := r.(Str); ok {
		if i != nil {
			panic(NewError(TypeErrorType, "complex() can't take second arg if first is a string"))
		}
		return ParseComplex(string(s))
	}
	if i != nil {
		if _, ok := i.(Str); ok {
			panic(NewError(TypeErrorType, "complex() second arg can't be a string"))
		}
	}
	cr, crComplex := complexArg(r, true)
	if i == nil {
		if crComplex {
			return Complex(cr)
		}
		return NewComplex(real(cr), 0)
	}
	ci, ciComplex := complexArg(i, false)
	re, im := real(cr), real(ci)
	if ciComplex {
		re -= imag(ci)
	}
	if crComplex {
		im += imag(cr)
	}
	return NewComplex(re, im)
}

func init() {
	ComplexType.Dict.SetStr("__doc__", Str("Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0."))
	ComplexType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("complex", args, kw, []string{"real", "imag"}, 0)
		return newComplex(a[0], a[1])
	}
	self := func(name string, args []Object) Complex {
		return checkSelf(ComplexType, name, args).(Complex)
	}
	AddGetter(ComplexType, "real", func(o Object) Object { return Float(o.(Complex).re()) }, nil)
	AddGetter(ComplexType, "imag", func(o Object) Object { return Float(o.(Complex).im()) }, nil)
	markMembers(ComplexType, "real", "imag") // T_DOUBLE members in C
	SetGetSetDoc(ComplexType, "real", "the real part of a complex number")
	SetGetSetDoc(ComplexType, "imag", "the imaginary part of a complex number")
	method(ComplexType, "conjugate", func(args []Object, kw []string) Object {
		c := self("conjugate", args)
		nargs("conjugate", args, kw, 0, 0)
		return NewComplex(c.re(), -c.im())
	})
	method(ComplexType, "__complex__", func(args []Object, kw []string) Object {
		c := self("__complex__", args)
		nargs("__complex__", args, kw, 0, 0)
		return c
	})
	method(ComplexType, "__getnewargs__", func(args []Object, kw []string) Object {
		c := self("__getnewargs__", args)
		nargs("__getnewargs__", args, kw, 0, 0)
		return NewTuple(Float(c.re()), Float(c.im()))
	})
	method(ComplexType, "__format__", func(args []Object, kw []string) Object {
		c := self("__format__", args)
		a := nargs("__format__", args, kw, 1, 1)
		return Str(formatComplex(c, wantStr("__format__() argument", a[0])))
	})
	for _, name := range []string{"__repr__", "__str__"} {
		name := name
		method(ComplexType, name, func(args []Object, kw []string) Object {
			return Str(complexRepr(self(name, args)))
		})
	}
	method(ComplexType, "__hash__", func(args []Object, kw []string) Object {
		return Int(complexHash(self("__hash__", args)))
	})
	method(ComplexType, "__bool__", func(args []Object, kw []string) Object {
		return NewBool(self("__bool__", args) != 0)
	})
	method(ComplexType, "__abs__", func(args []Object, kw []string) Object {
		return complexAbs(self("__abs__", args))
	})
	method(ComplexType, "__neg__", func(args []Object, kw []string) Object {
		c := self("__neg__", args)
		return NewComplex(-c.re(), -c.im())
	})
	method(ComplexType, "__pos__", func(args []Object, kw []string) Object {
		return self("__pos__", args)
	})
	for _, op := range []struct {
		name string
		op   BinOp
	}{{"add", OpAdd}, {"sub", OpSub}, {"mul", OpMul}, {"truediv", OpTrueDiv}, {"pow", OpPow}} {
		op := op
		dn, rn := binDunderNames[op.op], binRDunderNames[op.op]
		binary := func(name string, reflected bool) func(args []Object, kw []string) Object {
			return func(args []Object, kw []string) Object {
				c := self(name, args)
				max := 1
				if op.op == OpPow {
					max = 2
				}
				a := nargs(name, args, kw, 1, max)
				if len(a) == 2 && a[1] != None {
					panic(NewError(ValueErrorType, "complex modulo"))
				}
				if _, ok := complexOf(a[0]); !ok {
					return NotImplemented
				}
				if reflected {
					return complexOp(op.op, a[0], c)
				}
				return complexOp(op.op, c, a[0])
			}
		}
		method(ComplexType, dn, binary(dn, false))
		method(ComplexType, rn, binary(rn, true))
	}
	for i, name := range cmpDunder {
		op := CmpOp(i)
		name := name
		method(ComplexType, name, func(args []Object, kw []string) Object {
			c := self(name, args)
			a := nargs(name, args, kw, 1, 1)
			if op != OpEq && op != OpNe {
				return NotImplemented
			}
			eq, ok := complexEq(c, a[0])
			if !ok {
				return NotImplemented
			}
			return NewBool(eq == (op == OpEq))
		})
	}
}

// ToComplex converts an argument as CPython's PyComplex_AsCComplex does
// (complex, __complex__, then __float__ or __index__).
func ToComplex(o Object) complex128 {
	switch v := o.(type) {
	case Complex:
		return complex128(v)
	case Float, Int, Bool, *BigInt:
		c, _ := complexOf(v)
		return c
	}
	if m := LookupSpecial(o, "__complex__"); m != nil {
		r := Call(m)
		c, ok := r.(Complex)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__complex__ returned non-complex (type %s)", typeName(r))))
		}
		return complex128(c)
	}
	if LookupSpecial(o, "__float__") != nil || LookupSpecial(o, "__index__") != nil {
		c, _ := complexArg(o, false)
		return c
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("must be real number, not %s", typeName(o))))
}

// ComplexQuot is a/b as complex division does it (ok false: b is 0).
func ComplexQuot(a, b complex128) (complex128, bool) { return cquot(a, b) }

// ComplexAbs is abs(c); ok is false when it overflows.
func ComplexAbs(c complex128) (r float64, ok bool) {
	defer func() {
		if recover() != nil {
			r, ok = math.Inf(1), false
		}
	}()
	return float64(complexAbs(Complex(c))), true
}
