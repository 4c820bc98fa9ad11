package alltests

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

// Names of the Go-native modules that pure-Python modules use at import
// time (io's abstract bases, base64's legacy functions, urllib.parse's bytes
// quoting, inspect's flags, socket's default-timeout sentinel).
func TestImportTimeNamesOracle(t *testing.T) {
	py.EnterMain()
	B := func(s string) py.Object { return py.Bytes(s) }
	c := func(mod, n string, args ...py.Object) py.Object { return oracle.Call(mod, n, args...) }
	rawClass := func() py.Object {
		ns := py.NewDict()
		data := []byte("line1\nline2\nrest")
		pos := 0
		code := &py.Code{Name: "readinto", Qualname: "R.readinto", Params: []string{"self", "b"}, NumPos: 2}
		ns.SetStr("readinto", py.NewFunction(code, nil, nil, func(a []py.Object) py.Object {
			n := min(py.Len(a[1]), len(data)-pos, 5)
			copy(a[1].(*py.ByteArray).B, data[pos:pos+n])
			pos += n
			return py.Int(n)
		}))
		ns.SetStr("readable", py.NewFunction(&py.Code{Name: "readable", Params: []string{"self"}, NumPos: 1}, nil, nil, func(a []py.Object) py.Object { return py.True }))
		return py.NewClass("R", "R", "__main__", []py.Object{oracle.Attr("io", "RawIOBase")}, ns)
	}
	setup := `import io, base64, urllib.parse, inspect, socket
class R(io.RawIOBase):
    def __init__(self): self.data, self.pos = b"line1\nline2\nrest", 0
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 5)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def readable(self): return True`
	oracle.Run(t, setup, []oracle.Case{
		{Py: `io.IOBase.__mro__, io.RawIOBase.__mro__[1:], io.DEFAULT_BUFFER_SIZE, type(io.IOBase).__name__`, Go: func() py.Object {
			io := func(n string) py.Object { return oracle.Attr("io", n) }
			return py.NewTuple(py.GetAttr(io("IOBase"), "__mro__"), py.GetItem(py.GetAttr(io("RawIOBase"), "__mro__"), py.NewSlice(py.Int(1), py.None, py.None)),
				io("DEFAULT_BUFFER_SIZE"), py.GetAttr(io("IOBase").Type(), "__name__"))
		}},
		{Py: `(lambda r: (r.read(3), r.readline(), list(r), r.read(), r.readable(), r.closed, r.close(), r.closed))(R())`, Go: func() py.Object {
			r := py.Call(rawClass())
			return py.NewTuple(py.CallMethod(r, "read", py.Int(3)), py.CallMethod(r, "readline"), py.Call(py.LoadBuiltin("list"), r), py.CallMethod(r, "read"),
				py.CallMethod(r, "readable"), py.GetAttr(r, "closed"), py.CallMethod(r, "close"), py.GetAttr(r, "closed"))
		}},
		{Py: `R().readall()`, Go: func() py.Object { return py.CallMethod(py.Call(rawClass()), "readall") }},
		{Py: `R().seek(0)`, Go: func() py.Object { return py.CallMethod(py.Call(rawClass()), "seek", py.Int(0)) }},
		{Py: `R().tell()`, Go: func() py.Object { return py.CallMethod(py.Call(rawClass()), "tell") }},
		{Py: `R().fileno()`, Go: func() py.Object { return py.CallMethod(py.Call(rawClass()), "fileno") }},
		{Py: `(lambda r: (r.close(), r.flush()))(R())`, Go: func() py.Object {
			r := py.Call(rawClass())
			return py.NewTuple(py.CallMethod(r, "close"), py.CallMethod(r, "flush"))
		}},
		{Py: `io.BufferedIOBase().read()`, Go: func() py.Object { return py.CallMethod(py.Call(oracle.Attr("io", "BufferedIOBase")), "read") }},
		{Py: `io.TextIOBase().encoding, io.IOBase().isatty(), io.text_encoding(None), io.text_encoding("ascii")`, Go: func() py.Object {
			return py.NewTuple(py.GetAttr(py.Call(oracle.Attr("io", "TextIOBase")), "encoding"), py.CallMethod(py.Call(oracle.Attr("io", "IOBase")), "isatty"),
				c("io", "text_encoding", py.None), c("io", "text_encoding", py.Str("ascii")))
		}},
		{Py: `base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\n"), base64.MAXBINSIZE`, Go: func() py.Object {
			x := make([]byte, 100)
			for i := range x {
				x[i] = 'x'
			}
			return py.NewTuple(c("base64", "encodebytes", B(string(x))), c("base64", "decodebytes", B("eHh4\n")), oracle.Attr("base64", "MAXBINSIZE"))
		}},
		{Py: `base64.encodebytes("x")`, Go: func() py.Object { return c("base64", "encodebytes", py.Str("x")) }},
		{Py: `urllib.parse.quote_from_bytes(b"a b/\xff~"), urllib.parse.quote_from_bytes(b""), urllib.parse.unquote_to_bytes("a%20b%zz%4"), urllib.parse.unquote_to_bytes(b"%41")`, Go: func() py.Object {
			return py.NewTuple(c("urllib.parse", "quote_from_bytes", B("a b/\xff~")), c("urllib.parse", "quote_from_bytes", B("")),
				c("urllib.parse", "unquote_to_bytes", py.Str("a%20b%zz%4")), c("urllib.parse", "unquote_to_bytes", B("%41")))
		}},
		{Py: `urllib.parse.quote_from_bytes("x")`, Go: func() py.Object { return c("urllib.parse", "quote_from_bytes", py.Str("x")) }},
		{Py: `inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_VARKEYWORDS, inspect.GEN_SUSPENDED, inspect.TPFLAGS_IS_ABSTRACT, type(socket._GLOBAL_DEFAULT_TIMEOUT)`, Go: func() py.Object {
			a := func(n string) py.Object { return oracle.Attr("inspect", n) }
			return py.NewTuple(a("CO_GENERATOR"), a("CO_COROUTINE"), a("CO_ASYNC_GENERATOR"), a("CO_VARKEYWORDS"), a("GEN_SUSPENDED"), a("TPFLAGS_IS_ABSTRACT"),
				oracle.Attr("socket", "_GLOBAL_DEFAULT_TIMEOUT").Type())
		}},
	})
}
