// Package io is Python's io module: StringIO and BytesIO in memory, and
// the file types open() returns.
package io

import (
	"strings"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// StringIO is io.StringIO (and BytesIO when bytes is set).
type StringIO struct {
	buf    []rune
	bbuf   []byte
	bytes  bool
	pos    int
	closed bool
	cls    *py.Type
	dict   *py.Dict
}

var (
	StringIOType *py.Type
	BytesIOType  *py.Type
)

func (s *StringIO) Type() *py.Type {
	if s.cls != nil {
		return s.cls
	}
	if s.bytes {
		return BytesIOType
	}
	return StringIOType
}

func (s *StringIO) InstanceDict() *py.Dict { return s.dict }

func (s *StringIO) check() {
	if s.closed {
		panic(py.NewError(py.ValueErrorType, "I/O operation on closed file."))
	}
}

func (s *StringIO) length() int {
	if s.bytes {
		return len(s.bbuf)
	}
	return len(s.buf)
}

func (s *StringIO) slice(a, b int) py.Object {
	if s.bytes {
		return py.Bytes(string(s.bbuf[a:b]))
	}
	return py.Str(string(s.buf[a:b]))
}

func (s *StringIO) write(o py.Object) int {
	s.check()
	if s.bytes {
		var b []byte
		switch v := o.(type) {
		case py.Bytes:
			b = []byte(v)
		case *py.ByteArray:
			b = v.B
		case py.BufferHolder:
			b = append([]byte(nil), v.Buffer()...)
		default:
			panic(py.NewError(py.TypeErrorType, "a bytes-like object is required, not '"+o.Type().Name+"'"))
		}
		for len(s.bbuf) < s.pos {
			s.bbuf = append(s.bbuf, 0)
		}
		end := s.pos + len(b)
		if end > len(s.bbuf) {
			s.bbuf = append(s.bbuf, make([]byte, end-len(s.bbuf))...)
		}
		copy(s.bbuf[s.pos:], b)
		s.pos = end
		return len(b)
	}
	str, ok := o.(py.Str)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "string argument expected, got '"+o.Type().Name+"'"))
	}
	r := []rune(string(str))
	for len(s.buf) < s.pos {
		s.buf = append(s.buf, 0)
	}
	end := s.pos + len(r)
	if end > len(s.buf) {
		s.buf = append(s.buf, make([]rune, end-len(s.buf))...)
	}
	copy(s.buf[s.pos:], r)
	s.pos = end
	return len(r)
}

func (s *StringIO) readline() py.Object {
	s.check()
	n := s.length()
	start := s.pos
	for s.pos < n {
		var c rune
		if s.bytes {
			c = rune(s.bbuf[s.pos])
		} else {
			c = s.buf[s.pos]
		}
		s.pos++
		if c == '\n' {
			break
		}
	}
	if start > n {
		start = n
	}
	return s.slice(start, max(start, min(s.pos, n)))
}

// Next is the iterator protocol: readline, or a subclass's __next__.
func (s *StringIO) Next() (py.Object, bool) {
	if s.cls != nil {
		if v, ok, done := overriddenNext(s, s.cls); done {
			return v, ok
		}
	}
	return s.nextBase()
}

// nextBase is the builtin __next__: readline (a subclass's own, if any).
func (s *StringIO) nextBase() (py.Object, bool) {
	if s.cls != nil {
		if m := s.cls.Lookup("readline"); m != nil {
			if _, builtin := m.(*py.BuiltinFunction); !builtin {
				l := py.CallMethod(s, "readline")
				if py.Len(l) == 0 {
					return nil, false
				}
				return l, true
			}
		}
	}
	l := s.readline()
	if py.Len(l) == 0 {
		return nil, false
	}
	return l, true
}

func def(name string, f func(s *StringIO, args []py.Object, kw []string) py.Object) {
	for _, t := range []*py.Type{StringIOType, BytesIOType} {
		py.AddMethod(t, name, func(args []py.Object, kw []string) py.Object { return f(args[0].(*StringIO), args[1:], kw) })
	}
}

