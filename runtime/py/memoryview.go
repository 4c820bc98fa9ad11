package py

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"strings"
)

// MemoryView is Python's memoryview over a bytes-like object: one
// dimension, contiguous (slices with a step copy nothing either: they keep
// the step), in any native single-item struct format (cast).
type MemoryView struct {
	obj      Object
	buf      func() []byte // the exporter's current buffer
	start    int           // byte offset of the first item
	n        int           // number of items
	step     int           // in items (negative for reversed slices)
	format   string
	itemsize int
	readonly bool
	released bool
}

var MemoryViewType = newBuiltinType("memoryview", ObjectType)

func (*MemoryView) Type() *Type { return MemoryViewType }

// NewMemoryView is memoryview(o).
func NewMemoryView(o Object) *MemoryView {
	switch v := o.(type) {
	case *MemoryView:
		v.check()
		nv := *v
		nv.obj = v.obj
		return &nv
	case Bytes:
		b := []byte(v)
		return &MemoryView{obj: o, buf: func() []byte { return b }, n: len(b), step: 1, format: "B", itemsize: 1, readonly: true}
	case *ByteArray:
		return &MemoryView{obj: o, buf: func() []byte { return v.B }, n: len(v.B), step: 1, format: "B", itemsize: 1}
	case BufferHolder:
		b := v.Buffer()
		return &MemoryView{obj: o, buf: v.Buffer, n: len(b), step: 1, format: "B", itemsize: 1, readonly: !v.Writable()}
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("memoryview: a bytes-like object is required, not '%s'", typeName(o))))
}

func (m *MemoryView) check() {
	if m.released {
		panic(NewError(ValueErrorType, "operation forbidden on released memoryview object"))
	}
}

// Buffer is the view's bytes: the exporter's memory itself when the view
// is contiguous, a copy otherwise (BufferHolder).
func (m *MemoryView) Buffer() []byte {
	m.check()
	b := m.buf()
	if m.step == 1 {
		return b[m.start : m.start+m.n*m.itemsize]
	}
	out := make([]byte, 0, m.n*m.itemsize)
	for i := 0; i < m.n; i++ {
		off := m.start + i*m.step*m.itemsize
		out = append(out, b[off:off+m.itemsize]...)
	}
	return out
}

// Writable reports whether the view may be written through.
func (m *MemoryView) Writable() bool { return !m.readonly }

func (m *MemoryView) Len() int { m.check(); return m.n }

func (m *MemoryView) String() string {
	if m.released {
		return fmt.Sprintf("<released memory at %s>", addr(m))
	}
	return fmt.Sprintf("<memory at %s>", addr(m))
}

// itemSizes are the native sizes of the struct formats a view may have.
var itemSizes = map[string]int{"b": 1, "B": 1, "c": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
	"l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "e": 2, "f": 4, "d": 8, "P": 8}

func (m *MemoryView) unpack(b []byte) Object {
	le := binary.LittleEndian
	switch m.format {
	case "B":
		return Int(b[0])
	case "b":
		return Int(int8(b[0]))
	case "c":
		return Bytes(b[:1])
	case "?":
		return NewBool(b[0] != 0)
	case "h":
		return Int(int16(le.Uint16(b)))
	case "H":
		return Int(le.Uint16(b))
	case "i":
		return Int(int32(le.Uint32(b)))
	case "I":
		return Int(le.Uint32(b))
	case "l", "q", "n":
		return Int(int64(le.Uint64(b)))
	case "L", "Q", "N", "P":
		return MakeUint(le.Uint64(b))
	case "f":
		return Float(math.Float32frombits(le.Uint32(b)))
	case "d":
		return Float(math.Float64frombits(le.Uint64(b)))
	case "e":
		return Float(halfToFloat(le.Uint16(b)))
	}
	panic(NewError(NotImplementedErrorType, "memoryview: format "+m.format+" not supported"))
}

// MakeUint is an int from an unsigned 64-bit value.
func MakeUint(v uint64) Object {
	if v <= math.MaxInt64 {
		return Int(int64(v))
	}
	return ParseIntLiteral(fmt.Sprint(v))
}

func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1+frac/1024, exp-15)
}

