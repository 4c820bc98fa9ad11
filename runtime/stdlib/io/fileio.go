package io

import (
	"fmt"
	"runtime"
	"strings"
	"syscall"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// FileIO is _io.FileIO: the raw layer, unbuffered reads and writes on a
// file descriptor.
type FileIO struct {
	base
	fd                 int
	readable, writable bool
	appending, created bool
	closefd            bool
	seekable           int // -1 unknown, 0 no, 1 yes
	pollable           int // 0 unknown, -1 no (a regular file), 1 yes
	blksize            int
	// sink, when set, takes the writes instead of the descriptor (the raw
	// stream of sys.stdout.buffer writes into print()'s buffer, so the
	// two keep their order); flush is its flush.
	sink  interface{ Write([]byte) (int, error) }
	flush func()
	// owned is the descriptor the collector closes if the FileIO is
	// dropped while open (CPython closes it when the last reference
	// goes: `data = open(p).read()` in a loop must not run out of fds).
	owned *fdBox
}

type fdBox struct{ fd int }

// own makes the collector close fd if f becomes unreachable while open.
func (f *FileIO) own(fd int) {
	if f.owned != nil {
		f.owned.fd = -1
	}
	if !f.closefd {
		f.owned = nil
		return
	}
	box := &fdBox{fd: fd}
	f.owned = box
	runtime.AddCleanup(f, func(b *fdBox) {
		if b.fd >= 0 {
			syscall.Close(b.fd)
		}
	}, box)
}

func (f *FileIO) disown() {
	if f.owned != nil {
		f.owned.fd = -1
		f.owned = nil
	}
}

var FileIOType *py.Type

func (f *FileIO) Type() *py.Type {
	if f.cls != nil {
		return f.cls
	}
	return FileIOType
}

func (f *FileIO) checkClosed() {
	if f.fd < 0 {
		panic(valueError("I/O operation on closed file"))
	}
}

func (f *FileIO) checkReadable() {
	f.checkClosed()
	if !f.readable {
		panic(unsupportedOp("File not open for reading"))
	}
}

func (f *FileIO) checkWritable() {
	f.checkClosed()
	if !f.writable {
		panic(unsupportedOp("File not open for writing"))
	}
}

// modeString is FileIO.mode.
func (f *FileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable:
		if f.writable {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

func (f *FileIO) errno(err error) *py.BaseException { return py.NewOSError(err, "") }

// read reads at most len(p) bytes; n < 0 means EAGAIN (None in Python).
func (f *FileIO) read(p []byte) int {
	f.checkReadable()
	if f.mayBlock() {
		py.WaitReady(f.fd, false)
	}
	return f.syscall(syscall.Read, p)
}

// mayBlock reports whether a read of the descriptor can wait for long (a
// blocking pipe, socket or terminal), so that the main thread waits for it
// where a signal can interrupt the wait.
func (f *FileIO) mayBlock() bool {
	if f.pollable == 0 {
		f.pollable = -1
		var st syscall.Stat_t
		if syscall.Fstat(f.fd, &st) == nil {
			switch st.Mode & syscall.S_IFMT {
			case syscall.S_IFIFO, syscall.S_IFSOCK, syscall.S_IFCHR:
				f.pollable = 1
			}
		}
	}
	if f.pollable < 0 {
		return false
	}
	flags, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(f.fd), syscall.F_GETFL, 0)
	return e == 0 && flags&syscall.O_NONBLOCK == 0
}

// readall reads to EOF; ok is false when nothing could be read without
// blocking.
func (f *FileIO) readall() ([]byte, bool) {
	f.checkReadable()
	size := 8192
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) == nil && st.Size > 0 {
		if pos, err := syscall.Seek(f.fd, 0, 1); err == nil && st.Size >= pos {
			size = int(st.Size-pos) + 1
		}
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			nb := make([]byte, len(buf), 2*cap(buf)+8192)
			copy(nb, buf)
			buf = nb
		}
		n := f.read(buf[len(buf):cap(buf)])
		if n < 0 {
			if len(buf) == 0 {
				return nil, false
			}
			break
		}
		if n == 0 {
			break
		}
		buf = buf[:len(buf)+n]
	}
	return buf, true
}

// write writes p; n < 0 means EAGAIN.
func (f *FileIO) write(p []byte) int {
	f.checkWritable()
	if f.sink != nil {
		n, err := f.sink.Write(p)
		if err != nil {
			panic(f.errno(err))
		}
		return n
	}
	return f.syscall(syscall.Write, p)
}

