package hashlib

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestHashlibMoreOracle(t *testing.T) {
	py.EnterMain()
	B := func(s string) py.Object { return py.Bytes(s) }
	c := func(n string, args ...py.Object) py.Object { return oracle.Call("hashlib", n, args...) }
	var cases []oracle.Case
	for _, n := range []string{"sha3_224", "sha3_256", "sha3_384", "sha3_512", "md5", "sha256"} {
		n := n
		cases = append(cases, oracle.Case{Py: "(lambda h: (h.name, h.digest_size, h.block_size, h.hexdigest(), h.copy().hexdigest()))(hashlib." + n + "(b'abc'))", Go: func() py.Object {
			h := c(n, B("abc"))
			return py.NewTuple(py.GetAttr(h, "name"), py.GetAttr(h, "digest_size"), py.GetAttr(h, "block_size"), py.CallMethod(h, "hexdigest"), py.CallMethod(py.CallMethod(h, "copy"), "hexdigest"))
		}})
	}
	for _, n := range []string{"shake_128", "shake_256"} {
		n := n
		cases = append(cases, oracle.Case{Py: "(lambda h: (h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(5), h.copy().hexdigest(3)))(hashlib." + n + "(b'abc'))", Go: func() py.Object {
			h := c(n, B("abc"))
			return py.NewTuple(py.GetAttr(h, "name"), py.GetAttr(h, "digest_size"), py.GetAttr(h, "block_size"), py.CallMethod(h, "hexdigest", py.Int(10)),
				py.CallMethod(h, "digest", py.Int(5)), py.CallMethod(py.CallMethod(h, "copy"), "hexdigest", py.Int(3)))
		}})
	}
	cases = append(cases,
		oracle.Case{Py: `hashlib.shake_128(b"").hexdigest()`, Go: func() py.Object { return py.CallMethod(c("shake_128", B("")), "hexdigest") }},
		oracle.Case{Py: `hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000, 16), hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 10)`, Go: func() py.Object {
			return py.NewTuple(c("pbkdf2_hmac", py.Str("sha256"), B("pw"), B("salt"), py.Int(1000), py.Int(16)), c("pbkdf2_hmac", py.Str("sha1"), B("pw"), B("salt"), py.Int(10)))
		}},
		oracle.Case{Py: `hashlib.pbkdf2_hmac("sha1", b"", b"", 0)`, Go: func() py.Object { return c("pbkdf2_hmac", py.Str("sha1"), B(""), B(""), py.Int(0)) }},
		oracle.Case{Py: `hashlib.new("SHA256", b"x").hexdigest(), hashlib.new("sha512_256", b"x").hexdigest(), hashlib.new("sha512_256").name, hashlib.new("shake_256", b"x").hexdigest(4)`, Go: func() py.Object {
			return py.NewTuple(py.CallMethod(c("new", py.Str("SHA256"), B("x")), "hexdigest"), py.CallMethod(c("new", py.Str("sha512_256"), B("x")), "hexdigest"),
				py.GetAttr(c("new", py.Str("sha512_256")), "name"), py.CallMethod(c("new", py.Str("shake_256"), B("x")), "hexdigest", py.Int(4)))
		}},
		oracle.Case{Py: `hashlib.new("nope")`, Go: func() py.Object { return c("new", py.Str("nope")) }},
		oracle.Case{Py: `hashlib.file_digest(io.BytesIO(b"abc" * 1000), "sha256").hexdigest()`, Go: func() py.Object {
			f := py.NewClass("F", "F", "m", nil, py.NewDict())
			buf := []byte{}
			for i := 0; i < 1000; i++ {
				buf = append(buf, "abc"...)
			}
			pos := 0
			obj := py.Call(f)
			py.SetAttr(obj, "read", py.NewBuiltin("read", func(args []py.Object, kw []string) py.Object {
				n := min(py.Index(args[0]), len(buf)-pos)
				out := buf[pos : pos+n]
				pos += n
				return B(string(out))
			}))
			return py.CallMethod(c("file_digest", obj, py.Str("sha256")), "hexdigest")
		}},
	)
	oracle.Run(t, "import hashlib, io", cases)
}
