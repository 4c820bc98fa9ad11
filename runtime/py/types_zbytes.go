package py

import (
	"bytes"
	"fmt"
	"math/big"
)

// The methods bytes and bytearray share (CPython's Objects/bytes_methods.c
// and stringlib), written once over the buffer and registered on both
// types; a method of bytearray gives a new bytearray where bytes' gives
// bytes. ASCII rules throughout: whitespace is b' \t\n\v\f\r', letters and
// digits are ASCII's. This file's init runs after bytes_methods.go's and
// types_bytearray.go's (file name order) and replaces what they defined.

// bytesBuf is the buffer of a bytes method's self (bytes, bytearray, or an
// instance of a subclass of either).
func bytesBuf(t *Type, name string, args []Object) []byte {
	self := checkSelf(t, name, args)
	switch v := UnwrapValue(self).(type) {
	case Bytes:
		return []byte(v)
	case *ByteArray:
		return v.B
	}
	return bufArg(self)
}

// bytesOut is a result of t's kind holding b.
func bytesOut(t *Type, b []byte) Object {
	if t == BytesType {
		return Bytes(b)
	}
	return &ByteArray{B: b}
}

// bufferArg is a bytes-like argument (any object with the buffer
// protocol), CPython's "a bytes-like object is required" otherwise.
func bufferArg(o Object) []byte {
	if b, ok := BytesLike(o); ok {
		return b
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", typeName(o))))
}

// pyNumberIndex is PyNumber_Index: o's value as an int object.
func pyNumberIndex(o Object) Object {
	switch v := o.(type) {
	case Int, *BigInt:
		return v
	case Bool:
		if v {
			return Int(1)
		}
		return Int(0)
	case *ValueSub:
		if isIntLike(v.V) {
			return pyNumberIndex(v.V)
		}
	}
	m := LookupSpecial(o, "__index__")
	if m == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", typeName(o))))
	}
	r := Call(m)
	if !isIntLike(UnwrapValue(r)) {
		panic(NewError(TypeErrorType, fmt.Sprintf("__index__ returned non-int (type %s)", typeName(r))))
	}
	return pyNumberIndex(UnwrapValue(r))
}

// isIndexable is _PyIndex_Check: o's type has __index__.
func isIndexable(o Object) bool {
	switch UnwrapValue(o).(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return LookupSpecial(o, "__index__") != nil
}

const maxSsize = int64(^uint64(0) >> 1)

// asSsizeClamped is PyNumber_AsSsize_t(o, NULL): an int too large for
// Py_ssize_t is clamped to its range.
func asSsizeClamped(o Object) int64 {
	switch v := pyNumberIndex(o).(type) {
	case Int:
		return int64(v)
	case *BigInt:
		if asBig(v).Sign() < 0 {
			return -maxSsize - 1
		}
		return maxSsize
	}
	return 0
}

// asSsizeOverflow is PyNumber_AsSsize_t(o, OverflowError).
func asSsizeOverflow(o Object) int64 {
	switch v := pyNumberIndex(o).(type) {
	case Int:
		return int64(v)
	case *BigInt:
		if asBig(v).IsInt64() {
			return asBig(v).Int64()
		}
		panic(NewError(OverflowErrorType, fmt.Sprintf("cannot fit '%s' into an index-sized integer", typeName(o))))
	}
	return 0
}

// SsizeArg is an argument clinic's "n" (Py_ssize_t) converter:
// PyLong_AsSsize_t(_PyNumber_Index(o)).
func SsizeArg(o Object) int {
	switch v := pyNumberIndex(o).(type) {
	case Int:
		return int(v)
	case *BigInt:
		if asBig(v).IsInt64() {
			return int(asBig(v).Int64())
		}
		panic(NewError(OverflowErrorType, "Python int too large to convert to C ssize_t"))
	}
	return 0
}

// bytesSubArg is the needle of find/count/index: an int in range(256) or
// a bytes-like object.
func bytesSubArg(o Object) []byte {
	if isIndexable(o) {
		return []byte{byteValue(o)}
	}
	if b, ok := BytesLike(o); ok {
		return b
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("argument should be integer or bytes-like object, not '%s'", typeName(o))))
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isAlphaByte(c byte) bool { return isLowerByte(c) || isUpperByte(c) }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func toLowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + 32
	}
	return c
}
func toUpperByte(c byte) byte {
	if isLowerByte(c) {
		return c - 32
	}
	return c
}

