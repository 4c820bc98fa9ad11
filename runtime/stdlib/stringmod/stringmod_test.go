package stringmod

import (
	"math/rand"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestStringOracle(t *testing.T) {
	py.EnterMain()
	var cases []oracle.Case
	list := py.LoadBuiltin("list")
	parse := func(s string) {
		cases = append(cases, oracle.Case{Py: "list(_string.formatter_parser(" + py.Repr(py.Str(s)) + "))", Go: func() py.Object {
			return py.Call(list, oracle.Call("_string", "formatter_parser", py.Str(s)))
		}})
	}
	split := func(s string) {
		cases = append(cases, oracle.Case{Py: "(lambda f, r: (f, list(r)))(*_string.formatter_field_name_split(" + py.Repr(py.Str(s)) + "))", Go: func() py.Object {
			t := oracle.Call("_string", "formatter_field_name_split", py.Str(s)).(*py.Tuple)
			return py.NewTuple(t.Items[0], py.Call(list, t.Items[1]))
		}})
	}
	for _, s := range []string{"a{0!r:>10}b{{c}}d", "{a.b[0]:{w}}", "x}}y", "{", "}", "{0!", "{0!rx}", "{a[}", "{!r}", "a{}b", "{:{:{}}}", "{0:}", "{{", "{a{b}", "{0!r}", "{a[}]}", "é{ü}"} {
		parse(s)
	}
	for _, s := range []string{"a.b[0][x].c", "0.real", "", "[1]", "a.", "a[", "a[0]x", "1a", "99999999999999999999999.x", "a[]", "a..b", "a[0].", "0[1][2]"} {
		split(s)
	}
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 300; i++ {
		b := make([]byte, r.Intn(10))
		for j := range b {
			b[j] = "{}!:[].a0r"[r.Intn(10)]
		}
		parse(string(b))
		split(string(b))
	}
	for len(cases) > 0 {
		n := min(len(cases), 150)
		oracle.Run(t, "import _string", cases[:n])
		cases = cases[n:]
	}
}
