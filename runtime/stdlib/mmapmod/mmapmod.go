// Package mmapmod is CPython's mmap module on Linux: file-backed and
// anonymous mappings through mmap(2), with the file-like interface
// (read/write/seek/readline/find/rfind/move), indexing and slicing, resize
// through mremap(2), flush, madvise, and the buffer protocol
// (py.BufferHolder) so struct and friends can read and write the mapping.
package mmapmod

import (
	"bytes"
	"fmt"
	"syscall"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var consts = []struct {
	name  string
	value int64
}{{"ACCESS_COPY", 3}, {"ACCESS_DEFAULT", 0}, {"ACCESS_READ", 1}, {"ACCESS_WRITE", 2}, {"ALLOCATIONGRANULARITY", 4096},
	{"MADV_DODUMP", 17}, {"MADV_DOFORK", 11}, {"MADV_DONTDUMP", 16}, {"MADV_DONTFORK", 10}, {"MADV_DONTNEED", 4},
	{"MADV_FREE", 8}, {"MADV_HUGEPAGE", 14}, {"MADV_HWPOISON", 100}, {"MADV_MERGEABLE", 12}, {"MADV_NOHUGEPAGE", 15},
	{"MADV_NORMAL", 0}, {"MADV_RANDOM", 1}, {"MADV_REMOVE", 9}, {"MADV_SEQUENTIAL", 2}, {"MADV_UNMERGEABLE", 13},
	{"MADV_WILLNEED", 3}, {"MAP_ANON", 32}, {"MAP_ANONYMOUS", 32}, {"MAP_DENYWRITE", 2048}, {"MAP_EXECUTABLE", 4096},
	{"MAP_POPULATE", 32768}, {"MAP_PRIVATE", 2}, {"MAP_SHARED", 1}, {"MAP_STACK", 131072}, {"PAGESIZE", 4096},
	{"PROT_EXEC", 4}, {"PROT_READ", 1}, {"PROT_WRITE", 2}}

var accessNames = []string{"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"}

// Mmap is an mmap.mmap object.
type Mmap struct {
	cls    *py.Type
	data   []byte // nil once closed
	pos    int
	fd     int
	offset int64
	access int
	flags  int
	prot   int
	dict   *py.Dict
}

// MmapType is mmap.mmap.
var MmapType *py.Type

func (m *Mmap) Type() *py.Type { return m.cls }
func (m *Mmap) Len() int       { return len(m.data) }

// Buffer and Writable make the mapping a bytes-like object.
func (m *Mmap) Buffer() []byte { return m.data }
func (m *Mmap) Writable() bool { return m.access != 1 }

// InstanceDict holds the attributes of Python subclasses' instances.
func (m *Mmap) InstanceDict() *py.Dict {
	if m.cls == MmapType {
		return nil
	}
	if m.dict == nil {
		m.dict = py.NewDict()
	}
	return m.dict
}

func raise(err error) {
	e, ok := err.(syscall.Errno)
	if !ok {
		e = syscall.EINVAL
	}
	s := e.Error()
	panic(py.Call(py.OSErrorType, py.Int(int(e)), py.Str(string(s[0]-'a'+'A')+s[1:])).(*py.BaseException))
}

func (m *Mmap) valid() {
	if m.data == nil {
		panic(py.NewError(py.ValueErrorType, "mmap closed or invalid"))
	}
}

func (m *Mmap) writable() {
	m.valid()
	if m.access == 1 {
		panic(py.NewError(py.TypeErrorType, "mmap can't modify a readonly memory map."))
	}
}

func (m *Mmap) close() {
	if m.data != nil {
		syscall.Munmap(m.data)
		m.data = nil
	}
	if m.fd >= 0 {
		syscall.Close(m.fd)
		m.fd = -1
	}
}

func self(o py.Object) *Mmap {
	m, ok := o.(*Mmap)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor requires a 'mmap.mmap' object but received a '%s'", o.Type().Name)))
	}
	return m
}