func (f *FileIO) seek(off int64, whence int) int64 {
	f.checkClosed()
	if f.flush != nil {
		f.flush()
	}
	pos, err := syscall.Seek(f.fd, off, whence)
	if err != nil {
		panic(f.errno(err))
	}
	return pos
}

func (f *FileIO) isSeekable() bool {
	f.checkClosed()
	if f.seekable < 0 {
		if _, err := syscall.Seek(f.fd, 0, 1); err != nil {
			f.seekable = 0
		} else {
			f.seekable = 1
		}
	}
	return f.seekable == 1
}

func (f *FileIO) close() {
	if f.fd < 0 {
		return
	}
	if f.flush != nil {
		f.flush()
	}
	fd := f.fd
	f.fd = -1
	f.disown()
	if f.closefd {
		if err := syscall.Close(fd); err != nil {
			panic(f.errno(err))
		}
	}
}

// parseRawMode sets the mode flags from FileIO's mode argument and
// returns the open(2) flags.
func (f *FileIO) parseRawMode(mode string) int {
	rwa, plus := false, false
	flags := 0
	bad := func() { panic(valueError("invalid mode: " + mode)) }
	must := func() {
		panic(valueError("Must have exactly one of create/read/write/append mode and at most one plus"))
	}
	for _, c := range mode {
		switch c {
		case 'x', 'r', 'w', 'a':
			if rwa {
				must()
			}
			rwa = true
			switch c {
			case 'x':
				f.created, f.writable = true, true
				flags |= syscall.O_EXCL | syscall.O_CREAT
			case 'r':
				f.readable = true
			case 'w':
				f.writable = true
				flags |= syscall.O_CREAT | syscall.O_TRUNC
			case 'a':
				f.writable, f.appending = true, true
				flags |= syscall.O_APPEND | syscall.O_CREAT
			}
		case 'b':
		case '+':
			if plus {
				must()
			}
			f.readable, f.writable, plus = true, true, true
		default:
			bad()
		}
	}
	if !rwa {
		must()
	}
	switch {
	case f.readable && f.writable:
		flags |= syscall.O_RDWR
	case f.readable:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	return flags | syscall.O_CLOEXEC
}

// fsPath converts a file argument to the path open(2) takes.
func fsPath(o py.Object) (string, bool) {
	switch v := o.(type) {
	case py.Str:
		if strings.IndexByte(string(v), 0) >= 0 {
			panic(valueError("embedded null byte"))
		}
		return string(v), true
	case py.Bytes:
		if strings.IndexByte(string(v), 0) >= 0 {
			panic(valueError("embedded null byte"))
		}
		return string(v), true
	}
	if m := py.LookupSpecial(o, "__fspath__"); m != nil {
		r := py.Call(m)
		switch r.(type) {
		case py.Str, py.Bytes:
			return fsPath(r)
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected %s.__fspath__() to return str or bytes, not %s", o.Type().Name, r.Type().Name)))
	}
	return "", false
}

func (f *FileIO) init(args []py.Object, kw []string) {
	a := py.ParseArgs("FileIO", args, kw, []string{"file", "mode", "closefd", "opener"}, 1)
	if f.fd >= 0 {
		// Re-initialising an open FileIO closes it first, as CPython does.
		if f.closefd {
			syscall.Close(f.fd)
		}
		f.fd = -1
		f.disown()
	}
	file, mode, closefd, opener := a[0], py.Object(py.Str("r")), true, a[3]
	if a[1] != nil {
		mode = a[1]
	}
	if a[2] != nil {
		closefd = py.Truth(a[2])
	}
	fd := -1
	var path string
	isFd := false
	switch file.(type) {
	case py.Int, py.Bool, *py.BigInt:
		fd = py.Index(file)
		isFd = true
		if fd < 0 {
			panic(valueError("negative file descriptor"))
		}
	default:
		p, ok := fsPath(file)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected str, bytes or os.PathLike object, not %s", file.Type().Name)))
		}
		path = p
	}
	ms, ok := mode.(py.Str)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("FileIO() argument 'mode' must be str, not %s", mode.Type().Name)))
	}
	f.readable, f.writable, f.appending, f.created = false, false, false, false
	flags := f.parseRawMode(string(ms))
	f.seekable = -1
	f.blksize = 8192
	if isFd {
		f.closefd = closefd
	} else {
		if !closefd {
			panic(valueError("Cannot use closefd=False with file name"))
		}
		f.closefd = true
		if opener != nil && opener != py.None {
			r := py.Call(opener, file, py.Int(flags))
			if _, ok := r.(py.Int); !ok {
				panic(py.NewError(py.TypeErrorType, "expected integer from opener"))
			}
			fd = py.Index(r)
			if fd < 0 {
				panic(valueError(fmt.Sprintf("opener returned %d", fd)))
			}
		} else {
			var err error
			py.WithoutGIL(func() {
				for {
					fd, err = syscall.Open(path, flags, 0o666)
					if err != syscall.EINTR {
						return
					}
				}
			})
			if err != nil {
				panic(osErrorFor(err, file))
			}
		}
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		if isFd {
			panic(f.errno(err))
		}
	} else {
		if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			if !isFd {
				syscall.Close(fd)
			}
			panic(osErrorFor(syscall.EISDIR, file))
		}
		if st.Blksize > 1 {
			f.blksize = int(st.Blksize)
		}
	}
	f.fd = fd
	f.own(fd)
	f.dict.SetStr("name", file)
	if f.appending {
		syscall.Seek(fd, 0, 2)
	}
}