// fillByteArg is the fillchar of center/ljust/rjust: a bytes or bytearray
// of length 1.
func fillByteArg(name string, o Object) byte {
	switch v := UnwrapValue(o).(type) {
	case Bytes:
		if len(v) == 1 {
			return v[0]
		}
	case *ByteArray:
		if len(v.B) == 1 {
			return v.B[0]
		}
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("%s() argument 2 must be a byte string of length 1, not %s", name, typeName(o))))
}

// bytesSplitWS is split(None, maxsplit) over ASCII whitespace.
func bytesSplitWS(b []byte, maxsplit int) [][]byte {
	var out [][]byte
	i := 0
	for {
		for i < len(b) && isSpaceByte(b[i]) {
			i++
		}
		if i >= len(b) {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			return append(out, b[i:])
		}
		j := i
		for j < len(b) && !isSpaceByte(b[j]) {
			j++
		}
		out = append(out, b[i:j])
		i = j
	}
}

// bytesRSplitWS is rsplit(None, maxsplit) over ASCII whitespace.
func bytesRSplitWS(b []byte, maxsplit int) [][]byte {
	var out [][]byte
	i := len(b)
	for {
		for i > 0 && isSpaceByte(b[i-1]) {
			i--
		}
		if i <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, b[:i])
			break
		}
		j := i
		for j > 0 && !isSpaceByte(b[j-1]) {
			j--
		}
		out = append(out, b[j:i])
		i = j
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

