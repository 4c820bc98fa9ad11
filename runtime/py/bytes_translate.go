package py

import "fmt"

// bytes/bytearray maketrans and translate.

// bufArg accepts any bytes-like object (bytes, bytearray, memoryview...).
func bufArg(o Object) []byte {
	switch v := UnwrapValue(o).(type) {
	case Bytes:
		return []byte(v)
	case *ByteArray:
		return v.B
	case BufferHolder:
		return v.Buffer()
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", typeName(o))))
}

// translateBytes is bytes.translate(table, /, delete=b"").
func translateBytes(src []byte, args []Object, kw []string) []byte {
	a := ParseArgs("translate", args, kw, []string{"table", "delete"}, 1)
	var table []byte
	if a[0] != None {
		table = bufArg(a[0])
		if len(table) != 256 {
			panic(NewError(ValueErrorType, "translation table must be 256 characters long"))
		}
	}
	var del [256]bool
	if a[1] != nil {
		for _, c := range bufArg(a[1]) {
			del[c] = true
		}
	}
	out := make([]byte, 0, len(src))
	for _, c := range src {
		if del[c] {
			continue
		}
		if table != nil {
			c = table[c]
		}
		out = append(out, c)
	}
	return out
}

func init() {
	maketrans := func(args []Object, kw []string) Object {
		noKw("maketrans", kw)
		if len(args) != 2 {
			panic(NewError(TypeErrorType, fmt.Sprintf("maketrans expected 2 arguments, got %d", len(args))))
		}
		frm, to := bufArg(args[0]), bufArg(args[1])
		if len(frm) != len(to) {
			panic(NewError(ValueErrorType, "maketrans arguments must have same length"))
		}
		t := make([]byte, 256)
		for i := range t {
			t[i] = byte(i)
		}
		for i, c := range frm {
			t[c] = to[i]
		}
		return Bytes(t)
	}
	BytesType.Dict.SetStr("maketrans", &StaticMethod{Func: NewBuiltin("maketrans", maketrans)})
	ByteArrayType.Dict.SetStr("maketrans", &StaticMethod{Func: NewBuiltin("maketrans", maketrans)})
	method(BytesType, "translate", func(args []Object, kw []string) Object {
		b := bytesSelf("translate", args)
		return Bytes(translateBytes(b, args[1:], kw))
	})
	method(ByteArrayType, "translate", func(args []Object, kw []string) Object {
		b := checkSelf(ByteArrayType, "translate", args).(*ByteArray)
		return &ByteArray{B: translateBytes(b.B, args[1:], kw)}
	})
}
