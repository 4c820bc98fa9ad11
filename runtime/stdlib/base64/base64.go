// Package base64 is Python's base64 module.
package base64

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/binasciimod"
)

func data(o py.Object) []byte {
	switch v := o.(type) {
	case py.Bytes:
		return []byte(v)
	case *py.ByteArray:
		return v.B
	case py.Str:
		for _, r := range string(v) {
			if r > 127 {
				panic(py.NewError(py.ValueErrorType, "string argument should contain only ASCII characters"))
			}
		}
		return []byte(v)
	}
	panic(py.NewError(py.TypeErrorType, "argument should be a bytes-like object or ASCII string, not '"+o.Type().Name+"'"))
}

// BinasciiErrorType is binascii.Error.
var BinasciiErrorType = binasciimod.ErrorType

func binasciiError(msg string) {
	panic(py.NewError(BinasciiErrorType, msg))
}

func setup0() {
	py.RegisterFallbackModule("base64", func(m *py.Module) {
		addMore(m)
		enc := func(name string, e *base64.Encoding) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				return py.Bytes(e.EncodeToString(data(args[0])))
			})
		}
		dec := func(name string, e *base64.Encoding) {
			alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
			if e == base64.URLEncoding {
				alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
			}
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				s := string(data(args[0]))
				var d []byte
				pads := 0
				for i := 0; i < len(s); i++ {
					c := s[i]
					switch {
					case c == '=':
						if len(d)%4 >= 2 {
							pads++
						}
					case strings.IndexByte(alphabet, c) >= 0:
						d = append(d, c)
					}
				}
				if len(d)%4 == 1 {
					binasciiError(fmt.Sprintf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(d)))
				}
				if r := len(d) % 4; r != 0 && pads < 4-r {
					binasciiError("Incorrect padding")
				}
				raw := base64.RawStdEncoding
				if e == base64.URLEncoding {
					raw = base64.RawURLEncoding
				}
				b, err := raw.DecodeString(string(d))
				if err != nil {
					binasciiError("Incorrect padding")
				}
				return py.Bytes(string(b))
			})
		}
		enc("b64encode", base64.StdEncoding)
		dec("b64decode", base64.StdEncoding)
		enc("standard_b64encode", base64.StdEncoding)
		dec("standard_b64decode", base64.StdEncoding)
		enc("urlsafe_b64encode", base64.URLEncoding)
		dec("urlsafe_b64decode", base64.URLEncoding)
		m.AddFunc("b32encode", func(args []py.Object, kw []string) py.Object {
			return py.Bytes(base32.StdEncoding.EncodeToString(data(args[0])))
		})
		m.AddFunc("b32decode", func(args []py.Object, kw []string) py.Object {
			b, err := base32.StdEncoding.DecodeString(string(data(args[0])))
			if err != nil {
				binasciiError("Incorrect padding")
			}
			return py.Bytes(string(b))
		})
		m.AddFunc("b16encode", func(args []py.Object, kw []string) py.Object {
			return py.Bytes(strings.ToUpper(hex.EncodeToString(data(args[0]))))
		})
		m.AddFunc("b16decode", func(args []py.Object, kw []string) py.Object {
			b, err := hex.DecodeString(string(data(args[0])))
			if err != nil {
				binasciiError("Non-base16 digit found")
			}
			return py.Bytes(string(b))
		})
	})
}