// osErrorFor is the OSError for err with the file argument as filename.
func osErrorFor(err error, file py.Object) *py.BaseException {
	e := py.NewOSError(err, "")
	if eno, ok := err.(syscall.Errno); ok {
		e = py.NewException(e.Type(), py.Int(int(eno)), py.GetAttr(e, "strerror"), file)
	}
	return e
}

// NewFileIO makes a FileIO over an open descriptor.
func NewFileIO(fd int, mode string, closefd bool, name py.Object) *FileIO {
	f := &FileIO{base: base{dict: py.NewDict()}, fd: fd, closefd: closefd, seekable: -1, blksize: 8192}
	f.parseRawMode(mode)
	f.dict.SetStr("name", name)
	return f
}

func (f *FileIO) repr() string {
	tp := "_io.FileIO"
	if f.fd < 0 {
		return "<" + tp + " [closed]>"
	}
	cf := "False"
	if f.closefd {
		cf = "True"
	}
	name := py.LookupAttr(f, "name")
	if name == nil {
		return fmt.Sprintf("<%s fd=%d mode='%s' closefd=%s>", tp, f.fd, f.modeString(), cf)
	}
	return fmt.Sprintf("<%s name=%s mode='%s' closefd=%s>", tp, py.Repr(name), f.modeString(), cf)
}

