// Package posix is CPython's posix module (what os.py imports on Linux):
// the system calls on file descriptors, paths and processes, stat_result
// and the other struct sequences, scandir's DirEntry, and the host's
// constants. Calls go through Go's syscall package; blocking ones release
// the interpreter lock. fork and its relatives are absent: a Go process
// cannot fork safely (subprocess uses _posixsubprocess.fork_exec).
package posix

import (
	"fmt"
	goos "os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/structseq"
)

// The struct sequence types, made at posix's first import (makeSeqTypes):
// every use is in the module's functions.
var (
	// StatResult is os.stat_result.
	StatResult, StatvfsResult, TimesResult, UnameResult, TerminalSize, WaitidResult, SchedParam *structseq.Type

	seqTypesOnce sync.Once
)

func makeSeqTypes() {
	StatResult = structseq.New("os", "stat_result", []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		"", "", "", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}, 10,
		statDoc)
	StatvfsResult = structseq.New("os", "statvfs_result", []string{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
		"f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"}, 10, "")
	TimesResult = structseq.New("posix", "times_result", []string{"user", "system", "children_user", "children_system", "elapsed"}, 5, "")
	UnameResult = structseq.New("posix", "uname_result", []string{"sysname", "nodename", "release", "version", "machine"}, 5, "")
	TerminalSize = structseq.New("os", "terminal_size", []string{"columns", "lines"}, 2, "A tuple of (columns, lines) for holding terminal window size")
	WaitidResult = structseq.New("posix", "waitid_result", []string{"si_pid", "si_uid", "si_signo", "si_status", "si_code"}, 5, "")
	SchedParam = structseq.New("posix", "sched_param", []string{"sched_priority"}, 1, "")
	StatResult.Fill = func(all []py.Object) {
		for i := 0; i < 3; i++ {
			if all[10+i] == py.None {
				all[10+i] = all[7+i]
			}
		}
	}
}

const statDoc = "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information."

func statResult(st *syscall.Stat_t) py.Object {
	ts := func(t syscall.Timespec) (py.Object, py.Object, py.Object) {
		ns := py.Mul(py.Int(t.Sec), py.Int(1000000000))
		ns = py.Add(ns, py.Int(t.Nsec))
		return py.Int(t.Sec), py.Float(float64(t.Sec) + float64(t.Nsec)*1e-9), ns
	}
	ai, af, an := ts(st.Atim)
	mi, mf, mn := ts(st.Mtim)
	ci, cf, cn := ts(st.Ctim)
	return StatResult.Make(py.Int(int64(st.Mode)), uint64Obj(st.Ino), uint64Obj(st.Dev), py.Int(int64(st.Nlink)), py.Int(int64(st.Uid)), py.Int(int64(st.Gid)),
		py.Int(st.Size), ai, mi, ci, af, mf, cf, an, mn, cn, py.Int(st.Blksize), py.Int(st.Blocks), uint64Obj(st.Rdev))
}

func uint64Obj(u uint64) py.Object {
	return py.ToInt(py.Str(fmt.Sprint(u)))
}

func doStat(fname string, args []py.Object, kw []string, follow bool) py.Object {
	a, opts := parse(fname, args, kw, []string{"path"}, 1, "dir_fd", "follow_symlinks")
	p := convertPath(fname, "path", a[0], fname == "stat", false)
	follow = truthOpt(opts, "follow_symlinks", follow)
	var st syscall.Stat_t
	var err error
	py.WithoutGIL(func() {
		switch {
		case p.isFd:
			err = retry(func() error { return syscall.Fstat(p.fd, &st) })
		case follow:
			err = syscall.Stat(withDirFd(p.s, opts["dir_fd"]), &st)
		default:
			err = syscall.Lstat(withDirFd(p.s, opts["dir_fd"]), &st)
		}
	})
	if err != nil {
		if p.isFd {
			raise(err)
		}
		raise(err, p.obj)
	}
	return statResult(&st)
}

func fn(m *py.Module, name string, f func(args []py.Object, kw []string) py.Object) {
	m.AddFunc(name, f)
}

// exact checks a positional-only signature (CPython's "X expected N
// arguments, got M").
func exact(name string, args []py.Object, kw []string, min, max int) {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, name+"() takes no keyword arguments"))
	}
	if len(args) < min || len(args) > max {
		switch {
		case min == max && min == 1:
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes exactly one argument (%d given)", name, len(args))))
		case min == max:
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected %d arguments, got %d", name, min, len(args))))
		case len(args) < min:
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))))
		default:
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))))
		}
	}
}

func noArgs(name string, args []py.Object) {
	if len(args) > 0 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes no arguments (%d given)", name, len(args))))
	}
}

func intRet(f func() int) func(args []py.Object, kw []string) py.Object {
	return func(args []py.Object, kw []string) py.Object { return py.Int(f()) }
}

func setCloexec(fd int, on bool) error {
	flags, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
	if e != 0 {
		return e
	}
	if on {
		flags |= syscall.FD_CLOEXEC
	} else {
		flags &^= syscall.FD_CLOEXEC
	}
	_, _, e = syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFD, flags)
	if e != 0 {
		return e
	}
	return nil
}

func getFdFlags(fd, cmd int) (int, error) {
	flags, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), 0)
	if e != 0 {
		return 0, e
	}
	return int(flags), nil
}

func environBytes() *py.Dict {
	d := py.NewDict()
	for _, kv := range syscall.Environ() {
		k, v, ok := strings.Cut(kv, "=")
		if ok {
			py.SetItem(d, py.Bytes(k), py.Bytes(v))
		}
	}
	return d
}

// Waitstatus macros.
func wifexited(s int) bool   { return s&0x7f == 0 }
func wexitstatus(s int) int  { return (s >> 8) & 0xff }
func wifsignaled(s int) bool { return ((s&0x7f)+1)>>1 > 0 && s&0x7f != 0x7f && s&0x7f != 0 }
func wtermsig(s int) int     { return s & 0x7f }
func wifstopped(s int) bool  { return s&0xff == 0x7f }

