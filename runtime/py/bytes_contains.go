package py

import (
	"bytes"
	"fmt"
)

// bytesContains is `x in b` for bytes and bytearray: an integer (anything
// with __index__) is a byte value, which must lie in range(0, 256);
// otherwise x must be bytes-like and is searched as a substring.
func bytesContains(b []byte, x Object) bool {
	var iv int64
	isInt := true
	switch v := x.(type) {
	case Int:
		iv = int64(v)
	case Bool:
		if v {
			iv = 1
		}
	case *BigInt:
		iv = -1
	default:
		if m := LookupSpecial(x, "__index__"); m != nil {
			switch r := Call(m).(type) {
			case Int:
				iv = int64(r)
			case Bool:
				if r {
					iv = 1
				}
			case *BigInt:
				iv = -1
			default:
				panic(NewError(TypeErrorType, fmt.Sprintf("__index__ returned non-int (type %s)", r.Type().Name)))
			}
		} else {
			isInt = false
		}
	}
	if isInt {
		if iv < 0 || iv >= 256 {
			panic(NewError(ValueErrorType, "byte must be in range(0, 256)"))
		}
		return bytes.IndexByte(b, byte(iv)) >= 0
	}
	sub, ok := BytesLike(x)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", x.Type().Name)))
	}
	return bytes.Contains(b, sub)
}
