// Package unicodedatamod is the part of Python's unicodedata module that
// looks characters up in the Unicode database's per-character properties
// (tables.go, generated from the host's database by
// tools/gen/unicodedata_tables.py): category, bidirectional,
// east_asian_width, combining, mirrored, decimal, digit, numeric and
// unidata_version. Not yet: name, lookup, decomposition, normalize,
// is_normalized, ucd_3_2_0 (absent, so using one raises AttributeError).
package unicodedatamod

import (
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/runtime/py"
)

type stringRange struct {
	lo, hi rune
	v      string
}

type intRange struct {
	lo, hi rune
	v      int
}

type floatRange struct {
	lo, hi rune
	v      float64
}

// find is the index of the range holding r, or -1.
func find(n int, lo, hi func(int) rune, r rune) int {
	i := sort.Search(n, func(i int) bool { return hi(i) >= r })
	if i < n && lo(i) <= r {
		return i
	}
	return -1
}

func lookupString(t []stringRange, r rune, def string) string {
	if i := find(len(t), func(i int) rune { return t[i].lo }, func(i int) rune { return t[i].hi }, r); i >= 0 {
		return t[i].v
	}
	return def
}

func lookupInt(t []intRange, r rune) (int, bool) {
	if i := find(len(t), func(i int) rune { return t[i].lo }, func(i int) rune { return t[i].hi }, r); i >= 0 {
		return t[i].v, true
	}
	return 0, false
}

// char is the one character a function takes; arg names it in errors
// ("category()" or "decimal() argument 1").
func char(arg string, o py.Object) rune {
	s, ok := py.UnwrapValue(o).(py.Str)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s must be a unicode character, not %s", arg, o.Type().Name)))
	}
	r, n := utf8.DecodeRuneInString(string(s))
	if n == 0 || n != len(s) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s must be a unicode character, not str", arg)))
	}
	return r
}

func init() {
	py.RegisterModule("unicodedata", func(m *py.Module) {
		m.Set("unidata_version", py.Str(unidataVersion))
		str := func(name string, t []stringRange, def string) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"chr"}, 1)
				return py.Str(lookupString(t, char(name+"() argument", a[0]), def))
			})
		}
		str("category", categoryRanges, "Cn")
		str("bidirectional", bidirectionalRanges, "")
		str("east_asian_width", eastAsianWidthRanges, "N")
		integer := func(name string, t []intRange) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"chr"}, 1)
				v, _ := lookupInt(t, char(name+"() argument", a[0]))
				return py.Int(v)
			})
		}
		integer("combining", combiningRanges)
		integer("mirrored", mirroredRanges)
		value := func(name, missing string, get func(rune) (py.Object, bool)) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"chr", "default"}, 1)
				if v, ok := get(char(name+"() argument 1", a[0])); ok {
					return v
				}
				if a[1] != nil {
					return a[1]
				}
				panic(py.NewError(py.ValueErrorType, missing))
			})
		}
		value("decimal", "not a decimal", func(r rune) (py.Object, bool) {
			v, ok := lookupInt(decimalRanges, r)
			return py.Int(v), ok
		})
		value("digit", "not a digit", func(r rune) (py.Object, bool) {
			v, ok := lookupInt(digitRanges, r)
			return py.Int(v), ok
		})
		value("numeric", "not a numeric character", func(r rune) (py.Object, bool) {
			t := numericRanges
			i := find(len(t), func(i int) rune { return t[i].lo }, func(i int) rune { return t[i].hi }, r)
			if i < 0 {
				return nil, false
			}
			return py.Float(t[i].v), true
		})
	})
}