func bytesRSplitSep(b, sep []byte, maxsplit int) [][]byte {
	var out [][]byte
	end := len(b)
	for maxsplit < 0 || len(out) < maxsplit {
		i := bytes.LastIndex(b[:end], sep)
		if i < 0 {
			break
		}
		out = append(out, b[i+len(sep):end])
		end = i
	}
	out = append(out, b[:end])
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// copyOf is a fresh copy of b (results never share a bytearray's buffer).
func copyOf(b []byte) []byte { return append([]byte{}, b...) }

// bytesPad is pad() of stringlib/transmogrify.h.
func bytesPad(t *Type, self Object, b []byte, left, right int, fill byte) Object {
	if left < 0 {
		left = 0
	}
	if right < 0 {
		right = 0
	}
	if left == 0 && right == 0 {
		if t == BytesType {
			if v, ok := self.(Bytes); ok {
				return v
			}
		}
		return bytesOut(t, copyOf(b))
	}
	out := make([]byte, 0, left+len(b)+right)
	out = append(out, bytes.Repeat([]byte{fill}, left)...)
	out = append(out, b...)
	out = append(out, bytes.Repeat([]byte{fill}, right)...)
	return bytesOut(t, out)
}

func registerBytesMethods(t *Type) {
	tn := t.Name
	self := func(name string, args []Object) []byte { return bytesBuf(t, name, args) }
	// sameOrCopy is b unchanged: bytes itself for an exact bytes, else a
	// new object of t's kind.
	sameOrCopy := func(args []Object, b []byte) Object {
		if t == BytesType {
			if v, ok := args[0].(Bytes); ok {
				return v
			}
		}
		return bytesOut(t, copyOf(b))
	}
	pred := func(name string, f func(b []byte) bool) {
		method(t, name, func(args []Object, kw []string) Object {
			b := self(name, args)
			nargs(name, args, kw, 0, 0)
			return NewBool(f(b))
		})
	}
	pred("isascii", func(b []byte) bool {
		for _, c := range b {
			if c >= 0x80 {
				return false
			}
		}
		return true
	})
	all := func(f func(byte) bool) func(b []byte) bool {
		return func(b []byte) bool {
			if len(b) == 0 {
				return false
			}
			for _, c := range b {
				if !f(c) {
					return false
				}
			}
			return true
		}
	}
	pred("isalnum", all(func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) }))
	pred("isalpha", all(isAlphaByte))
	pred("isdigit", all(isDigitByte))
	pred("isspace", all(isSpaceByte))
	pred("islower", func(b []byte) bool {
		cased := false
		for _, c := range b {
			if isUpperByte(c) {
				return false
			}
			if isLowerByte(c) {
				cased = true
			}
		}
		return cased
	})
	pred("isupper", func(b []byte) bool {
		cased := false
		for _, c := range b {
			if isLowerByte(c) {
				return false
			}
			if isUpperByte(c) {
				cased = true
			}
		}
		return cased
	})
	pred("istitle", func(b []byte) bool {
		cased, prevCased := false, false
		for _, c := range b {
			switch {
			case isUpperByte(c):
				if prevCased {
					return false
				}
				prevCased, cased = true, true
			case isLowerByte(c):
				if !prevCased {
					return false
				}
				prevCased, cased = true, true
			default:
				prevCased = false
			}
		}
		return cased
	})
	mapper := func(name string, f func(b []byte) []byte) {
		method(t, name, func(args []Object, kw []string) Object {
			b := self(name, args)
			nargs(name, args, kw, 0, 0)
			return bytesOut(t, f(b))
		})
	}
	mapper("lower", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = toLowerByte(c)
		}
		return out
	})
	mapper("upper", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = toUpperByte(c)
		}
		return out
	})
	mapper("swapcase", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			switch {
			case isUpperByte(c):
				out[i] = c + 32
			case isLowerByte(c):
				out[i] = c - 32
			default:
				out[i] = c
			}
		}
		return out
	})
	mapper("capitalize", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			if i == 0 {
				out[i] = toUpperByte(c)
			} else {
				out[i] = toLowerByte(c)
			}
		}
		return out
	})
	mapper("title", func(b []byte) []byte {
		out := make([]byte, len(b))
		prevCased := false
		for i, c := range b {
			switch {
			case isLowerByte(c):
				if !prevCased {
					c -= 32
				}
				prevCased = true
			case isUpperByte(c):
				if prevCased {
					c += 32
				}
				prevCased = true
			default:
				prevCased = false
			}
			out[i] = c
		}
		return out
	})
	method(t, "expandtabs", func(args []Object, kw []string) Object {
		b := self("expandtabs", args)
		a := ParseArgs("expandtabs", args[1:], kw, []string{"tabsize"}, 0)
		tab := int64(8)
		if a[0] != nil {
			tab = asSsizeOverflow(a[0])
		}
		var out []byte
		col := int64(0)
		for _, c := range b {
			switch c {
			case '\t':
				if tab > 0 {
					n := tab - col%tab
					if int64(len(out))+n > int64(maxSsize>>1) {
						panic(NewError(OverflowErrorType, "result too long"))
					}
					out = append(out, bytes.Repeat([]byte{' '}, int(n))...)
					col += n
				}
			case '\n', '\r':
				out = append(out, c)
				col = 0
			default:
				out = append(out, c)
				col++
			}
		}
		return bytesOut(t, out)
	})
	just := func(name string) {
		method(t, name, func(args []Object, kw []string) Object {
			b := self(name, args)
			a := nargs(name, args, kw, 1, 2)
			width := asSsizeOverflow(a[0])
			fill := byte(' ')
			if len(a) > 1 {
				fill = fillByteArg(name, a[1])
			}
			if width <= int64(len(b)) {
				return sameOrCopy(args, b)
			}
			marg := int(width) - len(b)
			switch name {
			case "ljust":
				return bytesPad(t, args[0], b, 0, marg, fill)
			case "rjust":
				return bytesPad(t, args[0], b, marg, 0, fill)
			}
			left := marg/2 + (marg & int(width) & 1)
			return bytesPad(t, args[0], b, left, marg-left, fill)
		})
	}
	just("ljust")
	just("rjust")
	just("center")
	method(t, "zfill", func(args []Object, kw []string) Object {
		b := self("zfill", args)
		a := nargs("zfill", args, kw, 1, 1)
		width := asSsizeOverflow(a[0])
		if width <= int64(len(b)) {
			return sameOrCopy(args, b)
		}
		fill := int(width) - len(b)
		out := append(bytes.Repeat([]byte{'0'}, fill), b...)
		if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
			out[0] = b[0]
			out[fill] = '0'
		}
		return bytesOut(t, out)
	})
	affix := func(name string, prefix bool) {
		method(t, name, func(args []Object, kw []string) Object {
			b := self(name, args)
			a := nargs(name, args, kw, 1, 1)
			p := bufferArg(a[0])
			if prefix && bytes.HasPrefix(b, p) && len(p) > 0 {
				return bytesOut(t, copyOf(b[len(p):]))
			}
			if !prefix && bytes.HasSuffix(b, p) && len(p) > 0 {
				return bytesOut(t, copyOf(b[:len(b)-len(p)]))
			}
			return sameOrCopy(args, b)
		})
	}
	affix("removeprefix", true)
	affix("removesuffix", false)
	strip := func(name string, left, right bool) {
		method(t, name, func(args []Object, kw []string) Object {
			b := self(name, args)
			a := nargs(name, args, kw, 0, 1)
			in := isSpaceByte
			if len(a) > 0 && a[0] != None {
				cut := bufferArg(a[0])
				in = func(c byte) bool { return bytes.IndexByte(cut, c) >= 0 }
			}
			i, j := 0, len(b)
			if left {
				for i < j && in(b[i]) {
					i++
				}
			}
			if right {
				for j > i && in(b[j-1]) {
					j--
				}
			}
			if i == 0 && j == len(b) {
				return sameOrCopy(args, b)
			}
			return bytesOut(t, copyOf(b[i:j]))
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	split := func(name string, right bool) {
		method(t, name, func(args []Object, kw []string) Object {
			b := self(name, args)
			a := ParseArgs(name, args[1:], kw, []string{"sep", "maxsplit"}, 0)
			n := -1
			if a[1] != nil {
				n = int(asSsizeOverflow(a[1]))
			}
			var parts [][]byte
			switch {
			case a[0] == nil || a[0] == None:
				if right {
					parts = bytesRSplitWS(b, n)
				} else {
					parts = bytesSplitWS(b, n)
				}
			default:
				sep := bufferArg(a[0])
				if len(sep) == 0 {
					panic(NewError(ValueErrorType, "empty separator"))
				}
				if right {
					parts = bytesRSplitSep(b, sep, n)
				} else {
					parts = bytes.SplitN(b, sep, maxsplitN(n))
				}
			}
			out := make([]Object, len(parts))
			for i, p := range parts {
				if t == BytesType && len(parts) == 1 && len(p) == len(b) {
					if v, ok := args[0].(Bytes); ok {
						out[i] = v
						continue
					}
				}
				out[i] = bytesOut(t, copyOf(p))
			}
			return NewList(out...)
		})
	}
	split("split", false)
	split("rsplit", true)
	partition := func(name string, right bool) {
		method(t, name, func(args []Object, kw []string) Object {
			b := self(name, args)
			a := nargs(name, args, kw, 1, 1)
			sep := bufferArg(a[0])
			if len(sep) == 0 {
				panic(NewError(ValueErrorType, "empty separator"))
			}
			var i int
			if right {
				i = bytes.LastIndex(b, sep)
			} else {
				i = bytes.Index(b, sep)
			}
			if i < 0 {
				whole := sameOrCopy(args, b)
				if right {
					return NewTuple(bytesOut(t, []byte{}), bytesOut(t, []byte{}), whole)
				}
				return NewTuple(whole, bytesOut(t, []byte{}), bytesOut(t, []byte{}))
			}
			return NewTuple(bytesOut(t, copyOf(b[:i])), bytesOut(t, copyOf(sep)), bytesOut(t, copyOf(b[i+len(sep):])))
		})
	}
	partition("partition", false)
	partition("rpartition", true)
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		method(t, name, func(args []Object, kw []string) Object {
			b := self(name, args)
			a := nargs(name, args, kw, 1, 3)
			var so, eo Object = None, None
			if len(a) > 1 {
				so = a[1]
			}
			if len(a) > 2 {
				eo = a[2]
			}
			s, e := adjustIndices(so, eo, len(b))
			match := func(o Object) bool {
				c, ok := BytesLike(o)
				if !ok {
					panic(NewError(TypeErrorType, fmt.Sprintf("%s first arg must be bytes or a tuple of bytes, not %s", name, typeName(o))))
				}
				if s > len(b) || e-s < len(c) {
					return false
				}
				if name == "startswith" {
					return bytes.HasPrefix(b[s:e], c)
				}
				return bytes.HasSuffix(b[s:e], c)
			}
			if tup, ok := a[0].(*Tuple); ok {
				for _, it := range tup.Items {
					if match(it) {
						return True
					}
				}
				return False
			}
			return NewBool(match(a[0]))
		})
	}
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		name := name
		method(t, name, func(args []Object, kw []string) Object {
			b := self(name, args)
			a := nargs(name, args, kw, 1, 3)
			sub := bytesSubArg(a[0])
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
	method(t, "replace", func(args []Object, kw []string) Object {
		b := self("replace", args)
		a := nargs("replace", args, kw, 2, 3)
		n := -1
		if len(a) > 2 {
			n = int(asSsizeOverflow(a[2]))
		}
		old, nw := bufferArg(a[0]), bufferArg(a[1])
		return bytesOut(t, bytes.Replace(copyOf(b), old, nw, n))
	})
	method(t, "join", func(args []Object, kw []string) Object {
		b := copyOf(self("join", args))
		a := nargs("join", args, kw, 1, 1)
		var parts [][]byte
		for i, it := range AppendStar(nil, a[0]) {
			bl, ok := BytesLike(it)
			if !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("sequence item %d: expected a bytes-like object, %s found", i, typeName(it))))
			}
			parts = append(parts, bl)
		}
		return bytesOut(t, bytes.Join(parts, b))
	})
	method(t, "splitlines", func(args []Object, kw []string) Object {
		b := self("splitlines", args)
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
				out.Items = append(out.Items, bytesOut(t, copyOf(b[start:end])))
			} else {
				out.Items = append(out.Items, bytesOut(t, copyOf(b[start:i])))
			}
			start = end
			i = end - 1
		}
		if start < len(b) {
			out.Items = append(out.Items, bytesOut(t, copyOf(b[start:])))
		}
		return out
	})
	method(t, "__mod__", func(args []Object, kw []string) Object {
		b := self("__mod__", args)
		nargs("__mod__", args, kw, 1, 1)
		return bytesOut(t, BytesPercentFormat(b, args[1]))
	})
	method(t, "__rmod__", func(args []Object, kw []string) Object {
		checkSelf(t, "__rmod__", args)
		nargs("__rmod__", args, kw, 1, 1)
		return NotImplemented
	})
	t.Dict.SetStr("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(args []Object, kw []string) Object {
		a := nargs("fromhex", args, kw, 1, 1)
		s, ok := UnwrapValue(a[0]).(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("fromhex() argument must be str, not %s", typeName(a[0]))))
		}
		out := bytesFromHex(string(s))
		var r Object = bytesOut(t, out)
		if cls, ok := args[0].(*Type); ok && cls != t {
			return Call(cls, r)
		}
		return r
	})})
	_ = tn
}