func (m *MemoryView) pack(dst []byte, v Object) {
	le := binary.LittleEndian
	bad := func() {
		panic(NewError(TypeErrorType, fmt.Sprintf("memoryview: invalid type for format '%s'", m.format)))
	}
	intIn := func(lo, hi int64) int64 {
		if !isIntLike(v) {
			bad()
		}
		x, ok := intOf(v)
		if !ok || x < lo || x > hi {
			panic(NewError(ValueErrorType, fmt.Sprintf("memoryview: invalid value for format '%s'", m.format)))
		}
		return x
	}
	switch m.format {
	case "B":
		dst[0] = byte(intIn(0, 255))
	case "b":
		dst[0] = byte(intIn(-128, 127))
	case "c":
		b, ok := v.(Bytes)
		if !ok || len(b) != 1 {
			panic(NewError(ValueErrorType, "memoryview: invalid value for format 'c'"))
		}
		dst[0] = b[0]
	case "?":
		if Truth(v) {
			dst[0] = 1
		} else {
			dst[0] = 0
		}
	case "h":
		le.PutUint16(dst, uint16(intIn(math.MinInt16, math.MaxInt16)))
	case "H":
		le.PutUint16(dst, uint16(intIn(0, math.MaxUint16)))
	case "i":
		le.PutUint32(dst, uint32(intIn(math.MinInt32, math.MaxInt32)))
	case "I":
		le.PutUint32(dst, uint32(intIn(0, math.MaxUint32)))
	case "l", "q", "n":
		le.PutUint64(dst, uint64(intIn(math.MinInt64, math.MaxInt64)))
	case "L", "Q", "N", "P":
		le.PutUint64(dst, asBig(v).Uint64())
	case "f", "d":
		f, ok := floatOf(v)
		if !ok {
			bad()
		}
		if m.format == "f" {
			le.PutUint32(dst, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(dst, math.Float64bits(f))
		}
	default:
		panic(NewError(NotImplementedErrorType, "memoryview: format "+m.format+" not supported"))
	}
}

// index is a subscript's item position (IndexError past the ends).
func (m *MemoryView) index(k Object) int {
	i := Index(k)
	if i < 0 {
		i += m.n
	}
	if i < 0 || i >= m.n {
		panic(NewError(IndexErrorType, "index out of bounds on dimension 1"))
	}
	return i
}

func (m *MemoryView) offset(i int) int { return m.start + i*m.step*m.itemsize }

func (m *MemoryView) item(i int) Object {
	off := m.offset(i)
	return m.unpack(m.buf()[off : off+m.itemsize])
}

func (m *MemoryView) tolist() []Object {
	m.check()
	out := make([]Object, m.n)
	for i := range out {
		out[i] = m.item(i)
	}
	return out
}

// Iter iterates over the items.
func (m *MemoryView) Iter() Object {
	m.check()
	i := 0
	return &FuncIter{F: func() (Object, bool) {
		if i >= m.n {
			return nil, false
		}
		i++
		return m.item(i - 1), true
	}}
}

// RichCompare: views are equal to bytes-like objects with the same items.
func (m *MemoryView) RichCompare(other Object, op CmpOp) (bool, bool) {
	if op != OpEq && op != OpNe {
		return false, false
	}
	if m.released {
		return (sameObj(m, other)) == (op == OpEq), true
	}
	var b []Object
	switch o := other.(type) {
	case *MemoryView:
		if o.released {
			return op == OpNe, true
		}
		b = o.tolist()
	case Bytes, *ByteArray, BufferHolder:
		b = NewMemoryView(o).tolist()
	default:
		return false, false
	}
	a := m.tolist()
	eq := len(a) == len(b)
	for i := 0; eq && i < len(a); i++ {
		eq = Eq(a[i], b[i])
	}
	return eq == (op == OpEq), true
}

func init() {
	Builtins.Dict.setIdent("memoryview", MemoryViewType)
	MemoryViewType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("memoryview", args, kw, []string{"object"}, 1)
		return NewMemoryView(a[0])
	}
	mv := func(name string, args []Object) *MemoryView {
		m := checkSelf(MemoryViewType, name, args).(*MemoryView)
		m.check()
		return m
	}
	get := func(f func(m *MemoryView) Object) Getter {
		return func(o Object) Object {
			m := o.(*MemoryView)
			m.check()
			return f(m)
		}
	}
	AddGetter(MemoryViewType, "obj", get(func(m *MemoryView) Object { return m.obj }), nil)
	AddGetter(MemoryViewType, "nbytes", get(func(m *MemoryView) Object { return Int(m.n * m.itemsize) }), nil)
	AddGetter(MemoryViewType, "readonly", get(func(m *MemoryView) Object { return NewBool(m.readonly) }), nil)
	AddGetter(MemoryViewType, "itemsize", get(func(m *MemoryView) Object { return Int(m.itemsize) }), nil)
	AddGetter(MemoryViewType, "format", get(func(m *MemoryView) Object { return Str(m.format) }), nil)
	AddGetter(MemoryViewType, "ndim", get(func(m *MemoryView) Object { return Int(1) }), nil)
	AddGetter(MemoryViewType, "shape", get(func(m *MemoryView) Object { return NewTuple(Int(m.n)) }), nil)
	AddGetter(MemoryViewType, "strides", get(func(m *MemoryView) Object { return NewTuple(Int(m.step * m.itemsize)) }), nil)
	AddGetter(MemoryViewType, "suboffsets", get(func(m *MemoryView) Object { return EmptyTuple }), nil)
	for _, name := range []string{"c_contiguous", "f_contiguous", "contiguous"} {
		AddGetter(MemoryViewType, name, get(func(m *MemoryView) Object { return NewBool(m.step == 1 || m.n <= 1) }), nil)
	}
	method(MemoryViewType, "__len__", func(args []Object, kw []string) Object { return Int(mv("__len__", args).n) })
	method(MemoryViewType, "__iter__", func(args []Object, kw []string) Object { return mv("__iter__", args).Iter() })
	method(MemoryViewType, "__repr__", func(args []Object, kw []string) Object {
		return Str(checkSelf(MemoryViewType, "__repr__", args).(*MemoryView).String())
	})
	method(MemoryViewType, "__getitem__", func(args []Object, kw []string) Object {
		m := mv("__getitem__", args)
		switch k := args[1].(type) {
		case *Slice:
			start, stop, step := k.indices(m.n)
			n := 0
			if step > 0 && stop > start {
				n = (stop - start + step - 1) / step
			} else if step < 0 && start > stop {
				n = (start - stop - step - 1) / -step
			}
			nv := *m
			nv.start = m.offset(start)
			if n == 0 {
				nv.start = m.start
			}
			nv.n, nv.step = n, m.step*step
			return &nv
		case EllipsisType:
			return m
		case *Tuple:
			panic(NewError(TypeErrorType, "memoryview: invalid slice key"))
		}
		return m.item(m.index(args[1]))
	})
	method(MemoryViewType, "__setitem__", func(args []Object, kw []string) Object {
		m := mv("__setitem__", args)
		if m.readonly {
			panic(NewError(TypeErrorType, "cannot modify read-only memory"))
		}
		if s, ok := args[1].(*Slice); ok {
			dst := GetItem(m, s).(*MemoryView)
			src, ok := BytesLike(args[2])
			if !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", typeName(args[2]))))
			}
			if len(src) != dst.n*dst.itemsize {
				panic(NewError(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures"))
			}
			src = append([]byte(nil), src...)
			b := m.buf()
			for i := 0; i < dst.n; i++ {
				off := dst.offset(i)
				copy(b[off:off+m.itemsize], src[i*m.itemsize:])
			}
			return None
		}
		off := m.offset(m.index(args[1]))
		m.pack(m.buf()[off:off+m.itemsize], args[2])
		return None
	})
	method(MemoryViewType, "tobytes", func(args []Object, kw []string) Object {
		m := mv("tobytes", args)
		ParseArgs("tobytes", args[1:], kw, []string{"order"}, 0)
		return Bytes(append([]byte(nil), m.Buffer()...))
	})
	method(MemoryViewType, "tolist", func(args []Object, kw []string) Object {
		return NewList(mv("tolist", args).tolist()...)
	})
	method(MemoryViewType, "hex", func(args []Object, kw []string) Object {
		m := mv("hex", args)
		a := ParseArgs("hex", args[1:], kw, []string{"sep", "bytes_per_sep"}, 0)
		h := hex.EncodeToString(m.Buffer())
		if a[0] == nil {
			return Str(h)
		}
		sep := StrOf(a[0])
		per := 1
		if a[1] != nil {
			per = Index(a[1])
		}
		if per == 0 {
			return Str(h)
		}
		return Str(groupHex(h, sep, per))
	})
	method(MemoryViewType, "toreadonly", func(args []Object, kw []string) Object {
		m := mv("toreadonly", args)
		nv := *m
		nv.readonly = true
		return &nv
	})
	method(MemoryViewType, "release", func(args []Object, kw []string) Object {
		checkSelf(MemoryViewType, "release", args).(*MemoryView).released = true
		return None
	})
	method(MemoryViewType, "__enter__", func(args []Object, kw []string) Object { return mv("__enter__", args) })
	method(MemoryViewType, "__exit__", func(args []Object, kw []string) Object {
		checkSelf(MemoryViewType, "__exit__", args).(*MemoryView).released = true
		return None
	})
	method(MemoryViewType, "__hash__", func(args []Object, kw []string) Object {
		m := mv("__hash__", args)
		if !m.readonly {
			panic(NewError(ValueErrorType, "cannot hash writable memoryview object"))
		}
		if m.format != "B" && m.format != "b" && m.format != "c" {
			panic(NewError(ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'"))
		}
		return PyHash(Bytes(m.Buffer()))
	})
	method(MemoryViewType, "cast", func(args []Object, kw []string) Object {
		m := mv("cast", args)
		a := ParseArgs("cast", args[1:], kw, []string{"format", "shape"}, 1)
		f := StrOf(a[0])
		f = strings.TrimPrefix(f, "@")
		size, ok := itemSizes[f]
		if !ok {
			panic(NewError(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'"))
		}
		if m.step != 1 && m.n > 1 {
			panic(NewError(TypeErrorType, "memoryview: casts are restricted to C-contiguous views"))
		}
		if m.format != "B" && m.format != "b" && m.format != "c" && f != "B" && f != "b" && f != "c" {
			panic(NewError(TypeErrorType, "memoryview: cannot cast between two non-byte formats"))
		}
		nbytes := m.n * m.itemsize
		if nbytes%size != 0 {
			panic(NewError(TypeErrorType, "memoryview: length is not a multiple of itemsize"))
		}
		nv := *m
		nv.format, nv.itemsize, nv.n, nv.step = f, size, nbytes/size, 1
		return &nv
	})
}

// groupHex puts sep between groups of per bytes (counted from the right,
// or from the left when per is negative), as bytes.hex(sep, n) does.
func groupHex(h, sep string, per int) string {
	nbytes := len(h) / 2
	fromLeft := per < 0
	if per < 0 {
		per = -per
	}
	var groups []string
	if fromLeft {
		for i := 0; i < nbytes; i += per {
			j := min(i+per, nbytes)
			groups = append(groups, h[2*i:2*j])
		}
	} else {
		for j := nbytes; j > 0; j -= per {
			i := max(j-per, 0)
			groups = append([]string{h[2*i : 2*j]}, groups...)
		}
	}
	return strings.Join(groups, sep)
}
