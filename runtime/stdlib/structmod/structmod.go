// Package structmod is CPython's _struct module (the C half of struct):
// pack, unpack, pack_into, unpack_from, iter_unpack, calcsize, Struct and
// struct.error, for every format character of the host (x86-64 Linux:
// native order is little-endian, long and pointers are 8 bytes).
package structmod

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strings"
	"sync"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// ErrorType is struct.error.
var ErrorType *py.Type

func fail(format string, a ...any) {
	panic(py.NewError(ErrorType, fmt.Sprintf(format, a...)))
}

// code is one format character with its repeat count, laid out.
type code struct {
	c      byte
	count  int // repeat count; the length for 's' and 'p'
	offset int
	size   int // size of one item
}

// layout is a parsed format.
type layout struct {
	format string
	codes  []code
	size   int
	nargs  int
	native bool // '@': native sizes and alignment
	order  binary.ByteOrder
}

var (
	nativeSizes map[byte]int
	stdSizes    map[byte]int
)

const maxSize = math.MaxInt64

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func parse(format string) *layout {
	l := &layout{format: format, native: true, order: binary.LittleEndian}
	s := format
	if strings.IndexByte(s, 0) >= 0 {
		fail("embedded null character")
	}
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			l.native = false
			s = s[1:]
		case '>', '!':
			l.native, l.order = false, binary.BigEndian
			s = s[1:]
		}
	}
	sizes := stdSizes
	if l.native {
		sizes = nativeSizes
	}
	size := 0
	for i := 0; i < len(s); {
		c := s[i]
		if isSpace(c) {
			i++
			continue
		}
		num := 1
		if c >= '0' && c <= '9' {
			num = 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				d := int(s[i] - '0')
				if num > (maxSize-d)/10 {
					fail("total struct size too long")
				}
				num = num*10 + d
				i++
			}
			if i == len(s) {
				fail("repeat count given without format specifier")
			}
			c = s[i]
		}
		i++
		isz, ok := sizes[c]
		if !ok {
			fail("bad char in struct format")
		}
		if l.native && isz > 1 {
			size = (size + isz - 1) / isz * isz
		}
		switch c {
		case 's', 'p':
			l.codes = append(l.codes, code{c: c, count: num, offset: size, size: num})
			l.nargs++
			isz, num = num, 1
		case 'x':
			isz, num = num, 1
		default:
			if num > 0 {
				l.codes = append(l.codes, code{c: c, count: num, offset: size, size: isz})
			}
			l.nargs += num
		}
		if isz > 0 && num > (maxSize-size)/isz {
			fail("total struct size too long")
		}
		size += num * isz
	}
	l.size = size
	return l
}

var (
	cacheMu sync.Mutex
	cache   map[string]*layout
)