// bytesFromHex is bytes.fromhex's parse: pairs of hex digits, ASCII
// whitespace between pairs; CPython's message names the position of the
// first bad character.
func bytesFromHex(s string) []byte {
	hexv := func(c byte) int {
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
	// Positions count code points.
	rs := []rune(s)
	var out []byte
	bad := func(i int) {
		panic(NewError(ValueErrorType, fmt.Sprintf("non-hexadecimal number found in fromhex() arg at position %d", i)))
	}
	for i := 0; i < len(rs); {
		if rs[i] < 0x80 && isSpaceByte(byte(rs[i])) {
			i++
			continue
		}
		if rs[i] >= 0x80 || hexv(byte(rs[i])) < 0 {
			bad(i)
		}
		if i+1 >= len(rs) || rs[i+1] >= 0x80 || hexv(byte(rs[i+1])) < 0 {
			bad(i + 1)
		}
		out = append(out, byte(hexv(byte(rs[i]))<<4|hexv(byte(rs[i+1]))))
		i += 2
	}
	return out
}

// bytesFromSource is the source argument of bytes() and bytearray()
// without an encoding: an int (a count of zero bytes), a buffer, or an
// iterable of ints in range(256).
func bytesFromSource(fname string, x Object) []byte {
	if isIndexable(x) {
		n, failed := tryCount(x)
		if !failed {
			if n < 0 {
				panic(NewError(ValueErrorType, "negative count"))
			}
			return make([]byte, n)
		}
	}
	if b, ok := BytesLike(x); ok {
		return copyOf(b)
	}
	switch v := x.(type) {
	case *List:
		return bytesFromItems(append([]Object{}, v.Items...))
	case *Tuple:
		return bytesFromItems(v.Items)
	}
	if _, isStr := UnwrapValue(x).(Str); !isStr && LookupSpecial(x, "__iter__") != nil || hasGetItem(x) {
		it := GetIter(x)
		var out []byte
		for {
			item, ok := Next(it)
			if !ok {
				return out
			}
			out = append(out, bytesItem(item))
		}
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("cannot convert '%s' object to %s", typeName(x), fname)))
}

