package py

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FormatValue is one f-string replacement field: conversion ('s', 'r', 'a'
// or 0) then format(value, spec).
func FormatValue(v Object, conv byte, spec string) string {
	return Format(convertValue(v, rune(conv)), spec)
}

// convertValue is a replacement field's conversion: !s, !r, !a, or none
// (any other conv).
func convertValue(v Object, conv rune) Object {
	switch conv {
	case 's':
		return Str(StrOf(v))
	case 'r':
		return Str(Repr(v))
	case 'a':
		return Str(asciiRepr(Repr(v)))
	}
	return v
}

func asciiRepr(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}

// Format is format(v, spec).
func Format(v Object, spec string) string {
	switch x := v.(type) {
	case Str:
		if spec == "" {
			return string(x)
		}
		return formatStr(string(x), parseSpec(spec, '<', "str"))
	case Int, *BigInt:
		if spec == "" {
			return intRepr(x)
		}
		return formatInt(asBig(x), parseSpec(spec, '>', "int"))
	case Bool:
		if spec == "" {
			return Repr(x)
		}
		return formatInt(asBig(x), parseSpec(spec, '>', "bool"))
	case Float:
		if spec == "" {
			return FloatRepr(float64(x))
		}
		return formatFloat(float64(x), parseSpec(spec, '>', "float"))
	case Complex:
		return formatComplex(x, spec)
	}
	t := v.Type()
	if m := t.Lookup("__format__"); m != nil && isPythonMethod(m) {
		return mustStr(callSlot(m, v, t, Str(spec)), "__format__")
	}
	if sub, ok := v.(*ValueSub); ok {
		if spec == "" {
			return StrOf(v) // object.__format__: str(self)
		}
		return Format(sub.V, spec)
	}
	if spec != "" {
		panic(NewError(TypeErrorType, fmt.Sprintf("unsupported format string passed to %s.__format__", t.Name)))
	}
	return StrOf(v)
}

type formatSpec struct {
	fill      rune
	align     byte
	sign      byte
	alt       bool
	zero      bool
	width     int
	grouping  byte
	precision int // -1: none
	typ       byte
}

// parseSpec reads a format spec for a value of the builtin type typeName,
// aligned by defAlign unless the spec says otherwise.
func parseSpec(spec string, defAlign byte, typeName string) formatSpec {
	s := formatSpec{fill: ' ', align: 0, precision: -1}
	r := []rune(spec)
	i := 0
	isAlign := func(c rune) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	fillGiven := false
	if len(r) >= 2 && isAlign(r[1]) {
		s.fill, s.align = r[0], byte(r[1])
		i, fillGiven = 2, true
	} else if len(r) >= 1 && isAlign(r[0]) {
		s.align = byte(r[0])
		i = 1
	}
	alignGiven := s.align != 0
	if i < len(r) && (r[i] == '+' || r[i] == '-' || r[i] == ' ') {
		s.sign = byte(r[i])
		i++
	}
	if i < len(r) && r[i] == '#' {
		s.alt = true
		i++
	}
	// A 0 before the width fills with zeros unless a fill was given (then
	// it is the width's own digit), and aligns numbers after the sign
	// when no alignment was given: strings keep theirs (3.10+).
	if !fillGiven && i < len(r) && r[i] == '0' {
		s.zero, s.fill = true, '0'
		if !alignGiven && defAlign == '>' {
			s.align = '='
		}
		i++
	}
	s.width, i = specNumber(r, i)
	if i < len(r) && r[i] == ',' {
		s.grouping = ','
		i++
	}
	if i < len(r) && r[i] == '_' {
		if s.grouping != 0 {
			panic(NewError(ValueErrorType, "Cannot specify both ',' and '_'."))
		}
		s.grouping = '_'
		i++
	}
	if i < len(r) && r[i] == ',' && s.grouping == '_' {
		panic(NewError(ValueErrorType, "Cannot specify both ',' and '_'."))
	}
	if i < len(r) && r[i] == '.' {
		i++
		start := i
		s.precision, i = specNumber(r, i)
		if i == start {
			panic(NewError(ValueErrorType, "Format specifier missing precision"))
		}
	}
	if i < len(r) {
		s.typ = byte(r[i])
		i++
	}
	if i < len(r) {
		panic(NewError(ValueErrorType, "Invalid format specifier '"+spec+"' for object of type '"+typeName+"'"))
	}
	// A separator is checked against the type here, before the value's
	// own formatter sees the type (PEP 378, PEP 515).
	allowed := "deEfFgG%"
	if s.grouping == '_' {
		allowed += "bxXo"
	}
	if s.grouping != 0 && s.typ != 0 && strings.IndexByte(allowed, s.typ) < 0 {
		panic(NewError(ValueErrorType, fmt.Sprintf("Cannot specify '%c' with '%s'.", s.grouping, formatCode(s.typ))))
	}
	if s.align == 0 {
		s.align = defAlign
	}
	return s
}

// specNumber reads the decimal digits at r[i:] (a width or precision),
// refusing a number beyond Py_ssize_t as CPython does.
func specNumber(r []rune, i int) (n, next int) {
	for ; i < len(r) && r[i] >= '0' && r[i] <= '9'; i++ {
		d := int(r[i] - '0')
		if n > (math.MaxInt64-d)/10 {
			panic(NewError(ValueErrorType, "Too many decimal digits in format string"))
		}
		n = n*10 + d
	}
	return n, i
}

// formatCode shows a presentation type in an error message as CPython
// does: the character itself if printable, else its hex escape.
func formatCode(c byte) string {
	if c > ' ' && c < 0x7f {
		return string(rune(c))
	}
	return fmt.Sprintf("\\x%x", c)
}

// zeroFillGrouped pads grouped digits with zeros to width, putting a
// separator every `every` digits into the padding as well.
func zeroFillGrouped(digits string, width int, sep byte, every int) string {
	for len(digits) < width {
		digits = "0" + digits
		if len(strings.ReplaceAll(digits, string(sep), ""))%every == 0 && len(digits) < width {
			digits = string(sep) + digits
		}
	}
	if strings.HasPrefix(digits, string(sep)) {
		// Never a leading separator: one more digit, past the width.
		digits = "0" + digits
	}
	return digits
}

func pad(body string, sign string, s formatSpec) string {
	if s.width <= len(sign) {
		// No width to fill (none given, or the sign alone reaches it):
		// the text as it is, without counting its code points or
		// concatenating an empty sign.
		if sign == "" {
			return body
		}
		return sign + body
	}
	n := strLen(body) + len(sign)
	if n >= s.width {
		return sign + body
	}
	fill := strings.Repeat(string(s.fill), s.width-n)
	switch s.align {
	case '<':
		return sign + body + fill
	case '^':
		half := (s.width - n) / 2
		return strings.Repeat(string(s.fill), half) + sign + body + strings.Repeat(string(s.fill), s.width-n-half)
	case '=':
		return sign + fill + body
	}
	return fill + sign + body
}

func formatStr(v string, s formatSpec) string {
	if s.typ != 0 && s.typ != 's' {
		panic(NewError(ValueErrorType, fmt.Sprintf("Unknown format code '%s' for object of type 'str'", formatCode(s.typ))))
	}
	if s.grouping != 0 {
		panic(NewError(ValueErrorType, fmt.Sprintf("Cannot specify '%c' with 's'.", s.grouping)))
	}
	if s.sign != 0 {
		panic(NewError(ValueErrorType, "Sign not allowed in string format specifier"))
	}
	if s.align == '=' {
		panic(NewError(ValueErrorType, "'=' alignment not allowed in string format specifier"))
	}
	if s.precision >= 0 {
		r := []rune(v)
		if len(r) > s.precision {
			v = string(r[:s.precision])
		}
	}
	return pad(v, "", s)
}

func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += every {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

func signOf(neg bool, s formatSpec) string {
	switch {
	case neg:
		return "-"
	case s.sign == '+':
		return "+"
	case s.sign == ' ':
		return " "
	}
	return ""
}

func formatInt(v *big.Int, s formatSpec) string {
	if s.precision >= 0 && s.typ != 0 && strings.IndexByte("eEfFgG%", s.typ) >= 0 {
		f, _ := new(big.Float).SetInt(v).Float64()
		return formatFloat(f, s)
	}
	switch s.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, _ := new(big.Float).SetInt(v).Float64()
		return formatFloat(f, s)
	}
	if s.precision >= 0 {
		panic(NewError(ValueErrorType, "Precision not allowed in integer format specifier"))
	}
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	var digits, prefix string
	every := 3
	switch s.typ {
	case 0, 'd', 'n':
		digits = abs.String()
	case 'x':
		digits, prefix = abs.Text(16), "0x"
		every = 4
	case 'X':
		digits, prefix = strings.ToUpper(abs.Text(16)), "0X"
		every = 4
	case 'o':
		digits, prefix = abs.Text(8), "0o"
		every = 4
	case 'b':
		digits, prefix = abs.Text(2), "0b"
		every = 4
	case 'c':
		return pad(string(rune(v.Int64())), "", s)
	case 's':
		panic(NewError(ValueErrorType, "Unknown format code 's' for object of type 'int'"))
	default:
		panic(NewError(ValueErrorType, fmt.Sprintf("Unknown format code '%s' for object of type 'int'", formatCode(s.typ))))
	}
	if !s.alt {
		prefix = ""
	}
	digits = group(digits, s.grouping, every)
	if s.align == '=' && s.fill == '0' && s.grouping != 0 {
		// Zero padding also groups the padding.
		digits = zeroFillGrouped(digits, s.width-len(prefix)-len(signOf(neg, s)), s.grouping, every)
	}
	return pad(digits, signOf(neg, s)+prefix, s)
}

func formatFloat(f float64, s formatSpec) string {
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	prec := s.precision
	var body string
	switch {
	case math.IsInf(a, 0):
		body = "inf"
	case math.IsNaN(a):
		body = "nan"
	}
	typ := s.typ
	if prec > math.MaxInt32 {
		panic(NewError(ValueErrorType, "precision too big"))
	}
	if typ != 0 && strings.IndexByte("fFeE%gGn", typ) < 0 {
		panic(NewError(ValueErrorType, fmt.Sprintf("Unknown format code '%s' for object of type 'float'", formatCode(typ))))
	}
	if body != "" && typ == '%' {
		body += "%"
	}
	if body == "" {
		switch typ {
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'f', prec, 64)
			if s.alt && prec == 0 {
				body += "."
			}
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = fixExp(strconv.FormatFloat(a, 'e', prec, 64))
			if s.alt && prec == 0 {
				body = strings.Replace(body, "e", ".e", 1)
			}
		case '%':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a*100, 'f', prec, 64) + "%"
		case 'g', 'G':
			if prec < 0 {
				prec = 6
			}
			body = formatG(a, prec, s.alt)
		case 0:
			if prec < 0 {
				body = FloatRepr(a)
			} else {
				// 'g' that keeps a digit after the point: exponent form
				// from one digit sooner (format_float_short's
				// Py_DTSF_ADD_DOT_0).
				body = formatGDot0(a, prec, s.alt)
			}
		case 'n':
			body = formatG(a, max(prec, 6), s.alt)
		}
	}
	if typ == 'E' || typ == 'G' || typ == 'F' {
		body = strings.ToUpper(body)
	}
	if s.grouping != 0 {
		intPart, frac, hasFrac := strings.Cut(body, ".")
		end := ""
		if i := strings.IndexAny(intPart, "e%"); i >= 0 {
			intPart, end = intPart[:i], intPart[i:]
		}
		rest := end
		if hasFrac {
			rest += "." + frac
		}
		intPart = group(intPart, s.grouping, 3)
		if s.align == '=' && s.fill == '0' && !math.IsInf(a, 0) && !math.IsNaN(a) {
			intPart = zeroFillGrouped(intPart, s.width-len(signOf(neg, s))-strLen(rest), s.grouping, 3)
		}
		body = intPart + rest
	}
	return pad(body, signOf(neg, s), s)
}