func register(m *py.Module) {
	seqTypesOnce.Do(makeSeqTypes)
	addSpawn(m)
	m.Set("__doc__", py.Str("This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls."))
	for _, c := range intConsts {
		m.Set(c.name, py.Int(c.value))
	}
	for _, tbl := range []struct {
		name string
		vals []struct {
			name  string
			value int
		}
	}{{"sysconf_names", sysconf_names}, {"confstr_names", confstr_names}, {"pathconf_names", pathconf_names}} {
		d := py.NewDict()
		for _, kv := range tbl.vals {
			d.SetStr(kv.name, py.Int(kv.value))
		}
		m.Set(tbl.name, d)
	}
	hf := py.NewList()
	for _, f := range haveFunctions {
		hf.Items = append(hf.Items, py.Str(f))
	}
	m.Set("_have_functions", hf)
	m.Set("error", py.OSErrorType)
	m.Set("environ", environBytes())
	m.Set("stat_result", StatResult.Type)
	m.Set("statvfs_result", StatvfsResult.Type)
	m.Set("times_result", TimesResult.Type)
	m.Set("uname_result", UnameResult.Type)
	m.Set("terminal_size", TerminalSize.Type)
	m.Set("waitid_result", WaitidResult.Type)
	m.Set("sched_param", SchedParam.Type)
	m.Set("DirEntry", DirEntryType)
	registerMore(m)

	// --- stat and paths ---
	fn(m, "stat", func(args []py.Object, kw []string) py.Object { return doStat("stat", args, kw, true) })
	fn(m, "lstat", func(args []py.Object, kw []string) py.Object { return doStat("lstat", args, kw, false) })
	fn(m, "fstat", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("fstat", args, kw, []string{"fd"}, 1)
		fd := fdArg(a[0])
		var st syscall.Stat_t
		var err error
		py.WithoutGIL(func() { err = retry(func() error { return syscall.Fstat(fd, &st) }) })
		check(err)
		return statResult(&st)
	})
	fn(m, "access", func(args []py.Object, kw []string) py.Object {
		a, opts := parse("access", args, kw, []string{"path", "mode"}, 2, "dir_fd", "effective_ids", "follow_symlinks")
		p := convertPath("access", "path", a[0], false, false)
		err := syscall.Access(withDirFd(p.s, opts["dir_fd"]), uint32(py.Index(a[1])))
		return py.NewBool(err == nil)
	})
	fn(m, "chdir", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("chdir", args, kw, []string{"path"}, 1)
		p := convertPath("chdir", "path", a[0], true, false)
		if p.isFd {
			check(syscall.Fchdir(p.fd))
		} else {
			check(syscall.Chdir(p.s), p.obj)
		}
		return py.None
	})
	fn(m, "fchdir", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("fchdir", args, kw, []string{"fd"}, 1)
		check(syscall.Fchdir(fdArg(a[0])))
		return py.None
	})
	getcwd := func() string {
		d, err := syscall.Getwd()
		check(err)
		return d
	}
	fn(m, "getcwd", func(args []py.Object, kw []string) py.Object { noArgs("getcwd", args); return fsdecode(getcwd()) })
	fn(m, "getcwdb", func(args []py.Object, kw []string) py.Object { noArgs("getcwdb", args); return py.Bytes(getcwd()) })
	fn(m, "chmod", func(args []py.Object, kw []string) py.Object {
		a, opts := parse("chmod", args, kw, []string{"path", "mode"}, 2, "dir_fd", "follow_symlinks")
		p := convertPath("chmod", "path", a[0], true, false)
		mode := uint32(py.Index(a[1]))
		if p.isFd {
			check(syscall.Fchmod(p.fd, mode))
		} else {
			if !truthOpt(opts, "follow_symlinks", true) {
				panic(py.NewError(py.NotImplementedErrorType, "chmod: follow_symlinks unavailable on this platform"))
			}
			check(syscall.Chmod(withDirFd(p.s, opts["dir_fd"]), mode), p.obj)
		}
		return py.None
	})
	fn(m, "fchmod", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("fchmod", args, kw, []string{"fd", "mode"}, 2)
		check(syscall.Fchmod(fdArg(a[0]), uint32(py.Index(a[1]))))
		return py.None
	})
	chown := func(name string, follow bool) func(args []py.Object, kw []string) py.Object {
		return func(args []py.Object, kw []string) py.Object {
			a, opts := parse(name, args, kw, []string{"path", "uid", "gid"}, 3, "dir_fd", "follow_symlinks")
			p := convertPath(name, "path", a[0], name == "chown", false)
			uid, gid := py.Index(a[1]), py.Index(a[2])
			switch {
			case p.isFd:
				check(syscall.Fchown(p.fd, uid, gid))
			case truthOpt(opts, "follow_symlinks", follow):
				check(syscall.Chown(withDirFd(p.s, opts["dir_fd"]), uid, gid), p.obj)
			default:
				check(syscall.Lchown(withDirFd(p.s, opts["dir_fd"]), uid, gid), p.obj)
			}
			return py.None
		}
	}
	fn(m, "chown", chown("chown", true))
	fn(m, "lchown", chown("lchown", false))
	fn(m, "fchown", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("fchown", args, kw, []string{"fd", "uid", "gid"}, 3)
		check(syscall.Fchown(fdArg(a[0]), py.Index(a[1]), py.Index(a[2])))
		return py.None
	})
	fn(m, "chroot", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("chroot", args, kw, []string{"path"}, 1)
		p := convertPath("chroot", "path", a[0], false, false)
		check(syscall.Chroot(p.s), p.obj)
		return py.None
	})
	fn(m, "mkdir", func(args []py.Object, kw []string) py.Object {
		a, opts := parse("mkdir", args, kw, []string{"path", "mode"}, 1, "dir_fd")
		p := convertPath("mkdir", "path", a[0], false, false)
		mode := uint32(0o777)
		if a[1] != nil {
			mode = uint32(py.Index(a[1]))
		}
		check(syscall.Mkdir(withDirFd(p.s, opts["dir_fd"]), mode), p.obj)
		return py.None
	})
	fn(m, "mkfifo", func(args []py.Object, kw []string) py.Object {
		a, opts := parse("mkfifo", args, kw, []string{"path", "mode"}, 1, "dir_fd")
		p := convertPath("mkfifo", "path", a[0], false, false)
		mode := uint32(0o666)
		if a[1] != nil {
			mode = uint32(py.Index(a[1]))
		}
		check(syscall.Mkfifo(withDirFd(p.s, opts["dir_fd"]), mode), p.obj)
		return py.None
	})
	fn(m, "mknod", func(args []py.Object, kw []string) py.Object {
		a, opts := parse("mknod", args, kw, []string{"path", "mode", "device"}, 1, "dir_fd")
		p := convertPath("mknod", "path", a[0], false, false)
		mode, dev := uint32(0o600), 0
		if a[1] != nil {
			mode = uint32(py.Index(a[1]))
		}
		if a[2] != nil {
			dev = py.Index(a[2])
		}
		check(syscall.Mknod(withDirFd(p.s, opts["dir_fd"]), mode, dev), p.obj)
		return py.None
	})
	for _, name := range []string{"unlink", "remove"} {
		name := name
		fn(m, name, func(args []py.Object, kw []string) py.Object {
			a, opts := parse(name, args, kw, []string{"path"}, 1, "dir_fd")
			p := convertPath(name, "path", a[0], false, false)
			check(syscall.Unlink(withDirFd(p.s, opts["dir_fd"])), p.obj)
			return py.None
		})
	}
	fn(m, "rmdir", func(args []py.Object, kw []string) py.Object {
		a, opts := parse("rmdir", args, kw, []string{"path"}, 1, "dir_fd")
		p := convertPath("rmdir", "path", a[0], false, false)
		check(syscall.Rmdir(withDirFd(p.s, opts["dir_fd"])), p.obj)
		return py.None
	})
	for _, name := range []string{"rename", "replace"} {
		name := name
		fn(m, name, func(args []py.Object, kw []string) py.Object {
			a, opts := parse(name, args, kw, []string{"src", "dst"}, 2, "src_dir_fd", "dst_dir_fd")
			src := convertPath(name, "src", a[0], false, false)
			dst := convertPath(name, "dst", a[1], false, false)
			check(syscall.Rename(withDirFd(src.s, opts["src_dir_fd"]), withDirFd(dst.s, opts["dst_dir_fd"])), src.obj, dst.obj)
			return py.None
		})
	}
	fn(m, "link", func(args []py.Object, kw []string) py.Object {
		a, opts := parse("link", args, kw, []string{"src", "dst"}, 2, "src_dir_fd", "dst_dir_fd", "follow_symlinks")
		src := convertPath("link", "src", a[0], false, false)
		dst := convertPath("link", "dst", a[1], false, false)
		check(syscall.Link(withDirFd(src.s, opts["src_dir_fd"]), withDirFd(dst.s, opts["dst_dir_fd"])), src.obj, dst.obj)
		return py.None
	})
	fn(m, "symlink", func(args []py.Object, kw []string) py.Object {
		a, opts := parse("symlink", args, kw, []string{"src", "dst", "target_is_directory"}, 2, "dir_fd")
		src := convertPath("symlink", "src", a[0], false, false)
		dst := convertPath("symlink", "dst", a[1], false, false)
		check(syscall.Symlink(src.s, withDirFd(dst.s, opts["dir_fd"])), src.obj, dst.obj)
		return py.None
	})
	fn(m, "readlink", func(args []py.Object, kw []string) py.Object {
		a, opts := parse("readlink", args, kw, []string{"path"}, 1, "dir_fd")
		p := convertPath("readlink", "path", a[0], false, false)
		buf := make([]byte, 4096)
		for {
			n, err := syscall.Readlink(withDirFd(p.s, opts["dir_fd"]), buf)
			check(err, p.obj)
			if n < len(buf) {
				if p.bytes {
					return py.Bytes(buf[:n])
				}
				return fsdecode(string(buf[:n]))
			}
			buf = make([]byte, 2*len(buf))
		}
	})
	fn(m, "listdir", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("listdir", args, kw, []string{"path"}, 0)
		if a[0] == nil {
			a[0] = py.None
		}
		p := convertPath("listdir", "path", a[0], true, true)
		var names []string
		var err error
		py.WithoutGIL(func() {
			var f *goos.File
			if p.isFd {
				// Read through a duplicate, rewound, as CPython does.
				nfd, e := syscall.Dup(p.fd)
				if e != nil {
					err = e
					return
				}
				f = goos.NewFile(uintptr(nfd), "")
				syscall.Seek(nfd, 0, 0)
			} else {
				f, err = goos.Open(p.s)
				if err != nil {
					return
				}
			}
			defer f.Close()
			names, err = f.Readdirnames(-1)
		})
		if err != nil {
			if p.isFd {
				raise(err)
			}
			raise(err, p.obj)
		}
		out := make([]py.Object, len(names))
		for i, n := range names {
			if p.bytes {
				out[i] = py.Bytes(n)
			} else {
				out[i] = fsdecode(n)
			}
		}
		return py.NewList(out...)
	})
	fn(m, "scandir", scandir)
	fn(m, "truncate", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("truncate", args, kw, []string{"path", "length"}, 2)
		p := convertPath("truncate", "path", a[0], true, false)
		n := int64(py.Index(a[1]))
		if p.isFd {
			check(syscall.Ftruncate(p.fd, n))
		} else {
			check(syscall.Truncate(p.s, n), p.obj)
		}
		return py.None
	})
	fn(m, "utime", utime)
	fn(m, "statvfs", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("statvfs", args, kw, []string{"path"}, 1)
		p := convertPath("statvfs", "path", a[0], true, false)
		var st syscall.Statfs_t
		if p.isFd {
			check(syscall.Fstatfs(p.fd, &st))
		} else {
			check(syscall.Statfs(p.s, &st), p.obj)
		}
		return statvfs(&st)
	})
	fn(m, "fstatvfs", func(args []py.Object, kw []string) py.Object {
		exact("fstatvfs", args, kw, 1, 1)
		var st syscall.Statfs_t
		check(syscall.Fstatfs(fdArg(args[0]), &st))
		return statvfs(&st)
	})
	fn(m, "sync", func(args []py.Object, kw []string) py.Object { syscall.Sync(); return py.None })
	fn(m, "umask", func(args []py.Object, kw []string) py.Object {
		exact("umask", args, kw, 1, 1)
		return py.Int(syscall.Umask(py.Index(args[0])))
	})
	fn(m, "fspath", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("fspath", args, kw, []string{"path"}, 1)
		switch a[0].(type) {
		case py.Str, py.Bytes:
			return a[0]
		}
		m := py.LookupSpecial(a[0], "__fspath__")
		if m == nil {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected str, bytes or os.PathLike object, not %s", a[0].Type().Name)))
		}
		r := py.Call(m)
		switch r.(type) {
		case py.Str, py.Bytes:
			return r
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected %s.__fspath__() to return str or bytes, not %s", a[0].Type().Name, r.Type().Name)))
	})

	// --- file descriptors ---
	fn(m, "open", func(args []py.Object, kw []string) py.Object {
		a, opts := parse("open", args, kw, []string{"path", "flags", "mode"}, 2, "dir_fd")
		p := convertPath("open", "path", a[0], false, false)
		flags := py.Index(a[1]) | syscall.O_CLOEXEC
		mode := uint32(0o777)
		if a[2] != nil {
			mode = uint32(py.Index(a[2]))
		}
		var fd int
		var err error
		path := withDirFd(p.s, opts["dir_fd"])
		py.WithoutGIL(func() { err = retry(func() (e error) { fd, e = syscall.Open(path, flags, mode); return }) })
		check(err, p.obj)
		return py.Int(fd)
	})
	fn(m, "close", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("close", args, kw, []string{"fd"}, 1)
		check(syscall.Close(fdArg(a[0])))
		return py.None
	})
	fn(m, "closerange", func(args []py.Object, kw []string) py.Object {
		exact("closerange", args, kw, 2, 2)
		lo, hi := fdArg(args[0]), fdArg(args[1])
		if lo < 0 {
			lo = 0
		}
		for fd := lo; fd < hi && fd < 1<<20; fd++ {
			syscall.Close(fd)
		}
		return py.None
	})
	fn(m, "read", func(args []py.Object, kw []string) py.Object {
		exact("read", args, kw, 2, 2)
		fd, n := fdArg(args[0]), py.Index(args[1])
		if n < 0 {
			raise(syscall.EINVAL)
		}
		buf := make([]byte, n)
		var got int
		var err error
		py.WithoutGIL(func() { err = retry(func() (e error) { got, e = syscall.Read(fd, buf); return }) })
		check(err)
		return py.Bytes(buf[:got])
	})
	fn(m, "write", func(args []py.Object, kw []string) py.Object {
		exact("write", args, kw, 2, 2)
		fd := fdArg(args[0])
		data := bytesArg("write", args[1])
		var n int
		var err error
		py.WithoutGIL(func() { err = retry(func() (e error) { n, e = syscall.Write(fd, data); return }) })
		check(err)
		return py.Int(n)
	})
	fn(m, "pread", func(args []py.Object, kw []string) py.Object {
		exact("pread", args, kw, 3, 3)
		fd, n, off := fdArg(args[0]), py.Index(args[1]), int64(py.Index(args[2]))
		if n < 0 {
			raise(syscall.EINVAL)
		}
		buf := make([]byte, n)
		var got int
		var err error
		py.WithoutGIL(func() { err = retry(func() (e error) { got, e = syscall.Pread(fd, buf, off); return }) })
		check(err)
		return py.Bytes(buf[:got])
	})
	fn(m, "pwrite", func(args []py.Object, kw []string) py.Object {
		exact("pwrite", args, kw, 3, 3)
		fd, data, off := fdArg(args[0]), bytesArg("pwrite", args[1]), int64(py.Index(args[2]))
		var n int
		var err error
		py.WithoutGIL(func() { err = retry(func() (e error) { n, e = syscall.Pwrite(fd, data, off); return }) })
		check(err)
		return py.Int(n)
	})
	fn(m, "lseek", func(args []py.Object, kw []string) py.Object {
		exact("lseek", args, kw, 3, 3)
		off, err := syscall.Seek(fdArg(args[0]), int64(py.Index(args[1])), py.Index(args[2]))
		check(err)
		return py.Int(off)
	})
	fn(m, "pipe", func(args []py.Object, kw []string) py.Object {
		noArgs("pipe", args)
		var p [2]int
		check(syscall.Pipe2(p[:], syscall.O_CLOEXEC))
		return py.NewTuple(py.Int(p[0]), py.Int(p[1]))
	})
	fn(m, "pipe2", func(args []py.Object, kw []string) py.Object {
		exact("pipe2", args, kw, 1, 1)
		var p [2]int
		check(syscall.Pipe2(p[:], py.Index(args[0])))
		return py.NewTuple(py.Int(p[0]), py.Int(p[1]))
	})
	fn(m, "dup", func(args []py.Object, kw []string) py.Object {
		exact("dup", args, kw, 1, 1)
		r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fdArg(args[0])), syscall.F_DUPFD_CLOEXEC, 0)
		if e != 0 {
			raise(e)
		}
		return py.Int(int(r))
	})
	fn(m, "dup2", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("dup2", args, kw, []string{"fd", "fd2", "inheritable"}, 2)
		fd, fd2 := fdArg(a[0]), fdArg(a[1])
		flags := 0
		if a[2] != nil && !py.Truth(a[2]) {
			flags = syscall.O_CLOEXEC
		}
		if fd == fd2 {
			if _, err := getFdFlags(fd, syscall.F_GETFD); err != nil {
				raise(err)
			}
			return py.Int(fd2)
		}
		check(syscall.Dup3(fd, fd2, flags))
		return py.Int(fd2)
	})
	fn(m, "fsync", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("fsync", args, kw, []string{"fd"}, 1)
		check(syscall.Fsync(fileno(a[0])))
		return py.None
	})
	fn(m, "fdatasync", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("fdatasync", args, kw, []string{"fd"}, 1)
		check(syscall.Fdatasync(fileno(a[0])))
		return py.None
	})
	fn(m, "ftruncate", func(args []py.Object, kw []string) py.Object {
		exact("ftruncate", args, kw, 2, 2)
		check(syscall.Ftruncate(fdArg(args[0]), int64(py.Index(args[1]))))
		return py.None
	})
	fn(m, "isatty", func(args []py.Object, kw []string) py.Object {
		exact("isatty", args, kw, 1, 1)
		return py.NewBool(isatty(fdArg(args[0])))
	})
	fn(m, "ttyname", func(args []py.Object, kw []string) py.Object {
		exact("ttyname", args, kw, 1, 1)
		fd := fdArg(args[0])
		if !isatty(fd) {
			raise(syscall.ENOTTY)
		}
		s, err := goos.Readlink(fmt.Sprintf("/proc/self/fd/%d", fd))
		check(err)
		return py.Str(s)
	})
	fn(m, "device_encoding", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("device_encoding", args, kw, []string{"fd"}, 1)
		if isatty(fdArg(a[0])) {
			return py.Str("utf-8")
		}
		return py.None
	})
	fn(m, "get_inheritable", func(args []py.Object, kw []string) py.Object {
		exact("get_inheritable", args, kw, 1, 1)
		f, err := getFdFlags(fdArg(args[0]), syscall.F_GETFD)
		check(err)
		return py.NewBool(f&syscall.FD_CLOEXEC == 0)
	})
	fn(m, "set_inheritable", func(args []py.Object, kw []string) py.Object {
		exact("set_inheritable", args, kw, 2, 2)
		check(setCloexec(fdArg(args[0]), !py.Truth(args[1])))
		return py.None
	})
	fn(m, "get_blocking", func(args []py.Object, kw []string) py.Object {
		exact("get_blocking", args, kw, 1, 1)
		f, err := getFdFlags(fdArg(args[0]), syscall.F_GETFL)
		check(err)
		return py.NewBool(f&syscall.O_NONBLOCK == 0)
	})
	fn(m, "set_blocking", func(args []py.Object, kw []string) py.Object {
		exact("set_blocking", args, kw, 2, 2)
		check(syscall.SetNonblock(fdArg(args[0]), !py.Truth(args[1])))
		return py.None
	})
	fn(m, "sendfile", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("sendfile", args, kw, []string{"out_fd", "in_fd", "offset", "count"}, 4)
		out, in, count := fdArg(a[0]), fdArg(a[1]), py.Index(a[3])
		var n int
		var err error
		if a[2] == py.None {
			py.WithoutGIL(func() { n, err = syscall.Sendfile(out, in, nil, count) })
		} else {
			off := int64(py.Index(a[2]))
			py.WithoutGIL(func() { n, err = syscall.Sendfile(out, in, &off, count) })
		}
		check(err)
		return py.Int(n)
	})
	fn(m, "get_terminal_size", func(args []py.Object, kw []string) py.Object {
		exact("get_terminal_size", args, kw, 0, 1)
		fd := 1
		if len(args) > 0 {
			fd = fdArg(args[0])
		}
		var ws struct{ row, col, x, y uint16 }
		_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCGWINSZ, uintptr(unsafe.Pointer(&ws)))
		if e != 0 {
			raise(e)
		}
		return TerminalSize.Make(py.Int(int(ws.col)), py.Int(int(ws.row)))
	})

	// --- processes and identity ---
	fn(m, "getpid", intRet(syscall.Getpid))
	fn(m, "getppid", intRet(syscall.Getppid))
	fn(m, "getuid", intRet(syscall.Getuid))
	fn(m, "geteuid", intRet(syscall.Geteuid))
	fn(m, "getgid", intRet(syscall.Getgid))
	fn(m, "getegid", intRet(syscall.Getegid))
	fn(m, "getpgrp", intRet(syscall.Getpgrp))
	fn(m, "getgroups", func(args []py.Object, kw []string) py.Object {
		g, err := syscall.Getgroups()
		check(err)
		out := py.NewList()
		for _, x := range g {
			out.Items = append(out.Items, py.Int(x))
		}
		return out
	})
	fn(m, "getresuid", func(args []py.Object, kw []string) py.Object {
		var r, e, s int32
		syscall.RawSyscall(syscall.SYS_GETRESUID, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s)))
		return py.NewTuple(py.Int(int(r)), py.Int(int(e)), py.Int(int(s)))
	})
	fn(m, "getresgid", func(args []py.Object, kw []string) py.Object {
		var r, e, s int32
		syscall.RawSyscall(syscall.SYS_GETRESGID, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s)))
		return py.NewTuple(py.Int(int(r)), py.Int(int(e)), py.Int(int(s)))
	})
	fn(m, "getlogin", func(args []py.Object, kw []string) py.Object {
		for _, k := range []string{"LOGNAME", "USER"} {
			if v := goos.Getenv(k); v != "" {
				return py.Str(v)
			}
		}
		raise(syscall.ENXIO)
		return nil
	})
	fn(m, "getpgid", func(args []py.Object, kw []string) py.Object {
		exact("getpgid", args, kw, 1, 1)
		g, err := syscall.Getpgid(py.Index(args[0]))
		check(err)
		return py.Int(g)
	})
	fn(m, "getsid", func(args []py.Object, kw []string) py.Object {
		exact("getsid", args, kw, 1, 1)
		r, _, e := syscall.RawSyscall(syscall.SYS_GETSID, uintptr(py.Index(args[0])), 0, 0)
		if e != 0 {
			raise(e)
		}
		return py.Int(int(r))
	})
	fn(m, "setsid", func(args []py.Object, kw []string) py.Object {
		_, err := syscall.Setsid()
		check(err)
		return py.None
	})
	fn(m, "setpgid", func(args []py.Object, kw []string) py.Object {
		exact("setpgid", args, kw, 2, 2)
		check(syscall.Setpgid(py.Index(args[0]), py.Index(args[1])))
		return py.None
	})
	for _, s := range []struct {
		name string
		f    func(int) error
	}{{"setuid", syscall.Setuid}, {"setgid", syscall.Setgid}, {"seteuid", syscall.Seteuid}, {"setegid", syscall.Setegid}} {
		s := s
		fn(m, s.name, func(args []py.Object, kw []string) py.Object {
			exact(s.name, args, kw, 1, 1)
			check(s.f(py.Index(args[0])))
			return py.None
		})
	}
	fn(m, "kill", func(args []py.Object, kw []string) py.Object {
		exact("kill", args, kw, 2, 2)
		check(syscall.Kill(py.Index(args[0]), syscall.Signal(py.Index(args[1]))))
		py.Checkpoint()
		return py.None
	})
	fn(m, "killpg", func(args []py.Object, kw []string) py.Object {
		exact("killpg", args, kw, 2, 2)
		check(syscall.Kill(-py.Index(args[0]), syscall.Signal(py.Index(args[1]))))
		return py.None
	})
	fn(m, "abort", func(args []py.Object, kw []string) py.Object {
		py.FlushStdout()
		syscall.Kill(syscall.Getpid(), syscall.SIGABRT)
		goos.Exit(134)
		return nil
	})
	fn(m, "_exit", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("_exit", args, kw, []string{"status"}, 1)
		goos.Exit(py.Index(a[0]))
		return nil
	})
	fn(m, "nice", func(args []py.Object, kw []string) py.Object {
		exact("nice", args, kw, 1, 1)
		cur, err := syscall.Getpriority(syscall.PRIO_PROCESS, 0)
		check(err)
		// The raw syscall returns 20 - nice.
		n := 20 - cur + py.Index(args[0])
		check(syscall.Setpriority(syscall.PRIO_PROCESS, 0, n))
		return py.Int(n)
	})
	fn(m, "getpriority", func(args []py.Object, kw []string) py.Object {
		exact("getpriority", args, kw, 2, 2)
		v, err := syscall.Getpriority(py.Index(args[0]), py.Index(args[1]))
		check(err)
		return py.Int(20 - v)
	})
	fn(m, "setpriority", func(args []py.Object, kw []string) py.Object {
		exact("setpriority", args, kw, 3, 3)
		check(syscall.Setpriority(py.Index(args[0]), py.Index(args[1]), py.Index(args[2])))
		return py.None
	})
	fn(m, "system", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("system", args, kw, []string{"command"}, 1)
		p := convertPath("system", "command", a[0], false, false)
		py.FlushStdout()
		cmd := exec.Command("/bin/sh", "-c", p.s)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = goos.Stdin, goos.Stdout, goos.Stderr
		status := 0
		py.WithoutGIL(func() {
			err := cmd.Run()
			if cmd.ProcessState != nil {
				status = int(cmd.ProcessState.Sys().(syscall.WaitStatus))
			} else if err != nil {
				status = 127 << 8
			}
		})
		return py.Int(status)
	})
	fn(m, "times", func(args []py.Object, kw []string) py.Object {
		var t syscall.Tms
		ticks, err := syscall.Times(&t)
		check(err)
		f := func(x int64) py.Object { return py.Float(float64(x) / 100) }
		return TimesResult.Make(f(t.Utime), f(t.Stime), f(t.Cutime), f(t.Cstime), f(int64(ticks)))
	})
	fn(m, "uname", func(args []py.Object, kw []string) py.Object {
		var u syscall.Utsname
		check(syscall.Uname(&u))
		s := func(a [65]int8) py.Object {
			b := make([]byte, 0, 65)
			for _, c := range a {
				if c == 0 {
					break
				}
				b = append(b, byte(c))
			}
			return py.Str(string(b))
		}
		return UnameResult.Make(s(u.Sysname), s(u.Nodename), s(u.Release), s(u.Version), s(u.Machine))
	})
	fn(m, "waitpid", func(args []py.Object, kw []string) py.Object {
		exact("waitpid", args, kw, 2, 2)
		pid, opts := py.Index(args[0]), py.Index(args[1])
		var ws syscall.WaitStatus
		var got int
		var err error
		py.WithoutGIL(func() { err = retry(func() (e error) { got, e = syscall.Wait4(pid, &ws, opts, nil); return }) })
		check(err)
		return py.NewTuple(py.Int(got), py.Int(int(ws)))
	})
	fn(m, "wait", func(args []py.Object, kw []string) py.Object {
		var ws syscall.WaitStatus
		var got int
		var err error
		py.WithoutGIL(func() { err = retry(func() (e error) { got, e = syscall.Wait4(-1, &ws, 0, nil); return }) })
		check(err)
		return py.NewTuple(py.Int(got), py.Int(int(ws)))
	})
	statusFn := func(name string, f func(int) py.Object) {
		fn(m, name, func(args []py.Object, kw []string) py.Object {
			a, _ := parse(name, args, kw, []string{"status"}, 1)
			return f(py.Index(a[0]))
		})
	}
	statusFn("WIFEXITED", func(s int) py.Object { return py.NewBool(wifexited(s)) })
	statusFn("WEXITSTATUS", func(s int) py.Object { return py.Int(wexitstatus(s)) })
	statusFn("WIFSIGNALED", func(s int) py.Object { return py.NewBool(wifsignaled(s)) })
	statusFn("WTERMSIG", func(s int) py.Object { return py.Int(wtermsig(s)) })
	statusFn("WIFSTOPPED", func(s int) py.Object { return py.NewBool(wifstopped(s)) })
	statusFn("WSTOPSIG", func(s int) py.Object { return py.Int(wexitstatus(s)) })
	statusFn("WIFCONTINUED", func(s int) py.Object { return py.NewBool(s == 0xffff) })
	statusFn("WCOREDUMP", func(s int) py.Object { return py.NewBool(s&0x80 != 0) })
	fn(m, "waitstatus_to_exitcode", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("waitstatus_to_exitcode", args, kw, []string{"status"}, 1)
		s := py.Index(a[0])
		switch {
		case wifexited(s):
			return py.Int(wexitstatus(s))
		case wifsignaled(s):
			return py.Int(-wtermsig(s))
		case wifstopped(s):
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("process stopped by delivery of signal %d", wexitstatus(s))))
		}
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("invalid wait status: %d", s)))
	})
	fn(m, "execv", func(args []py.Object, kw []string) py.Object {
		exact("execv", args, kw, 2, 2)
		return execve("execv", args[0], args[1], nil)
	})
	fn(m, "execve", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("execve", args, kw, []string{"path", "argv", "env"}, 3)
		return execve("execve", a[0], a[1], a[2])
	})
	fn(m, "register_at_fork", func(args []py.Object, kw []string) py.Object {
		_, opts := parse("register_at_fork", args, kw, nil, 0, "before", "after_in_child", "after_in_parent")
		if len(opts) == 0 {
			panic(py.NewError(py.TypeErrorType, "At least one argument is required."))
		}
		for k, v := range opts {
			if v != py.None && !py.Truth(py.Call(py.LoadBuiltin("callable"), v)) {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' must be callable, not %s", k, v.Type().Name)))
			}
		}
		// Nothing forks in a translated program.
		return py.None
	})
	fn(m, "cpu_count", func(args []py.Object, kw []string) py.Object { return py.Int(runtime.NumCPU()) })
	fn(m, "sched_yield", func(args []py.Object, kw []string) py.Object {
		py.WithoutGIL(runtime.Gosched)
		return py.None
	})
	fn(m, "sched_getaffinity", func(args []py.Object, kw []string) py.Object {
		exact("sched_getaffinity", args, kw, 1, 1)
		var mask [128]byte
		r, _, e := syscall.RawSyscall(syscall.SYS_SCHED_GETAFFINITY, uintptr(py.Index(args[0])), uintptr(len(mask)), uintptr(unsafe.Pointer(&mask[0])))
		if e != 0 {
			raise(e)
		}
		s := py.NewSet()
		for i := 0; i < int(r)*8; i++ {
			if mask[i/8]&(1<<(i%8)) != 0 {
				s.Add(py.Int(i))
			}
		}
		return s
	})
	fn(m, "getloadavg", func(args []py.Object, kw []string) py.Object {
		b, err := goos.ReadFile("/proc/loadavg")
		if err != nil {
			panic(py.NewError(py.OSErrorType, "Load averages are unobtainable"))
		}
		f := strings.Fields(string(b))
		out := make([]py.Object, 3)
		for i := range out {
			out[i] = py.ToFloat(py.Str(f[i]))
		}
		return py.NewTuple(out...)
	})
	fn(m, "urandom", func(args []py.Object, kw []string) py.Object {
		exact("urandom", args, kw, 1, 1)
		n := py.Index(args[0])
		if n < 0 {
			panic(py.NewError(py.ValueErrorType, "negative argument not allowed"))
		}
		return py.Bytes(randomBytes(n))
	})
	fn(m, "getrandom", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("getrandom", args, kw, []string{"size", "flags"}, 1)
		n := py.Index(a[0])
		if n < 0 {
			raise(syscall.EINVAL)
		}
		return py.Bytes(randomBytes(n))
	})
	fn(m, "strerror", func(args []py.Object, kw []string) py.Object {
		exact("strerror", args, kw, 1, 1)
		return py.Str(strerror(syscall.Errno(py.Index(args[0]))))
	})
	fn(m, "putenv", func(args []py.Object, kw []string) py.Object {
		exact("putenv", args, kw, 2, 2)
		k := convertPath("putenv", "name", args[0], false, false)
		v := convertPath("putenv", "value", args[1], false, false)
		if k.s == "" || strings.Contains(k.s, "=") {
			panic(py.NewError(py.ValueErrorType, "illegal environment variable name"))
		}
		check(syscall.Setenv(k.s, v.s))
		return py.None
	})
	fn(m, "unsetenv", func(args []py.Object, kw []string) py.Object {
		exact("unsetenv", args, kw, 1, 1)
		k := convertPath("unsetenv", "name", args[0], false, false)
		if k.s == "" || strings.Contains(k.s, "=") {
			panic(py.NewError(py.ValueErrorType, "illegal environment variable name"))
		}
		check(syscall.Unsetenv(k.s))
		return py.None
	})
	fn(m, "major", func(args []py.Object, kw []string) py.Object {
		exact("major", args, kw, 1, 1)
		d := uint64(py.Index(args[0]))
		return py.Int(int64((d>>8)&0xfff | (d>>32)&0xfffff000))
	})
	fn(m, "minor", func(args []py.Object, kw []string) py.Object {
		exact("minor", args, kw, 1, 1)
		d := uint64(py.Index(args[0]))
		return py.Int(int64(d&0xff | (d>>12)&0xffffff00))
	})
	fn(m, "makedev", func(args []py.Object, kw []string) py.Object {
		exact("makedev", args, kw, 2, 2)
		ma, mi := uint64(py.Index(args[0])), uint64(py.Index(args[1]))
		return uint64Obj(ma&0xfff<<8 | (ma&^0xfff)<<32 | mi&0xff | (mi&^0xff)<<12)
	})
	fn(m, "sysconf", func(args []py.Object, kw []string) py.Object {
		exact("sysconf", args, kw, 1, 1)
		return py.Int(sysconf(confName("sysconf", args[0], sysconf_names)))
	})
	fn(m, "fpathconf", func(args []py.Object, kw []string) py.Object {
		exact("fpathconf", args, kw, 2, 2)
		return py.Int(pathconf(confName("fpathconf", args[1], pathconf_names)))
	})
	fn(m, "pathconf", func(args []py.Object, kw []string) py.Object {
		a, _ := parse("pathconf", args, kw, []string{"path", "name"}, 2)
		convertPath("pathconf", "path", a[0], true, false)
		return py.Int(pathconf(confName("pathconf", a[1], pathconf_names)))
	})
	fn(m, "confstr", func(args []py.Object, kw []string) py.Object {
		exact("confstr", args, kw, 1, 1)
		switch confName("confstr", args[0], confstr_names) {
		case 0: // CS_PATH
			return py.Str("/bin:/usr/bin")
		case 2: // CS_GNU_LIBC_VERSION
			return py.Str("glibc 2.36")
		case 3: // CS_GNU_LIBPTHREAD_VERSION
			return py.Str("NPTL 2.36")
		}
		return py.None
	})
}