func hasGetItem(x Object) bool {
	_, isStr := UnwrapValue(x).(Str)
	return !isStr && LookupSpecial(x, "__getitem__") != nil
}

// tryCount is PyNumber_AsSsize_t(x, OverflowError) where a TypeError
// (an __index__ giving a non-int) falls through to the other forms.
func tryCount(x Object) (n int64, failed bool) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*BaseException); ok && e.Type().IsSubtype(TypeErrorType) {
				failed = true
				return
			}
			panic(r)
		}
	}()
	saved := SaveDepth()
	defer RestoreDepth(saved)
	n = asSsizeOverflow(x)
	if n > 1<<40 {
		panic(NewError(MemoryErrorType, ""))
	}
	return n, false
}

func bytesItem(item Object) byte {
	v := asSsizeClamped(item)
	if v < 0 || v >= 256 {
		panic(NewError(ValueErrorType, "bytes must be in range(0, 256)"))
	}
	return byte(v)
}

func bytesFromItems(items []Object) []byte {
	out := make([]byte, len(items))
	for i, it := range items {
		out[i] = bytesItem(it)
	}
	return out
}

// bytesNewArgs checks bytes()/bytearray()'s encoding and errors.
func bytesEncodeArgs(fname string, a []Object) (enc, errs string) {
	enc, errs = "utf-8", "strict"
	if a[1] != nil {
		s, ok := UnwrapValue(a[1]).(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() argument 'encoding' must be str, not %s", fname, typeName(a[1]))))
		}
		enc = string(s)
	}
	if a[2] != nil {
		s, ok := UnwrapValue(a[2]).(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() argument 'errors' must be str, not %s", fname, typeName(a[2]))))
		}
		errs = string(s)
	}
	return
}

