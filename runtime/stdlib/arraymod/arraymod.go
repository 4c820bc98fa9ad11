// Package arraymod is CPython's array module: typed arrays of the host's C
// types (b B u h H i I l L q Q f d, with x86-64 Linux sizes) stored as raw
// little-endian bytes, so that they expose a buffer to struct, binascii,
// zlib and the others (py.BufferHolder); CPython's conversion errors per
// typecode, slicing, comparisons, concatenation and the list-like methods.
package arraymod

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

const typecodes = "bBuhHiIlLqQfd"

func itemSize(tc byte) int {
	switch tc {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'u', 'i', 'I', 'f':
		return 4
	}
	return 8
}

// Array is an array.array.
type Array struct {
	cls  *py.Type
	tc   byte
	size int
	data []byte
	dict *py.Dict
}

var (
	ArrayType     *py.Type
	ArrayIterType *py.Type
)

func (a *Array) Type() *py.Type { return a.cls }
func (a *Array) Len() int       { return len(a.data) / a.size }

// Buffer and Writable make arrays bytes-like objects.
func (a *Array) Buffer() []byte { return a.data }
func (a *Array) Writable() bool { return true }

// InstanceDict holds the attributes of instances of Python subclasses.
func (a *Array) InstanceDict() *py.Dict {
	if a.cls == ArrayType {
		return nil
	}
	if a.dict == nil {
		a.dict = py.NewDict()
	}
	return a.dict
}

func overflow(msg string) { panic(py.NewError(py.OverflowErrorType, msg)) }

func intArg(o py.Object) *big.Int {
	b, ok := py.IndexBig(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", o.Type().Name)))
	}
	return b
}

func longArg(o py.Object) int64 {
	b := intArg(o)
	if !b.IsInt64() {
		overflow("Python int too large to convert to C long")
	}
	return b.Int64()
}

func rangeCheck(v, lo, hi int64, name string) {
	if v < lo {
		overflow(name + " is less than minimum")
	}
	if v > hi {
		overflow(name + " is greater than maximum")
	}
}

// encode converts a Python value to the item bytes, with CPython's checks.
func (a *Array) encode(o py.Object, dst []byte) {
	le := binary.LittleEndian
	switch a.tc {
	case 'b':
		v := longArg(o)
		rangeCheck(v, math.MinInt16, math.MaxInt16, "signed short integer")
		rangeCheck(v, -128, 127, "signed char")
		dst[0] = byte(v)
	case 'B':
		v := longArg(o)
		rangeCheck(v, 0, 255, "unsigned byte integer")
		dst[0] = byte(v)
	case 'h':
		v := longArg(o)
		rangeCheck(v, math.MinInt16, math.MaxInt16, "signed short integer")
		le.PutUint16(dst, uint16(v))
	case 'H':
		v := longArg(o)
		rangeCheck(v, math.MinInt32, math.MaxInt32, "signed integer")
		rangeCheck(v, 0, 65535, "unsigned short")
		le.PutUint16(dst, uint16(v))
	case 'i':
		v := longArg(o)
		rangeCheck(v, math.MinInt32, math.MaxInt32, "signed integer")
		le.PutUint32(dst, uint32(v))
	case 'I', 'L':
		b := intArg(o)
		if b.Sign() < 0 {
			overflow("can't convert negative value to unsigned int")
		}
		if !b.IsUint64() {
			overflow("Python int too large to convert to C unsigned long")
		}
		if a.tc == 'I' {
			if b.Uint64() > math.MaxUint32 {
				overflow("unsigned int is greater than maximum")
			}
			le.PutUint32(dst, uint32(b.Uint64()))
		} else {
			le.PutUint64(dst, b.Uint64())
		}
	case 'l':
		le.PutUint64(dst, uint64(longArg(o)))
	case 'q':
		b := intArg(o)
		if !b.IsInt64() {
			overflow("int too big to convert")
		}
		le.PutUint64(dst, uint64(b.Int64()))
	case 'Q':
		b := intArg(o)
		if b.Sign() < 0 {
			overflow("can't convert negative int to unsigned")
		}
		if !b.IsUint64() {
			overflow("int too big to convert")
		}
		le.PutUint64(dst, b.Uint64())
	case 'f', 'd':
		f, ok := py.FloatValue(o)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("must be real number, not %s", o.Type().Name)))
		}
		if a.tc == 'f' {
			le.PutUint32(dst, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(dst, math.Float64bits(f))
		}
	case 'u':
		s, ok := o.(py.Str)
		rs := []rune(string(s))
		if !ok || len(rs) != 1 {
			panic(py.NewError(py.TypeErrorType, "array item must be unicode character"))
		}
		le.PutUint32(dst, uint32(rs[0]))
	}
}