func confName(fname string, o py.Object, table []struct {
	name  string
	value int
}) int {
	if s, ok := o.(py.Str); ok {
		for _, kv := range table {
			if kv.name == string(s) {
				return kv.value
			}
		}
		panic(py.NewError(py.ValueErrorType, "unrecognized configuration name"))
	}
	if py.LookupSpecial(o, "__index__") == nil {
		panic(py.NewError(py.TypeErrorType, "configuration names must be strings or integers"))
	}
	return py.Index(o)
}

func sysconf(name int) int64 {
	var rl syscall.Rlimit
	switch name {
	case 30: // SC_PAGESIZE
		return int64(syscall.Getpagesize())
	case 2: // SC_CLK_TCK
		return 100
	case 83, 84: // SC_NPROCESSORS_CONF, _ONLN
		return int64(runtime.NumCPU())
	case 4: // SC_OPEN_MAX
		syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl)
		return int64(rl.Cur)
	case 0: // SC_ARG_MAX
		syscall.Getrlimit(syscall.RLIMIT_STACK, &rl)
		if v := int64(rl.Cur / 4); v > 131072 {
			return v
		}
		return 131072
	case 85, 86: // SC_PHYS_PAGES, SC_AVPHYS_PAGES
		var si syscall.Sysinfo_t
		syscall.Sysinfo(&si)
		if name == 85 {
			return int64(si.Totalram) * int64(si.Unit) / int64(syscall.Getpagesize())
		}
		return int64(si.Freeram) * int64(si.Unit) / int64(syscall.Getpagesize())
	case 3: // SC_NGROUPS_MAX
		return 65536
	case 1: // SC_CHILD_MAX
		syscall.Getrlimit(6, &rl) // RLIMIT_NPROC
		return int64(rl.Cur)
	case 180: // SC_HOST_NAME_MAX
		return 64
	case 71: // SC_LOGIN_NAME_MAX
		return 256
	case 60: // SC_IOV_MAX
		return 1024
	case 43: // SC_LINE_MAX
		return 2048
	}
	return -1
}