func newMmap(cls *py.Type, args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("mmap", args, kw, []string{"fileno", "length", "flags", "prot", "access", "offset"}, 2)
	fd := py.Index(a[0])
	length := py.Index(a[1])
	if length < 0 {
		panic(py.NewError(py.OverflowErrorType, "memory mapped length must be positive"))
	}
	flags, prot, access := 1, 3, 0
	if a[2] != nil {
		flags = py.Index(a[2])
	}
	if a[3] != nil {
		prot = py.Index(a[3])
	}
	if a[4] != nil {
		access = py.Index(a[4])
	}
	var offset int64
	if a[5] != nil {
		offset = int64(py.Index(a[5]))
	}
	if offset < 0 {
		panic(py.NewError(py.OverflowErrorType, "memory mapped offset must be positive"))
	}
	if access != 0 && (a[2] != nil && flags != 1 || a[3] != nil && prot != 3) {
		panic(py.NewError(py.ValueErrorType, "mmap can't specify both access and flags, prot."))
	}
	switch access {
	case 1:
		flags, prot = 1, syscall.PROT_READ
	case 2:
		flags, prot = 1, syscall.PROT_READ|syscall.PROT_WRITE
	case 3:
		flags, prot = 2, syscall.PROT_READ|syscall.PROT_WRITE
	case 0:
		if prot&syscall.PROT_READ != 0 && prot&syscall.PROT_WRITE != 0 {
			// keep
		} else if prot&syscall.PROT_WRITE == 0 {
			access = 1
		}
	default:
		panic(py.NewError(py.ValueErrorType, "mmap invalid access parameter."))
	}
	m := &Mmap{cls: cls, fd: -1, offset: offset, access: access, flags: flags, prot: prot}
	if fd != -1 {
		var st syscall.Stat_t
		if err := syscall.Fstat(fd, &st); err == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
			if length == 0 {
				if st.Size == 0 {
					panic(py.NewError(py.ValueErrorType, "cannot mmap an empty file"))
				}
				if offset >= st.Size {
					panic(py.NewError(py.ValueErrorType, "mmap offset is greater than file size"))
				}
				length = int(st.Size - offset)
			} else if offset > st.Size || st.Size-offset < int64(length) {
				panic(py.NewError(py.ValueErrorType, "mmap length is greater than file size"))
			}
		}
		nfd, err := syscall.Dup(fd)
		if err != nil {
			raise(err)
		}
		syscall.CloseOnExec(nfd)
		m.fd = nfd
	} else {
		flags |= syscall.MAP_ANONYMOUS
	}
	data, err := syscall.Mmap(fd, offset, length, prot, flags)
	if err != nil {
		if m.fd >= 0 {
			syscall.Close(m.fd)
		}
		raise(err)
	}
	m.data = data
	return m
}

