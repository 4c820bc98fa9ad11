package base64

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/binasciimod"
)

// addMore adds base64's legacy interface (encodebytes/decodebytes) on
// binascii, as base64.py writes it.
func addMore(m *py.Module) {
	m.Set("MAXLINESIZE", py.Int(76))
	m.Set("MAXBINSIZE", py.Int(57))
	m.Set("bytes_types", py.NewTuple(py.BytesType, py.ByteArrayType))
	check := func(o py.Object) []byte {
		b, ok := py.BytesLike(o)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected bytes-like object, not %s", o.Type().Name)))
		}
		return b
	}
	m.AddFunc("encodebytes", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("encodebytes", args, kw, []string{"s"}, 1)
		b := check(a[0])
		var out []byte
		for i := 0; i < len(b); i += 57 {
			out = append(out, binasciimod.B2aBase64(b[i:min(i+57, len(b))], true)...)
		}
		return py.Bytes(out)
	})
	m.AddFunc("decodebytes", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("decodebytes", args, kw, []string{"s"}, 1)
		return py.Bytes(binasciimod.A2bBase64(check(a[0]), false))
	})
}