func pathconf(name int) int64 {
	switch name {
	case 3: // PC_NAME_MAX
		return 255
	case 4: // PC_PATH_MAX
		return 4096
	case 5: // PC_PIPE_BUF
		return 4096
	case 0: // PC_LINK_MAX
		return 65000
	}
	return -1
}

func isatty(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return e == 0
}

// fileno accepts an int or an object with fileno(), as fsync does.
func fileno(o py.Object) int {
	if _, ok := o.(py.Int); ok {
		return py.Index(o)
	}
	if m := py.LookupAttr(o, "fileno"); m != nil {
		return py.Index(py.Call(m))
	}
	return fdArg(o)
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	f, err := goos.Open("/dev/urandom")
	check(err)
	defer f.Close()
	_, err = f.Read(b)
	if n > 0 {
		check(err)
	}
	return b
}

func statvfs(st *syscall.Statfs_t) py.Object {
	i := func(v int64) py.Object { return py.Int(v) }
	fsid := int64(uint32(st.Fsid.X__val[0])) | int64(uint32(st.Fsid.X__val[1]))<<32
	return StatvfsResult.Make(i(st.Bsize), i(st.Frsize), i(int64(st.Blocks)), i(int64(st.Bfree)), i(int64(st.Bavail)), i(int64(st.Files)),
		i(int64(st.Ffree)), i(int64(st.Ffree)), i(st.Flags), i(st.Namelen), i(fsid))
}

