package py

import (
	"bytes"
	"fmt"
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

// The rest of bytes' and bytearray's methods are registered for both
// types at once by registerBytesMethods (types_zbytes.go) and in
// types_bytearray.go.
func init() {
	Builtins.Dict.setIdent("bytearray", ByteArrayType)
	decode := func(name string, b []byte, args []Object, kw []string) Object {
		a := ParseArgs(name, args[1:], kw, []string{"encoding", "errors"}, 0)
		enc, errs := "utf-8", "strict"
		if a[0] != nil {
			enc = wantStr("decode() argument 'encoding'", a[0])
		}
		if a[1] != nil {
			errs = wantStr("decode() argument 'errors'", a[1])
		}
		return Str(DecodeBytes(b, enc, errs))
	}
	method(BytesType, "decode", func(args []Object, kw []string) Object {
		return decode("decode", bytesSelf("decode", args), args, kw)
	})
	method(ByteArrayType, "decode", func(args []Object, kw []string) Object {
		return decode("decode", bytesBuf(ByteArrayType, "decode", args), args, kw)
	})
	method(ByteArrayType, "__getitem__", func(args []Object, kw []string) Object {
		r := GetItem(Bytes(bytesBuf(ByteArrayType, "__getitem__", args)), args[1])
		if b, ok := r.(Bytes); ok {
			return &ByteArray{B: []byte(b)}
		}
		return r
	})
	method(ByteArrayType, "__eq__", func(args []Object, kw []string) Object {
		self := bytesBuf(ByteArrayType, "__eq__", args)
		switch o := UnwrapValue(args[1]).(type) {
		case *ByteArray:
			return NewBool(bytes.Equal(self, o.B))
		case Bytes:
			return NewBool(bytes.Equal(self, []byte(o)))
		}
		return NotImplemented
	})
	method(ByteArrayType, "__iadd__", func(args []Object, kw []string) Object {
		b := UnwrapValue(checkSelf(ByteArrayType, "__iadd__", args)).(*ByteArray)
		b.B = append(b.B, bytesArg("+=", args[1])...)
		return args[0]
	})
	method(ByteArrayType, "__delitem__", func(args []Object, kw []string) Object {
		b := UnwrapValue(checkSelf(ByteArrayType, "__delitem__", args)).(*ByteArray)
		l := NewList(AppendStar(nil, b)...)
		DelItem(l, args[1])
		b.B = bytesFromItems(l.Items)
		return None
	})
}
