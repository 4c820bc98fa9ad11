// Package string is Python's string module.
package string

import (
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func init() {
	py.RegisterModule("string", func(m *py.Module) {
		m.Set("ascii_letters", py.Str("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
		m.Set("ascii_lowercase", py.Str("abcdefghijklmnopqrstuvwxyz"))
		m.Set("ascii_uppercase", py.Str("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
		m.Set("digits", py.Str("0123456789"))
		m.Set("hexdigits", py.Str("0123456789abcdefABCDEF"))
		m.Set("octdigits", py.Str("01234567"))
		m.Set("punctuation", py.Str("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"))
		m.Set("whitespace", py.Str(" \t\n\r\x0b\x0c"))
		m.Set("printable", py.Str("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c"))
		m.AddFunc("capwords", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("capwords", args, kw, []string{"s", "sep"}, 1)
			s := py.StrOf(a[0])
			var words []py.Object
			if a[1] == nil || a[1] == py.None {
				words = py.AppendStar(nil, py.CallMethod(py.Str(s), "split"))
			} else {
				words = py.AppendStar(nil, py.CallMethod(py.Str(s), "split", a[1]))
			}
			out := make([]string, len(words))
			for i, w := range words {
				out[i] = py.StrOf(py.CallMethod(w, "capitalize"))
			}
			sep := " "
			if a[1] != nil && a[1] != py.None {
				sep = py.StrOf(a[1])
			}
			return py.Str(strings.Join(out, sep))
		})
	})
}