func bytesNew(args []Object, kw []string) []byte {
	a := ParseArgs("bytes", args, kw, []string{"source", "encoding", "errors"}, 0)
	x := a[0]
	if x == nil {
		if a[1] != nil {
			panic(NewError(TypeErrorType, "encoding without a string argument"))
		}
		if a[2] != nil {
			panic(NewError(TypeErrorType, "errors without a string argument"))
		}
		return []byte{}
	}
	if a[1] != nil {
		enc, errs := bytesEncodeArgs("bytes", a)
		s, ok := UnwrapValue(x).(Str)
		if !ok {
			panic(NewError(TypeErrorType, "encoding without a string argument"))
		}
		return EncodeStr(string(s), enc, errs)
	}
	if a[2] != nil {
		bytesEncodeArgs("bytes", a)
		if _, ok := UnwrapValue(x).(Str); ok {
			panic(NewError(TypeErrorType, "string argument without an encoding"))
		}
		panic(NewError(TypeErrorType, "errors without a string argument"))
	}
	if m := LookupSpecial(x, "__bytes__"); m != nil {
		r := Call(m)
		b, ok := UnwrapValue(r).(Bytes)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__bytes__ returned non-bytes (type %s)", typeName(r))))
		}
		return []byte(b)
	}
	if _, ok := UnwrapValue(x).(Str); ok {
		panic(NewError(TypeErrorType, "string argument without an encoding"))
	}
	return bytesFromSource("bytes", x)
}

// byteArrayInit is bytearray.__init__(source, encoding, errors) on b.
func byteArrayInit(b *ByteArray, args []Object, kw []string) {
	a := ParseArgs("bytearray", args, kw, []string{"source", "encoding", "errors"}, 0)
	x := a[0]
	if x == nil {
		if a[1] != nil {
			panic(NewError(TypeErrorType, "encoding without a string argument"))
		}
		if a[2] != nil {
			panic(NewError(TypeErrorType, "errors without a string argument"))
		}
		b.B = b.B[:0]
		return
	}
	if s, ok := UnwrapValue(x).(Str); ok {
		if a[1] == nil {
			panic(NewError(TypeErrorType, "string argument without an encoding"))
		}
		enc, errs := bytesEncodeArgs("bytearray", a)
		b.B = EncodeStr(string(s), enc, errs)
		return
	}
	if a[1] != nil {
		panic(NewError(TypeErrorType, "encoding without a string argument"))
	}
	if a[2] != nil {
		panic(NewError(TypeErrorType, "errors without a string argument"))
	}
	if isIndexable(x) {
		if n, failed := tryCount(x); !failed {
			if n < 0 {
				panic(NewError(ValueErrorType, "negative count"))
			}
			b.B = make([]byte, n)
			return
		}
	}
	if bl, ok := BytesLike(x); ok {
		b.B = copyOf(bl)
		return
	}
	if _, ok := x.(*List); !ok && LookupSpecial(x, "__iter__") == nil && !hasGetItem(x) {
		panic(NewError(TypeErrorType, fmt.Sprintf("cannot convert '%s' object to bytearray", typeName(x))))
	}
	it := GetIter(x)
	var out []byte
	for {
		item, ok := Next(it)
		if !ok {
			break
		}
		out = append(out, byteValue(item))
	}
	b.B = out
}

// bigMaxSsize is sys.maxsize as a big.Int.
var bigMaxSsize = big.NewInt(maxSsize)

