// Package posixsubprocess is CPython's _posixsubprocess: fork_exec, what
// subprocess.Popen starts children with, on Go's syscall.ForkExec (a Go
// program cannot run code between fork and exec). The child's standard
// descriptors, pass_fds, cwd, env, the new session or process group, the
// credentials and the umask are honoured; preexec_fn cannot be (it would
// run Python in the child) and raises. A failure to start is reported
// through errpipe_write in CPython's "Name:hexerrno:message" form, so that
// subprocess raises what it raises under CPython.
package posixsubprocess

import (
	"fmt"
	"sort"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// noChild is the pid reported when nothing was started: no process has
// it, so waitpid() and kill() on it fail harmlessly (ECHILD, ESRCH).
const noChild = 2147483647

func fsBytes(o py.Object) string {
	switch v := o.(type) {
	case py.Bytes:
		return string(v)
	case py.Str:
		return string(py.EncodeStr(string(v), "utf-8", "surrogateescape"))
	}
	if m := py.LookupSpecial(o, "__fspath__"); m != nil {
		return fsBytes(py.Call(m))
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected str, bytes or os.PathLike object, not %s", o.Type().Name)))
}

func intArg(o py.Object) int { return py.Index(o) }

func forkExec(args []py.Object, kw []string) py.Object {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, "fork_exec() takes no keyword arguments"))
	}
	if len(args) != 23 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("fork_exec() takes exactly 23 arguments (%d given)", len(args))))
	}
	var argv []string
	if args[0] != py.None {
		for _, a := range py.AppendStar(nil, args[0]) {
			argv = append(argv, fsBytes(a))
		}
	}
	var exes []string
	for _, e := range py.AppendStar(nil, args[1]) {
		exes = append(exes, fsBytes(e))
	}
	closeFds := py.Truth(args[2])
	var passFds []int
	for _, f := range py.AppendStar(nil, args[3]) {
		passFds = append(passFds, intArg(f))
	}
	sort.Ints(passFds)
	cwd := ""
	if args[4] != py.None {
		cwd = fsBytes(args[4])
	}
	var env []string
	if args[5] != py.None {
		env = []string{}
		for _, kv := range py.AppendStar(nil, args[5]) {
			env = append(env, fsBytes(kv))
		}
	} else {
		env = syscall.Environ()
	}
	p2cread, c2pwrite, errwrite := intArg(args[6]), intArg(args[9]), intArg(args[11])
	errpipeWrite := intArg(args[13])
	callSetsid := py.Truth(args[15])
	pgid := intArg(args[16])
	gid, groups, uid, umask := args[17], args[18], args[19], intArg(args[20])
	preexec := args[21]
	if preexec != py.None {
		panic(py.NewError(py.RuntimeErrorType, "preexec_fn is not supported: a translated program cannot run Python code in the child process"))
	}

	std := func(fd, def int) uintptr {
		if fd == -1 {
			return uintptr(def)
		}
		return uintptr(fd)
	}
	files := []uintptr{std(p2cread, 0), std(c2pwrite, 1), std(errwrite, 2)}
	keep := map[int]bool{}
	maxFd := 2
	for _, fd := range passFds {
		if fd > 2 && fd != errpipeWrite {
			keep[fd] = true
			if fd > maxFd {
				maxFd = fd
			}
		}
	}
	for fd := 3; fd <= maxFd; fd++ {
		if keep[fd] {
			files = append(files, uintptr(fd))
		} else {
			files = append(files, ^uintptr(0)) // closed in the child
		}
	}
	_ = closeFds // descriptors the runtime opens are close-on-exec already
	sys := &syscall.SysProcAttr{Setsid: callSetsid}
	if pgid >= 0 {
		sys.Setpgid, sys.Pgid = true, pgid
	}
	if gid != py.None || uid != py.None || groups != py.None {
		cred := &syscall.Credential{Uid: uint32(syscall.Getuid()), Gid: uint32(syscall.Getgid()), NoSetGroups: true}
		if uid != py.None {
			cred.Uid = uint32(intArg(uid))
		}
		if gid != py.None {
			cred.Gid = uint32(intArg(gid))
		}
		if groups != py.None {
			cred.NoSetGroups = false
			for _, g := range py.AppendStar(nil, groups) {
				cred.Groups = append(cred.Groups, uint32(intArg(g)))
			}
		}
		sys.Credential = cred
	}
	attr := &syscall.ProcAttr{Dir: cwd, Env: env, Files: files, Sys: sys}

	report := func(e syscall.Errno, msg string) py.Object {
		data := fmt.Sprintf("OSError:%x:%s", int(e), msg)
		syscall.Write(errpipeWrite, []byte(data))
		return py.Int(noChild)
	}
	if cwd != "" {
		var st syscall.Stat_t
		if err := syscall.Stat(cwd, &st); err != nil {
			return report(err.(syscall.Errno), "noexec")
		} else if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
			return report(syscall.ENOTDIR, "noexec")
		}
	}
	var pid int
	var saved, last syscall.Errno
	started := false
	py.WithoutGIL(func() {
		old := -1
		if umask >= 0 {
			old = syscall.Umask(umask)
		}
		defer func() {
			if old >= 0 {
				syscall.Umask(old)
			}
		}()
		for _, exe := range exes {
			var st syscall.Stat_t
			if err := syscall.Stat(exe, &st); err != nil {
				last = err.(syscall.Errno)
				if last != syscall.ENOENT && last != syscall.ENOTDIR && saved == 0 {
					saved = last
				}
				continue
			}
			p, err := syscall.ForkExec(exe, argv, attr)
			if err == nil {
				pid, started = p, true
				return
			}
			e, ok := err.(syscall.Errno)
			if !ok {
				e = syscall.EINVAL
			}
			last = e
			if e != syscall.ENOENT && e != syscall.ENOTDIR && saved == 0 {
				saved = e
			}
		}
	})
	if started {
		return py.Int(pid)
	}
	if saved == 0 {
		saved = last
	}
	if saved == 0 {
		saved = syscall.ENOENT
	}
	return report(saved, "")
}

func setup0() {
	py.RegisterModule("_posixsubprocess", func(m *py.Module) {
		m.Set("__doc__", py.Str("A POSIX helper for the subprocess module."))
		m.AddFunc("fork_exec", forkExec)
	})
}
