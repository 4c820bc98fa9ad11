// Package marshalmod is CPython's marshal module for data values (None,
// bool, int, float, complex, str, bytes, tuple, list, dict, set,
// frozenset, Ellipsis, StopIteration), formats 0-4. Code objects do not
// exist in a translated program. loads reads everything CPython writes;
// dumps writes what CPython writes, except that CPython sets the reference
// flag only on objects whose reference count exceeds one, which a Go
// runtime cannot see: here every non-singleton value carries it (the
// common case for values held in variables), and a str is "interned"
// (Z/A codes) when it looks like an identifier, as CPython's constants are.
package marshalmod

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/runtime/py"
)

const flagRef = 0x80

type writer struct {
	b       []byte
	version int
	refs    map[any]int
	depth   int
}

func (w *writer) byte(c byte)   { w.b = append(w.b, c) }
func (w *writer) int32(n int32) { w.b = binary.LittleEndian.AppendUint32(w.b, uint32(n)) }
func (w *writer) size(n int) {
	if n > math.MaxInt32 {
		panic(py.NewError(py.ValueErrorType, "unmarshallable object"))
	}
	w.int32(int32(n))
}

// identity is what makes two values "the same object" for back-references.
func identity(o py.Object) (any, bool) {
	switch v := o.(type) {
	case py.Int:
		if v >= -5 && v <= 256 {
			return v, true
		}
		return nil, false
	case py.Str:
		return v, true
	case py.Float, py.Bool, *py.BigInt, py.Bytes:
		return nil, false
	}
	return py.Id(o), true
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// ref writes a back-reference if o was written before and returns the
// flag to or into o's type code.
func (w *writer) ref(o py.Object) (byte, bool) {
	if w.version < 3 {
		return 0, false
	}
	id, ok := identity(o)
	if !ok {
		id = struct{ n int }{len(w.refs) + 1<<30}
	}
	if n, seen := w.refs[id]; seen {
		w.byte('r')
		w.int32(int32(n))
		return 0, true
	}
	w.refs[id] = len(w.refs)
	return flagRef, false
}

func (w *writer) object(o py.Object) {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > 2000 {
		panic(py.NewError(py.ValueErrorType, "object too deeply nested to marshal"))
	}
	switch v := o.(type) {
	case py.NoneType:
		w.byte('N')
		return
	case py.Bool:
		if v {
			w.byte('T')
		} else {
			w.byte('F')
		}
		return
	}
	if o == py.Ellipsis {
		w.byte('.')
		return
	}
	if o == py.StopIterationType {
		w.byte('S')
		return
	}
	flag, done := w.ref(o)
	if done {
		return
	}
	switch v := o.(type) {
	case py.Int:
		if v >= math.MinInt32 && v <= math.MaxInt32 {
			w.byte('i' | flag)
			w.int32(int32(v))
			return
		}
		w.long(big.NewInt(int64(v)), flag)
	case *py.BigInt:
		b, _ := py.BigOf(v)
		w.long(b, flag)
	case py.Float:
		if w.version > 1 {
			w.byte('g' | flag)
			w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(float64(v)))
		} else {
			s := py.Repr(v)
			w.byte('f' | flag)
			w.byte(byte(len(s)))
			w.b = append(w.b, s...)
		}
	case py.Str:
		s := string(v)
		if w.version >= 4 && isASCII(s) {
			interned := isIdentifier(s)
			if len(s) < 256 {
				code := byte('z')
				if interned {
					code = 'Z'
				}
				w.byte(code | flag)
				w.byte(byte(len(s)))
			} else {
				code := byte('a')
				if interned {
					code = 'A'
				}
				w.byte(code | flag)
				w.size(len(s))
			}
			w.b = append(w.b, s...)
			return
		}
		code := byte('u')
		if w.version >= 3 && isIdentifier(s) {
			code = 't'
		}
		w.byte(code | flag)
		w.size(len(s))
		w.b = append(w.b, s...)
	case py.Bytes:
		w.byte('s' | flag)
		w.size(len(v))
		w.b = append(w.b, v...)
	case *py.ByteArray:
		w.byte('s' | flag)
		w.size(len(v.B))
		w.b = append(w.b, v.B...)
	case *py.Tuple:
		if w.version >= 4 && len(v.Items) < 256 {
			w.byte(')' | flag)
			w.byte(byte(len(v.Items)))
		} else {
			w.byte('(' | flag)
			w.size(len(v.Items))
		}
		for _, x := range v.Items {
			w.object(x)
		}
	case *py.List:
		w.byte('[' | flag)
		items := append([]py.Object(nil), v.Items...)
		w.size(len(items))
		for _, x := range items {
			w.object(x)
		}
	case *py.Dict:
		w.byte('{' | flag)
		v.Items(func(k, x py.Object) bool {
			w.object(k)
			w.object(x)
			return true
		})
		w.byte('0')
	case *py.Set:
		if v.Frozen {
			w.byte('>' | flag)
		} else {
			w.byte('<' | flag)
		}
		elems := v.Elems()
		w.size(len(elems))
		for _, x := range elems {
			w.object(x)
		}
	default:
		if o.Type().Name == "complex" {
			re, _ := py.FloatValue(py.GetAttr(o, "real"))
			im, _ := py.FloatValue(py.GetAttr(o, "imag"))
			w.byte('y' | flag)
			w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(re))
			w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(im))
			return
		}
		panic(py.NewError(py.ValueErrorType, "unmarshallable object"))
	}
}