// formatG is the 'g' presentation: precision significant digits, trailing
// zeros removed unless alt.
func formatG(a float64, prec int, alt bool) string {
	if prec == 0 {
		prec = 1
	}
	if a == 0 {
		if alt {
			return "0." + strings.Repeat("0", prec-1)
		}
		return "0"
	}
	e := strconv.FormatFloat(a, 'e', prec-1, 64)
	_, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	var out string
	if exp < -4 || exp >= prec {
		out = e
		if !alt {
			m, x, _ := strings.Cut(out, "e")
			if strings.Contains(m, ".") {
				m = strings.TrimRight(strings.TrimRight(m, "0"), ".")
			}
			out = m + "e" + x
		}
		out = fixExp(out)
	} else {
		out = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
		if !alt && strings.Contains(out, ".") {
			out = strings.TrimRight(strings.TrimRight(out, "0"), ".")
		}
	}
	if alt && !strings.Contains(out, ".") {
		// '#' keeps the decimal point.
		if m, x, ok := strings.Cut(out, "e"); ok {
			return m + ".e" + x
		}
		return out + "."
	}
	return out
}

// formatGDot0 is formatG for the empty presentation type with a precision.
func formatGDot0(a float64, prec int, alt bool) string {
	if prec == 0 {
		prec = 1
	}
	if a != 0 && !math.IsInf(a, 0) && !math.IsNaN(a) {
		e := strconv.FormatFloat(a, 'e', prec-1, 64)
		_, expStr, _ := strings.Cut(e, "e")
		if exp, _ := strconv.Atoi(expStr); exp >= prec-1 && exp < prec {
			out := e
			if !alt {
				m, x, _ := strings.Cut(out, "e")
				if strings.Contains(m, ".") {
					m = strings.TrimRight(strings.TrimRight(m, "0"), ".")
				}
				out = m + "e" + x
			}
			return fixExp(out)
		}
	}
	body := formatG(a, prec, alt)
	if !strings.ContainsAny(body, ".e") {
		body += ".0"
	}
	return body
}

