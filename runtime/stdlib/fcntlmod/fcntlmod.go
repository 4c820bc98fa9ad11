// Package fcntlmod is CPython's fcntl module: fcntl, ioctl, flock and
// lockf over the system calls, and the host's constants.
package fcntlmod

import (
	"fmt"
	"syscall"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/selectmod"
)

var consts = []struct {
	name  string
	value int64
}{
	{"DN_ACCESS", 1},
	{"DN_ATTRIB", 32},
	{"DN_CREATE", 4},
	{"DN_DELETE", 8},
	{"DN_MODIFY", 2},
	{"DN_MULTISHOT", 2147483648},
	{"DN_RENAME", 16},
	{"FASYNC", 8192},
	{"FD_CLOEXEC", 1},
	{"F_ADD_SEALS", 1033},
	{"F_DUPFD", 0},
	{"F_DUPFD_CLOEXEC", 1030},
	{"F_EXLCK", 4},
	{"F_GETFD", 1},
	{"F_GETFL", 3},
	{"F_GETLEASE", 1025},
	{"F_GETLK", 5},
	{"F_GETLK64", 5},
	{"F_GETOWN", 9},
	{"F_GETPIPE_SZ", 1032},
	{"F_GETSIG", 11},
	{"F_GET_SEALS", 1034},
	{"F_NOTIFY", 1026},
	{"F_OFD_GETLK", 36},
	{"F_OFD_SETLK", 37},
	{"F_OFD_SETLKW", 38},
	{"F_RDLCK", 0},
	{"F_SEAL_GROW", 4},
	{"F_SEAL_SEAL", 1},
	{"F_SEAL_SHRINK", 2},
	{"F_SEAL_WRITE", 8},
	{"F_SETFD", 2},
	{"F_SETFL", 4},
	{"F_SETLEASE", 1024},
	{"F_SETLK", 6},
	{"F_SETLK64", 6},
	{"F_SETLKW", 7},
	{"F_SETLKW64", 7},
	{"F_SETOWN", 8},
	{"F_SETPIPE_SZ", 1031},
	{"F_SETSIG", 10},
	{"F_SHLCK", 8},
	{"F_UNLCK", 2},
	{"F_WRLCK", 1},
	{"LOCK_EX", 2},
	{"LOCK_MAND", 32},
	{"LOCK_NB", 4},
	{"LOCK_READ", 64},
	{"LOCK_RW", 192},
	{"LOCK_SH", 1},
	{"LOCK_UN", 8},
	{"LOCK_WRITE", 128}}

func raise(e syscall.Errno) {
	s := e.Error()
	panic(py.Call(py.OSErrorType, py.Int(int(e)), py.Str(string(s[0]-'a'+'A')+s[1:])).(*py.BaseException))
}

// withBuffer runs op on a copy of a bytes argument (at most 1024 bytes,
// as CPython) and returns the resulting bytes.
func withBuffer(fname string, b []byte, op func(p unsafe.Pointer) syscall.Errno) py.Object {
	if len(b) > 1024 {
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("%s string arg too long", fname)))
	}
	buf := make([]byte, 1024)
	copy(buf, b)
	var e syscall.Errno
	py.WithoutGIL(func() { e = op(unsafe.Pointer(&buf[0])) })
	if e != 0 {
		raise(e)
	}
	return py.Bytes(buf[:len(b)])
}

func intArg(o py.Object) uintptr {
	b, ok := py.IndexBig(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", o.Type().Name)))
	}
	return uintptr(b.Int64())
}

