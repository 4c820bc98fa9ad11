// Package stringmod is CPython's _string module: formatter_parser and
// formatter_field_name_split, the str.format machinery string.Formatter
// is written on.
package stringmod

import (
	"math/big"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var (
	// FormatterIterType is the type of formatter_parser's iterator.
	FormatterIterType *py.Type
	// FieldNameIterType is the type of the field name iterator.
	FieldNameIterType *py.Type
)

func valueError(msg string) { panic(py.NewError(py.ValueErrorType, msg)) }

// parseField reads one replacement field from s at *pos (just after its
// '{') with the runtime's parser (py.ParseFormatField, CPython's
// parse_field), as formatter_parser reports it.
func parseField(s string, pos *int) (name, spec, conv py.Object) {
	f, end := py.ParseFormatField(s, *pos)
	*pos = end
	conv = py.None
	if f.Conv != 0 {
		conv = py.Str(py.RuneStr(f.Conv))
	}
	return py.Str(f.Name), py.Str(f.Spec), conv
}

// formatterParser works on s's bytes: braces are ASCII, and the literal
// text between fields is sliced as it is.
func formatterParser(s string) py.Object {
	pos := 0
	done := false
	return &py.GoIter{T: FormatterIterType, F: func() (py.Object, bool) {
		if done || pos >= len(s) {
			return nil, false
		}
		start := pos
		var c byte
		markup := false
		for pos < len(s) {
			c = s[pos]
			pos++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := pos >= len(s)
		n := pos - start
		if markup && c == '}' && (atEnd || s[pos] != '}') {
			done = true
			valueError("Single '}' encountered in format string")
		}
		if markup && atEnd && c == '{' {
			done = true
			valueError("Single '{' encountered in format string")
		}
		if markup && !atEnd {
			if s[pos] == c {
				pos++
				markup = false
			} else {
				n--
			}
		}
		literal := py.Str(s[start : start+n])
		if !markup {
			return py.NewTuple(literal, py.None, py.None, py.None), true
		}
		var name, spec, conv py.Object
		func() {
			defer func() {
				if r := recover(); r != nil {
					done = true
					panic(r)
				}
			}()
			name, spec, conv = parseField(s, &pos)
		}()
		return py.NewTuple(literal, name, spec, conv), true
	}}
}

func isDigits(s []rune) bool {
	if len(s) == 0 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func keyObj(s []rune) py.Object {
	if isDigits(s) {
		b, _ := new(big.Int).SetString(string(s), 10)
		if b.BitLen() > 63 {
			valueError("Too many decimal digits in format string")
		}
		return py.Int(b.Int64())
	}
	return py.Str(string(s))
}

func fieldNameSplit(s string) py.Object {
	rs := []rune(s)
	i := 0
	for i < len(rs) && rs[i] != '.' && rs[i] != '[' {
		i++
	}
	first := keyObj(rs[:i])
	pos := i
	rest := &py.GoIter{T: FieldNameIterType, F: func() (py.Object, bool) {
		if pos >= len(rs) {
			return nil, false
		}
		c := rs[pos]
		pos++
		switch c {
		case '.':
			start := pos
			for pos < len(rs) && rs[pos] != '.' && rs[pos] != '[' {
				pos++
			}
			if pos == start {
				valueError("Empty attribute in format string")
			}
			return py.NewTuple(py.True, py.Str(string(rs[start:pos]))), true
		case '[':
			start := pos
			for pos < len(rs) && rs[pos] != ']' {
				pos++
			}
			if pos >= len(rs) {
				valueError("Missing ']' in format string")
			}
			key := rs[start:pos]
			pos++
			if len(key) == 0 {
				valueError("Empty attribute in format string")
			}
			if pos < len(rs) && rs[pos] != '.' && rs[pos] != '[' {
				valueError("Only '.' or '[' may follow ']' in format field specifier")
			}
			return py.NewTuple(py.False, keyObj(key)), true
		}
		valueError("Only '.' or '[' may follow ']' in format field specifier")
		return nil, false
	}}
	return py.NewTuple(first, rest)
}

func setup0() {
	py.RegisterModule("_string", func(m *py.Module) {
		m.Set("__doc__", py.Str("string helper module"))
		m.AddFunc("formatter_parser", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, "formatter_parser() takes exactly one argument"))
			}
			s, ok := args[0].(py.Str)
			if !ok {
				panic(py.NewError(py.TypeErrorType, "expected str, got "+args[0].Type().Name))
			}
			return formatterParser(string(s))
		})
		m.AddFunc("formatter_field_name_split", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, "formatter_field_name_split() takes exactly one argument"))
			}
			s, ok := args[0].(py.Str)
			if !ok {
				panic(py.NewError(py.TypeErrorType, "expected str, got "+args[0].Type().Name))
			}
			return fieldNameSplit(string(s))
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	FormatterIterType = py.NewIterType("formatteriterator", "builtins")
	FieldNameIterType = py.NewIterType("fieldnameiterator", "builtins")
}