func initFileIO() {
	t := FileIOType
	t.Bases = []*py.Type{privRaw}
	t.MRO = append([]*py.Type{t}, privRaw.MRO...)
	py.SetSubclassable(t)
	py.SetNewInstance(t, newInstanceFunc(t, func(b base) py.Object {
		return &FileIO{base: b, fd: -1, seekable: -1, blksize: 8192}
	}))
	defm(t, "__init__", func(f *FileIO, args []py.Object, kw []string) py.Object { f.init(args, kw); return py.None })
	defm(t, "__repr__", func(f *FileIO, args []py.Object, kw []string) py.Object { return py.Str(f.repr()) })
	defm(t, "read", func(f *FileIO, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("read", args, kw, []string{"size"}, 0)
		n := sizeArg(a[0])
		if n < 0 {
			b, ok := f.readall()
			if !ok {
				return py.None
			}
			return py.Bytes(b)
		}
		buf := make([]byte, n)
		k := f.read(buf)
		if k < 0 {
			return py.None
		}
		return py.Bytes(buf[:k])
	})
	defm(t, "readall", func(f *FileIO, args []py.Object, kw []string) py.Object {
		b, ok := f.readall()
		if !ok {
			return py.None
		}
		return py.Bytes(b)
	})
	defm(t, "readinto", func(f *FileIO, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("readinto", args, kw, []string{"buffer"}, 1)
		buf := bufferArg("readinto", a[0])
		f.checkReadable()
		k := f.read(buf)
		if k < 0 {
			return py.None
		}
		return py.Int(k)
	})
	defm(t, "write", func(f *FileIO, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("write", args, kw, []string{"b"}, 1)
		b := bytesArg(a[0])
		k := f.write(b)
		if k < 0 {
			return py.None
		}
		return py.Int(k)
	})
	defm(t, "seek", func(f *FileIO, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("seek", args, kw, []string{"pos", "whence"}, 1)
		if _, ok := a[0].(py.Float); ok {
			panic(py.NewError(py.TypeErrorType, "an integer is required"))
		}
		whence := 0
		if a[1] != nil {
			whence = py.Index(a[1])
		}
		f.checkClosed()
		return py.Int(int(f.seek(int64(py.Index(a[0])), whence)))
	})
	defm(t, "tell", func(f *FileIO, args []py.Object, kw []string) py.Object {
		noArgs("tell", args)
		f.checkClosed()
		return py.Int(int(f.seek(0, 1)))
	})
	defm(t, "truncate", func(f *FileIO, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("truncate", args, kw, []string{"size"}, 0)
		f.checkClosed()
		if !f.writable {
			panic(unsupportedOp("File not open for writing"))
		}
		var size int64
		if a[0] == nil || a[0] == py.None {
			size = f.seek(0, 1)
		} else {
			size = int64(py.Index(a[0]))
		}
		if err := syscall.Ftruncate(f.fd, size); err != nil {
			panic(f.errno(err))
		}
		return py.Int(int(size))
	})
	defm(t, "close", func(f *FileIO, args []py.Object, kw []string) py.Object {
		noArgs("close", args)
		f.close()
		return py.None
	})
	defm(t, "fileno", func(f *FileIO, args []py.Object, kw []string) py.Object {
		f.checkClosed()
		return py.Int(f.fd)
	})
	defm(t, "isatty", func(f *FileIO, args []py.Object, kw []string) py.Object {
		f.checkClosed()
		return py.NewBool(isatty(f.fd))
	})
	defm(t, "readable", func(f *FileIO, args []py.Object, kw []string) py.Object {
		f.checkClosed()
		return py.NewBool(f.readable)
	})
	defm(t, "writable", func(f *FileIO, args []py.Object, kw []string) py.Object {
		f.checkClosed()
		return py.NewBool(f.writable)
	})
	defm(t, "seekable", func(f *FileIO, args []py.Object, kw []string) py.Object {
		return py.NewBool(f.isSeekable())
	})
	defm(t, "flush", func(f *FileIO, args []py.Object, kw []string) py.Object {
		f.checkClosed()
		if f.flush != nil {
			f.flush()
		}
		return py.None
	})
	defm(t, "__getstate__", func(f *FileIO, args []py.Object, kw []string) py.Object {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("cannot pickle '%s' object", tpName(f, FileIOType))))
	})
	defm(t, "_dealloc_warn", func(f *FileIO, args []py.Object, kw []string) py.Object { return py.None })
	py.AddGetter(t, "closed", func(o py.Object) py.Object { return py.NewBool(o.(*FileIO).fd < 0) }, readonly(t, "closed"))
	py.AddGetter(t, "closefd", func(o py.Object) py.Object { return py.NewBool(o.(*FileIO).closefd) }, readonly(t, "closefd"))
	py.AddGetter(t, "mode", func(o py.Object) py.Object { return py.Str(o.(*FileIO).modeString()) }, readonly(t, "mode"))
	py.SetGetSetDoc(t, "closed", "True if the file is closed")
	py.SetGetSetDoc(t, "closefd", "True if the file descriptor will be closed by close().")
	py.SetGetSetDoc(t, "mode", "String giving the file mode")
	py.AddGetter(t, "_blksize", func(o py.Object) py.Object { return py.Int(o.(*FileIO).blksize) }, func(o, v py.Object) { o.(*FileIO).blksize = py.Index(v) })
	py.AddGetter(t, "_finalizing", func(o py.Object) py.Object { return py.False }, func(o, v py.Object) {})
}

func isatty(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&t)))
	return e == 0
}

// syscall runs a read or write on the descriptor without the GIL, retrying
// on EINTR as CPython does; n < 0 means EAGAIN (None in Python).
func (f *FileIO) syscall(op func(fd int, p []byte) (int, error), p []byte) int {
	var n int
	var err error
	py.WithoutGIL(func() {
		for {
			n, err = op(f.fd, p)
			if err != syscall.EINTR {
				return
			}
		}
	})
	if err != nil {
		if err == syscall.EAGAIN {
			return -1
		}
		panic(f.errno(err))
	}
	return n
}

// initVarsFileio sets the file's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVarsFileio() {
	FileIOType = py.NewType("FileIO", "_io", nil)
}
