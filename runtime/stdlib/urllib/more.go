package urllib

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// addParseMore adds urllib.parse's bytes quoting functions (pathlib uses
// quote_from_bytes).
func addParseMore(m *py.Module) {
	m.AddFunc("quote_from_bytes", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("quote_from_bytes", args, kw, []string{"bs", "safe"}, 1)
		var b []byte
		switch v := a[0].(type) {
		case py.Bytes:
			b = []byte(v)
		case *py.ByteArray:
			b = v.B
		default:
			panic(py.NewError(py.TypeErrorType, "quote_from_bytes() expected bytes"))
		}
		if len(b) == 0 {
			return py.Str("")
		}
		safe := "/"
		if a[1] != nil {
			switch s := a[1].(type) {
			case py.Str:
				var ascii []byte
				for _, r := range string(s) {
					if r < 128 {
						ascii = append(ascii, byte(r))
					}
				}
				safe = string(ascii)
			case py.Bytes:
				safe = string(s)
			default:
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", a[1].Type().Name)))
			}
		}
		return py.Str(Quote(string(b), safe, false))
	})
	m.AddFunc("unquote_to_bytes", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("unquote_to_bytes", args, kw, []string{"string"}, 1)
		var s string
		switch v := a[0].(type) {
		case py.Str:
			s = string(v)
		case py.Bytes:
			s = string(v)
		case *py.ByteArray:
			s = string(v.B)
		default:
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", a[0].Type().Name)))
		}
		hex := func(c byte) int {
			switch {
			case c >= '0' && c <= '9':
				return int(c - '0')
			case c >= 'a' && c <= 'f':
				return int(c-'a') + 10
			case c >= 'A' && c <= 'F':
				return int(c-'A') + 10
			}
			return -1
		}
		var out []byte
		for i := 0; i < len(s); i++ {
			if s[i] == '%' && i+2 < len(s)+1 && i+2 <= len(s)-1 && hex(s[i+1]) >= 0 && hex(s[i+2]) >= 0 {
				out = append(out, byte(hex(s[i+1])<<4|hex(s[i+2])))
				i += 2
				continue
			}
			out = append(out, s[i])
		}
		return py.Bytes(out)
	})
}
