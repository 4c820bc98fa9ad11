package codecsmod

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func init() {
	py.RegisterModule("_codecs", func(m *py.Module) {
		fn := func(name string, params []string, required int, f func(a []py.Object) py.Object) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				return f(py.ParseArgs(name, args, kw, params, required))
			})
		}
		fn("register", []string{"search_function"}, 1, func(a []py.Object) py.Object {
			if !py.Truth(py.Call(py.LoadBuiltin("callable"), a[0])) {
				panic(py.NewError(py.TypeErrorType, "argument must be callable"))
			}
			searchFuncs = append(searchFuncs, a[0])
			return py.None
		})
		fn("unregister", []string{"search_function"}, 1, func(a []py.Object) py.Object {
			for i, f := range searchFuncs {
				if f == a[0] {
					searchFuncs = append(searchFuncs[:i:i], searchFuncs[i+1:]...)
					codecCache = map[string]py.Object{}
					break
				}
			}
			return py.None
		})
		fn("lookup", []string{"encoding"}, 1, func(a []py.Object) py.Object {
			return lookup(strOf("lookup", a[0]))
		})
		fn("_forget_codec", []string{"encoding"}, 1, func(a []py.Object) py.Object {
			delete(codecCache, normalize(strOf("_forget_codec", a[0])))
			return py.None
		})
		coder := func(name string, idx int, def string) {
			fn(name, []string{"obj", "encoding", "errors"}, 1, func(a []py.Object) py.Object {
				enc := strArg(a[1], def)
				info := lookup(enc).(*py.Tuple)
				args := []py.Object{a[0]}
				if a[2] != nil {
					args = append(args, a[2])
				}
				r := py.Call(info.Items[idx], args...)
				t, ok := r.(*py.Tuple)
				if !ok || len(t.Items) != 2 {
					panic(py.NewError(py.TypeErrorType, "encoder must return a tuple (object, integer)"))
				}
				return t.Items[0]
			})
		}
		coder("encode", 0, "utf-8")
		coder("decode", 1, "utf-8")
		fn("register_error", []string{"errors", "handler"}, 2, func(a []py.Object) py.Object {
			if !py.Truth(py.Call(py.LoadBuiltin("callable"), a[1])) {
				panic(py.NewError(py.TypeErrorType, "handler must be callable"))
			}
			errHandlers[strOf("register_error", a[0])] = a[1]
			return py.None
		})
		fn("lookup_error", []string{"name"}, 1, func(a []py.Object) py.Object {
			name := strOf("lookup_error", a[0])
			if h, ok := errHandlers[name]; ok {
				return h
			}
			panic(py.NewError(py.LookupErrorType, "unknown error handler name '"+name+"'"))
		})

		// The built-in codecs.
		encoder := func(name string, f func(s, errors string) []byte) {
			fn(name, []string{"str", "errors"}, 1, func(a []py.Object) py.Object {
				s := strOf(name, a[0])
				return pair(py.Bytes(f(s, strArg(a[1], "strict"))), py.StrLen(s))
			})
		}
		encoder("utf_8_encode", encodeUTF8)
		encoder("utf_7_encode", func(s, e string) []byte { return encodeUTF7(s) })
		encoder("ascii_encode", func(s, e string) []byte { b, _ := encodeLimited("ascii", s, 0x80, e); return b })
		encoder("latin_1_encode", func(s, e string) []byte { b, _ := encodeLimited("latin-1", s, 0x100, e); return b })
		encoder("unicode_escape_encode", func(s, e string) []byte { return unicodeEscape(s, false) })
		encoder("raw_unicode_escape_encode", func(s, e string) []byte { return unicodeEscape(s, true) })
		encoder("utf_16_le_encode", func(s, e string) []byte { checkSurrogates("utf-16-le", s, e); return encodeUTF16(s, false, false) })
		encoder("utf_16_be_encode", func(s, e string) []byte { checkSurrogates("utf-16-be", s, e); return encodeUTF16(s, true, false) })
		encoder("utf_32_le_encode", func(s, e string) []byte { checkSurrogates("utf-32-le", s, e); return encodeUTF32(s, false, false) })
		encoder("utf_32_be_encode", func(s, e string) []byte { checkSurrogates("utf-32-be", s, e); return encodeUTF32(s, true, false) })
		fn("utf_16_encode", []string{"str", "errors", "byteorder"}, 1, func(a []py.Object) py.Object {
			s := strOf("utf_16_encode", a[0])
			order := 0
			if a[2] != nil {
				order = int(py.Index(a[2]))
			}
			checkSurrogates("utf-16", s, strArg(a[1], "strict"))
			return pair(py.Bytes(encodeUTF16(s, order > 0, order == 0)), py.StrLen(s))
		})
		fn("utf_32_encode", []string{"str", "errors", "byteorder"}, 1, func(a []py.Object) py.Object {
			s := strOf("utf_32_encode", a[0])
			order := 0
			if a[2] != nil {
				order = int(py.Index(a[2]))
			}
			checkSurrogates("utf-32", s, strArg(a[1], "strict"))
			return pair(py.Bytes(encodeUTF32(s, order > 0, order == 0)), py.StrLen(s))
		})

		decoder := func(name string, f func(b []byte, errors string, final bool) (string, int)) {
			fn(name, []string{"data", "errors", "final"}, 1, func(a []py.Object) py.Object {
				b := bytesOf(name, a[0])
				final := a[2] != nil && py.Truth(a[2])
				s, n := f(b, strArg(a[1], "strict"), final)
				return pair(py.Str(s), n)
			})
		}
		decoder("utf_8_decode", decodeUTF8)
		decoder("utf_7_decode", decodeUTF7)
		decoder("utf_16_le_decode", func(b []byte, e string, final bool) (string, int) {
			s, n, _ := decodeUTF16(b, e, -1, final)
			return s, n
		})
		decoder("utf_16_be_decode", func(b []byte, e string, final bool) (string, int) {
			s, n, _ := decodeUTF16(b, e, 1, final)
			return s, n
		})
		decoder("utf_16_decode", func(b []byte, e string, final bool) (string, int) {
			s, n, _ := decodeUTF16(b, e, 0, final)
			return s, n
		})
		decoder("utf_32_le_decode", func(b []byte, e string, final bool) (string, int) {
			s, n, _ := decodeUTF32(b, e, -1, final)
			return s, n
		})
		decoder("utf_32_be_decode", func(b []byte, e string, final bool) (string, int) {
			s, n, _ := decodeUTF32(b, e, 1, final)
			return s, n
		})
		decoder("utf_32_decode", func(b []byte, e string, final bool) (string, int) {
			s, n, _ := decodeUTF32(b, e, 0, final)
			return s, n
		})
		// Decoders without a final argument consume everything.
		whole := func(name string, f func(b []byte, errors string) string) {
			fn(name, []string{"data", "errors", "final"}, 1, func(a []py.Object) py.Object {
				b := bytesOf(name, a[0])
				return pair(py.Str(f(b, strArg(a[1], "strict"))), len(b))
			})
		}
		whole("ascii_decode", decodeASCII)
		whole("latin_1_decode", func(b []byte, e string) string {
			r := make([]rune, len(b))
			for i, c := range b {
				r[i] = rune(c)
			}
			return string(r)
		})
		whole("unicode_escape_decode", func(b []byte, e string) string { s, _ := escapeDecode(b, e, true); return s })
		whole("raw_unicode_escape_decode", func(b []byte, e string) string {
			// Only \uXXXX and \UXXXXXXXX are escapes.
			r := make([]rune, 0, len(b))
			for i := 0; i < len(b); i++ {
				if b[i] == '\\' && i+1 < len(b) && (b[i+1] == 'u' || b[i+1] == 'U') {
					n := 4
					if b[i+1] == 'U' {
						n = 8
					}
					if i+2+n <= len(b) && isHex(b[i+2:i+2+n]) {
						var v rune
						for _, h := range b[i+2 : i+2+n] {
							v = v*16 + rune(hexVal(h))
						}
						r = append(r, v)
						i += 1 + n
						continue
					}
				}
				r = append(r, rune(b[i]))
			}
			return py.RunesStr(r)
		})
		fn("utf_16_ex_decode", []string{"data", "errors", "byteorder", "final"}, 1, func(a []py.Object) py.Object {
			b := bytesOf("utf_16_ex_decode", a[0])
			order := 0
			if a[2] != nil {
				order = int(py.Index(a[2]))
			}
			s, n, o := decodeUTF16(b, strArg(a[1], "strict"), order, a[3] != nil && py.Truth(a[3]))
			return py.NewTuple(py.Str(s), py.Int(n), py.Int(o))
		})
		fn("utf_32_ex_decode", []string{"data", "errors", "byteorder", "final"}, 1, func(a []py.Object) py.Object {
			b := bytesOf("utf_32_ex_decode", a[0])
			order := 0
			if a[2] != nil {
				order = int(py.Index(a[2]))
			}
			s, n, o := decodeUTF32(b, strArg(a[1], "strict"), order, a[3] != nil && py.Truth(a[3]))
			return py.NewTuple(py.Str(s), py.Int(n), py.Int(o))
		})
		fn("escape_decode", []string{"data", "errors"}, 1, func(a []py.Object) py.Object {
			var b []byte
			if s, ok := a[0].(py.Str); ok {
				b = []byte(string(s))
			} else {
				b = bytesOf("escape_decode", a[0])
			}
			_, out := escapeDecode(b, strArg(a[1], "strict"), false)
			return pair(py.Bytes(out), len(b))
		})
		fn("escape_encode", []string{"data", "errors"}, 1, func(a []py.Object) py.Object {
			b := bytesOf("escape_encode", a[0])
			r := py.Repr(py.Bytes(b))
			return pair(py.Bytes(r[2:len(r)-1]), len(b))
		})
		fn("readbuffer_encode", []string{"data", "errors"}, 1, func(a []py.Object) py.Object {
			var b []byte
			if s, ok := a[0].(py.Str); ok {
				b = []byte(string(s))
			} else {
				b = bytesOf("readbuffer_encode", a[0])
			}
			return pair(py.Bytes(b), len(b))
		})
		fn("charmap_decode", []string{"data", "errors", "mapping"}, 1, func(a []py.Object) py.Object {
			b := bytesOf("charmap_decode", a[0])
			if a[2] == nil || a[2] == py.None {
				return pair(py.Str(func() string {
					r := make([]rune, len(b))
					for i, c := range b {
						r[i] = rune(c)
					}
					return string(r)
				}()), len(b))
			}
			errors := strArg(a[1], "strict")
			table, isStr := a[2].(py.Str)
			tr := py.StrRunes(string(table))
			var out []rune
			for i := 0; i < len(b); i++ {
				var r rune = -1
				if isStr {
					if int(b[i]) < len(tr) && tr[b[i]] != 0xfffe {
						r = tr[b[i]]
					}
				} else if v, ok := lookupItem(a[2], py.Int(b[i])); ok && v != py.None {
					switch x := v.(type) {
					case py.Int:
						r = rune(x)
					case py.Str:
						out = append(out, py.StrRunes(string(x))...)
						continue
					}
				}
				if r < 0 {
					rep, next := decodeError("charmap", b, i, i+1, "character maps to <undefined>", errors)
					out = append(out, py.StrRunes(rep)...)
					i = next - 1
					continue
				}
				out = append(out, r)
			}
			return pair(py.Str(py.RunesStr(out)), len(b))
		})
		fn("charmap_encode", []string{"str", "errors", "mapping"}, 1, func(a []py.Object) py.Object {
			s := strOf("charmap_encode", a[0])
			runes := py.StrRunes(s)
			errors := strArg(a[1], "strict")
			var out []byte
			for i := 0; i < len(runes); i++ {
				if a[2] == nil || a[2] == py.None {
					if runes[i] < 0x100 {
						out = append(out, byte(runes[i]))
						continue
					}
				} else if v, ok := lookupItem(a[2], py.Int(runes[i])); ok && v != py.None {
					switch x := v.(type) {
					case py.Int:
						out = append(out, byte(x))
					case py.Bytes:
						out = append(out, string(x)...)
					}
					continue
				}
				rep, next := encodeError("charmap", runes, i, i+1, "character maps to <undefined>", errors)
				out = append(out, rep...)
				i = next - 1
			}
			return pair(py.Bytes(out), len(runes))
		})
		fn("charmap_build", []string{"map"}, 1, func(a []py.Object) py.Object {
			d := py.NewDict()
			for i, r := range py.StrRunes(strOf("charmap_build", a[0])) {
				d.Set(py.Int(r), py.Int(i))
			}
			return d
		})
	})
}

