package py

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
)

// Methods of bytes.

func bytesSelf(name string, args []Object) []byte {
	return []byte(checkSelf(BytesType, name, args).(Bytes))
}

// bytesArg accepts bytes-like arguments.
func bytesArg(fname string, o Object) []byte {
	switch v := UnwrapValue(o).(type) {
	case Bytes:
		return []byte(v)
	case *ByteArray:
		return v.B
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", typeName(o))))
}

// ByteArray is Python's bytearray.
type ByteArray struct{ B []byte }

var ByteArrayType = newBuiltinType("bytearray", ObjectType)

func (*ByteArray) Type() *Type { return ByteArrayType }
func (b *ByteArray) Len() int  { return len(b.B) }
func (b *ByteArray) Iter() Object {
	i := 0
	return &FuncIter{F: func() (Object, bool) {
		if i >= len(b.B) {
			return nil, false
		}
		i++
		return Int(b.B[i-1]), true
	}}
}
func (b *ByteArray) String() string { return "bytearray(" + BytesRepr(b.B) + ")" }

// bytesFrom is the bytes(x) conversion.
func bytesFrom(fname string, a []Object) []byte {
	if a[0] == nil {
		return nil
	}
	if a[1] != nil {
		s, ok := a[0].(Str)
		if !ok {
			panic(NewError(TypeErrorType, "encoding without a string argument"))
		}
		errs := "strict"
		if a[2] != nil {
			errs = StrOf(a[2])
		}
		return EncodeStr(string(s), StrOf(a[1]), errs)
	}
	switch v := a[0].(type) {
	case Str:
		panic(NewError(TypeErrorType, "string argument without an encoding"))
	case Bytes:
		return append([]byte(nil), v...)
	case *ByteArray:
		return append([]byte(nil), v.B...)
	case BufferHolder:
		return append([]byte(nil), v.Buffer()...)
	case Int, Bool:
		n := Index(v)
		if n < 0 {
			panic(NewError(ValueErrorType, "negative count"))
		}
		return make([]byte, n)
	}
	var out []byte
	for _, x := range AppendStar(nil, a[0]) {
		n := Index(x)
		if n < 0 || n > 255 {
			panic(NewError(ValueErrorType, "bytes must be in range(0, 256)"))
		}
		out = append(out, byte(n))
	}
	return out
}

func init() {
	BytesType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("bytes", args, kw, []string{"source", "encoding", "errors"}, 0)
		if a[0] != nil && a[1] == nil && a[2] == nil {
			if _, isBytes := a[0].(Bytes); !isBytes {
				// bytes(x) asks x.__bytes__() first.
				if m := a[0].Type().Lookup("__bytes__"); m != nil {
					r := Call(bindDescriptor(m, a[0], a[0].Type()))
					b, ok := r.(Bytes)
					if !ok {
						panic(NewError(TypeErrorType, fmt.Sprintf("__bytes__ returned non-bytes (type %s)", r.Type().Name)))
					}
					return b
				}
			}
		}
		return Bytes(bytesFrom("bytes", a))
	}
	ByteArrayType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("bytearray", args, kw, []string{"source", "encoding", "errors"}, 0)
		return &ByteArray{B: bytesFrom("bytearray", a)}
	}
	Builtins.Dict.SetStr("bytearray", ByteArrayType)
	method(ByteArrayType, "append", func(args []Object, kw []string) Object {
		b := args[0].(*ByteArray)
		b.B = append(b.B, byte(Index(args[1])))
		return None
	})
	method(ByteArrayType, "extend", func(args []Object, kw []string) Object {
		b := args[0].(*ByteArray)
		b.B = append(b.B, bytesFrom("extend", []Object{args[1], nil, nil})...)
		return None
	})
	method(ByteArrayType, "decode", func(args []Object, kw []string) Object {
		b := args[0].(*ByteArray)
		a := ParseArgs("decode", args[1:], kw, []string{"encoding", "errors"}, 0)
		enc, errs := "utf-8", "strict"
		if a[0] != nil {
			enc = StrOf(a[0])
		}
		if a[1] != nil {
			errs = StrOf(a[1])
		}
		return Str(DecodeBytes(b.B, enc, errs))
	})
	method(ByteArrayType, "clear", func(args []Object, kw []string) Object {
		args[0].(*ByteArray).B = nil
		return None
	})
	method(ByteArrayType, "__getitem__", func(args []Object, kw []string) Object {
		r := GetItem(Bytes(args[0].(*ByteArray).B), args[1])
		if b, ok := r.(Bytes); ok {
			return &ByteArray{B: []byte(b)}
		}
		return r
	})
	method(ByteArrayType, "__eq__", func(args []Object, kw []string) Object {
		switch o := args[1].(type) {
		case *ByteArray:
			return NewBool(bytes.Equal(args[0].(*ByteArray).B, o.B))
		case Bytes:
			return NewBool(bytes.Equal(args[0].(*ByteArray).B, []byte(o)))
		}
		return NotImplemented
	})
	method(ByteArrayType, "__iadd__", func(args []Object, kw []string) Object {
		b := args[0].(*ByteArray)
		b.B = append(b.B, bytesArg("+=", args[1])...)
		return b
	})
	method(ByteArrayType, "__delitem__", func(args []Object, kw []string) Object {
		b := args[0].(*ByteArray)
		l := NewList(AppendStar(nil, b)...)
		DelItem(l, args[1])
		b.B = bytesFrom("", []Object{l, nil, nil})
		return None
	})

	method(BytesType, "decode", func(args []Object, kw []string) Object {
		b := bytesSelf("decode", args)
		a := ParseArgs("decode", args[1:], kw, []string{"encoding", "errors"}, 0)
		enc, errs := "utf-8", "strict"
		if a[0] != nil {
			enc = wantStr("decode() argument 'encoding'", a[0])
		}
		if a[1] != nil {
			errs = wantStr("decode() argument 'errors'", a[1])
		}
		return Str(DecodeBytes(b, enc, errs))
	})
	method(BytesType, "hex", func(args []Object, kw []string) Object {
		b := bytesSelf("hex", args)
		a := ParseArgs("hex", args[1:], kw, []string{"sep", "bytes_per_sep"}, 0)
		h := hex.EncodeToString(b)
		if a[0] == nil {
			return Str(h)
		}
		sep := StrOf(a[0])
		var parts []string
		for i := 0; i < len(h); i += 2 {
			parts = append(parts, h[i:i+2])
		}
		return Str(strings.Join(parts, sep))
	})
	BytesType.Dict.SetStr("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(args []Object, kw []string) Object {
		s := strings.ReplaceAll(wantStr("fromhex() argument", args[1]), " ", "")
		b, err := hex.DecodeString(s)
		if err != nil {
			panic(NewError(ValueErrorType, "non-hexadecimal number found in fromhex() arg"))
		}
		return Bytes(b)
	})})
	bstrip := func(name string, left, right bool) {
		method(BytesType, name, func(args []Object, kw []string) Object {
			b := bytesSelf(name, args)
			a := nargs(name, args, kw, 0, 1)
			cut := " \t\n\r\x0b\x0c"
			if len(a) > 0 && a[0] != None {
				cut = string(bytesArg(name, a[0]))
			}
			if left {
				b = bytes.TrimLeft(b, cut)
			}
			if right {
				b = bytes.TrimRight(b, cut)
			}
			return Bytes(b)
		})
	}
	bstrip("strip", true, true)
	bstrip("lstrip", true, false)
	bstrip("rstrip", false, true)
	method(BytesType, "split", func(args []Object, kw []string) Object {
		b := bytesSelf("split", args)
		a := ParseArgs("split", args[1:], kw, []string{"sep", "maxsplit"}, 0)
		n := optInt(a[1], -1)
		var parts [][]byte
		if a[0] == nil || a[0] == None {
			for _, o := range splitWhitespace(string(b), n) {
				parts = append(parts, []byte(o.(Str)))
			}
		} else {
			sep := bytesArg("split", a[0])
			if len(sep) == 0 {
				panic(NewError(ValueErrorType, "empty separator"))
			}
			parts = bytes.SplitN(b, sep, maxsplitN(n))
		}
		out := make([]Object, len(parts))
		for i, p := range parts {
			out[i] = Bytes(p)
		}
		return NewList(out...)
	})
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		method(BytesType, name, func(args []Object, kw []string) Object {
			b := bytesSelf(name, args)
			a := nargs(name, args, kw, 1, 1)
			var cands [][]byte
			if t, ok := a[0].(*Tuple); ok {
				for _, it := range t.Items {
					cands = append(cands, bytesArg(name, it))
				}
			} else {
				cands = [][]byte{bytesArg(name, a[0])}
			}
			for _, c := range cands {
				if name == "startswith" && bytes.HasPrefix(b, c) || name == "endswith" && bytes.HasSuffix(b, c) {
					return True
				}
			}
			return False
		})
	}
	method(BytesType, "upper", func(args []Object, kw []string) Object { return Bytes(bytes.ToUpper(bytesSelf("upper", args))) })
	method(BytesType, "lower", func(args []Object, kw []string) Object { return Bytes(bytes.ToLower(bytesSelf("lower", args))) })
	// find, rfind, index, rindex and count take a bytes-like or an int
	// needle and optional start and end, as CPython's do.
	for _, t := range []*Type{BytesType, ByteArrayType} {
		t := t
		for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
			name := name
			method(t, name, func(args []Object, kw []string) Object {
				var b []byte
				if t == BytesType {
					b = bytesSelf(name, args)
				} else {
					b = checkSelf(ByteArrayType, name, args).(*ByteArray).B
				}
				a := nargs(name, args, kw, 1, 3)
				var sub []byte
				if n, ok := intOf(a[0]); ok {
					if n < 0 || n > 255 {
						panic(NewError(ValueErrorType, "byte must be in range(0, 256)"))
					}
					sub = []byte{byte(n)}
				} else {
					sub = bytesArg(name, a[0])
				}
				var so, eo Object = None, None
				if len(a) > 1 {
					so = a[1]
				}
				if len(a) > 2 {
					eo = a[2]
				}
				s, e := adjustIndices(so, eo, len(b))
				if name == "count" {
					if s > e || e-s < len(sub) {
						return Int(0)
					}
					if len(sub) == 0 {
						return Int(e - s + 1)
					}
					return Int(bytes.Count(b[s:e], sub))
				}
				i := -1
				if s <= e && e-s >= len(sub) {
					if name == "find" || name == "index" {
						i = bytes.Index(b[s:e], sub)
					} else {
						i = bytes.LastIndex(b[s:e], sub)
					}
					if i >= 0 {
						i += s
					}
				}
				if i < 0 && (name == "index" || name == "rindex") {
					panic(NewError(ValueErrorType, "subsection not found"))
				}
				return Int(i)
			})
		}
	}
	method(BytesType, "replace", func(args []Object, kw []string) Object {
		b := bytesSelf("replace", args)
		a := nargs("replace", args, kw, 2, 3)
		n := -1
		if len(a) > 2 {
			n = Index(a[2])
		}
		return Bytes(bytes.Replace(b, bytesArg("replace", a[0]), bytesArg("replace", a[1]), n))
	})
	method(BytesType, "join", func(args []Object, kw []string) Object {
		b := bytesSelf("join", args)
		a := nargs("join", args, kw, 1, 1)
		var parts [][]byte
		for i, it := range AppendStar(nil, a[0]) {
			switch v := it.(type) {
			case Bytes:
				parts = append(parts, []byte(v))
			case *ByteArray:
				parts = append(parts, v.B)
			default:
				// Any buffer (memoryview, array.array), as CPython's.
				bl, ok := BytesLike(it)
				if !ok {
					panic(NewError(TypeErrorType, fmt.Sprintf("sequence item %d: expected a bytes-like object, %s found", i, typeName(it))))
				}
				parts = append(parts, bl)
			}
		}
		return Bytes(bytes.Join(parts, b))
	})
	method(BytesType, "partition", func(args []Object, kw []string) Object {
		b := bytesSelf("partition", args)
		a := nargs("partition", args, kw, 1, 1)
		sep := bytesArg("partition", a[0])
		before, after, ok := bytes.Cut(b, sep)
		if !ok {
			return NewTuple(Bytes(b), Bytes(""), Bytes(""))
		}
		return NewTuple(Bytes(before), Bytes(sep), Bytes(after))
	})
	method(BytesType, "isdigit", func(args []Object, kw []string) Object {
		b := bytesSelf("isdigit", args)
		if len(b) == 0 {
			return False
		}
		for _, c := range b {
			if c < '0' || c > '9' {
				return False
			}
		}
		return True
	})
	method(BytesType, "splitlines", func(args []Object, kw []string) Object {
		b := bytesSelf("splitlines", args)
		a := ParseArgs("splitlines", args[1:], kw, []string{"keepends"}, 0)
		keep := a[0] != nil && Truth(a[0])
		out := NewList()
		start := 0
		for i := 0; i < len(b); i++ {
			if b[i] != '\n' && b[i] != '\r' {
				continue
			}
			end := i + 1
			if b[i] == '\r' && end < len(b) && b[end] == '\n' {
				end++
			}
			if keep {
				out.Items = append(out.Items, Bytes(b[start:end]))
			} else {
				out.Items = append(out.Items, Bytes(b[start:i]))
			}
			start = end
			i = end - 1
		}
		if start < len(b) {
			out.Items = append(out.Items, Bytes(b[start:]))
		}
		return out
	})
}