func (a *Array) decode(src []byte) py.Object {
	le := binary.LittleEndian
	switch a.tc {
	case 'b':
		return py.Int(int64(int8(src[0])))
	case 'B':
		return py.Int(int64(src[0]))
	case 'h':
		return py.Int(int64(int16(le.Uint16(src))))
	case 'H':
		return py.Int(int64(le.Uint16(src)))
	case 'i':
		return py.Int(int64(int32(le.Uint32(src))))
	case 'I':
		return py.Int(int64(le.Uint32(src)))
	case 'l', 'q':
		return py.Int(int64(le.Uint64(src)))
	case 'L', 'Q':
		u := le.Uint64(src)
		if u > math.MaxInt64 {
			return py.NewBigInt(new(big.Int).SetUint64(u))
		}
		return py.Int(int64(u))
	case 'f':
		return py.Float(float64(math.Float32frombits(le.Uint32(src))))
	case 'd':
		return py.Float(math.Float64frombits(le.Uint64(src)))
	case 'u':
		return py.Str(string(rune(le.Uint32(src))))
	}
	return py.None
}

func (a *Array) item(i int) py.Object { return a.decode(a.data[i*a.size : (i+1)*a.size]) }

func (a *Array) appendValue(o py.Object) {
	buf := make([]byte, a.size)
	a.encode(o, buf)
	a.data = append(a.data, buf...)
}

func newArray(cls *py.Type, tc byte) *Array {
	return &Array{cls: cls, tc: tc, size: itemSize(tc)}
}

func (a *Array) values() []py.Object {
	out := make([]py.Object, a.Len())
	for i := range out {
		out[i] = a.item(i)
	}
	return out
}

func (a *Array) extendIter(o py.Object) {
	if b, ok := o.(*Array); ok {
		if b.tc != a.tc {
			panic(py.NewError(py.TypeErrorType, "can only extend with array of same kind"))
		}
		a.data = append(a.data, b.data...)
		return
	}
	it := py.GetIter(o)
	for {
		v, ok := py.Next(it)
		if !ok {
			return
		}
		a.appendValue(v)
	}
}

func (a *Array) frombytes(b []byte) {
	if len(b)%a.size != 0 {
		panic(py.NewError(py.ValueErrorType, "bytes length not a multiple of item size"))
	}
	a.data = append(a.data, b...)
}

func (a *Array) repr() string {
	if a.Len() == 0 {
		return fmt.Sprintf("array('%c')", a.tc)
	}
	if a.tc == 'u' {
		return fmt.Sprintf("array('%c', %s)", a.tc, py.Repr(a.tounicode()))
	}
	return fmt.Sprintf("array('%c', %s)", a.tc, py.ReprList(a.values()))
}

func (a *Array) tounicode() py.Object {
	var b strings.Builder
	for i := 0; i < a.Len(); i++ {
		b.WriteRune(rune(binary.LittleEndian.Uint32(a.data[i*4:])))
	}
	return py.Str(b.String())
}

func self(o py.Object) *Array {
	a, ok := o.(*Array)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor requires a 'array.array' object but received a '%s'", o.Type().Name)))
	}
	return a
}

func index(a *Array, o py.Object) int {
	i := py.Index(o)
	if i < 0 {
		i += a.Len()
	}
	if i < 0 || i >= a.Len() {
		panic(py.NewError(py.IndexErrorType, "array index out of range"))
	}
	return i
}