func execve(fname string, path, argv, env py.Object) py.Object {
	p := convertPath(fname, "path", path, false, false)
	switch argv.(type) {
	case *py.Tuple, *py.List:
	default:
		panic(py.NewError(py.TypeErrorType, fname+"() arg 2 must be a tuple or list"))
	}
	var args []string
	for _, a := range py.AppendStar(nil, argv) {
		args = append(args, convertPath(fname, "args", a, false, false).s)
	}
	if len(args) == 0 {
		panic(py.NewError(py.ValueErrorType, fname+"() arg 2 must not be empty"))
	}
	if args[0] == "" {
		panic(py.NewError(py.ValueErrorType, fname+"() arg 2 first element cannot be empty"))
	}
	envv := syscall.Environ()
	if env != nil {
		envv = nil
		keys := py.AppendStar(nil, py.CallMethod(env, "keys"))
		for _, k := range keys {
			ks := convertPath(fname, "env", k, false, false).s
			vs := convertPath(fname, "env", py.GetItem(env, k), false, false).s
			envv = append(envv, ks+"="+vs)
		}
	}
	py.FlushStdout()
	err := syscall.Exec(p.s, args, envv)
	raise(err, p.obj)
	return nil
}

func utime(args []py.Object, kw []string) py.Object {
	a, opts := parse("utime", args, kw, []string{"path", "times"}, 1, "ns", "dir_fd", "follow_symlinks")
	p := convertPath("utime", "path", a[0], true, false)
	times := a[1]
	ns, haveNs := opts["ns"]
	if times != nil && times != py.None && haveNs {
		panic(py.NewError(py.ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both"))
	}
	now := time.Now()
	ts := []syscall.Timespec{syscall.NsecToTimespec(now.UnixNano()), syscall.NsecToTimespec(now.UnixNano())}
	if times != nil && times != py.None {
		tu, ok := times.(*py.Tuple)
		if !ok || len(tu.Items) != 2 {
			panic(py.NewError(py.TypeErrorType, "utime: 'times' must be either a tuple of two ints or None"))
		}
		for i, x := range tu.Items {
			f, ok := py.FloatValue(x)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("unsupported type for timestamp: '%s'", x.Type().Name)))
			}
			sec := int64(f)
			if float64(sec) > f {
				sec--
			}
			nsec := int64((f - float64(sec)) * 1e9)
			ts[i] = syscall.Timespec{Sec: sec, Nsec: nsec}
		}
	} else if haveNs {
		tu, ok := ns.(*py.Tuple)
		if !ok || len(tu.Items) != 2 {
			panic(py.NewError(py.TypeErrorType, "utime: 'ns' must be a tuple of two ints"))
		}
		for i, x := range tu.Items {
			v := int64(py.Index(x))
			ts[i] = syscall.NsecToTimespec(v)
		}
	}
	if p.isFd {
		tv := []syscall.Timeval{syscall.NsecToTimeval(syscall.TimespecToNsec(ts[0])), syscall.NsecToTimeval(syscall.TimespecToNsec(ts[1]))}
		check(syscall.Futimes(p.fd, tv))
		return py.None
	}
	path := withDirFd(p.s, opts["dir_fd"])
	flags := 0
	if !truthOpt(opts, "follow_symlinks", true) {
		flags = 0x100 // AT_SYMLINK_NOFOLLOW
	}
	check(utimensat(path, ts, flags), p.obj)
	return py.None
}

func utimensat(path string, ts []syscall.Timespec, flags int) error {
	b, err := syscall.BytePtrFromString(path)
	if err != nil {
		return err
	}
	fdcwd := -100 // AT_FDCWD
	_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(fdcwd), uintptr(unsafe.Pointer(b)), uintptr(unsafe.Pointer(&ts[0])), uintptr(flags), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

func setup0() {
	py.RegisterModule("posix", register)
}
