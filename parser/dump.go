package parser

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Dump formats n exactly as CPython's ast.dump(n, include_attributes=...,
// indent=...) does. A negative indent means indent=None (one line).
func Dump(n Node, includeAttributes bool, indent int) string {
	d := &dumper{attrs: includeAttributes, indent: indent}
	if indent >= 0 {
		d.ind = strings.Repeat(" ", indent)
	}
	d.write(reflect.ValueOf(n), 0)
	return d.b.String()
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

// dumper writes ast.dump's format in one pass. ast.dump decides between
// one line and one item per line from whether the children are "simple"
// (scalars, empty lists, nodes without fields); that is computed from the
// tree's shape, so output is linear in its size even for deep trees.
type dumper struct {
	attrs  bool
	indent int
	ind    string
	b      strings.Builder
}

var (
	posType   = reflect.TypeOf(Pos{})
	valueType = reflect.TypeOf((*Value)(nil)).Elem()
	bytesType = reflect.TypeOf(Bytes(nil))
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

var snakeCache sync.Map

func fieldName(f reflect.StructField) string {
	if v, ok := snakeCache.Load(f.Name); ok {
		return v.(string)
	}
	s := snake(f.Name)
	snakeCache.Store(f.Name, s)
	return s
}

func unwrap(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Interface && !v.IsNil() && v.Type() != valueType {
		return v.Elem()
	}
	return v
}

// simple reports whether ast.dump would call the value simple.
func (d *dumper) simple(v reflect.Value) bool {
	v = unwrap(v)
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return true
		}
		return d.nargs(v.Elem()) == 0
	case reflect.Slice:
		return v.Type() == bytesType || v.Len() == 0
	}
	return true
}

// nargs counts the arguments ast.dump prints for a node.
func (d *dumper) nargs(st reflect.Value) int {
	n := 0
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		if f.Type() == posType {
			if d.attrs {
				n += 4
			}
			continue
		}
		if !isNone(f) {
			n++
		}
	}
	return n
}

func (d *dumper) newline(level int) {
	d.b.WriteByte('\n')
	for range level {
		d.b.WriteString(d.ind)
	}
}

func (d *dumper) write(v reflect.Value, level int) {
	v = unwrap(v)
	if d.indent >= 0 {
		level++
	}
	b := &d.b
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			b.WriteString("None")
		} else {
			b.WriteString(valueRepr(v.Interface()))
		}
	case reflect.Pointer:
		if v.IsNil() {
			b.WriteString("None")
			return
		}
		st := v.Elem()
		t := st.Type()
		nargs := d.nargs(st)
		oneLine := nargs <= 3 || d.indent < 0
		if nargs <= 3 {
			for i := 0; i < t.NumField(); i++ {
				if f := st.Field(i); f.Type() != posType && !isNone(f) && !d.simple(f) {
					oneLine = false
				}
			}
		}
		multi := !oneLine || nargs > 3
		b.WriteString(v.Interface().(Node).NodeType())
		b.WriteByte('(')
		first := true
		sep := func() {
			if multi && d.indent >= 0 {
				if !first {
					b.WriteByte(',')
				}
				d.newline(level)
			} else if !first {
				b.WriteString(", ")
			}
			first = false
		}
		if nargs <= 3 && oneLine {
			multi = false
		}
		var pos *Pos
		for i := 0; i < t.NumField(); i++ {
			f := st.Field(i)
			if f.Type() == posType {
				pos = f.Addr().Interface().(*Pos)
				continue
			}
			if isNone(f) {
				continue
			}
			sep()
			b.WriteString(fieldName(t.Field(i)))
			b.WriteByte('=')
			d.write(f, level)
		}
		if d.attrs && pos != nil {
			for _, a := range [4]struct {
				name string
				v    int
			}{{"lineno", pos.Lineno}, {"col_offset", pos.ColOffset}, {"end_lineno", pos.EndLineno}, {"end_col_offset", pos.EndColOffset}} {
				sep()
				b.WriteString(a.name)
				b.WriteByte('=')
				b.WriteString(strconv.Itoa(a.v))
			}
		}
		b.WriteByte(')')
	case reflect.Slice:
		if v.Type() == bytesType {
			b.WriteString(valueRepr(v.Interface()))
			return
		}
		if v.Len() == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if d.indent >= 0 {
				if i > 0 {
					b.WriteByte(',')
				}
				d.newline(level)
			} else if i > 0 {
				b.WriteString(", ")
			}
			d.write(v.Index(i), level)
		}
		b.WriteByte(']')
	case reflect.String:
		b.WriteString(strRepr(v.String()))
	case reflect.Int:
		b.WriteString(strconv.Itoa(int(v.Int())))
	case reflect.Uint8:
		b.WriteString(v.Interface().(interface{ String() string }).String())
		b.WriteString("()")
	default:
		b.WriteString("?")
	}
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
		if isPyPrintable(r) {
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

// isPyPrintable is CPython's str.isprintable for one non-ASCII code point.
func isPyPrintable(r rune) bool {
	t := pyNonPrintable
	lo, hi := 0, len(t)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < t[m][0]:
			hi = m
		case r > t[m][1]:
			lo = m + 1
		default:
			return false
		}
	}
	return true
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