func setup0() {
	py.SetSubclassable(MmapType)
	MmapType.Dict.SetStr("__new__", &py.StaticMethod{Func: py.NewBuiltin("__new__", func(args []py.Object, kw []string) py.Object {
		return newMmap(args[0].(*py.Type), args[1:], kw)
	})})
	def := func(name string, f func(m *Mmap, args []py.Object) py.Object) {
		py.AddMethod(MmapType, name, func(args []py.Object, kw []string) py.Object { return f(self(args[0]), args[1:]) })
	}
	fn := func(name string, params []string, f func(a []py.Object) py.Object) {
		MmapType.Dict.SetStr(name, py.NewFunction(&py.Code{Name: name, Qualname: "mmap." + name, Module: "mmap", Params: params, NumPos: len(params)}, nil, nil, f))
	}
	def("close", func(m *Mmap, args []py.Object) py.Object { m.close(); return py.None })
	py.AddGetter(MmapType, "closed", func(o py.Object) py.Object { return py.NewBool(o.(*Mmap).data == nil) }, nil)
	def("size", func(m *Mmap, args []py.Object) py.Object {
		m.valid()
		if m.fd < 0 {
			raise(syscall.EBADF)
		}
		var st syscall.Stat_t
		if err := syscall.Fstat(m.fd, &st); err != nil {
			raise(err)
		}
		return py.Int(st.Size)
	})
	def("tell", func(m *Mmap, args []py.Object) py.Object { m.valid(); return py.Int(m.pos) })
	def("seek", func(m *Mmap, args []py.Object) py.Object {
		m.valid()
		pos, whence := py.Index(args[0]), 0
		if len(args) > 1 {
			whence = py.Index(args[1])
		}
		var where int
		switch whence {
		case 0:
			where = pos
		case 1:
			where = m.pos + pos
		case 2:
			where = len(m.data) + pos
		default:
			panic(py.NewError(py.ValueErrorType, "unknown seek type"))
		}
		if where < 0 || where > len(m.data) {
			panic(py.NewError(py.ValueErrorType, "seek out of range"))
		}
		m.pos = where
		return py.None
	})
	def("read", func(m *Mmap, args []py.Object) py.Object {
		m.valid()
		n := len(m.data) - m.pos
		if len(args) > 0 && args[0] != py.None {
			if k := py.Index(args[0]); k >= 0 && k < n {
				n = k
			}
		}
		out := py.Bytes(string(m.data[m.pos : m.pos+n]))
		m.pos += n
		return out
	})
	def("read_byte", func(m *Mmap, args []py.Object) py.Object {
		m.valid()
		if m.pos >= len(m.data) {
			panic(py.NewError(py.ValueErrorType, "read byte out of range"))
		}
		m.pos++
		return py.Int(int(m.data[m.pos-1]))
	})
	def("readline", func(m *Mmap, args []py.Object) py.Object {
		m.valid()
		rest := m.data[m.pos:]
		n := len(rest)
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			n = i + 1
		}
		out := py.Bytes(string(rest[:n]))
		m.pos += n
		return out
	})
	def("write", func(m *Mmap, args []py.Object) py.Object {
		m.writable()
		b, ok := py.BytesLike(args[0])
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", args[0].Type().Name)))
		}
		if m.pos > len(m.data) || len(m.data)-m.pos < len(b) {
			panic(py.NewError(py.ValueErrorType, "data out of range"))
		}
		copy(m.data[m.pos:], b)
		m.pos += len(b)
		return py.Int(len(b))
	})
	def("write_byte", func(m *Mmap, args []py.Object) py.Object {
		m.writable()
		if m.pos >= len(m.data) {
			panic(py.NewError(py.ValueErrorType, "write byte out of range"))
		}
		m.data[m.pos] = byte(py.Index(args[0]))
		m.pos++
		return py.None
	})
	find := func(reverse bool) func(m *Mmap, args []py.Object) py.Object {
		return func(m *Mmap, args []py.Object) py.Object {
			m.valid()
			sub, ok := py.BytesLike(args[0])
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", args[0].Type().Name)))
			}
			n := len(m.data)
			start, end := m.pos, n
			norm := func(v int) int {
				if v < 0 {
					v += n
					if v < 0 {
						v = 0
					}
				} else if v > n {
					v = n
				}
				return v
			}
			if len(args) > 1 && args[1] != py.None {
				start = norm(py.Index(args[1]))
			}
			if len(args) > 2 && args[2] != py.None {
				end = norm(py.Index(args[2]))
			}
			if start > end {
				return py.Int(-1)
			}
			var i int
			if reverse {
				i = bytes.LastIndex(m.data[start:end], sub)
			} else {
				i = bytes.Index(m.data[start:end], sub)
			}
			if i < 0 {
				return py.Int(-1)
			}
			return py.Int(start + i)
		}
	}
	def("find", find(false))
	def("rfind", find(true))
	def("flush", func(m *Mmap, args []py.Object) py.Object {
		m.valid()
		off, size := 0, len(m.data)
		if len(args) > 0 {
			off = py.Index(args[0])
		}
		if len(args) > 1 {
			size = py.Index(args[1])
		}
		if off < 0 || size < 0 || off+size > len(m.data) {
			panic(py.NewError(py.ValueErrorType, "flush values out of range"))
		}
		if m.access == 1 || m.access == 3 || size == 0 {
			return py.None
		}
		_, _, e := syscall.Syscall(syscall.SYS_MSYNC, uintptr(unsafe.Pointer(&m.data[off])), uintptr(size), syscall.MS_SYNC)
		if e != 0 {
			raise(e)
		}
		return py.None
	})
	def("madvise", func(m *Mmap, args []py.Object) py.Object {
		m.valid()
		opt := py.Index(args[0])
		start, length := 0, len(m.data)
		if len(args) > 1 {
			start = py.Index(args[1])
		}
		if start < 0 || start >= len(m.data) {
			panic(py.NewError(py.ValueErrorType, "madvise start out of bounds"))
		}
		if len(args) > 2 {
			length = py.Index(args[2])
			if length < 0 {
				panic(py.NewError(py.ValueErrorType, "madvise length invalid"))
			}
		}
		if start+length > len(m.data) {
			length = len(m.data) - start
		}
		if err := syscall.Madvise(m.data[start:start+length], opt); err != nil {
			raise(err)
		}
		return py.None
	})
	def("move", func(m *Mmap, args []py.Object) py.Object {
		m.writable()
		dest, src, cnt := py.Index(args[0]), py.Index(args[1]), py.Index(args[2])
		n := len(m.data)
		if dest < 0 || src < 0 || cnt < 0 || n-dest < cnt || n-src < cnt {
			panic(py.NewError(py.ValueErrorType, "source, destination, or count out of range"))
		}
		copy(m.data[dest:dest+cnt], m.data[src:src+cnt])
		return py.None
	})
	def("resize", func(m *Mmap, args []py.Object) py.Object {
		m.writable()
		if m.access != 0 && m.access != 2 {
			panic(py.NewError(py.TypeErrorType, "mmap can't resize a readonly or copy-on-write memory map."))
		}
		n := py.Index(args[0])
		if n < 0 {
			panic(py.NewError(py.ValueErrorType, "new size out of range"))
		}
		if m.fd >= 0 {
			if err := syscall.Ftruncate(m.fd, m.offset+int64(n)); err != nil {
				raise(err)
			}
		}
		// A new mapping of the new size: the file's pages, or a copy of the
		// anonymous ones.
		fd, flags := -1, m.flags
		if m.fd >= 0 {
			fd = m.fd
		} else {
			flags |= syscall.MAP_ANONYMOUS
		}
		nd, err := syscall.Mmap(fd, m.offset, n, m.prot, flags)
		if err != nil {
			raise(err)
		}
		if fd < 0 {
			copy(nd, m.data)
		}
		syscall.Munmap(m.data)
		m.data = nd
		if m.pos > n {
			m.pos = n
		}
		return py.None
	})
	fn("__len__", []string{"self"}, func(a []py.Object) py.Object {
		m := self(a[0])
		m.valid()
		return py.Int(len(m.data))
	})
	fn("__getitem__", []string{"self", "key"}, func(a []py.Object) py.Object {
		m := self(a[0])
		m.valid()
		if s, ok := a[1].(*py.Slice); ok {
			b := py.GetItem(py.Bytes(string(m.data)), s)
			return b
		}
		i := py.Index(a[1])
		if i < 0 {
			i += len(m.data)
		}
		if i < 0 || i >= len(m.data) {
			panic(py.NewError(py.IndexErrorType, "mmap index out of range"))
		}
		return py.Int(int(m.data[i]))
	})
	fn("__setitem__", []string{"self", "key", "value"}, func(a []py.Object) py.Object {
		m := self(a[0])
		m.writable()
		if s, ok := a[1].(*py.Slice); ok {
			b, ok := py.BytesLike(a[2])
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", a[2].Type().Name)))
			}
			idx := py.Call(py.LoadBuiltin("range"), py.Int(len(m.data)))
			sel := py.Call(py.LoadBuiltin("list"), py.GetItem(idx, s)).(*py.List).Items
			if len(sel) != len(b) {
				panic(py.NewError(py.IndexErrorType, "mmap slice assignment is wrong size"))
			}
			for k, i := range sel {
				m.data[py.Index(i)] = b[k]
			}
			return py.None
		}
		i := py.Index(a[1])
		if i < 0 {
			i += len(m.data)
		}
		if i < 0 || i >= len(m.data) {
			panic(py.NewError(py.IndexErrorType, "mmap index out of range"))
		}
		v := py.Index(a[2])
		if v < 0 || v > 255 {
			panic(py.NewError(py.ValueErrorType, "mmap item value must be in range(0, 256)"))
		}
		m.data[i] = byte(v)
		return py.None
	})
	fn("__enter__", []string{"self"}, func(a []py.Object) py.Object { self(a[0]).valid(); return a[0] })
	MmapType.Dict.SetStr("__exit__", py.NewFunction(&py.Code{Name: "__exit__", Qualname: "mmap.__exit__", Module: "mmap", Params: []string{"self", "args"}, NumPos: 1, VarArgs: true}, nil, nil, func(a []py.Object) py.Object {
		self(a[0]).close()
		return py.None
	}))
	fn("__repr__", []string{"self"}, func(a []py.Object) py.Object {
		m := self(a[0])
		if m.data == nil {
			return py.Str("<mmap.mmap closed=True>")
		}
		return py.Str(fmt.Sprintf("<mmap.mmap closed=False, access=%s, length=%d, pos=%d, offset=%d>", accessNames[m.access], len(m.data), m.pos, m.offset))
	})

	py.RegisterModule("mmap", func(mod *py.Module) {
		for _, c := range consts {
			mod.Set(c.name, py.Int(c.value))
		}
		mod.Set("error", py.OSErrorType)
		mod.Set("mmap", MmapType)
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	MmapType = py.NewNativeType("mmap", "mmap", nil, nil)
}