func (w *writer) long(b *big.Int, flag byte) {
	w.byte('l' | flag)
	neg := b.Sign() < 0
	a := new(big.Int).Abs(b)
	var digits []uint16
	mask := big.NewInt(0x7fff)
	for a.Sign() > 0 {
		digits = append(digits, uint16(new(big.Int).And(a, mask).Int64()))
		a.Rsh(a, 15)
	}
	n := int32(len(digits))
	if neg {
		n = -n
	}
	w.int32(n)
	for _, d := range digits {
		w.b = binary.LittleEndian.AppendUint16(w.b, d)
	}
}

// Dumps is marshal.dumps.
func Dumps(o py.Object, version int) []byte {
	w := &writer{version: version, refs: map[any]int{}}
	w.object(o)
	return w.b
}

type reader struct {
	b    []byte
	pos  int
	refs []py.Object
}

func eof(msg string) { panic(py.NewError(py.EOFErrorType, msg)) }

func (r *reader) need(n int) []byte {
	if r.pos+n > len(r.b) {
		eof("marshal data too short")
	}
	p := r.b[r.pos : r.pos+n]
	r.pos += n
	return p
}

func (r *reader) int32() int32 { return int32(binary.LittleEndian.Uint32(r.need(4))) }

func (r *reader) size() int {
	n := r.int32()
	if n < 0 {
		panic(py.NewError(py.ValueErrorType, "bad marshal data (size out of range)"))
	}
	return int(n)
}

