package py

import "fmt"

// bytearray.__setitem__: b[i] = byte and b[i:j] = bytes-like (the buffers
// that RawIOBase.readinto implementations fill in place).

func byteValue(v Object) byte {
	// _getbytevalue: PyNumber_Index, then the range check (an int too
	// large for a C long is out of range too).
	if n, ok := pyNumberIndex(v).(Int); ok && n >= 0 && n < 256 {
		return byte(n)
	}
	panic(NewError(ValueErrorType, "byte must be in range(0, 256)"))
}

func init() {
	method(ByteArrayType, "__setitem__", func(args []Object, kw []string) Object {
		if len(args) != 3 {
			panic(NewError(TypeErrorType, fmt.Sprintf("expected 2 arguments, got %d", len(args)-1)))
		}
		b := args[0].(*ByteArray)
		k, v := args[1], args[2]
		s, ok := k.(*Slice)
		if !ok {
			b.B[seqIndex(k, len(b.B), "bytearray")] = byteValue(v)
			return None
		}
		var src []byte
		switch x := v.(type) {
		case Bytes:
			src = []byte(x)
		case *ByteArray:
			src = append([]byte(nil), x.B...)
		case Int, Bool:
			panic(NewError(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)"))
		case Str:
			panic(NewError(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)"))
		default:
			if h, ok := v.(BufferHolder); ok {
				src = append([]byte(nil), h.Buffer()...)
			} else {
				for _, it := range AppendStar(nil, v) {
					src = append(src, byteValue(it))
				}
			}
		}
		start, stop, step := s.indicesOf(func() int { return len(b.B) })
		if step == 1 {
			if stop < start {
				stop = start
			}
			rest := append([]byte(nil), b.B[stop:]...)
			b.B = append(append(b.B[:start], src...), rest...)
			return None
		}
		var idx []int
		for k, i := 0, start; k < sliceLen(start, stop, step); k, i = k+1, i+step {
			idx = append(idx, i)
		}
		if len(idx) != len(src) {
			panic(NewError(ValueErrorType, fmt.Sprintf("attempt to assign bytes of size %d to extended slice of size %d", len(src), len(idx))))
		}
		for j, i := range idx {
			b.B[i] = src[j]
		}
		return None
	})
}