// fixExp turns Go's e+5 into Python's e+05.
func fixExp(s string) string {
	m, x, ok := strings.Cut(s, "e")
	if !ok {
		return s
	}
	sign := x[:1]
	digits := x[1:]
	if len(digits) < 2 {
		digits = "0" + digits
	}
	return m + "e" + sign + digits
}

// PercentFormat is str % args (printf-style formatting).
func PercentFormat(format string, args Object) string {
	return percentFormat(format, args, false)
}

// BytesPercentFormat is bytes % args (PEP 461): the format's bytes are
// formatted as Latin-1 characters, %s and %b take bytes-like objects (or
// __bytes__), %r and %a give ascii(), %c an int below 256 or one byte.
func BytesPercentFormat(format []byte, args Object) []byte {
	out := percentFormat(latin1(format), args, true)
	b := make([]byte, 0, len(out))
	for _, c := range out {
		b = append(b, byte(c))
	}
	return b
}

// latin1 is b as the string of Latin-1 characters bytes formatting works on.
func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// percentBytesArg is the bytes %s/%b inserts for arg.
func percentBytesArg(arg Object) string {
	if b, ok := BytesLike(arg); ok {
		return latin1(b)
	}
	if m := arg.Type().Lookup("__bytes__"); m != nil {
		if b, ok := Call(bindDescriptor(m, arg, arg.Type())).(Bytes); ok {
			return latin1([]byte(b))
		}
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", arg.Type().Name)))
}

// percentFormat formats r (UTF-8; bytes formatting passes its bytes as
// Latin-1 characters) a byte at a time: every character with a meaning is
// ASCII, and the text between conversions is copied as it is.
func percentFormat(r string, args Object, bytesMode bool) string {
	// As PyUnicode_Format: a tuple gives the arguments one by one; anything
	// else is the one argument. A mapping that is not a tuple or a string
	// (or bytes-like, for bytes) serves %(key)s.
	var items []Object
	arglen, argidx := -1, -2
	if t, ok := args.(*Tuple); ok {
		items, arglen, argidx = t.Items, len(t.Items), 0
	}
	var mapping Object
	if percentMapping(args, bytesMode) {
		mapping = args
	}
	cur := args
	nextArg := func() Object {
		if argidx < arglen {
			argidx++
			if arglen < 0 {
				return cur
			}
			return items[argidx-1]
		}
		panic(NewError(TypeErrorType, "not enough arguments for format string"))
	}
	starArg := func() int {
		v := nextArg()
		if !v.Type().IsSubtype(IntType) {
			panic(NewError(TypeErrorType, "* wants int"))
		}
		return Index(v)
	}
	var b strings.Builder
	b.Grow(len(r) + 16)
	for i := 0; i < len(r); i++ {
		if r[i] != '%' {
			n := strings.IndexByte(r[i:], '%')
			if n < 0 {
				n = len(r) - i
			}
			b.WriteString(r[i : i+n])
			i += n - 1
			continue
		}
		i++
		if i >= len(r) {
			panic(NewError(ValueErrorType, "incomplete format"))
		}
		if r[i] == '%' {
			b.WriteByte('%')
			continue
		}
		var arg Object
		if r[i] == '(' {
			if mapping == nil {
				panic(NewError(TypeErrorType, "format requires a mapping"))
			}
			// The key runs to the matching parenthesis.
			j, depth := i+1, 1
			for ; j < len(r); j++ {
				if r[j] == '(' {
					depth++
				} else if r[j] == ')' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			if j >= len(r) {
				panic(NewError(ValueErrorType, "incomplete format key"))
			}
			key := string(r[i+1 : j])
			if bytesMode {
				kb := make([]byte, 0, len(key))
				for _, c := range key {
					kb = append(kb, byte(c))
				}
				cur = GetItem(mapping, Bytes(kb))
			} else {
				cur = GetItem(mapping, Str(key))
			}
			arglen, argidx = -1, -2
			i = j + 1
		}
		// Flags, width and precision, read without building strings.
		var minus, plus, space, alt, zero bool
	flags:
		for ; i < len(r); i++ {
			switch r[i] {
			case '-':
				minus = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
		}
		width, hasWidth := 0, false
		if i < len(r) && r[i] == '*' {
			w := starArg()
			if w < 0 {
				minus = true
				w = -w
			}
			width, hasWidth = w, true
			i++
		} else {
			for i < len(r) && r[i] >= '0' && r[i] <= '9' {
				d := int(r[i] - '0')
				if width > (math.MaxInt64-d)/10 {
					panic(NewError(ValueErrorType, "width too big"))
				}
				width, hasWidth = width*10+d, true
				i++
			}
		}
		precision, hasPrecision := -1, false
		if i < len(r) && r[i] == '.' {
			precision, hasPrecision = 0, true
			i++
			if i < len(r) && r[i] == '*' {
				precision = max(starArg(), 0)
				i++
			} else {
				for i < len(r) && r[i] >= '0' && r[i] <= '9' {
					d := int(r[i] - '0')
					if precision > (math.MaxInt32-d)/10 {
						panic(NewError(ValueErrorType, "precision too big"))
					}
					precision = precision*10 + d
					i++
				}
			}
		}
		if i >= len(r) {
			panic(NewError(ValueErrorType, "incomplete format"))
		}
		conv, _ := DecodeRune(r[i:])
		if arg == nil {
			arg = nextArg()
		}
		noFlags := !minus && !plus && !space && !alt && !zero
		if noFlags && !hasWidth && !hasPrecision && !bytesMode {
			// A plain %d of an int or %s of a str: no spec to apply.
			switch v := arg.(type) {
			case Int:
				if conv == 'd' || conv == 'i' || conv == 'u' {
					var buf [24]byte
					b.Write(strconv.AppendInt(buf[:0], int64(v), 10))
					continue
				}
			case Str:
				if conv == 's' {
					b.WriteString(string(v))
					continue
				}
			}
		}
		spec := formatSpec{fill: ' ', align: '>', precision: -1}
		if minus {
			spec.align = '<'
		} else if zero && conv != 's' && conv != 'r' {
			spec.fill, spec.align = '0', '='
		}
		if plus {
			spec.sign = '+'
		} else if space {
			spec.sign = ' '
		}
		spec.alt = alt
		spec.width = width
		if hasPrecision {
			spec.precision = precision
		}
		leftOrRight := byte('>')
		if minus {
			leftOrRight = '<'
		}
		switch {
		case bytesMode && (conv == 's' || conv == 'b'):
			b.WriteString(formatStr(percentBytesArg(arg), formatSpec{fill: ' ', align: leftOrRight, width: spec.width, precision: spec.precision}))
			continue
		case bytesMode && (conv == 'r' || conv == 'a'):
			b.WriteString(formatStr(asciiRepr(Repr(arg)), formatSpec{fill: ' ', align: spec.align, width: spec.width, precision: spec.precision}))
			continue
		case bytesMode && conv == 'c':
			if bs, ok := BytesLike(arg); ok && len(bs) == 1 {
				b.WriteRune(rune(bs[0]))
				continue
			}
			if !isIntLike(arg) {
				panic(NewError(TypeErrorType, "%c requires an integer in range(256) or a single byte"))
			}
			n := Index(arg)
			if n < 0 || n > 255 {
				panic(NewError(OverflowErrorType, "%c arg not in range(256)"))
			}
			b.WriteRune(rune(n))
			continue
		}
		if conv != 's' && conv != 'r' && conv != 'a' {
			arg = UnwrapValue(arg) // the number in an int or float subclass
		}
		switch conv {
		case 's':
			spec.align = leftOrRight
			b.WriteString(formatStr(StrOf(arg), formatSpec{fill: ' ', align: spec.align, width: spec.width, precision: spec.precision}))
		case 'r', 'a':
			text := Repr(arg)
			if conv == 'a' {
				text = asciiRepr(text)
			}
			b.WriteString(formatStr(text, formatSpec{fill: ' ', align: spec.align, width: spec.width, precision: spec.precision}))
		case 'd', 'i', 'u':
			if f, ok := arg.(Float); ok {
				arg = NewBigInt(bigFromFloat(math.Trunc(float64(f))))
			}
			if !isIntLike(arg) {
				panic(NewError(TypeErrorType, fmt.Sprintf("%%%c format: a real number is required, not %s", conv, arg.Type().Name)))
			}
			if spec.precision >= 0 {
				b.WriteString(percentIntPrecision(asBig(arg), 'd', spec))
				continue
			}
			b.WriteString(formatInt(asBig(arg), spec))
		case 'x', 'X', 'o':
			if spec.precision >= 0 {
				b.WriteString(percentIntPrecision(asBig(arg), byte(conv), spec))
				continue
			}
			spec.typ = byte(conv)
			b.WriteString(formatInt(asBig(arg), spec))
		case 'f', 'F', 'e', 'E', 'g', 'G':
			f, ok := floatOf(arg)
			if !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("must be real number, not %s", arg.Type().Name)))
			}
			spec.typ = byte(conv)
			b.WriteString(formatFloat(f, spec))
		case 'c':
			// The width pads the character as %s pads (no precision).
			b.WriteString(formatStr(string(percentChar(arg)), formatSpec{fill: ' ', align: leftOrRight, width: spec.width, precision: -1}))
		default:
			shown := conv
			if conv < 31 || conv > 126 {
				shown = '?'
			}
			panic(NewError(ValueErrorType, fmt.Sprintf("unsupported format character '%c' (0x%x) at index %d", shown, conv, strLen(r[:i]))))
		}
	}
	if mapping == nil && argidx < arglen {
		panic(NewError(TypeErrorType, "not all arguments converted during string formatting"))
	}
	return b.String()
}

