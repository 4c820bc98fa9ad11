package py

import (
	"fmt"
	"strconv"
	"strings"
)

// StrFormat is fmt.format(*args, **kw); kw may be nil.
func StrFormat(f string, args []Object, kw *Dict) string {
	var m Object
	if kw != nil {
		m = kw
	}
	return strFormat(f, args, m, 2)
}

type formatter struct {
	args    []Object
	mapping Object
	auto    int // next automatic index; -1 once manual numbering was used
	manual  bool
}

func strFormat(f string, args []Object, mapping Object, depth int) string {
	fm := &formatter{args: args, mapping: mapping}
	return fm.format(f, depth)
}

// format works on r's bytes (the syntax is ASCII; the text between fields
// is copied as it is) and reads each field as CPython's MarkupIterator and
// parse_field do, so malformed fields fail with the same messages. depth
// is the expansions of nested specs left ({:{}}).
func (fm *formatter) format(r string, depth int) string {
	if depth <= 0 {
		panic(NewError(ValueErrorType, "Max string recursion exceeded"))
	}
	var b strings.Builder
	for i := 0; i < len(r); {
		n := strings.IndexAny(r[i:], "{}")
		if n < 0 {
			b.WriteString(r[i:])
			break
		}
		b.WriteString(r[i : i+n])
		i += n
		c := r[i]
		i++
		if i < len(r) && r[i] == c {
			b.WriteByte(c) // {{ or }}
			i++
			continue
		}
		if c == '}' {
			panic(NewError(ValueErrorType, "Single '}' encountered in format string"))
		}
		if i >= len(r) {
			panic(NewError(ValueErrorType, "Single '{' encountered in format string"))
		}
		i = fm.field(&b, r, i, depth)
	}
	return b.String()
}

// FormatField is one replacement field of a format string, as CPython's
// parse_field reads it: {name!conv:spec}.
type FormatField struct {
	Name, Spec string
	// Conv is the conversion character, 0 for none ({0!\x00} is none
	// too, as in CPython).
	Conv rune
	// Expand is whether the spec holds a '{': fields of its own to format
	// first ({0:{1}}).
	Expand bool
}

// ParseFormatField reads the field that starts at r[i] (just after its
// '{') and returns it with the position after its '}'. The name runs to
// '}', ':' or '!' (a '[' skips to the next ']'); the spec to the '}' that
// balances the field's '{'.
func ParseFormatField(r string, i int) (FormatField, int) {
	var f FormatField
	start := i
	var c byte
	for i < len(r) {
		c = r[i]
		i++
		if c == '{' {
			panic(NewError(ValueErrorType, "unexpected '{' in field name"))
		}
		if c == '[' {
			for i < len(r) && r[i] != ']' {
				i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	f.Name = r[start : i-1]
	switch c {
	case '}':
		return f, i
	case '!', ':':
	default:
		panic(NewError(ValueErrorType, "expected '}' before end of string"))
	}
	if c == '!' {
		if i >= len(r) {
			panic(NewError(ValueErrorType, "end of string while looking for conversion specifier"))
		}
		var size int
		f.Conv, size = DecodeRune(r[i:])
		i += size
		if i < len(r) {
			c = r[i]
			i++
			if c == '}' {
				return f, i
			}
			if c != ':' {
				panic(NewError(ValueErrorType, "expected ':' after conversion specifier"))
			}
		}
	}
	specStart, count := i, 1
	for count > 0 {
		if i >= len(r) {
			panic(NewError(ValueErrorType, "unmatched '{' in format spec"))
		}
		switch r[i] {
		case '{':
			f.Expand = true
			count++
		case '}':
			count--
		}
		i++
	}
	f.Spec = r[specStart : i-1]
	return f, i
}

// field formats the field that starts at r[i] (after its '{') into b and
// returns the position after its '}'.
func (fm *formatter) field(b *strings.Builder, r string, i, depth int) int {
	f, end := ParseFormatField(r, i)
	v := fm.resolve(f.Name)
	if f.Conv != 0 {
		switch f.Conv {
		case 'r', 's', 'a':
			v = convertValue(v, f.Conv)
		default:
			if f.Conv > 32 && f.Conv < 127 {
				panic(NewError(ValueErrorType, fmt.Sprintf("Unknown conversion specifier %c", f.Conv)))
			}
			panic(NewError(ValueErrorType, fmt.Sprintf("Unknown conversion specifier \\x%x", f.Conv)))
		}
	}
	spec := f.Spec
	if f.Expand {
		spec = fm.format(spec, depth-1)
	}
	b.WriteString(Format(v, spec))
	return end
}

func (fm *formatter) resolve(name string) Object {
	// The first part: up to '.' or '['.
	end := strings.IndexAny(name, ".[")
	first, rest := name, ""
	if end >= 0 {
		first, rest = name[:end], name[end:]
	}
	var v Object
	if first == "" {
		if fm.manual {
			panic(NewError(ValueErrorType, "cannot switch from manual field specification to automatic field numbering"))
		}
		idx := fm.auto
		fm.auto++
		v = fm.positional(idx)
	} else if n, err := strconv.Atoi(first); err == nil && n >= 0 {
		if fm.auto > 0 {
			panic(NewError(ValueErrorType, "cannot switch from automatic field numbering to manual field specification"))
		}
		fm.manual = true
		v = fm.positional(n)
	} else {
		if fm.mapping == nil {
			panic(NewException(KeyErrorType, Str(first)))
		}
		v = GetItem(fm.mapping, Str(first))
	}
	for rest != "" {
		if rest[0] == '.' {
			k := strings.IndexAny(rest[1:], ".[")
			attr := rest[1:]
			if k >= 0 {
				attr, rest = rest[1:k+1], rest[k+1:]
			} else {
				rest = ""
			}
			if attr == "" {
				panic(NewError(ValueErrorType, "Empty attribute in format string"))
			}
			v = GetAttr(v, attr)
			continue
		}
		k := strings.IndexByte(rest, ']')
		if k < 0 {
			panic(NewError(ValueErrorType, "Missing ']' in format string"))
		}
		key := rest[1:k]
		rest = rest[k+1:]
		if rest != "" && rest[0] != '.' && rest[0] != '[' {
			panic(NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier"))
		}
		if n, err := strconv.Atoi(key); err == nil {
			v = GetItem(v, Int(n))
		} else {
			v = GetItem(v, Str(key))
		}
	}
	return v
}

func (fm *formatter) positional(i int) Object {
	if i >= len(fm.args) {
		panic(NewError(IndexErrorType, fmt.Sprintf("Replacement index %d out of range for positional args tuple", i)))
	}
	return fm.args[i]
}
