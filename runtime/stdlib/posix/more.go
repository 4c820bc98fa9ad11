package posix

import (
	"fmt"
	goos "os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The rest of posix: ids and groups, process groups of terminals, wait3/
// wait4/waitid, vectored and positioned I/O, advisory locks, scheduling,
// extended attributes, memfd/eventfd/pidfd, openpty and login_tty,
// copy_file_range/splice. fork, forkpty and posix_spawn are left out (a
// Go process cannot fork; subprocess uses _posixsubprocess).

func rawErr(e syscall.Errno) {
	if e != 0 {
		raise(e)
	}
}

func sys1(trap uintptr, a ...uintptr) uintptr {
	var args [6]uintptr
	copy(args[:], a)
	r, _, e := syscall.Syscall6(trap, args[0], args[1], args[2], args[3], args[4], args[5])
	rawErr(e)
	return r
}

func rusageObj(ru *syscall.Rusage) py.Object {
	res, err := tryImport("resource")
	if err != nil {
		return py.None
	}
	tv := func(t syscall.Timeval) py.Object { return py.Float(float64(t.Sec) + float64(t.Usec)*1e-6) }
	i := func(v int64) py.Object { return py.Int(v) }
	return py.Call(py.GetAttr(res, "struct_rusage"), py.NewTuple(tv(ru.Utime), tv(ru.Stime), i(ru.Maxrss), i(ru.Ixrss), i(ru.Idrss), i(ru.Isrss),
		i(ru.Minflt), i(ru.Majflt), i(ru.Nswap), i(ru.Inblock), i(ru.Oublock), i(ru.Msgsnd), i(ru.Msgrcv), i(ru.Nsignals), i(ru.Nvcsw), i(ru.Nivcsw)))
}

func tryImport(name string) (m py.Object, err error) {
	if e := py.Catch(func() { m = py.Import(name) }); e != nil {
		return nil, fmt.Errorf("%s", py.ExcStr(e))
	}
	return m, nil
}

func buffers(o py.Object) [][]byte {
	var out [][]byte
	for _, b := range py.AppendStar(nil, o) {
		out = append(out, bytesArg("", b))
	}
	return out
}

func iovecs(bufs [][]byte) []syscall.Iovec {
	iov := make([]syscall.Iovec, len(bufs))
	for i, b := range bufs {
		if len(b) > 0 {
			iov[i].Base = &b[0]
		}
		iov[i].SetLen(len(b))
	}
	return iov
}

func iovPtr(iov []syscall.Iovec) uintptr {
	if len(iov) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&iov[0]))
}

func writableBuffers(o py.Object) [][]byte {
	var out [][]byte
	for _, b := range py.AppendStar(nil, o) {
		switch v := b.(type) {
		case *py.ByteArray:
			out = append(out, v.B)
		case py.BufferHolder:
			out = append(out, v.Buffer())
		default:
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("readv() arg 2 must be a sequence of writable buffers, not %s", b.Type().Name)))
		}
	}
	return out
}