func setup0() {
	py.RegisterModule("fcntl", func(m *py.Module) {
		m.Set("__doc__", py.Str("This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object."))
		for _, c := range consts {
			m.Set(c.name, py.Int(c.value))
		}
		m.AddFunc("fcntl", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) < 2 || len(args) > 3 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("fcntl expected at least 2 arguments, got %d", len(args))))
			}
			fd := selectmod.Fileno(args[0])
			cmd := py.Index(args[1])
			if len(args) == 3 {
				switch v := args[2].(type) {
				case py.Str:
					return withBuffer("fcntl", []byte(v), func(p unsafe.Pointer) syscall.Errno {
						_, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(p))
						return e
					})
				case py.Bytes, *py.ByteArray:
					b, _ := py.BytesLike(v)
					return withBuffer("fcntl", b, func(p unsafe.Pointer) syscall.Errno {
						_, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(p))
						return e
					})
				}
			}
			var arg uintptr
			if len(args) == 3 {
				arg = intArg(args[2])
			}
			var r uintptr
			var e syscall.Errno
			py.WithoutGIL(func() { r, _, e = syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), arg) })
			if e != 0 {
				raise(e)
			}
			return py.Int(int64(int32(r)))
		})
		m.AddFunc("ioctl", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) < 2 || len(args) > 4 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("ioctl expected at least 2 arguments, got %d", len(args))))
			}
			fd := selectmod.Fileno(args[0])
			req := uintptr(uint32(intArg(args[1])))
			if len(args) >= 3 {
				if ba, ok := args[2].(*py.ByteArray); ok {
					mutate := len(args) < 4 || py.Truth(args[3])
					r := withBuffer("ioctl", ba.B, func(p unsafe.Pointer) syscall.Errno {
						_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(p))
						return e
					})
					if mutate {
						copy(ba.B, []byte(r.(py.Bytes)))
						return py.Int(0)
					}
					return r
				}
				if b, ok := py.BytesLike(args[2]); ok {
					return withBuffer("ioctl", b, func(p unsafe.Pointer) syscall.Errno {
						_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(p))
						return e
					})
				}
				if s, ok := args[2].(py.Str); ok {
					return withBuffer("ioctl", []byte(s), func(p unsafe.Pointer) syscall.Errno {
						_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(p))
						return e
					})
				}
			}
			var arg uintptr
			if len(args) >= 3 {
				arg = intArg(args[2])
			}
			r, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, arg)
			if e != 0 {
				raise(e)
			}
			return py.Int(int64(int32(r)))
		})
		m.AddFunc("flock", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) != 2 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("flock expected 2 arguments, got %d", len(args))))
			}
			fd := selectmod.Fileno(args[0])
			op := py.Index(args[1])
			var err error
			py.WithoutGIL(func() {
				for {
					err = syscall.Flock(fd, op)
					if err != syscall.EINTR {
						return
					}
				}
			})
			if err != nil {
				raise(err.(syscall.Errno))
			}
			return py.None
		})
		m.AddFunc("lockf", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) < 2 || len(args) > 5 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("lockf expected at least 2 arguments, got %d", len(args))))
			}
			fd := selectmod.Fileno(args[0])
			code := py.Index(args[1])
			lk := syscall.Flock_t{}
			switch {
			case code == syscall.LOCK_UN:
				lk.Type = syscall.F_UNLCK
			case code&syscall.LOCK_SH != 0:
				lk.Type = syscall.F_RDLCK
			case code&syscall.LOCK_EX != 0:
				lk.Type = syscall.F_WRLCK
			default:
				panic(py.NewError(py.ValueErrorType, "unrecognized lockf argument"))
			}
			if len(args) > 2 {
				lk.Len = int64(py.Index(args[2]))
			}
			if len(args) > 3 {
				lk.Start = int64(py.Index(args[3]))
			}
			if len(args) > 4 {
				lk.Whence = int16(py.Index(args[4]))
			}
			cmd := syscall.F_SETLKW
			if code&syscall.LOCK_NB != 0 {
				cmd = syscall.F_SETLK
			}
			var err error
			py.WithoutGIL(func() { err = syscall.FcntlFlock(uintptr(fd), cmd, &lk) })
			if err != nil {
				raise(err.(syscall.Errno))
			}
			return py.None
		})
	})
}
