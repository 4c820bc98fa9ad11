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

func (fm *formatter) format(f string, depth int) string {
	if depth < 0 {
		panic(NewError(ValueErrorType, "Max string recursion exceeded"))
	}
	var b strings.Builder
	r := []rune(f)
	for i := 0; i < len(r); i++ {
		c := r[i]
		if c == '}' {
			if i+1 < len(r) && r[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			panic(NewError(ValueErrorType, "Single '}' encountered in format string"))
		}
		if c != '{' {
			b.WriteRune(c)
			continue
		}
		if i+1 < len(r) && r[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		// Find the matching '}' (nested braces in the spec count).
		level := 1
		j := i + 1
		inBracket := false
		for ; j < len(r); j++ {
			switch {
			case r[j] == '[' && level == 1:
				inBracket = true
			case r[j] == ']':
				inBracket = false
			case r[j] == '{' && !inBracket:
				level++
			case r[j] == '}' && !inBracket:
				level--
			}
			if level == 0 {
				break
			}
		}
		if j >= len(r) {
			if level > 1 || inBracket {
				panic(NewError(ValueErrorType, "expected '}' before end of string"))
			}
			panic(NewError(ValueErrorType, "Single '{' encountered in format string"))
		}
		b.WriteString(fm.field(string(r[i+1:j]), depth))
		i = j
	}
	return b.String()
}

func (fm *formatter) field(field string, depth int) string {
	// Split name!conv:spec; brackets in the name are literal.
	name, conv, spec := field, "", ""
	hasConv := false
	for k, inBr := 0, false; k < len(field); k++ {
		switch field[k] {
		case '[':
			inBr = true
		case ']':
			inBr = false
		case '!', ':':
			if inBr {
				continue
			}
			name = field[:k]
			rest := field[k:]
			if rest[0] == '!' {
				hasConv = true
				if len(rest) < 2 {
					panic(NewError(ValueErrorType, "end of string while looking for conversion specifier"))
				}
				conv = rest[1:2]
				rest = rest[2:]
				if rest != "" && rest[0] != ':' {
					panic(NewError(ValueErrorType, "expected ':' after conversion specifier"))
				}
			}
			if rest != "" {
				spec = rest[1:]
			}
			k = len(field)
		}
	}
	v := fm.resolve(name)
	if hasConv {
		switch conv {
		case "r":
			v = Str(Repr(v))
		case "s":
			v = Str(StrOf(v))
		case "a":
			v = Str(asciiRepr(Repr(v)))
		default:
			panic(NewError(ValueErrorType, fmt.Sprintf("Unknown conversion specifier %s", conv)))
		}
	}
	if strings.ContainsAny(spec, "{}") {
		spec = fm.format(spec, depth-1)
	}
	return Format(v, spec)
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
