package csvmod

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

// lines splits text as a text file's iteration does (keeping line ends).
func lines(s string) []py.Object {
	var out []py.Object
	for len(s) > 0 {
		i := strings.IndexAny(s, "\n")
		if i < 0 {
			out = append(out, py.Str(s))
			break
		}
		out = append(out, py.Str(s[:i+1]))
		s = s[i+1:]
	}
	return out
}

type sink struct{ b strings.Builder }

func TestCsvOracle(t *testing.T) {
	py.EnterMain()
	S := func(s string) py.Object { return py.Str(s) }
	r := rand.New(rand.NewSource(5))
	var cases []oracle.Case
	add := func(p string, g func() py.Object) { cases = append(cases, oracle.Case{Py: p, Go: g}) }
	type opt struct {
		name string
		vals []py.Object
	}
	opts := []opt{
		{"delimiter", []py.Object{S(","), S(";"), S(" ")}},
		{"quotechar", []py.Object{S("\""), S("'"), py.None}},
		{"escapechar", []py.Object{py.None, S("\\")}},
		{"doublequote", []py.Object{py.True, py.False}},
		{"skipinitialspace", []py.Object{py.False, py.True}},
		{"quoting", []py.Object{py.Int(0), py.Int(1), py.Int(2), py.Int(3)}},
		{"strict", []py.Object{py.False, py.True}},
		{"lineterminator", []py.Object{S("\r\n"), S("\n"), S("X")}},
	}
	alpha := "ab ,;'\"\\\n\rX1.5"
	for i := 0; i < 150; i++ {
		var names []string
		var vals []py.Object
		var src []string
		for _, o := range opts {
			if r.Intn(2) == 0 {
				v := o.vals[r.Intn(len(o.vals))]
				names = append(names, o.name)
				vals = append(vals, v)
				src = append(src, o.name+"="+py.Repr(v))
			}
		}
		kwsrc := strings.Join(src, ", ")
		if kwsrc != "" {
			kwsrc = ", " + kwsrc
		}
		// Reader over random text.
		b := make([]byte, r.Intn(30))
		for j := range b {
			b[j] = alpha[r.Intn(len(alpha))]
		}
		text := string(b)
		ls := lines(text)
		add("list(_csv.reader("+py.Repr(py.NewList(ls...))+kwsrc+"))", func() py.Object {
			rd := py.CallKw(oracle.Attr("_csv", "reader"), append([]py.Object{py.NewList(ls...)}, vals...), names)
			return py.Call(py.LoadBuiltin("list"), rd)
		})
		// Writer over random rows.
		var rows []py.Object
		var rowsrc []string
		for k := r.Intn(3) + 1; k > 0; k-- {
			var row []py.Object
			for n := r.Intn(4); n > 0; n-- {
				switch r.Intn(5) {
				case 0:
					row = append(row, py.None)
				case 1:
					row = append(row, py.Float(float64(r.Intn(100))/4))
				default:
					f := make([]byte, r.Intn(5))
					for j := range f {
						f[j] = alpha[r.Intn(len(alpha))]
					}
					row = append(row, S(string(f)))
				}
			}
			rows = append(rows, py.NewList(row...))
			rowsrc = append(rowsrc, py.Repr(py.NewList(row...)))
		}
		add("(lambda s: (_csv.writer(s"+kwsrc+").writerows(["+strings.Join(rowsrc, ", ")+"]), s.getvalue()))(io.StringIO())", func() py.Object {
			var out strings.Builder
			write := py.NewBuiltin("write", func(args []py.Object, kw []string) py.Object {
				out.WriteString(py.StrOf(args[0]))
				return py.Int(len([]rune(py.StrOf(args[0]))))
			})
			ns := py.NewDict()
			ns.SetStr("write", write)
			fobj := py.Call(py.NewClass("F", "F", "m", nil, py.NewDict()))
			py.SetAttr(fobj, "write", write)
			var res py.Object
			func() {
				w := py.CallKw(oracle.Attr("_csv", "writer"), append([]py.Object{fobj}, vals...), names)
				res = py.CallMethod(w, "writerows", py.NewList(rows...))
			}()
			return py.NewTuple(res, S(out.String()))
		})
	}
	add(`_csv.Dialect(delimiter="ab")`, func() py.Object {
		return py.CallKw(oracle.Attr("_csv", "Dialect"), []py.Object{S("ab")}, []string{"delimiter"})
	})
	add(`_csv.Dialect(delimiter=1)`, func() py.Object {
		return py.CallKw(oracle.Attr("_csv", "Dialect"), []py.Object{py.Int(1)}, []string{"delimiter"})
	})
	add(`_csv.Dialect(quoting=9)`, func() py.Object {
		return py.CallKw(oracle.Attr("_csv", "Dialect"), []py.Object{py.Int(9)}, []string{"quoting"})
	})
	add(`_csv.Dialect(quoting="x")`, func() py.Object {
		return py.CallKw(oracle.Attr("_csv", "Dialect"), []py.Object{S("x")}, []string{"quoting"})
	})
	add(`_csv.Dialect(quoting=_csv.QUOTE_ALL, quotechar=None)`, func() py.Object {
		return py.CallKw(oracle.Attr("_csv", "Dialect"), []py.Object{py.Int(1), py.None}, []string{"quoting", "quotechar"})
	})
	add(`_csv.Dialect(escapechar=1)`, func() py.Object {
		return py.CallKw(oracle.Attr("_csv", "Dialect"), []py.Object{py.Int(1)}, []string{"escapechar"})
	})
	add(`_csv.Dialect(bad=1)`, func() py.Object {
		return py.CallKw(oracle.Attr("_csv", "Dialect"), []py.Object{py.Int(1)}, []string{"bad"})
	})
	add(`(lambda d: (d.delimiter, d.quotechar, d.escapechar, d.lineterminator, d.quoting, d.doublequote, d.skipinitialspace, d.strict))(_csv.Dialect(quotechar=None))`, func() py.Object {
		d := py.CallKw(oracle.Attr("_csv", "Dialect"), []py.Object{py.None}, []string{"quotechar"})
		g := func(n string) py.Object { return py.GetAttr(d, n) }
		return py.NewTuple(g("delimiter"), g("quotechar"), g("escapechar"), g("lineterminator"), g("quoting"), g("doublequote"), g("skipinitialspace"), g("strict"))
	})
	add(`_csv.get_dialect("nope")`, func() py.Object { return oracle.Call("_csv", "get_dialect", S("nope")) })
	add(`_csv.register_dialect(1)`, func() py.Object { return oracle.Call("_csv", "register_dialect", py.Int(1)) })
	add(`(_csv.register_dialect("semi", delimiter=";"), _csv.get_dialect("semi").delimiter, _csv.list_dialects(), list(_csv.reader(["a;b"], "semi")), _csv.unregister_dialect("semi"), _csv.list_dialects())`, func() py.Object {
		return py.NewTuple(py.CallKw(oracle.Attr("_csv", "register_dialect"), []py.Object{S("semi"), S(";")}, []string{"delimiter"}),
			py.GetAttr(oracle.Call("_csv", "get_dialect", S("semi")), "delimiter"), oracle.Call("_csv", "list_dialects"),
			py.Call(py.LoadBuiltin("list"), oracle.Call("_csv", "reader", py.NewList(S("a;b")), S("semi"))), oracle.Call("_csv", "unregister_dialect", S("semi")), oracle.Call("_csv", "list_dialects"))
	})
	add(`list(_csv.reader([b"ab"]))`, func() py.Object {
		return py.Call(py.LoadBuiltin("list"), oracle.Call("_csv", "reader", py.NewList(py.Bytes("ab"))))
	})
	add(`list(_csv.reader(["1,a"], quoting=_csv.QUOTE_NONNUMERIC))`, func() py.Object {
		return py.Call(py.LoadBuiltin("list"), py.CallKw(oracle.Attr("_csv", "reader"), []py.Object{py.NewList(S("1,a")), py.Int(2)}, []string{"quoting"}))
	})
	add(`list(_csv.reader(["1,2.5,\"x\""], quoting=_csv.QUOTE_NONNUMERIC))`, func() py.Object {
		return py.Call(py.LoadBuiltin("list"), py.CallKw(oracle.Attr("_csv", "reader"), []py.Object{py.NewList(S("1,2.5,\"x\"")), py.Int(2)}, []string{"quoting"}))
	})
	add(`_csv.reader(1)`, func() py.Object { return oracle.Call("_csv", "reader", py.Int(1)) })
	add(`_csv.writer(1)`, func() py.Object { return oracle.Call("_csv", "writer", py.Int(1)) })
	add(`_csv.field_size_limit("x")`, func() py.Object { return oracle.Call("_csv", "field_size_limit", S("x")) })
	add(`(_csv.field_size_limit(5), list(_csv.reader(["abcdefg"])))`, func() py.Object {
		return py.NewTuple(oracle.Call("_csv", "field_size_limit", py.Int(5)), py.Call(py.LoadBuiltin("list"), oracle.Call("_csv", "reader", py.NewList(S("abcdefg")))))
	})
	add(`(_csv.field_size_limit(131072), (lambda r: (next(r), r.line_num, next(r), r.line_num))(_csv.reader(["a,\"b\n", "c\"\n", "d\n"])))`, func() py.Object {
		rd := oracle.Call("_csv", "reader", py.NewList(S("a,\"b\n"), S("c\"\n"), S("d\n")))
		a, _ := py.Next(rd)
		n1 := py.GetAttr(rd, "line_num")
		b, _ := py.Next(rd)
		return py.NewTuple(oracle.Call("_csv", "field_size_limit", py.Int(131072)), py.NewTuple(a, n1, b, py.GetAttr(rd, "line_num")))
	})
	for len(cases) > 0 {
		n := min(len(cases), 40)
		oracle.Run(t, "import _csv, io", cases[:n])
		cases = cases[n:]
	}
}