func setupIO() {
	for _, t := range []*py.Type{StringIOType, BytesIOType} {
		t := t
		py.SetSubclassable(t)
		py.SetNewInstance(t, func(c *py.Type) py.Object {
			s := &StringIO{bytes: c.IsSubtype(BytesIOType)}
			if c != t {
				s.cls, s.dict = c, py.NewDict()
			}
			return s
		})
	}
	def("__init__", func(s *StringIO, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs(s.Type().Name, args, kw, []string{"initial_value", "newline"}, 0)
		s.buf, s.bbuf, s.pos = nil, nil, 0
		if a[0] != nil && a[0] != py.None {
			s.write(a[0])
			s.pos = 0
		}
		return py.None
	})
	def("write", func(s *StringIO, args []py.Object, kw []string) py.Object { return py.Int(s.write(args[0])) })
	def("writelines", func(s *StringIO, args []py.Object, kw []string) py.Object {
		for _, l := range py.AppendStar(nil, args[0]) {
			s.write(l)
		}
		return py.None
	})
	def("getvalue", func(s *StringIO, args []py.Object, kw []string) py.Object {
		s.check()
		return s.slice(0, s.length())
	})
	def("read", func(s *StringIO, args []py.Object, kw []string) py.Object {
		s.check()
		n := s.length()
		start := min(s.pos, n)
		end := n
		if len(args) > 0 && args[0] != py.None && py.Index(args[0]) >= 0 {
			end = min(n, start+py.Index(args[0]))
		}
		s.pos = end
		return s.slice(start, end)
	})
	py.AddMethod(BytesIOType, "getbuffer", func(args []py.Object, kw []string) py.Object {
		s := args[0].(*StringIO)
		py.ParseArgs("getbuffer", args[1:], kw, nil, 0)
		s.check()
		// A view of the buffer itself (writes through it reach the BytesIO).
		return py.NewMemoryView(&py.ByteArray{B: s.bbuf})
	})
	py.AddMethod(BytesIOType, "read1", func(args []py.Object, kw []string) py.Object {
		return py.CallKw(py.GetAttr(args[0], "read"), args[1:], kw)
	})
	py.AddMethod(BytesIOType, "readinto", func(args []py.Object, kw []string) py.Object {
		s := args[0].(*StringIO)
		a := py.ParseArgs("readinto", args[1:], kw, []string{"buffer"}, 1)
		s.check()
		buf := bufferArg("readinto", a[0])
		start := min(s.pos, len(s.bbuf))
		n := copy(buf, s.bbuf[start:])
		s.pos = start + n
		return py.Int(n)
	})
	def("readline", func(s *StringIO, args []py.Object, kw []string) py.Object { return s.readline() })
	def("readlines", func(s *StringIO, args []py.Object, kw []string) py.Object {
		var out []py.Object
		for {
			l := s.readline()
			if py.Len(l) == 0 {
				return py.NewList(out...)
			}
			out = append(out, l)
		}
	})
	def("seek", func(s *StringIO, args []py.Object, kw []string) py.Object {
		s.check()
		pos := py.Index(args[0])
		whence := 0
		if len(args) > 1 {
			whence = py.Index(args[1])
		}
		switch whence {
		case 1:
			pos += s.pos
		case 2:
			pos += s.length()
		}
		if pos < 0 {
			panic(py.NewError(py.ValueErrorType, "Negative seek position "+py.Repr(py.Int(pos))))
		}
		s.pos = pos
		return py.Int(pos)
	})
	def("tell", func(s *StringIO, args []py.Object, kw []string) py.Object { s.check(); return py.Int(s.pos) })
	def("truncate", func(s *StringIO, args []py.Object, kw []string) py.Object {
		n := s.pos
		if len(args) > 0 && args[0] != py.None {
			n = py.Index(args[0])
		}
		if s.bytes && n < len(s.bbuf) {
			s.bbuf = s.bbuf[:n]
		} else if !s.bytes && n < len(s.buf) {
			s.buf = s.buf[:n]
		}
		return py.Int(n)
	})
	def("close", func(s *StringIO, args []py.Object, kw []string) py.Object { s.closed = true; return py.None })
	def("flush", func(s *StringIO, args []py.Object, kw []string) py.Object { return py.None })
	def("isatty", func(s *StringIO, args []py.Object, kw []string) py.Object { return py.False })
	def("readable", func(s *StringIO, args []py.Object, kw []string) py.Object { return py.True })
	def("writable", func(s *StringIO, args []py.Object, kw []string) py.Object { return py.True })
	def("seekable", func(s *StringIO, args []py.Object, kw []string) py.Object { return py.True })
	def("__enter__", func(s *StringIO, args []py.Object, kw []string) py.Object { s.check(); return s })
	def("__exit__", func(s *StringIO, args []py.Object, kw []string) py.Object { s.closed = true; return py.None })
	def("__iter__", func(s *StringIO, args []py.Object, kw []string) py.Object { s.check(); return s })
	def("__next__", func(s *StringIO, args []py.Object, kw []string) py.Object {
		v, ok := s.nextBase()
		if !ok {
			panic(py.NewException(py.StopIterationType))
		}
		return v
	})
	py.AddGetter(StringIOType, "closed", func(o py.Object) py.Object { return py.NewBool(o.(*StringIO).closed) }, nil)
	py.AddGetter(BytesIOType, "closed", func(o py.Object) py.Object { return py.NewBool(o.(*StringIO).closed) }, nil)
	_ = strings.Builder{}
	_ = utf8.RuneError

	buildPrivate()
	for t, b := range map[*py.Type]*py.Type{StringIOType: privText, BytesIOType: privBuffered} {
		t.Bases = []*py.Type{b}
		t.MRO = append([]*py.Type{t}, b.MRO...)
	}
	initFileIO()
	initBuffered()
	initTextIO()
	initNLDecoder()
	initStdio()
	py.RegisterModule("io", func(m *py.Module) {
		addMore(m)
		m.Set("SEEK_SET", py.Int(0))
		m.Set("SEEK_CUR", py.Int(1))
		m.Set("SEEK_END", py.Int(2))
	})
	py.RegisterModule("_io", func(m *py.Module) {
		addCommon(m)
		m.Set("_IOBase", privIOBase)
		m.Set("_RawIOBase", privRaw)
		m.Set("_BufferedIOBase", privBuffered)
		m.Set("_TextIOBase", privText)
	})
}

// initVarsIo sets the file's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVarsIo() {
	StringIOType = py.NewType("StringIO", "_io", nil)
	BytesIOType = py.NewType("BytesIO", "_io", nil)
}