// percentChar is %c's character (formatchar): a str of one character, or
// an int (through __index__) below 0x110000.
func percentChar(arg Object) rune {
	if s, ok := UnwrapValue(arg).(Str); ok {
		if r := []rune(string(s)); len(r) == 1 {
			return r[0]
		}
		panic(NewError(TypeErrorType, "%c requires int or char"))
	}
	v, ok := BigOf(arg)
	if !ok {
		if m := LookupSpecial(arg, "__index__"); m != nil {
			v, ok = BigOf(Call(m))
		}
	}
	if !ok {
		panic(NewError(TypeErrorType, "%c requires int or char"))
	}
	if v.Sign() < 0 || v.Cmp(big.NewInt(0x10ffff)) > 0 {
		panic(NewError(OverflowErrorType, "%c arg not in range(0x110000)"))
	}
	return rune(v.Int64())
}

// percentMapping reports whether args of str % args (bytes % args) is
// the mapping %(key)s conversions look in: a class with __getitem__ that
// is not a tuple or a string (nor bytes-like, for bytes).
func percentMapping(args Object, bytesMode bool) bool {
	t := args.Type()
	if _, ok := args.(*Dict); ok {
		return true
	}
	if t.IsSubtype(TupleType) || t.IsSubtype(StrType) || t.Lookup("__getitem__") == nil {
		return false
	}
	return !bytesMode || !(t.IsSubtype(BytesType) || t.IsSubtype(ByteArrayType))
}

