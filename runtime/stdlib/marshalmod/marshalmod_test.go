package marshalmod

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestMarshalOracle(t *testing.T) {
	py.EnterMain()
	I := func(i int64) py.Object { return py.Int(i) }
	S := func(s string) py.Object { return py.Str(s) }
	big := func(s string) py.Object { return py.ParseIntLiteral(s) }
	vals := []struct {
		src string
		v   func() py.Object
	}{
		{"None", func() py.Object { return py.None }},
		{"True", func() py.Object { return py.True }},
		{"1", func() py.Object { return I(1) }},
		{"-1", func() py.Object { return I(-1) }},
		{"2**31", func() py.Object { return I(1 << 31) }},
		{"2**100", func() py.Object { return big("1267650600228229401496703205376") }},
		{"-2**70", func() py.Object { return big("-1180591620717411303424") }},
		{"1.5", func() py.Object { return py.Float(1.5) }},
		{"'abc'", func() py.Object { return S("abc") }},
		{"'hello world'", func() py.Object { return S("hello world") }},
		{"'é'", func() py.Object { return S("é") }},
		{"b'xy'", func() py.Object { return py.Bytes("xy") }},
		{"(1, 2)", func() py.Object { return py.NewTuple(I(1), I(2)) }},
		{"[1, 'a']", func() py.Object { return py.NewList(I(1), S("a")) }},
		{"{'a': 1}", func() py.Object { d := py.NewDict(); d.SetStr("a", I(1)); return d }},
		{"{1, 2}", func() py.Object { return py.NewSet(I(1), I(2)) }},
		{"frozenset()", func() py.Object { s := py.NewSet(); s.Frozen = true; return s }},
		{"...", func() py.Object { return py.Ellipsis }},
		{"StopIteration", func() py.Object { return py.StopIterationType }},
		{"'a' * 300", func() py.Object { return S(string(make([]byte, 0)) + repeat("a", 300)) }},
		{"['x', 'x', (1, 1)]", func() py.Object { return py.NewList(S("x"), S("x"), py.NewTuple(I(1), I(1))) }},
	}
	// Values held in variables, as marshal.dumps usually sees them (CPython
	// flags objects referenced more than once).
	var cases []oracle.Case
	setup := "import marshal\n"
	for i, v := range vals {
		v := v
		name := "V" + py.Repr(I(int64(i)))
		setup += name + " = " + v.src + "\n"
		for _, ver := range []int64{4, 2} {
			ver := ver
			cases = append(cases, oracle.Case{Py: "marshal.dumps(" + name + ", " + py.Repr(I(ver)) + ")", Go: func() py.Object { return oracle.Call("marshal", "dumps", v.v(), I(ver)) }})
		}
		cases = append(cases, oracle.Case{Py: "marshal.loads(marshal.dumps(" + v.src + "))", Go: func() py.Object {
			return oracle.Call("marshal", "loads", oracle.Call("marshal", "dumps", v.v()))
		}})
	}
	cases = append(cases,
		oracle.Case{Py: `marshal.dumps(object())`, Go: func() py.Object { return oracle.Call("marshal", "dumps", py.Call(py.ObjectType)) }},
		oracle.Case{Py: `marshal.loads(b"")`, Go: func() py.Object { return oracle.Call("marshal", "loads", py.Bytes("")) }},
		oracle.Case{Py: `marshal.loads(b"i\x01")`, Go: func() py.Object { return oracle.Call("marshal", "loads", py.Bytes("i\x01")) }},
		oracle.Case{Py: `marshal.loads(b"N junk"), marshal.version`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("marshal", "loads", py.Bytes("N junk")), oracle.Attr("marshal", "version"))
		}},
		oracle.Case{Py: `marshal.loads(b'[\x02\x00\x00\x00\xdb\x01\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\xf8?r\x00\x00\x00\x00')`, Go: func() py.Object {
			return oracle.Call("marshal", "loads", py.Bytes("[\x02\x00\x00\x00\xdb\x01\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\xf8?r\x00\x00\x00\x00"))
		}},
	)
	oracle.Run(t, setup, cases)
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}