// formatOf converts a format argument (str or bytes) to its text.
func formatOf(o py.Object, fname string) string {
	switch v := o.(type) {
	case py.Str:
		return string(v)
	case py.Bytes:
		return string(v)
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() argument 1 must be a str or bytes object, not %s", fname, o.Type().Name)))
}

func cached(o py.Object) *layout {
	if s, ok := o.(*Struct); ok {
		return s.l
	}
	f := formatOf(o, "Struct")
	cacheMu.Lock()
	l, ok := cache[f]
	cacheMu.Unlock()
	if ok {
		return l
	}
	l = parse(f)
	cacheMu.Lock()
	if len(cache) >= 100 {
		cache = map[string]*layout{}
	}
	cache[f] = l
	cacheMu.Unlock()
	return l
}

// --- packing ---

var (
	minInt64 *big.Int
	maxInt64 *big.Int
	maxU64   *big.Int
)

func intArg(v py.Object) *big.Int {
	b, ok := py.IndexBig(v)
	if !ok {
		fail("required argument is not an integer")
	}
	return b
}

// asLong is PyLong_AsLong: out of range beyond a C long.
func asLong(v py.Object) int64 {
	b := intArg(v)
	if b.Cmp(minInt64) < 0 || b.Cmp(maxInt64) > 0 {
		fail("argument out of range")
	}
	return b.Int64()
}

// asULong is PyLong_AsUnsignedLong: negatives are out of range too.
func asULong(v py.Object) uint64 {
	b := intArg(v)
	if b.Sign() < 0 || b.Cmp(maxU64) > 0 {
		fail("argument out of range")
	}
	return b.Uint64()
}

// floatArg is PyFloat_AsDouble with any failure reported as struct.error.
func floatArg(v py.Object) (f float64) {
	ok := false
	if py.Catch(func() { f, ok = py.FloatValue(v) }) != nil {
		ok = false
	}
	if !ok {
		fail("required argument is not a float")
	}
	return f
}

func (l *layout) putUint(b []byte, size int, u uint64) {
	for i := 0; i < size; i++ {
		shift := 8 * i
		if l.order == binary.BigEndian {
			shift = 8 * (size - 1 - i)
		}
		b[i] = byte(u >> shift)
	}
}

func (l *layout) getUint(b []byte, size int) uint64 {
	var u uint64
	for i := 0; i < size; i++ {
		shift := 8 * i
		if l.order == binary.BigEndian {
			shift = 8 * (size - 1 - i)
		}
		u |= uint64(b[i]) << shift
	}
	return u
}

func (l *layout) packOne(b []byte, c byte, size int, v py.Object) {
	switch c {
	case '?':
		if py.Truth(v) {
			b[0] = 1
		} else {
			b[0] = 0
		}
	case 'c':
		s, ok := v.(py.Bytes)
		if !ok || len(s) != 1 {
			fail("char format requires a bytes object of length 1")
		}
		b[0] = s[0]
	case 'b', 'B', 'h', 'H':
		big := l.order == binary.BigEndian
		if big && c == 'H' {
			x := asULong(v)
			if x > 65535 {
				fail("'H' format requires 0 <= number <= 65535")
			}
			l.putUint(b, size, x)
			return
		}
		x := asLong(v)
		lo, hi, name := int64(-128), int64(127), "byte"
		switch c {
		case 'B':
			lo, hi, name = 0, 255, "ubyte"
		case 'h':
			lo, hi, name = -32768, 32767, "short"
			if big {
				name = "'h'"
			}
		case 'H':
			lo, hi, name = 0, 65535, "ushort"
		}
		if x < lo || x > hi {
			fail("%s format requires %d <= number <= %d", name, lo, hi)
		}
		l.putUint(b, size, uint64(x))
	case 'i', 'l', 'q', 'n':
		if size == 8 && l.order == binary.BigEndian {
			bi := intArg(v)
			if bi.Cmp(minInt64) < 0 || bi.Cmp(maxInt64) > 0 {
				fail("int too large to convert")
			}
			l.putUint(b, size, uint64(bi.Int64()))
			return
		}
		x := asLong(v)
		if size == 4 && (x < math.MinInt32 || x > math.MaxInt32) {
			fail("'%c' format requires %d <= number <= %d", c, math.MinInt32, math.MaxInt32)
		}
		l.putUint(b, size, uint64(x))
	case 'I', 'L', 'Q', 'N':
		if size == 8 && l.order == binary.BigEndian {
			bi := intArg(v)
			if bi.Sign() < 0 || bi.Cmp(maxU64) > 0 {
				fail("int too large to convert")
			}
			l.putUint(b, size, bi.Uint64())
			return
		}
		x := asULong(v)
		if size == 4 && x > math.MaxUint32 {
			fail("'%c' format requires 0 <= number <= %d", c, uint64(math.MaxUint32))
		}
		l.putUint(b, size, x)
	case 'P':
		bi := intArg(v)
		if bi.Cmp(minInt64) < 0 || bi.Cmp(maxU64) > 0 {
			fail("int too large to convert")
		}
		if bi.Sign() < 0 {
			l.putUint(b, size, uint64(bi.Int64()))
		} else {
			l.putUint(b, size, bi.Uint64())
		}
	case 'e':
		l.putUint(b, 2, uint64(packHalf(floatArg(v))))
	case 'f':
		x := floatArg(v)
		y := float32(x)
		if !l.native && math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
			panic(py.NewError(py.OverflowErrorType, "float too large to pack with f format"))
		}
		l.putUint(b, 4, uint64(math.Float32bits(y)))
	case 'd':
		l.putUint(b, 8, math.Float64bits(floatArg(v)))
	}
}

// packHalf is IEEE 754 binary16 with rounding half to even (PyFloat_Pack2).
func packHalf(x float64) uint16 {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00
	case math.IsInf(x, 0):
		return sign | 0x7c00
	case x == 0:
		return sign
	}
	a := math.Abs(x)
	_, e := math.Frexp(a) // a = f * 2**e, f in [0.5, 1)
	e--                   // a = m * 2**e, m in [1, 2)
	if e < -14 {
		// Subnormal: units of 2**-24.
		m := math.RoundToEven(math.Ldexp(a, 24))
		return sign | uint16(m) // 1024 becomes the smallest normal
	}
	m := math.RoundToEven(math.Ldexp(a, 10-e))
	if m == 2048 {
		m = 1024
		e++
	}
	if e > 15 {
		panic(py.NewError(py.OverflowErrorType, "float too large to pack with e format"))
	}
	return sign | uint16(e+15)<<10 | (uint16(m) - 1024)
}

func unpackHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 0x1f:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.Copysign(math.NaN(), sign)
	}
	return sign * math.Ldexp(1024+m, e-25)
}

// pack writes vals (exactly l.nargs of them) into b (l.size bytes, zeroed).
func (l *layout) pack(b []byte, vals []py.Object) {
	k := 0
	for _, cd := range l.codes {
		switch cd.c {
		case 's', 'p':
			v := vals[k]
			k++
			var data []byte
			switch s := v.(type) {
			case py.Bytes:
				data = []byte(s)
			case *py.ByteArray:
				data = s.B
			default:
				fail("argument for '%c' must be a bytes object", cd.c)
			}
			dst := b[cd.offset : cd.offset+cd.count]
			if cd.c == 's' {
				copy(dst, data)
				continue
			}
			if cd.count == 0 {
				continue
			}
			n := len(data)
			if n > cd.count-1 {
				n = cd.count - 1
			}
			copy(dst[1:], data[:n])
			if n > 255 {
				n = 255
			}
			dst[0] = byte(n)
		default:
			for j := 0; j < cd.count; j++ {
				off := cd.offset + j*cd.size
				l.packOne(b[off:off+cd.size], cd.c, cd.size, vals[k])
				k++
			}
		}
	}
}

func (l *layout) unpackOne(b []byte, c byte, size int) py.Object {
	switch c {
	case '?':
		return py.NewBool(b[0] != 0)
	case 'c':
		return py.Bytes(string(b[:1]))
	case 'b', 'h', 'i', 'l', 'q', 'n':
		u := l.getUint(b, size)
		shift := 64 - 8*size
		return py.Int(int64(u<<shift) >> shift)
	case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
		u := l.getUint(b, size)
		if u > math.MaxInt64 {
			return py.NewBigInt(new(big.Int).SetUint64(u))
		}
		return py.Int(int64(u))
	case 'e':
		return py.Float(unpackHalf(uint16(l.getUint(b, 2))))
	case 'f':
		return py.Float(float64(math.Float32frombits(uint32(l.getUint(b, 4)))))
	case 'd':
		return py.Float(math.Float64frombits(l.getUint(b, 8)))
	}
	panic("unreachable")
}

func (l *layout) unpack(b []byte) *py.Tuple {
	out := make([]py.Object, 0, l.nargs)
	for _, cd := range l.codes {
		switch cd.c {
		case 's':
			out = append(out, py.Bytes(string(b[cd.offset:cd.offset+cd.count])))
		case 'p':
			if cd.count == 0 {
				out = append(out, py.Bytes(""))
				continue
			}
			n := int(b[cd.offset])
			if n >= cd.count {
				n = cd.count - 1
			}
			out = append(out, py.Bytes(string(b[cd.offset+1:cd.offset+1+n])))
		default:
			for j := 0; j < cd.count; j++ {
				off := cd.offset + j*cd.size
				out = append(out, l.unpackOne(b[off:off+cd.size], cd.c, cd.size))
			}
		}
	}
	return py.NewTuple(out...)
}

// --- the Python-level API ---

func readBuffer(o py.Object) []byte {
	b, ok := py.BytesLike(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", o.Type().Name)))
	}
	return b
}

func writeBuffer(o py.Object) []byte {
	switch v := o.(type) {
	case *py.ByteArray:
		return v.B
	case py.BufferHolder:
		if v.Writable() {
			return v.Buffer()
		}
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("argument must be read-write bytes-like object, not %s", o.Type().Name)))
}

func (l *layout) packArgs(vals []py.Object) py.Object {
	if len(vals) != l.nargs {
		fail("pack expected %d items for packing (got %d)", l.nargs, len(vals))
	}
	b := make([]byte, l.size)
	l.pack(b, vals)
	return py.Bytes(string(b))
}