func init() {
	registerBytesMethods(BytesType)
	registerBytesMethods(ByteArrayType)
	BytesType.call = func(t *Type, args []Object, kw []string) Object {
		return Bytes(bytesNew(args, kw))
	}
	method(BytesType, "__bytes__", func(args []Object, kw []string) Object {
		b := bytesBuf(BytesType, "__bytes__", args)
		nargs("__bytes__", args, kw, 0, 0)
		if v, ok := args[0].(Bytes); ok {
			return v
		}
		return Bytes(copyOf(b))
	})
	method(BytesType, "__getnewargs__", func(args []Object, kw []string) Object {
		b := bytesBuf(BytesType, "__getnewargs__", args)
		nargs("__getnewargs__", args, kw, 0, 0)
		return NewTuple(Bytes(copyOf(b)))
	})
	ByteArrayType.call = func(t *Type, args []Object, kw []string) Object {
		b := &ByteArray{}
		byteArrayInit(b, args, kw)
		return b
	}
	ba := func(name string, args []Object) *ByteArray {
		s := checkSelf(ByteArrayType, name, args)
		if b, ok := UnwrapValue(s).(*ByteArray); ok {
			return b
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' requires a 'bytearray' object but received a '%s'", name, typeName(args[0]))))
	}
	method(ByteArrayType, "__init__", func(args []Object, kw []string) Object {
		b := ba("__init__", args)
		byteArrayInit(b, args[1:], kw)
		return None
	})
	method(ByteArrayType, "__alloc__", func(args []Object, kw []string) Object {
		b := ba("__alloc__", args)
		nargs("__alloc__", args, kw, 0, 0)
		return Int(cap(b.B) + 1)
	})
	method(ByteArrayType, "insert", func(args []Object, kw []string) Object {
		b := ba("insert", args)
		a := nargs("insert", args, kw, 2, 2)
		i := SsizeArg(a[0])
		i = InsertIndex(i, len(b.B))
		v := byteValue(a[1])
		b.B = append(b.B, 0)
		copy(b.B[i+1:], b.B[i:])
		b.B[i] = v
		return None
	})
	method(ByteArrayType, "append", func(args []Object, kw []string) Object {
		b := ba("append", args)
		a := nargs("append", args, kw, 1, 1)
		b.B = append(b.B, byteValue(a[0]))
		return None
	})
	method(ByteArrayType, "extend", func(args []Object, kw []string) Object {
		b := ba("extend", args)
		a := nargs("extend", args, kw, 1, 1)
		if bl, ok := BytesLike(a[0]); ok {
			b.B = append(b.B, copyOf(bl)...)
			return None
		}
		if _, ok := UnwrapValue(a[0]).(Str); ok || LookupSpecial(a[0], "__iter__") == nil && !hasGetItem(a[0]) {
			panic(NewError(TypeErrorType, fmt.Sprintf("can't extend bytearray with %s", typeName(a[0]))))
		}
		it := GetIter(a[0])
		var add []byte
		for {
			item, ok := Next(it)
			if !ok {
				break
			}
			add = append(add, byteValue(item))
		}
		b.B = append(b.B, add...)
		return None
	})
	method(ByteArrayType, "pop", func(args []Object, kw []string) Object {
		b := ba("pop", args)
		a := nargs("pop", args, kw, 0, 1)
		if len(b.B) == 0 {
			panic(NewError(IndexErrorType, "pop from empty bytearray"))
		}
		i := int64(-1)
		if len(a) > 0 {
			i = asSsizeOverflow(a[0])
		}
		n := int64(len(b.B))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			panic(NewError(IndexErrorType, "pop index out of range"))
		}
		v := b.B[i]
		b.B = append(b.B[:i], b.B[i+1:]...)
		return Int(v)
	})
	method(ByteArrayType, "remove", func(args []Object, kw []string) Object {
		b := ba("remove", args)
		a := nargs("remove", args, kw, 1, 1)
		v := byteValue(a[0])
		i := bytes.IndexByte(b.B, v)
		if i < 0 {
			panic(NewError(ValueErrorType, "value not found in bytearray"))
		}
		b.B = append(b.B[:i], b.B[i+1:]...)
		return None
	})
	method(ByteArrayType, "reverse", func(args []Object, kw []string) Object {
		b := ba("reverse", args)
		nargs("reverse", args, kw, 0, 0)
		for l, r := 0, len(b.B)-1; l < r; l, r = l+1, r-1 {
			b.B[l], b.B[r] = b.B[r], b.B[l]
		}
		return None
	})
	method(ByteArrayType, "copy", func(args []Object, kw []string) Object {
		b := ba("copy", args)
		nargs("copy", args, kw, 0, 0)
		return &ByteArray{B: copyOf(b.B)}
	})
	method(ByteArrayType, "clear", func(args []Object, kw []string) Object {
		b := ba("clear", args)
		nargs("clear", args, kw, 0, 0)
		b.B = nil
		return None
	})
	for _, op := range []struct {
		name string
		op   CmpOp
	}{{"__lt__", OpLt}, {"__le__", OpLe}, {"__eq__", OpEq}, {"__ne__", OpNe}, {"__gt__", OpGt}, {"__ge__", OpGe}} {
		op := op
		method(ByteArrayType, op.name, func(args []Object, kw []string) Object {
			b := ba(op.name, args)
			nargs(op.name, args, kw, 1, 1)
			o, ok := BytesLike(args[1])
			if !ok {
				return NotImplemented
			}
			return NewBool(cmpResult(bytes.Compare(b.B, o), op.op))
		})
	}
}