func code(name string, params ...string) *py.Code {
	return &py.Code{Name: name, Qualname: "array." + name, Module: "array", Params: params, NumPos: len(params)}
}

func dunder(name string, params []string, fn func(a []py.Object) py.Object) {
	ArrayType.Dict.SetStr(name, py.NewFunction(code(name, params...), nil, nil, fn))
}

func method(name string, fn func(a *Array, args []py.Object, kw []string) py.Object) {
	py.AddMethod(ArrayType, name, func(args []py.Object, kw []string) py.Object {
		return fn(self(args[0]), args[1:], kw)
	})
}

func exactly(name string, args []py.Object, n int) {
	if len(args) != n {
		if n == 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("array.%s() takes exactly one argument (%d given)", name, len(args))))
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected %d arguments, got %d", name, n, len(args))))
	}
}

// slice returns the indices a slice selects.
func sliceIndices(a *Array, s *py.Slice) []int {
	start, stop, step := adjust(s, a.Len())
	var out []int
	if step > 0 {
		for i := start; i < stop; i += step {
			out = append(out, i)
		}
	} else {
		for i := start; i > stop; i += step {
			out = append(out, i)
		}
	}
	return out
}

// adjust is slice.indices(n): CPython's PySlice_Unpack and AdjustIndices.
func adjust(s *py.Slice, n int) (start, stop, step int) {
	step = 1
	if s.Step != nil && s.Step != py.None {
		step = py.Index(s.Step)
		if step == 0 {
			panic(py.NewError(py.ValueErrorType, "slice step cannot be zero"))
		}
	}
	clamp := func(o py.Object, def int) int {
		if o == nil || o == py.None {
			return def
		}
		v := py.Index(o)
		if v < 0 {
			v += n
			if v < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if v >= n {
			if step < 0 {
				return n - 1
			}
			return n
		}
		return v
	}
	if step > 0 {
		return clamp(s.Start, 0), clamp(s.Stop, n), step
	}
	return clamp(s.Start, n-1), clamp(s.Stop, -1), step
}

func compare(x, y *Array, op py.CmpOp) py.Object {
	n, m := x.Len(), y.Len()
	if n != m && (op == py.OpEq || op == py.OpNe) {
		return py.NewBool(op == py.OpNe)
	}
	for i := 0; i < n && i < m; i++ {
		a, b := x.item(i), y.item(i)
		if !py.Eq(a, b) {
			switch op {
			case py.OpEq:
				return py.False
			case py.OpNe:
				return py.True
			}
			return py.Compare(a, b, op)
		}
	}
	return py.Compare(py.Int(n), py.Int(m), op)
}

func setup0() {
	py.SetSubclassable(ArrayType)
	py.SetCollectionFlags(ArrayType, py.FlagSequence) // Py_TPFLAGS_SEQUENCE: a sequence pattern matches it
	ArrayType.Dict.SetStr("__new__", &py.StaticMethod{Func: py.NewBuiltin("__new__", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		if len(kw) > 0 && cls == ArrayType {
			panic(py.NewError(py.TypeErrorType, "array.array() takes no keyword arguments"))
		}
		pos := args[1 : len(args)-len(kw)]
		if len(pos) < 1 || len(pos) > 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("array() takes at most 2 arguments (%d given)", len(pos))))
		}
		s, ok := pos[0].(py.Str)
		if !ok || len([]rune(string(s))) != 1 {
			if ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("array() argument 1 must be a unicode character, not str")))
			}
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("array() argument 1 must be a unicode character, not %s", pos[0].Type().Name)))
		}
		tc := s[0]
		if len(s) != 1 || strings.IndexByte(typecodes, tc) < 0 {
			panic(py.NewError(py.ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"))
		}
		a := newArray(cls, tc)
		if len(pos) == 2 {
			init := pos[1]
			switch v := init.(type) {
			case py.Str:
				if tc != 'u' {
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("cannot use a str to initialize an array with typecode '%c'", tc)))
				}
				for _, r := range string(v) {
					a.appendValue(py.Str(string(r)))
				}
			case py.Bytes, *py.ByteArray:
				b, _ := py.BytesLike(v)
				a.frombytes(b)
			case *Array:
				if v.tc == 'u' && tc != 'u' {
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("cannot use a unicode array to initialize an array with typecode '%c'", tc)))
				}
				for _, x := range v.values() {
					a.appendValue(x)
				}
			default:
				a.extendIter(init)
			}
		}
		return a
	})})
	py.AddGetter(ArrayType, "typecode", func(o py.Object) py.Object { return py.Str(string(o.(*Array).tc)) }, nil)
	py.AddGetter(ArrayType, "itemsize", func(o py.Object) py.Object { return py.Int(o.(*Array).size) }, nil)
	dunder("__repr__", []string{"self"}, func(a []py.Object) py.Object { return py.Str(self(a[0]).repr()) })
	dunder("__len__", []string{"self"}, func(a []py.Object) py.Object { return py.Int(self(a[0]).Len()) })
	dunder("__iter__", []string{"self"}, func(a []py.Object) py.Object {
		arr := self(a[0])
		i := 0
		return &py.GoIter{T: ArrayIterType, F: func() (py.Object, bool) {
			if i >= arr.Len() {
				return nil, false
			}
			i++
			return arr.item(i - 1), true
		}}
	})
	dunder("__contains__", []string{"self", "x"}, func(a []py.Object) py.Object {
		arr := self(a[0])
		for i := 0; i < arr.Len(); i++ {
			if py.Eq(arr.item(i), a[1]) {
				return py.True
			}
		}
		return py.False
	})
	dunder("__getitem__", []string{"self", "key"}, func(a []py.Object) py.Object {
		arr := self(a[0])
		if s, ok := a[1].(*py.Slice); ok {
			out := newArray(ArrayType, arr.tc)
			for _, i := range sliceIndices(arr, s) {
				out.data = append(out.data, arr.data[i*arr.size:(i+1)*arr.size]...)
			}
			return out
		}
		if py.LookupSpecial(a[1], "__index__") == nil {
			panic(py.NewError(py.TypeErrorType, "array indices must be integers"))
		}
		return arr.item(index(arr, a[1]))
	})
	dunder("__setitem__", []string{"self", "key", "value"}, func(a []py.Object) py.Object {
		arr := self(a[0])
		if s, ok := a[1].(*py.Slice); ok {
			src, ok := a[2].(*Array)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("can only assign array (not \"%s\") to array slice", a[2].Type().Name)))
			}
			if src.tc != arr.tc {
				panic(py.NewError(py.TypeErrorType, "bad argument type for built-in operation"))
			}
			vals := src.values()
			step := 1
			if s.Step != nil && s.Step != py.None {
				step = py.Index(s.Step)
			}
			if step == 1 {
				start, stop, _ := adjust(s, arr.Len())
				if stop < start {
					stop = start
				}
				nd := append([]byte(nil), arr.data[:start*arr.size]...)
				nd = append(nd, src.data...)
				arr.data = append(nd, arr.data[stop*arr.size:]...)
				return py.None
			}
			idx := sliceIndices(arr, s)
			if len(idx) != len(vals) {
				panic(py.NewError(py.ValueErrorType, fmt.Sprintf("attempt to assign array of size %d to extended slice of size %d", len(vals), len(idx))))
			}
			for k, i := range idx {
				arr.encode(vals[k], arr.data[i*arr.size:(i+1)*arr.size])
			}
			return py.None
		}
		i := index(arr, a[1])
		buf := make([]byte, arr.size)
		arr.encode(a[2], buf)
		copy(arr.data[i*arr.size:], buf)
		return py.None
	})
	dunder("__delitem__", []string{"self", "key"}, func(a []py.Object) py.Object {
		arr := self(a[0])
		if s, ok := a[1].(*py.Slice); ok {
			del := map[int]bool{}
			for _, i := range sliceIndices(arr, s) {
				del[i] = true
			}
			var nd []byte
			for i := 0; i < arr.Len(); i++ {
				if !del[i] {
					nd = append(nd, arr.data[i*arr.size:(i+1)*arr.size]...)
				}
			}
			arr.data = nd
			return py.None
		}
		i := index(arr, a[1])
		arr.data = append(arr.data[:i*arr.size:i*arr.size], arr.data[(i+1)*arr.size:]...)
		return py.None
	})
	for _, c := range []struct {
		name string
		op   py.CmpOp
	}{{"__eq__", py.OpEq}, {"__ne__", py.OpNe}, {"__lt__", py.OpLt}, {"__le__", py.OpLe}, {"__gt__", py.OpGt}, {"__ge__", py.OpGe}} {
		c := c
		dunder(c.name, []string{"self", "other"}, func(a []py.Object) py.Object {
			x := self(a[0])
			y, ok := a[1].(*Array)
			if !ok {
				return py.NotImplemented
			}
			return compare(x, y, c.op)
		})
	}
	ArrayType.Dict.SetStr("__hash__", py.None)
	concat := func(x py.Object, y py.Object) *Array {
		a := self(x)
		b, ok := y.(*Array)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("can only append array (not \"%s\") to array", y.Type().Name)))
		}
		if a.tc != b.tc {
			panic(py.NewError(py.TypeErrorType, "bad argument type for built-in operation"))
		}
		return &Array{cls: ArrayType, tc: a.tc, size: a.size, data: append(append([]byte(nil), a.data...), b.data...)}
	}
	dunder("__add__", []string{"self", "other"}, func(a []py.Object) py.Object { return concat(a[0], a[1]) })
	dunder("__iadd__", []string{"self", "other"}, func(a []py.Object) py.Object {
		arr := self(a[0])
		arr.data = concat(a[0], a[1]).data
		return arr
	})
	repeat := func(x py.Object, n py.Object) *Array {
		a := self(x)
		if py.LookupSpecial(n, "__index__") == nil {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("can't multiply sequence by non-int of type '%s'", n.Type().Name)))
		}
		k := py.Index(n)
		out := &Array{cls: ArrayType, tc: a.tc, size: a.size}
		for i := 0; i < k; i++ {
			out.data = append(out.data, a.data...)
		}
		return out
	}
	dunder("__mul__", []string{"self", "n"}, func(a []py.Object) py.Object { return repeat(a[0], a[1]) })
	dunder("__rmul__", []string{"self", "n"}, func(a []py.Object) py.Object { return repeat(a[0], a[1]) })
	dunder("__imul__", []string{"self", "n"}, func(a []py.Object) py.Object {
		arr := self(a[0])
		arr.data = repeat(a[0], a[1]).data
		return arr
	})
	dunder("__copy__", []string{"self"}, func(a []py.Object) py.Object {
		arr := self(a[0])
		return &Array{cls: ArrayType, tc: arr.tc, size: arr.size, data: append([]byte(nil), arr.data...)}
	})
	dunder("__deepcopy__", []string{"self", "memo"}, func(a []py.Object) py.Object {
		arr := self(a[0])
		return &Array{cls: ArrayType, tc: arr.tc, size: arr.size, data: append([]byte(nil), arr.data...)}
	})
	method("append", func(a *Array, args []py.Object, kw []string) py.Object {
		exactly("append", args, 1)
		a.appendValue(args[0])
		return py.None
	})
	method("extend", func(a *Array, args []py.Object, kw []string) py.Object {
		exactly("extend", args, 1)
		a.extendIter(args[0])
		return py.None
	})
	method("insert", func(a *Array, args []py.Object, kw []string) py.Object {
		exactly("insert", args, 2)
		i := py.SsizeArg(args[0])
		i = py.InsertIndex(i, a.Len())
		buf := make([]byte, a.size)
		a.encode(args[1], buf)
		nd := append([]byte(nil), a.data[:i*a.size]...)
		nd = append(nd, buf...)
		a.data = append(nd, a.data[i*a.size:]...)
		return py.None
	})
	method("pop", func(a *Array, args []py.Object, kw []string) py.Object {
		i := -1
		if len(args) > 0 {
			i = py.Index(args[0])
		}
		n := a.Len()
		if n == 0 {
			panic(py.NewError(py.IndexErrorType, "pop from empty array"))
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			panic(py.NewError(py.IndexErrorType, "pop index out of range"))
		}
		v := a.item(i)
		a.data = append(a.data[:i*a.size:i*a.size], a.data[(i+1)*a.size:]...)
		return v
	})
	method("remove", func(a *Array, args []py.Object, kw []string) py.Object {
		exactly("remove", args, 1)
		for i := 0; i < a.Len(); i++ {
			if py.Eq(a.item(i), args[0]) {
				a.data = append(a.data[:i*a.size:i*a.size], a.data[(i+1)*a.size:]...)
				return py.None
			}
		}
		panic(py.NewError(py.ValueErrorType, "array.remove(x): x not in array"))
	})
	method("index", func(a *Array, args []py.Object, kw []string) py.Object {
		if len(args) < 1 || len(args) > 3 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("index expected at least 1 argument, got %d", len(args))))
		}
		n := a.Len()
		start, stop := 0, n
		if len(args) > 1 {
			start = py.Index(args[1])
			if start < 0 {
				start = max(start+n, 0)
			}
		}
		if len(args) > 2 {
			stop = py.Index(args[2])
			if stop < 0 {
				stop = max(stop+n, 0)
			}
		}
		for i := start; i < stop && i < n; i++ {
			if py.Eq(a.item(i), args[0]) {
				return py.Int(i)
			}
		}
		panic(py.NewError(py.ValueErrorType, "array.index(x): x not in array"))
	})
	method("count", func(a *Array, args []py.Object, kw []string) py.Object {
		exactly("count", args, 1)
		c := 0
		for i := 0; i < a.Len(); i++ {
			if py.Eq(a.item(i), args[0]) {
				c++
			}
		}
		return py.Int(c)
	})
	method("reverse", func(a *Array, args []py.Object, kw []string) py.Object {
		n := a.Len()
		for i := 0; i < n/2; i++ {
			x, y := a.data[i*a.size:(i+1)*a.size], a.data[(n-1-i)*a.size:(n-i)*a.size]
			for k := 0; k < a.size; k++ {
				x[k], y[k] = y[k], x[k]
			}
		}
		return py.None
	})
	method("byteswap", func(a *Array, args []py.Object, kw []string) py.Object {
		for i := 0; i < a.Len(); i++ {
			it := a.data[i*a.size : (i+1)*a.size]
			for k := 0; k < a.size/2; k++ {
				it[k], it[a.size-1-k] = it[a.size-1-k], it[k]
			}
		}
		return py.None
	})
	method("buffer_info", func(a *Array, args []py.Object, kw []string) py.Object {
		addr := 0
		if len(a.data) > 0 {
			addr = int(py.Id(py.Bytes("")))
		}
		return py.NewTuple(py.Int(addr), py.Int(a.Len()))
	})
	method("tobytes", func(a *Array, args []py.Object, kw []string) py.Object { return py.Bytes(string(a.data)) })
	method("frombytes", func(a *Array, args []py.Object, kw []string) py.Object {
		exactly("frombytes", args, 1)
		b, ok := py.BytesLike(args[0])
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", args[0].Type().Name)))
		}
		a.frombytes(append([]byte(nil), b...))
		return py.None
	})
	method("tolist", func(a *Array, args []py.Object, kw []string) py.Object { return py.NewList(a.values()...) })
	method("fromlist", func(a *Array, args []py.Object, kw []string) py.Object {
		exactly("fromlist", args, 1)
		l, ok := args[0].(*py.List)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "arg must be list"))
		}
		saved := len(a.data)
		defer func() {
			if r := recover(); r != nil {
				a.data = a.data[:saved]
				panic(r)
			}
		}()
		for _, v := range append([]py.Object(nil), l.Items...) {
			a.appendValue(v)
		}
		return py.None
	})
	method("tounicode", func(a *Array, args []py.Object, kw []string) py.Object {
		if a.tc != 'u' {
			panic(py.NewError(py.ValueErrorType, "tounicode() may only be called on unicode type arrays"))
		}
		return a.tounicode()
	})
	method("fromunicode", func(a *Array, args []py.Object, kw []string) py.Object {
		exactly("fromunicode", args, 1)
		s, ok := args[0].(py.Str)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("fromunicode() argument must be str, not %s", args[0].Type().Name)))
		}
		if a.tc != 'u' {
			panic(py.NewError(py.ValueErrorType, "fromunicode() may only be called on unicode type arrays"))
		}
		for _, r := range string(s) {
			a.appendValue(py.Str(string(r)))
		}
		return py.None
	})
	method("tofile", func(a *Array, args []py.Object, kw []string) py.Object {
		exactly("tofile", args, 1)
		for off := 0; off < len(a.data); off += 64 * 1024 {
			end := min(off+64*1024, len(a.data))
			py.CallMethod(args[0], "write", py.Bytes(string(a.data[off:end])))
		}
		return py.None
	})
	method("fromfile", func(a *Array, args []py.Object, kw []string) py.Object {
		exactly("fromfile", args, 2)
		n := py.Index(args[1])
		if n < 0 {
			panic(py.NewError(py.ValueErrorType, "negative count"))
		}
		want := n * a.size
		b, ok := py.BytesLike(py.CallMethod(args[0], "read", py.Int(want)))
		if !ok {
			panic(py.NewError(py.TypeErrorType, "read() didn't return bytes"))
		}
		got := len(b) / a.size * a.size
		a.data = append(a.data, b[:got]...)
		if len(b) != want {
			panic(py.NewError(py.EOFErrorType, "read() didn't return enough bytes"))
		}
		return py.None
	})
	method("__reduce_ex__", func(a *Array, args []py.Object, kw []string) py.Object {
		var dict py.Object = py.None
		if d := a.InstanceDict(); d != nil && d.Len() > 0 {
			dict = d
		}
		recon := py.Import("array").Dict
		r, _ := recon.GetStr("_array_reconstructor")
		return py.NewTuple(r, py.NewTuple(a.cls, py.Str(string(a.tc)), py.Int(mformat(a.tc)), py.Bytes(string(a.data))), dict)
	})
	ArrayType.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []string) py.Object {
		return &py.GenericAlias{Origin: args[0].(*py.Type), Args: args[1]}
	})})

	py.RegisterModule("array", func(m *py.Module) {
		m.Set("__doc__", py.Str("This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n"))
		m.Set("typecodes", py.Str(typecodes))
		m.Set("array", ArrayType)
		m.Set("ArrayType", ArrayType)
		m.AddFunc("_array_reconstructor", func(args []py.Object, kw []string) py.Object {
			if len(args) != 4 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_array_reconstructor expected 4 arguments, got %d", len(args))))
			}
			cls, ok := args[0].(*py.Type)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("first argument must be a type object, not %s", args[0].Type().Name)))
			}
			tc := py.StrOf(args[1])
			if len(tc) != 1 || strings.IndexByte(typecodes, tc[0]) < 0 {
				panic(py.NewError(py.ValueErrorType, "second argument must be a valid type code"))
			}
			a := newArray(cls, tc[0])
			b, _ := py.BytesLike(args[3])
			a.frombytes(append([]byte(nil), b...))
			return a
		})
	})
}

// mformat is CPython's machine format code for a typecode on x86-64.
func mformat(tc byte) int {
	return map[byte]int{'B': 0, 'b': 1, 'H': 2, 'h': 4, 'I': 6, 'i': 8, 'L': 10, 'Q': 10, 'l': 12, 'q': 12, 'f': 14, 'd': 16, 'u': 20}[tc]
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	ArrayType = py.NewNativeType("array", "array", nil, nil)
	ArrayIterType = py.NewIterType("arrayiterator", "array")
}