// lookupItem is mapping[key], reporting a LookupError as absence.
func lookupItem(mapping, key py.Object) (v py.Object, ok bool) {
	if py.CatchMatching(py.LookupErrorType, func() { v = py.GetItem(mapping, key) }) != nil {
		return nil, false
	}
	return v, true
}

func init() {
	// str.encode and bytes.decode of the encodings the runtime does not
	// know go through the registry, as in CPython.
	py.CodecEncode = func(s, enc, errors string) []byte {
		info := lookup(enc).(*py.Tuple)
		r := py.Call(info.Items[0], py.Str(s), py.Str(errors))
		t, ok := r.(*py.Tuple)
		if !ok || len(t.Items) != 2 {
			panic(py.NewError(py.TypeErrorType, "encoder must return a tuple (object, integer)"))
		}
		b, ok := t.Items[0].(py.Bytes)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", enc, t.Items[0].Type().Name)))
		}
		return []byte(string(b))
	}
	py.BuiltinEncode = func(s, enc, errors string) []byte {
		var b []byte
		switch enc {
		case "utf8":
			b = encodeUTF8(s, errors)
		case "ascii":
			b, _ = encodeLimited("ascii", s, 0x80, errors)
		default:
			b, _ = encodeLimited("latin-1", s, 0x100, errors)
		}
		return b
	}
	py.BuiltinDecode = func(b []byte, enc, errors string) string {
		if enc == "ascii" {
			return decodeASCII(b, errors)
		}
		s, _ := decodeUTF8(b, errors, true)
		return s
	}
	py.CodecDecode = func(b []byte, enc, errors string) string {
		info := lookup(enc).(*py.Tuple)
		r := py.Call(info.Items[1], py.Bytes(b), py.Str(errors))
		t, ok := r.(*py.Tuple)
		if !ok || len(t.Items) != 2 {
			panic(py.NewError(py.TypeErrorType, "decoder must return a tuple (object,integer)"))
		}
		s, ok := t.Items[0].(py.Str)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", enc, t.Items[0].Type().Name)))
		}
		return string(s)
	}
	// The error handlers CPython registers at startup, callable from
	// Python (codecs.lookup_error("strict") and friends).
	handler := func(name string, f func(exc *py.BaseException) py.Object) {
		errHandlers[name] = py.NewBuiltin(name+"_errors", func(args []py.Object, kw []string) py.Object {
			e, ok := args[0].(*py.BaseException)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("don't know how to handle %s in error callback", args[0].Type().Name)))
			}
			return f(e)
		})
	}
	end := func(e *py.BaseException) py.Object { return py.GetAttr(e, "end") }
	handler("strict", func(e *py.BaseException) py.Object { panic(e) })
	handler("ignore", func(e *py.BaseException) py.Object { return py.NewTuple(py.Str(""), end(e)) })
	handler("replace", func(e *py.BaseException) py.Object {
		n := int(py.Index(end(e)) - py.Index(py.GetAttr(e, "start")))
		rep := "\ufffd"
		if py.ExceptionMatches(e, py.UnicodeEncodeErrorType) {
			rep = "?"
		}
		out := ""
		for i := 0; i < n; i++ {
			out += rep
		}
		if py.ExceptionMatches(e, py.UnicodeDecodeErrorType) {
			out = rep
		}
		return py.NewTuple(py.Str(out), end(e))
	})
	handler("backslashreplace", func(e *py.BaseException) py.Object {
		start, stop := int(py.Index(py.GetAttr(e, "start"))), int(py.Index(end(e)))
		obj := py.GetAttr(e, "object")
		var out string
		if b, ok := obj.(py.Bytes); ok {
			for _, c := range []byte(string(b)[start:stop]) {
				out += fmt.Sprintf(`\x%02x`, c)
			}
		} else {
			rep, _ := encodeError("", py.StrRunes(py.StrOf(obj)), start, stop, "", "backslashreplace")
			out = rep
		}
		return py.NewTuple(py.Str(out), end(e))
	})
	handler("surrogateescape", func(e *py.BaseException) py.Object {
		start, stop := int(py.Index(py.GetAttr(e, "start"))), int(py.Index(end(e)))
		enc, reason := py.StrOf(py.GetAttr(e, "encoding")), py.StrOf(py.GetAttr(e, "reason"))
		switch obj := py.GetAttr(e, "object").(type) {
		case py.Bytes:
			rep, next := decodeError(enc, []byte(string(obj)), start, stop, reason, "surrogateescape")
			return py.NewTuple(py.Str(rep), py.Int(next))
		case py.Str:
			return py.NewTuple(py.Bytes(surrogateEscape(nil, enc, py.StrRunes(string(obj)), start, stop, reason)), py.Int(stop))
		}
		panic(e)
	})
	handler("surrogatepass", func(e *py.BaseException) py.Object {
		start, stop := int(py.Index(py.GetAttr(e, "start"))), int(py.Index(end(e)))
		if o, ok := py.GetAttr(e, "object").(py.Str); ok && py.ExceptionMatches(e, py.UnicodeEncodeErrorType) {
			var out []byte
			for _, r := range py.StrRunes(string(o))[start:stop] {
				if !py.IsSurrogate(r) {
					panic(e)
				}
				out = py.AppendRune(out, r)
			}
			return py.NewTuple(py.Bytes(out), py.Int(stop))
		}
		if o, ok := py.GetAttr(e, "object").(py.Bytes); ok && start+2 < len(o) && o[start] == 0xed && o[start+1] >= 0xa0 && o[start+1] <= 0xbf && o[start+2] >= 0x80 && o[start+2] <= 0xbf {
			return py.NewTuple(py.Str(o[start:start+3]), py.Int(start+3))
		}
		panic(e)
	})
	handler("xmlcharrefreplace", func(e *py.BaseException) py.Object {
		start, stop := int(py.Index(py.GetAttr(e, "start"))), int(py.Index(end(e)))
		rep, _ := encodeError("", py.StrRunes(py.StrOf(py.GetAttr(e, "object"))), start, stop, "", "xmlcharrefreplace")
		return py.NewTuple(py.Str(rep), end(e))
	})
}
