package parser

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dump formats n exactly as CPython's ast.dump(n, include_attributes=...,
// indent=...) does. A negative indent means indent=None (one line).
func Dump(n Node, includeAttributes bool, indent int) string {
	d := &dumper{attrs: includeAttributes, indent: indent}
	if indent >= 0 {
		d.ind = strings.Repeat(" ", indent)
	}
	s, _ := d.format(reflect.ValueOf(n), 0)
	return s
}

// DumpFile parses src and dumps it as `py2goasync ast` prints it:
// ast.dump(tree, include_attributes=True, indent=1).
func DumpFile(filename string, src []byte) (string, error) {
	m, err := ParseFile(filename, src)
	if err != nil {
		return "", err
	}
	return Dump(m, true, 1), nil
}

type dumper struct {
	attrs  bool
	indent int
	ind    string
}

var (
	posType    = reflect.TypeOf(Pos{})
	valueType  = reflect.TypeOf((*Value)(nil)).Elem()
	fieldNames = map[reflect.Type][]string{}
)

func snake(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			if i > 0 {
				b = append(b, '_')
			}
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

func (d *dumper) format(v reflect.Value, level int) (string, bool) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "None", true
		}
		if v.Type() == valueType {
			return valueRepr(v.Interface()), true
		}
		v = v.Elem()
	}
	prefix, sep := "", ", "
	if d.indent >= 0 {
		level++
		prefix = "\n" + strings.Repeat(d.ind, level)
		sep = ",\n" + strings.Repeat(d.ind, level)
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "None", true
		}
		st := v.Elem()
		t := st.Type()
		var args []string
		allSimple := true
		var pos *Pos
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fv := st.Field(i)
			if f.Type == posType {
				pos = fv.Addr().Interface().(*Pos)
				continue
			}
			if isNone(fv) {
				continue
			}
			s, simple := d.format(fv, level)
			allSimple = allSimple && simple
			args = append(args, snake(f.Name)+"="+s)
		}
		if d.attrs && pos != nil {
			args = append(args, "lineno="+strconv.Itoa(pos.Lineno), "col_offset="+strconv.Itoa(pos.ColOffset),
				"end_lineno="+strconv.Itoa(pos.EndLineno), "end_col_offset="+strconv.Itoa(pos.EndColOffset))
		}
		name := v.Interface().(Node).NodeType()
		if allSimple && len(args) <= 3 {
			return name + "(" + strings.Join(args, ", ") + ")", len(args) == 0
		}
		return name + "(" + prefix + strings.Join(args, sep) + ")", false
	case reflect.Slice:
		if v.Type() == reflect.TypeOf(Bytes(nil)) {
			return valueRepr(v.Interface()), true
		}
		if v.Len() == 0 {
			return "[]", true
		}
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i], _ = d.format(v.Index(i), level)
		}
		return "[" + prefix + strings.Join(parts, sep) + "]", false
	case reflect.String:
		return strRepr(v.String()), true
	case reflect.Int:
		return strconv.Itoa(int(v.Int())), true
	case reflect.Uint8:
		return v.Interface().(interface{ String() string }).String() + "()", true
	}
	return "?", true
}

// isNone reports whether an optional field holds None, which ast.dump omits.
func isNone(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	case reflect.String:
		return v.Len() == 0
	}
	return false
}

// valueRepr is Python's repr() of a constant.
func valueRepr(v any) string {
	switch x := v.(type) {
	case NoneValue:
		return "None"
	case EllipsisValue:
		return "Ellipsis"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return x.String()
	case float64:
		return floatRepr(x, true)
	case complex128:
		return floatRepr(imag(x), false) + "j"
	case string:
		return strRepr(x)
	case Bytes:
		return bytesRepr(x)
	}
	return "?"
}

// floatRepr formats f as Python's repr does; addDot appends ".0" to
// integral values (complex parts do not get it).
func floatRepr(f float64, addDot bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	neg := ""
	if s[0] == '-' {
		neg, s = "-", s[1:]
	}
	e := strings.IndexByte(s, 'e')
	digits := strings.Replace(s[:e], ".", "", 1)
	exp, _ := strconv.Atoi(s[e+1:])
	decpt := exp + 1
	if decpt > 16 || decpt <= -4 {
		r := digits[:1]
		if len(digits) > 1 {
			r += "." + digits[1:]
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		ex := strconv.Itoa(exp)
		if len(ex) < 2 {
			ex = "0" + ex
		}
		return neg + r + "e" + es + ex
	}
	if decpt <= 0 {
		return neg + "0." + strings.Repeat("0", -decpt) + digits
	}
	if decpt >= len(digits) {
		r := neg + digits + strings.Repeat("0", decpt-len(digits))
		if addDot {
			r += ".0"
		}
		return r
	}
	return neg + digits[:decpt] + "." + digits[decpt:]
}

// decodeWTF8 decodes one code point, accepting encoded lone surrogates.
func decodeWTF8(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 && len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return r, n
}

const hexDigits = "0123456789abcdef"

// strRepr is Python's repr() of a str.
func strRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b = append(b, '\\', c)
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c < ' ' || c == 0x7f:
				b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			default:
				b = append(b, c)
			}
			continue
		}
		r, n := decodeWTF8(s[i:])
		if r == utf8.RuneError && n == 1 {
			// Not valid even as WTF-8: show the byte.
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			i++
			continue
		}
		if unicode.IsPrint(r) && !(r >= 0xD800 && r <= 0xDFFF) {
			b = append(b, s[i:i+n]...)
		} else if r <= 0xff {
			b = append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		} else if r <= 0xffff {
			b = append(b, '\\', 'u')
			for sh := 12; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[(r>>sh)&15])
			}
		} else {
			b = append(b, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[(r>>sh)&15])
			}
		}
		i += n
	}
	b = append(b, quote)
	return string(b)
}

// bytesRepr is Python's repr() of a bytes object.
func bytesRepr(s Bytes) string {
	quote := byte('\'')
	if strings.IndexByte(string(s), '\'') >= 0 && strings.IndexByte(string(s), '"') < 0 {
		quote = '"'
	}
	b := []byte{'b', quote}
	for _, c := range s {
		switch {
		case c == quote || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			b = append(b, c)
		}
	}
	return string(append(b, quote))
}
