// Package unicodedatamod is Python's unicodedata module, on tables
// generated from the host's database: the per-character properties
// (tables.go, by tools/gen/unicodedata_tables.py), and the names, aliases,
// named sequences, decompositions and Unicode 3.2.0 differences (names.go,
// by tools/gen/unicodedata_names.py). ucd.go holds the functions, which
// the module binds to the current database and the UCD type to
// ucd_3_2_0's.
package unicodedatamod

import (
	"fmt"
	"sort"

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
	r, n := py.DecodeRune(string(s))
	if n == 0 || n != len(s) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s must be a unicode character, not str", arg)))
	}
	return r
}

func setup1() {
	py.RegisterModule("unicodedata", func(m *py.Module) {
		m.Set("unidata_version", py.Str(unidataVersion))
		addDatabase(m)
	})
}