func registerMore(m *py.Module) {
	ids := func(name string, trap uintptr, n int) {
		fn(m, name, func(args []py.Object, kw []string) py.Object {
			exact(name, args, kw, n, n)
			var a [3]uintptr
			for i := 0; i < n; i++ {
				a[i] = uintptr(py.Index(args[i]))
			}
			sys1(trap, a[0], a[1], a[2])
			return py.None
		})
	}
	ids("setreuid", syscall.SYS_SETREUID, 2)
	ids("setregid", syscall.SYS_SETREGID, 2)
	ids("setresuid", syscall.SYS_SETRESUID, 3)
	ids("setresgid", syscall.SYS_SETRESGID, 3)
	fn(m, "setgroups", func(args []py.Object, kw []string) py.Object {
		exact("setgroups", args, kw, 1, 1)
		var gs []int
		for _, g := range py.AppendStar(nil, args[0]) {
			gs = append(gs, py.Index(g))
		}
		check(syscall.Setgroups(gs))
		return py.None
	})
	fn(m, "setpgrp", func(args []py.Object, kw []string) py.Object {
		check(syscall.Setpgid(0, 0))
		return py.None
	})
	fn(m, "getgrouplist", func(args []py.Object, kw []string) py.Object {
		exact("getgrouplist", args, kw, 2, 2)
		user := py.StrOf(args[0])
		base := py.Index(args[1])
		out := py.NewList(py.Int(base))
		for _, f := range readDB("/etc/group", 4) {
			for _, mem := range strings.Split(f[3], ",") {
				if mem == user {
					g, _ := strconv.Atoi(f[2])
					if g != base {
						out.Items = append(out.Items, py.Int(g))
					}
				}
			}
		}
		return out
	})
	fn(m, "initgroups", func(args []py.Object, kw []string) py.Object {
		exact("initgroups", args, kw, 2, 2)
		l := py.Call(py.GetAttr(m, "getgrouplist"), args[0], args[1])
		return py.Call(py.GetAttr(m, "setgroups"), l)
	})
	fn(m, "ctermid", func(args []py.Object, kw []string) py.Object { return py.Str("/dev/tty") })
	fn(m, "tcgetpgrp", func(args []py.Object, kw []string) py.Object {
		exact("tcgetpgrp", args, kw, 1, 1)
		var pg int32
		sys1(syscall.SYS_IOCTL, uintptr(fdArg(args[0])), syscall.TIOCGPGRP, uintptr(unsafe.Pointer(&pg)))
		return py.Int(int(pg))
	})
	fn(m, "tcsetpgrp", func(args []py.Object, kw []string) py.Object {
		exact("tcsetpgrp", args, kw, 2, 2)
		pg := int32(py.Index(args[1]))
		sys1(syscall.SYS_IOCTL, uintptr(fdArg(args[0])), syscall.TIOCSPGRP, uintptr(unsafe.Pointer(&pg)))
		return py.None
	})
	wait4 := func(pid, options int) py.Object {
		var ws syscall.WaitStatus
		var ru syscall.Rusage
		var got int
		var err error
		py.WithoutGIL(func() { err = retry(func() (e error) { got, e = syscall.Wait4(pid, &ws, options, &ru); return }) })
		check(err)
		return py.NewTuple(py.Int(got), py.Int(int(ws)), rusageObj(&ru))
	}
	fn(m, "wait3", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("wait3", args, kw, []string{"options"}, 1)
		return wait4(-1, py.Index(a[0]))
	})
	fn(m, "wait4", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("wait4", args, kw, []string{"pid", "options"}, 2)
		return wait4(py.Index(a[0]), py.Index(a[1]))
	})
	fn(m, "waitid", func(args []py.Object, kw []string) py.Object {
		exact("waitid", args, kw, 3, 3)
		idtype, id, options := py.Index(args[0]), py.Index(args[1]), py.Index(args[2])
		var info [128]byte
		var e syscall.Errno
		py.WithoutGIL(func() {
			for {
				_, _, e = syscall.Syscall6(syscall.SYS_WAITID, uintptr(idtype), uintptr(id), uintptr(unsafe.Pointer(&info[0])), uintptr(options), 0, 0)
				if e != syscall.EINTR {
					return
				}
			}
		})
		rawErr(e)
		i32 := func(off int) int { return int(*(*int32)(unsafe.Pointer(&info[off]))) }
		pid := i32(16)
		if pid == 0 {
			return py.None
		}
		// siginfo_t: signo 0, errno 4, code 8, pid 16, uid 20, status 24.
		return WaitidResult.Make(py.Int(pid), py.Int(i32(20)), py.Int(i32(0)), py.Int(i32(24)), py.Int(i32(8)))
	})
	fn(m, "readv", func(args []py.Object, kw []string) py.Object {
		exact("readv", args, kw, 2, 2)
		fd := fdArg(args[0])
		iov := iovecs(writableBuffers(args[1]))
		var n uintptr
		var e syscall.Errno
		py.WithoutGIL(func() { n, _, e = syscall.Syscall(syscall.SYS_READV, uintptr(fd), iovPtr(iov), uintptr(len(iov))) })
		rawErr(e)
		return py.Int(int(n))
	})
	fn(m, "writev", func(args []py.Object, kw []string) py.Object {
		exact("writev", args, kw, 2, 2)
		fd := fdArg(args[0])
		iov := iovecs(buffers(args[1]))
		var n uintptr
		var e syscall.Errno
		py.WithoutGIL(func() { n, _, e = syscall.Syscall(syscall.SYS_WRITEV, uintptr(fd), iovPtr(iov), uintptr(len(iov))) })
		rawErr(e)
		return py.Int(int(n))
	})
	fn(m, "preadv", func(args []py.Object, kw []string) py.Object {
		exact("preadv", args, kw, 3, 4)
		iov := iovecs(writableBuffers(args[1]))
		off := py.Index(args[2])
		flags := 0
		if len(args) == 4 {
			flags = py.Index(args[3])
		}
		return py.Int(int(sys1(327 /* preadv2 */, uintptr(fdArg(args[0])), iovPtr(iov), uintptr(len(iov)), uintptr(off), 0, uintptr(flags))))
	})
	fn(m, "pwritev", func(args []py.Object, kw []string) py.Object {
		exact("pwritev", args, kw, 3, 4)
		iov := iovecs(buffers(args[1]))
		off := py.Index(args[2])
		flags := 0
		if len(args) == 4 {
			flags = py.Index(args[3])
		}
		return py.Int(int(sys1(328 /* pwritev2 */, uintptr(fdArg(args[0])), iovPtr(iov), uintptr(len(iov)), uintptr(off), 0, uintptr(flags))))
	})
	fn(m, "lockf", func(args []py.Object, kw []string) py.Object {
		exact("lockf", args, kw, 3, 3)
		fd, cmd, length := fdArg(args[0]), py.Index(args[1]), int64(py.Index(args[2]))
		lk := syscall.Flock_t{Whence: 1, Len: length}
		var op int
		switch cmd {
		case 0: // F_ULOCK
			lk.Type, op = syscall.F_UNLCK, syscall.F_SETLK
		case 1: // F_LOCK
			lk.Type, op = syscall.F_WRLCK, syscall.F_SETLKW
		case 2: // F_TLOCK
			lk.Type, op = syscall.F_WRLCK, syscall.F_SETLK
		case 3: // F_TEST
			lk.Type = syscall.F_WRLCK
			check(syscall.FcntlFlock(uintptr(fd), syscall.F_GETLK, &lk))
			if lk.Type != syscall.F_UNLCK && int(lk.Pid) != syscall.Getpid() {
				raise(syscall.EACCES)
			}
			return py.None
		default:
			raise(syscall.EINVAL)
		}
		var err error
		py.WithoutGIL(func() { err = syscall.FcntlFlock(uintptr(fd), op, &lk) })
		check(err)
		return py.None
	})
	fn(m, "posix_fadvise", func(args []py.Object, kw []string) py.Object {
		exact("posix_fadvise", args, kw, 4, 4)
		sys1(syscall.SYS_FADVISE64, uintptr(fdArg(args[0])), uintptr(py.Index(args[1])), uintptr(py.Index(args[2])), uintptr(py.Index(args[3])))
		return py.None
	})
	fn(m, "posix_fallocate", func(args []py.Object, kw []string) py.Object {
		exact("posix_fallocate", args, kw, 3, 3)
		check(syscall.Fallocate(fdArg(args[0]), 0, int64(py.Index(args[1])), int64(py.Index(args[2]))))
		return py.None
	})
	prio := func(name string, trap uintptr) {
		fn(m, name, func(args []py.Object, kw []string) py.Object {
			a, _ := parse(name, args, kw, []string{"policy"}, 1)
			return py.Int(int(sys1(trap, uintptr(py.Index(a[0])))))
		})
	}
	prio("sched_get_priority_max", syscall.SYS_SCHED_GET_PRIORITY_MAX)
	prio("sched_get_priority_min", syscall.SYS_SCHED_GET_PRIORITY_MIN)
	fn(m, "sched_getscheduler", func(args []py.Object, kw []string) py.Object {
		exact("sched_getscheduler", args, kw, 1, 1)
		return py.Int(int(sys1(syscall.SYS_SCHED_GETSCHEDULER, uintptr(py.Index(args[0])))))
	})
	fn(m, "sched_getparam", func(args []py.Object, kw []string) py.Object {
		exact("sched_getparam", args, kw, 1, 1)
		var p int32
		sys1(syscall.SYS_SCHED_GETPARAM, uintptr(py.Index(args[0])), uintptr(unsafe.Pointer(&p)))
		return SchedParam.Make(py.Int(int(p)))
	})
	fn(m, "sched_setparam", func(args []py.Object, kw []string) py.Object {
		exact("sched_setparam", args, kw, 2, 2)
		p := int32(py.Index(py.GetItem(args[1], py.Int(0))))
		sys1(syscall.SYS_SCHED_SETPARAM, uintptr(py.Index(args[0])), uintptr(unsafe.Pointer(&p)))
		return py.None
	})
	fn(m, "sched_setscheduler", func(args []py.Object, kw []string) py.Object {
		exact("sched_setscheduler", args, kw, 3, 3)
		p := int32(py.Index(py.GetItem(args[2], py.Int(0))))
		sys1(syscall.SYS_SCHED_SETSCHEDULER, uintptr(py.Index(args[0])), uintptr(py.Index(args[1])), uintptr(unsafe.Pointer(&p)))
		return py.None
	})
	fn(m, "sched_rr_get_interval", func(args []py.Object, kw []string) py.Object {
		exact("sched_rr_get_interval", args, kw, 1, 1)
		var ts syscall.Timespec
		sys1(syscall.SYS_SCHED_RR_GET_INTERVAL, uintptr(py.Index(args[0])), uintptr(unsafe.Pointer(&ts)))
		return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9)
	})
	fn(m, "sched_setaffinity", func(args []py.Object, kw []string) py.Object {
		exact("sched_setaffinity", args, kw, 2, 2)
		var mask [128]byte
		for _, c := range py.AppendStar(nil, args[1]) {
			n := py.Index(c)
			if n < 0 {
				panic(py.NewError(py.ValueErrorType, "negative CPU number"))
			}
			if n >= len(mask)*8 {
				raise(syscall.EINVAL)
			}
			mask[n/8] |= 1 << (n % 8)
		}
		sys1(syscall.SYS_SCHED_SETAFFINITY, uintptr(py.Index(args[0])), uintptr(len(mask)), uintptr(unsafe.Pointer(&mask[0])))
		return py.None
	})
	xattrPath := func(name string, args []py.Object, kw []string, n int) (pathArg, []py.Object, bool) {
		params := []string{"path", "attribute", "value", "flags"}[:n]
		a, opts := parse(name, args, kw, params, n-map[bool]int{true: 1, false: 0}[n == 4], "follow_symlinks")
		p := convertPath(name, "path", a[0], true, false)
		return p, a, truthOpt(opts, "follow_symlinks", true)
	}
	fn(m, "getxattr", func(args []py.Object, kw []string) py.Object {
		p, a, _ := xattrPath("getxattr", args, kw, 2)
		attr := convertPath("getxattr", "attribute", a[1], false, false).s
		buf := make([]byte, 65536)
		n, err := syscall.Getxattr(p.s, attr, buf)
		check(err, p.obj)
		return py.Bytes(string(buf[:n]))
	})
	fn(m, "setxattr", func(args []py.Object, kw []string) py.Object {
		p, a, _ := xattrPath("setxattr", args, kw, 4)
		attr := convertPath("setxattr", "attribute", a[1], false, false).s
		flags := 0
		if a[3] != nil {
			flags = py.Index(a[3])
		}
		check(syscall.Setxattr(p.s, attr, bytesArg("setxattr", a[2]), flags), p.obj)
		return py.None
	})
	fn(m, "removexattr", func(args []py.Object, kw []string) py.Object {
		p, a, _ := xattrPath("removexattr", args, kw, 2)
		check(syscall.Removexattr(p.s, convertPath("removexattr", "attribute", a[1], false, false).s), p.obj)
		return py.None
	})
	fn(m, "listxattr", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("listxattr", args, kw, []string{"path"}, 0)
		path := "."
		var obj py.Object
		if a[0] != nil && a[0] != py.None {
			p := convertPath("listxattr", "path", a[0], true, true)
			path, obj = p.s, p.obj
		}
		buf := make([]byte, 65536)
		n, err := syscall.Listxattr(path, buf)
		check(err, obj)
		out := py.NewList()
		for _, s := range strings.Split(string(buf[:n]), "\x00") {
			if s != "" {
				out.Items = append(out.Items, fsdecode(s))
			}
		}
		return out
	})
	fn(m, "memfd_create", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("memfd_create", args, kw, []string{"name", "flags"}, 1)
		name := convertPath("memfd_create", "name", a[0], false, false).s
		flags := 1 // MFD_CLOEXEC
		if a[1] != nil {
			flags = py.Index(a[1])
		}
		b, _ := syscall.BytePtrFromString(name)
		return py.Int(int(sys1(319 /* memfd_create */, uintptr(unsafe.Pointer(b)), uintptr(flags))))
	})
	fn(m, "eventfd", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("eventfd", args, kw, []string{"initval", "flags"}, 1)
		flags := syscall.O_CLOEXEC
		if a[1] != nil {
			flags = py.Index(a[1])
		}
		return py.Int(int(sys1(syscall.SYS_EVENTFD2, uintptr(py.Index(a[0])), uintptr(flags))))
	})
	fn(m, "eventfd_read", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("eventfd_read", args, kw, []string{"fd"}, 1)
		var buf [8]byte
		fd := fdArg(a[0])
		var err error
		py.WithoutGIL(func() { err = retry(func() error { _, e := syscall.Read(fd, buf[:]); return e }) })
		check(err)
		return uint64Obj(*(*uint64)(unsafe.Pointer(&buf[0])))
	})
	fn(m, "eventfd_write", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("eventfd_write", args, kw, []string{"fd", "value"}, 2)
		v, _ := py.IndexBig(a[1])
		var buf [8]byte
		*(*uint64)(unsafe.Pointer(&buf[0])) = v.Uint64()
		_, err := syscall.Write(fdArg(a[0]), buf[:])
		check(err)
		return py.None
	})
	fn(m, "pidfd_open", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("pidfd_open", args, kw, []string{"pid", "flags"}, 1)
		flags := 0
		if a[1] != nil {
			flags = py.Index(a[1])
		}
		return py.Int(int(sys1(434, uintptr(py.Index(a[0])), uintptr(flags)))) // SYS_pidfd_open
	})
	fn(m, "copy_file_range", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("copy_file_range", args, kw, []string{"src", "dst", "count", "offset_src", "offset_dst"}, 3)
		var offs [2]*int64
		for i, o := range []py.Object{a[3], a[4]} {
			if o != nil && o != py.None {
				v := int64(py.Index(o))
				offs[i] = &v
			}
		}
		return py.Int(int(sys1(326 /* copy_file_range */, uintptr(fdArg(a[0])), uintptr(unsafe.Pointer(offs[0])), uintptr(fdArg(a[1])),
			uintptr(unsafe.Pointer(offs[1])), uintptr(py.Index(a[2])), 0)))
	})
	fn(m, "splice", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("splice", args, kw, []string{"src", "dst", "count", "offset_src", "offset_dst", "flags"}, 3)
		var offs [2]*int64
		for i, o := range []py.Object{a[3], a[4]} {
			if o != nil && o != py.None {
				v := int64(py.Index(o))
				offs[i] = &v
			}
		}
		flags := 0
		if a[5] != nil {
			flags = py.Index(a[5])
		}
		return py.Int(int(sys1(syscall.SYS_SPLICE, uintptr(fdArg(a[0])), uintptr(unsafe.Pointer(offs[0])), uintptr(fdArg(a[1])),
			uintptr(unsafe.Pointer(offs[1])), uintptr(py.Index(a[2])), uintptr(flags))))
	})
	fn(m, "openpty", func(args []py.Object, kw []string) py.Object {
		master, err := syscall.Open("/dev/ptmx", syscall.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
		check(err)
		var n uint32
		sys1(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n)))
		var unlock int32
		sys1(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock)))
		slave, err := syscall.Open(fmt.Sprintf("/dev/pts/%d", n), syscall.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
		if err != nil {
			syscall.Close(master)
			raise(err)
		}
		return py.NewTuple(py.Int(master), py.Int(slave))
	})
	fn(m, "login_tty", func(args []py.Object, kw []string) py.Object {
		exact("login_tty", args, kw, 1, 1)
		fd := fdArg(args[0])
		if _, err := syscall.Setsid(); err != nil {
			raise(err)
		}
		sys1(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCSCTTY, 0)
		for i := 0; i < 3; i++ {
			check(syscall.Dup3(fd, i, 0))
		}
		if fd > 2 {
			syscall.Close(fd)
		}
		return py.None
	})
}

// readDB reads a colon-separated database (/etc/group).
func readDB(path string, n int) [][]string {
	b, err := goos.ReadFile(path)
	if err != nil {
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, ":")
		if len(f) >= n && line != "" && line[0] != '#' {
			out = append(out, f[:n])
		}
	}
	return out
}