// percentIntPrecision is %d/%x/%X/%o with a precision: at least that
// many digits, then the sign and the # prefix, then the width (zeros
// after the prefix with the 0 flag, as printf pads).
func percentIntPrecision(v *big.Int, conv byte, spec formatSpec) string {
	base, prefix := 10, ""
	switch conv {
	case 'x', 'X':
		base, prefix = 16, "0"+string(conv)
	case 'o':
		base, prefix = 8, "0o"
	}
	digits := new(big.Int).Abs(v).Text(base)
	if conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if n := spec.precision - len(digits); n > 0 {
		digits = strings.Repeat("0", n) + digits
	}
	head := ""
	switch {
	case v.Sign() < 0:
		head = "-"
	case spec.sign != 0:
		head = string(spec.sign)
	}
	if spec.alt {
		head += prefix
	}
	pad := spec.width - len(head) - len(digits)
	switch {
	case pad <= 0:
		return head + digits
	case spec.align == '<':
		return head + digits + strings.Repeat(" ", pad)
	case spec.fill == '0':
		return head + strings.Repeat("0", pad) + digits
	}
	return strings.Repeat(" ", pad) + head + digits
}

func bigFromFloat(f float64) *big.Int {
	bf := big.NewFloat(f)
	i, _ := bf.Int(nil)
	return i
}
