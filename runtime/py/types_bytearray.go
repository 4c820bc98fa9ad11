package py

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
)

// bytearray's share of bytes' behaviour: the methods bytearray has in
// common with bytes run bytes' implementation on a copy of the buffer and
// give bytearrays back where bytes' gives bytes; comparisons, + and * with
// any bytes-like object. (This file's init must run after bytes_methods.go's
// and dunders.go's: Go runs a package's init functions in file name order.)

// bytesOfArray is the buffer of a bytearray (or of a subclass instance).
func bytesOfArray(name string, args []Object) []byte {
	self := checkSelf(ByteArrayType, name, args)
	if b, ok := self.(*ByteArray); ok {
		return b.B
	}
	return bufArg(self)
}

// asByteArray turns the bytes in a bytes method's result into bytearrays.
func asByteArray(r Object) Object {
	switch v := r.(type) {
	case Bytes:
		return &ByteArray{B: append([]byte{}, v...)}
	case *List:
		items := make([]Object, len(v.Items))
		for i, x := range v.Items {
			items[i] = asByteArray(x)
		}
		return NewList(items...)
	case *Tuple:
		items := make([]Object, len(v.Items))
		for i, x := range v.Items {
			items[i] = asByteArray(x)
		}
		return NewTuple(items...)
	}
	return r
}

// RichCompare compares a bytearray with any bytes-like object.
func (b *ByteArray) RichCompare(other Object, op CmpOp) (bool, bool) {
	o, ok := BytesLike(other)
	if !ok {
		return false, false
	}
	return cmpResult(bytes.Compare(b.B, o), op), true
}

func init() {
	BytesType.Dict.Items(func(k, v Object) bool {
		name := string(k.(Str))
		if len(name) > 1 && name[0] == '_' {
			return true
		}
		if _, ok := ByteArrayType.Dict.GetStr(name); ok {
			return true
		}
		f, ok := v.(*BuiltinFunction)
		if !ok {
			return true
		}
		method(ByteArrayType, name, func(args []Object, kw []string) Object {
			b := bytesOfArray(name, args)
			a := append([]Object{Bytes(append([]byte{}, b...))}, args[1:]...)
			return asByteArray(f.Fn(a, kw))
		})
		return true
	})
	fromhex, _ := BytesType.Dict.GetStr("fromhex")
	ByteArrayType.Dict.SetStr("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(args []Object, kw []string) Object {
		r := CallKw(fromhex.(*ClassMethod).Func, append([]Object{BytesType}, args[1:]...), kw)
		out := &ByteArray{B: append([]byte{}, r.(Bytes)...)}
		if t, ok := args[0].(*Type); ok && t != ByteArrayType {
			return Call(t, out)
		}
		return out
	})})
	method(ByteArrayType, "copy", func(args []Object, kw []string) Object {
		nargs("copy", args, kw, 0, 0)
		return &ByteArray{B: append([]byte{}, bytesOfArray("copy", args)...)}
	})
	method(ByteArrayType, "__add__", func(args []Object, kw []string) Object {
		nargs("__add__", args, kw, 1, 1)
		b := bytesOfArray("__add__", args)
		o, ok := BytesLike(args[1])
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("can't concat %s to bytearray", typeName(args[1]))))
		}
		return &ByteArray{B: append(append([]byte{}, b...), o...)}
	})
	repeat := func(name string) {
		method(ByteArrayType, name, func(args []Object, kw []string) Object {
			nargs(name, args, kw, 1, 1)
			b := bytesOfArray(name, args)
			n, ok := intOf(args[1])
			if !ok {
				return NotImplemented
			}
			if n < 0 {
				n = 0
			}
			return &ByteArray{B: bytes.Repeat(b, int(n))}
		})
	}
	repeat("__mul__")
	repeat("__rmul__")
	method(ByteArrayType, "__imul__", func(args []Object, kw []string) Object {
		nargs("__imul__", args, kw, 1, 1)
		self := checkSelf(ByteArrayType, "__imul__", args).(*ByteArray)
		n := Index(args[1])
		if n < 0 {
			n = 0
		}
		self.B = bytes.Repeat(self.B, n)
		return self
	})
	// bytes + any bytes-like object is bytes.
	if old, ok := BytesType.Dict.GetStr("__add__"); ok {
		method(BytesType, "__add__", func(args []Object, kw []string) Object {
			if len(args) == 2 && len(kw) == 0 {
				if x, ok := args[0].(Bytes); ok {
					if _, isBytes := args[1].(Bytes); !isBytes {
						if o, ok := BytesLike(args[1]); ok {
							return Bytes(append(append([]byte{}, x...), o...))
						}
					}
				}
			}
			return CallKw(old, args, kw)
		})
	}
}

// hexSep is bytes.hex(sep, bytes_per_sep): a one-character ASCII
// separator every |per| bytes, counted from the right when per > 0 and
// from the left when per < 0.
func hexSep(b []byte, sepObj, perObj Object) string {
	h := hex.EncodeToString(b)
	if sepObj == nil {
		return h
	}
	var sep string
	switch v := sepObj.(type) {
	case Str:
		sep = string(v)
		if StrLen(sep) != 1 {
			panic(NewError(ValueErrorType, "sep must be length 1."))
		}
	default:
		bs, ok := BytesLike(sepObj)
		if !ok {
			panic(NewError(TypeErrorType, "sep must be str or bytes."))
		}
		if len(bs) != 1 {
			panic(NewError(ValueErrorType, "sep must be length 1."))
		}
		sep = string(bs)
	}
	if sep[0] >= 0x80 {
		panic(NewError(ValueErrorType, "sep must be ASCII."))
	}
	per := 1
	if perObj != nil {
		per = Index(perObj)
	}
	if per == 0 || len(b) == 0 {
		return h
	}
	n := per
	if n < 0 {
		n = -n
	}
	var parts []string
	if per > 0 {
		first := len(b) % n
		if first == 0 {
			first = n
		}
		parts = append(parts, h[:2*first])
		for i := first; i < len(b); i += n {
			parts = append(parts, h[2*i:2*(i+n)])
		}
	} else {
		for i := 0; i < len(b); i += n {
			e := i + n
			if e > len(b) {
				e = len(b)
			}
			parts = append(parts, h[2*i:2*e])
		}
	}
	return strings.Join(parts, sep)
}

func init() {
	method(BytesType, "hex", func(args []Object, kw []string) Object {
		b := bytesSelf("hex", args)
		a := ParseArgs("hex", args[1:], kw, []string{"sep", "bytes_per_sep"}, 0)
		return Str(hexSep(b, a[0], a[1]))
	})
	method(ByteArrayType, "hex", func(args []Object, kw []string) Object {
		b := bytesOfArray("hex", args)
		a := ParseArgs("hex", args[1:], kw, []string{"sep", "bytes_per_sep"}, 0)
		return Str(hexSep(b, a[0], a[1]))
	})
}