func (l *layout) packInto(args []py.Object) py.Object {
	if len(args) != l.nargs+2 {
		switch len(args) {
		case 0:
			fail("pack_into expected buffer argument")
		case 1:
			fail("pack_into expected offset argument")
		}
		fail("pack_into expected %d items for packing (got %d)", l.nargs, len(args)-2)
	}
	buf := writeBuffer(args[0])
	offset := ssize(args[1])
	n := len(buf)
	if offset < 0 {
		if offset+l.size > 0 {
			fail("no space to pack %d bytes at offset %d", l.size, offset)
		}
		if offset+n < 0 {
			fail("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < l.size {
		fail("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", uint64(l.size)+uint64(offset), l.size, offset, n)
	}
	tmp := make([]byte, l.size)
	l.pack(tmp, args[2:])
	copy(buf[offset:], tmp)
	return py.None
}

// ssize is PyNumber_AsSsize_t(o, IndexError).
func ssize(o py.Object) int {
	b, ok := py.IndexBig(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", o.Type().Name)))
	}
	if !b.IsInt64() {
		panic(py.NewError(py.IndexErrorType, fmt.Sprintf("cannot fit 'int' into an index-sized integer")))
	}
	return int(b.Int64())
}

func (l *layout) unpackBuf(o py.Object) py.Object {
	b := readBuffer(o)
	if len(b) != l.size {
		fail("unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpack(b)
}

func (l *layout) unpackFrom(bufObj, offObj py.Object) py.Object {
	b := readBuffer(bufObj)
	offset := 0
	if offObj != nil {
		offset = ssize(offObj)
	}
	n := len(b)
	if offset < 0 {
		if offset+l.size > 0 {
			fail("not enough data to unpack %d bytes at offset %d", l.size, offset)
		}
		if offset+n < 0 {
			fail("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < l.size {
		fail("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", uint64(l.size)+uint64(offset), l.size, offset, n)
	}
	return l.unpack(b[offset : offset+l.size])
}

// UnpackIterType is _struct.unpack_iterator.
var UnpackIterType *py.Type

type unpackIter struct {
	py.GoIter
	l   *layout
	buf []byte
	pos int
}

func (l *layout) iterUnpack(o py.Object) py.Object {
	b := readBuffer(o)
	if l.size == 0 {
		fail("cannot iteratively unpack with a struct of length 0")
	}
	if len(b)%l.size != 0 {
		fail("iterative unpacking requires a buffer of a multiple of %d bytes", l.size)
	}
	it := &unpackIter{l: l, buf: b}
	it.T = UnpackIterType
	it.F = func() (py.Object, bool) {
		if it.pos+l.size > len(it.buf) {
			return nil, false
		}
		r := l.unpack(it.buf[it.pos : it.pos+l.size])
		it.pos += l.size
		return r, true
	}
	return it
}

// Struct is a _struct.Struct.
type Struct struct {
	cls  *py.Type
	l    *layout
	dict *py.Dict
}

// StructType is _struct.Struct.
var StructType *py.Type

func (s *Struct) Type() *py.Type { return s.cls }

// InstanceDict gives instances of Python subclasses a __dict__.
func (s *Struct) InstanceDict() *py.Dict {
	if s.cls == StructType {
		return nil
	}
	if s.dict == nil {
		s.dict = py.NewDict()
	}
	return s.dict
}

func self(args []py.Object, name string) *Struct {
	if len(args) > 0 {
		if s, ok := args[0].(*Struct); ok {
			return s
		}
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor '%s' for '_struct.Struct' objects doesn't apply to a '%s' object", name, typeName(args))))
}

func typeName(args []py.Object) string {
	if len(args) == 0 {
		return "NoneType"
	}
	return args[0].Type().Name
}

func method(name string, fn func(s *Struct, args []py.Object, kw []string) py.Object) {
	py.AddMethod(StructType, name, func(args []py.Object, kw []string) py.Object {
		return fn(self(args, name), args[1:], kw)
	})
}

func noKw(name string, kw []string) {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, name+"() takes no keyword arguments")) //nolint
	}
}

func exactArgs(name string, args []py.Object, n int) {
	if len(args) != n {
		if n == 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes exactly one argument (%d given)", name, len(args))))
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected %d arguments, got %d", name, n, len(args))))
	}
}

func setup0() {
	method("__init__", func(s *Struct, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("Struct", args, kw, []string{"format"}, 1)
		s.l = cached(py.Str(formatOf(a[0], "Struct")))
		return py.None
	})
	method("pack", func(s *Struct, args []py.Object, kw []string) py.Object {
		noKw("pack", kw)
		return s.l.packArgs(args)
	})
	method("pack_into", func(s *Struct, args []py.Object, kw []string) py.Object {
		noKw("pack_into", kw)
		return s.l.packInto(args)
	})
	method("unpack", func(s *Struct, args []py.Object, kw []string) py.Object {
		noKw("unpack", kw)
		exactArgs("unpack", args, 1)
		return s.l.unpackBuf(args[0])
	})
	method("unpack_from", func(s *Struct, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("unpack_from", args, kw, []string{"buffer", "offset"}, 1)
		return s.l.unpackFrom(a[0], a[1])
	})
	method("iter_unpack", func(s *Struct, args []py.Object, kw []string) py.Object {
		noKw("iter_unpack", kw)
		exactArgs("iter_unpack", args, 1)
		return s.l.iterUnpack(args[0])
	})
	method("__sizeof__", func(s *Struct, args []py.Object, kw []string) py.Object {
		return py.Int(72 + 24*(len(s.l.codes)+1))
	})
	py.AddGetter(StructType, "format", func(o py.Object) py.Object { return py.Str(o.(*Struct).l.format) }, nil)
	py.AddGetter(StructType, "size", func(o py.Object) py.Object { return py.Int(o.(*Struct).l.size) }, nil)
	py.AddMethod(UnpackIterType, "__length_hint__", func(args []py.Object, kw []string) py.Object {
		it := args[0].(*unpackIter)
		return py.Int((len(it.buf) - it.pos) / it.l.size)
	})

	py.RegisterModule("_struct", func(m *py.Module) {
		m.Set("__doc__", py.Str(moduleDoc))
		m.Set("error", ErrorType)
		m.Set("Struct", StructType)
		m.AddFunc("_clearcache", func(args []py.Object, kw []string) py.Object {
			cacheMu.Lock()
			cache = map[string]*layout{}
			cacheMu.Unlock()
			return py.None
		})
		m.AddFunc("calcsize", func(args []py.Object, kw []string) py.Object {
			noKw("calcsize", kw)
			exactArgs("calcsize", args, 1)
			return py.Int(cached(args[0]).size)
		})
		m.AddFunc("pack", func(args []py.Object, kw []string) py.Object {
			noKw("pack", kw)
			if len(args) == 0 {
				panic(py.NewError(py.TypeErrorType, "missing format argument"))
			}
			return cached(args[0]).packArgs(args[1:])
		})
		m.AddFunc("pack_into", func(args []py.Object, kw []string) py.Object {
			noKw("pack_into", kw)
			if len(args) == 0 {
				panic(py.NewError(py.TypeErrorType, "missing format argument"))
			}
			return cached(args[0]).packInto(args[1:])
		})
		m.AddFunc("unpack", func(args []py.Object, kw []string) py.Object {
			noKw("unpack", kw)
			exactArgs("unpack", args, 2)
			return cached(args[0]).unpackBuf(args[1])
		})
		m.AddFunc("unpack_from", func(args []py.Object, kw []string) py.Object {
			if len(args)-len(kw) < 1 {
				panic(py.NewError(py.TypeErrorType, "unpack_from() missing required argument 'format' (pos 1)"))
			}
			a := py.ParseArgs("unpack_from", args[1:], kw, []string{"buffer", "offset"}, 1)
			return cached(args[0]).unpackFrom(a[0], a[1])
		})
		m.AddFunc("iter_unpack", func(args []py.Object, kw []string) py.Object {
			noKw("iter_unpack", kw)
			exactArgs("iter_unpack", args, 2)
			return cached(args[0]).iterUnpack(args[1])
		})
	})
}

var moduleDoc string

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	ErrorType = py.NewClass("error", "error", "struct", []py.Object{py.ExceptionType}, py.NewDict())
	nativeSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
		'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
	stdSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
		'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
	cache = map[string]*layout{}
	minInt64 = big.NewInt(math.MinInt64)
	maxInt64 = big.NewInt(math.MaxInt64)
	maxU64 = new(big.Int).SetUint64(math.MaxUint64)
	UnpackIterType = func() *py.Type {
		t := py.NewIterType("unpack_iterator", "_struct")
		// Made by Struct.iter_unpack only.
		t.SetNoNew()
		return t
	}()
	StructType = py.NewNativeType("Struct", "_struct", nil, func(t *py.Type) py.Object {
		return &Struct{cls: t, l: &layout{order: binary.LittleEndian, native: true}}
	})
	moduleDoc = strings.TrimSpace(`
Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
`) + "\n"
}