// Subclasses of bytearray: an instance is a *ValueSub whose value is its
// own *ByteArray (mutable in place, so the value never needs replacing).
// bytearray's methods work on that value; one that gives self back (+=,
// *=) gives the instance.
func init() {
	subclassable[ByteArrayType] = true
	ByteArrayType.Dict.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(args []Object, kw []string) Object {
		if len(args)-len(kw) < 1 {
			panic(NewError(TypeErrorType, "bytearray.__new__(): not enough arguments"))
		}
		cls, ok := args[0].(*Type)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("bytearray.__new__(X): X is not a type object (%s)", typeName(args[0]))))
		}
		if !cls.IsSubtype(ByteArrayType) {
			panic(NewError(TypeErrorType, fmt.Sprintf("bytearray.__new__(%s): %s is not a subtype of bytearray", cls.Name, cls.Name)))
		}
		return NewValueSub(cls, &ByteArray{})
	})})
	method(ByteArrayType, "__repr__", func(args []Object, kw []string) Object {
		s := checkSelf(ByteArrayType, "__repr__", args)
		b, _ := UnwrapValue(s).(*ByteArray)
		if b == nil {
			return Str(Repr(s))
		}
		return Str(typeName(args[0]) + "(" + BytesRepr(b.B) + ")")
	})
	ByteArrayType.Dict.Items(func(k, v Object) bool {
		f, ok := v.(*BuiltinFunction)
		name := string(k.(Str))
		if !ok || name == "__init__" || name == "__repr__" {
			return true
		}
		fn := f.Fn
		f.Fn = func(args []Object, kw []string) Object {
			if len(args) > 0 {
				if vs, ok := args[0].(*ValueSub); ok {
					if b, ok := vs.V.(*ByteArray); ok {
						a := append([]Object{b}, args[1:]...)
						r := fn(a, kw)
						if r == Object(b) {
							return vs
						}
						return r
					}
				}
			}
			return fn(args, kw)
		}
		return true
	})
}

// bytearray's pickling (bytearray_reduce_ex's _common_reduce): the class,
// the contents (a Latin-1 str and 'latin-1' below protocol 3, bytes
// from 3), and __getstate__()'s state.
func byteArrayReduce(self Object, proto int64) Object {
	b, _ := UnwrapValue(self).(*ByteArray)
	if b == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '__reduce_ex__' requires a 'bytearray' object but received a '%s'", typeName(self))))
	}
	state := CallMethod(self, "__getstate__")
	cls := self.Type()
	if len(b.B) == 0 {
		return NewTuple(cls, NewTuple(), state)
	}
	if proto < 3 {
		return NewTuple(cls, NewTuple(Str(latin1(b.B)), Str("latin-1")), state)
	}
	return NewTuple(cls, NewTuple(Bytes(copyOf(b.B))), state)
}

func init() {
	ByteArrayType.Dict.SetStr("__reduce__", NewMethod("__reduce__", func(args []Object, kw []string) Object {
		nargs("__reduce__", args, kw, 0, 0)
		return byteArrayReduce(args[0], 2)
	}))
	ByteArrayType.Dict.SetStr("__reduce_ex__", NewMethod("__reduce_ex__", func(args []Object, kw []string) Object {
		a := nargs("__reduce_ex__", args, kw, 0, 1)
		proto := int64(0)
		if len(a) > 0 {
			proto = asSsizeOverflow(a[0])
		}
		return byteArrayReduce(args[0], proto)
	}))
}