func (r *reader) object() py.Object {
	if r.pos >= len(r.b) {
		eof("EOF read where object expected")
	}
	code := r.b[r.pos]
	r.pos++
	flag := code&flagRef != 0
	code &^= flagRef
	slot := -1
	reserve := func() {
		if flag {
			slot = len(r.refs)
			r.refs = append(r.refs, nil)
		}
	}
	done := func(o py.Object) py.Object {
		if flag {
			if slot >= 0 {
				r.refs[slot] = o
			} else {
				r.refs = append(r.refs, o)
			}
		}
		return o
	}
	switch code {
	case 'N':
		return py.None
	case 'T':
		return py.True
	case 'F':
		return py.False
	case '.':
		return py.Ellipsis
	case 'S':
		return py.StopIterationType
	case '0':
		panic(py.NewError(py.TypeErrorType, "NULL object in marshal data for object"))
	case 'i':
		return done(py.Int(r.int32()))
	case 'l':
		n := r.int32()
		neg := n < 0
		if neg {
			n = -n
		}
		p := r.need(2 * int(n))
		v := new(big.Int)
		for i := int(n) - 1; i >= 0; i-- {
			v.Lsh(v, 15)
			v.Or(v, big.NewInt(int64(binary.LittleEndian.Uint16(p[2*i:]))))
		}
		if neg {
			v.Neg(v)
		}
		return done(py.NewBigInt(v))
	case 'g':
		return done(py.Float(math.Float64frombits(binary.LittleEndian.Uint64(r.need(8)))))
	case 'f':
		n := int(r.need(1)[0])
		return done(py.ToFloat(py.Str(string(r.need(n)))))
	case 'y':
		re := math.Float64frombits(binary.LittleEndian.Uint64(r.need(8)))
		im := math.Float64frombits(binary.LittleEndian.Uint64(r.need(8)))
		return done(py.Call(py.LoadBuiltin("complex"), py.Float(re), py.Float(im)))
	case 's':
		return done(py.Bytes(string(r.need(r.size()))))
	case 'u', 't', 'a', 'A':
		p := r.need(r.size())
		if code == 'u' || code == 't' {
			if !utf8.Valid(p) {
				return done(py.Str(py.DecodeBytes(p, "utf-8", "surrogatepass")))
			}
		}
		return done(py.Str(string(p)))
	case 'z', 'Z':
		n := int(r.need(1)[0])
		return done(py.Str(string(r.need(n))))
	case 'r':
		n := int(r.int32())
		if n < 0 || n >= len(r.refs) || r.refs[n] == nil {
			panic(py.NewError(py.ValueErrorType, "bad marshal data (invalid reference)"))
		}
		return r.refs[n]
	case '(', ')':
		var n int
		if code == ')' {
			n = int(r.need(1)[0])
		} else {
			n = r.size()
		}
		reserve()
		items := make([]py.Object, n)
		for i := range items {
			items[i] = r.object()
		}
		return done(py.NewTuple(items...))
	case '[':
		n := r.size()
		l := py.NewList()
		reserve()
		done(l)
		for i := 0; i < n; i++ {
			l.Items = append(l.Items, r.object())
		}
		return l
	case '{':
		d := py.NewDict()
		reserve()
		done(d)
		for {
			if r.pos < len(r.b) && r.b[r.pos] == '0' {
				r.pos++
				break
			}
			k := r.object()
			v := r.object()
			py.SetItem(d, k, v)
		}
		return d
	case '<', '>':
		n := r.size()
		s := py.NewSet()
		reserve()
		if code == '<' {
			done(s)
		}
		for i := 0; i < n; i++ {
			s.Add(r.object())
		}
		if code == '>' {
			s.Frozen = true
			return done(s)
		}
		return s
	case 'c':
		panic(py.NewError(py.ValueErrorType, "bad marshal data (code objects are not supported by py2goasync)"))
	}
	panic(py.NewError(py.ValueErrorType, "bad marshal data (unknown type code)"))
}

func versionArg(o py.Object) int {
	if o == nil {
		return 4
	}
	return py.Index(o)
}

func setup0() {
	py.RegisterModule("marshal", func(m *py.Module) {
		m.Set("__doc__", py.Str(strings.TrimSpace(doc)))
		m.Set("version", py.Int(4))
		m.AddFunc("dumps", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("dumps", args, kw, []string{"value", "version"}, 1)
			return py.Bytes(Dumps(a[0], versionArg(a[1])))
		})
		m.AddFunc("dump", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("dump", args, kw, []string{"value", "file", "version"}, 2)
			b := Dumps(a[0], versionArg(a[2]))
			py.CallMethod(a[1], "write", py.Bytes(b))
			return py.None
		})
		m.AddFunc("loads", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("loads", args, kw, []string{"bytes"}, 1)
			b, ok := py.BytesLike(a[0])
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", a[0].Type().Name)))
			}
			r := &reader{b: b}
			return r.object()
		})
		m.AddFunc("load", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("load", args, kw, []string{"file"}, 1)
			data := py.CallMethod(a[0], "read")
			b, ok := py.BytesLike(data)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("file.read() returned not bytes but %s", data.Type().Name)))
			}
			r := &reader{b: b}
			v := r.object()
			// Give back what was not consumed, when the file can seek.
			if rest := len(b) - r.pos; rest > 0 && py.LookupAttr(a[0], "seek") != nil {
				py.CallMethod(a[0], "seek", py.Int(-rest), py.Int(1))
			}
			return v
		})
	})
}

const doc = `
This module contains functions that can read and write Python values in
a binary format. The format is specific to Python, but independent of
machine architecture issues.

Not all Python object types are supported; in general, only objects
whose value is independent from a particular invocation of Python can be
written and read by this module. The following types are supported:
None, integers, floating point numbers, strings, bytes, bytearrays,
tuples, lists, sets, dictionaries, and code objects, where it
should be understood that tuples, lists and dictionaries are only
supported as long as the values contained therein are themselves
supported; and recursive lists and dictionaries should not be written
(they will cause infinite loops).

Variables:

version -- indicates the format that the module uses. Version 0 is the
    historical format, version 1 shares interned strings and version 2
    uses a binary format for floating point numbers.
    Version 3 shares common object references (New in version 3.4).

Functions:

dump() -- write value to a file
load() -- read value from a file
dumps() -- marshal value as a bytes object
loads() -- read value from a bytes-like object`
