package posix

import (
	"os/exec"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// posix_spawn and posix_spawnp on syscall.ForkExec. The file actions run
// in the parent, in order, over a table of what each of the child's
// descriptors will be: an open is done here and its descriptor given to
// the child, a close and a dup2 only change the table; descriptors the
// actions do not name are inherited as posix_spawn inherits them (those
// not close-on-exec). A failing action raises the OSError posix_spawn
// would report for it. setsigmask and scheduler need code in the child,
// which ForkExec cannot run: they are refused.

const (
	spawnOpen  = 0
	spawnClose = 1
	spawnDup2  = 2
)

func addSpawn(m *py.Module) {
	for _, search := range []bool{false, true} {
		name := "posix_spawn"
		if search {
			name = "posix_spawnp"
		}
		search := search
		fn(m, name, func(args []py.Object, kw []string) py.Object {
			return posixSpawn(name, search, args, kw)
		})
	}
}

func posixSpawn(name string, search bool, args []py.Object, kw []string) py.Object {
	if n := len(args) - len(kw); n != 3 {
		exact(name, args[:n], nil, 3, 3)
	}
	a := py.ParseArgs(name, args, kw, []string{"", "", "", "file_actions", "setpgroup", "resetids", "setsid",
		"setsigmask", "setsigdef", "scheduler"}, 3)
	path := convertPath(name, "path", a[0], false, false).s
	var argv []string
	switch a[1].(type) {
	case *py.Tuple, *py.List:
	default:
		panic(py.NewError(py.TypeErrorType, name+": argv must be a tuple or list"))
	}
	for _, x := range py.AppendStar(nil, a[1]) {
		argv = append(argv, convertPath(name, "argv", x, false, false).s)
	}
	if len(argv) == 0 {
		panic(py.NewError(py.ValueErrorType, name+": argv must not be empty"))
	}
	var env []string
	for _, k := range py.AppendStar(nil, py.CallMethod(a[2], "keys")) {
		key := convertPath(name, "env", k, false, false).s
		val := convertPath(name, "env", py.GetItem(a[2], k), false, false).s
		if key == "" || strings.Contains(key, "=") {
			panic(py.NewError(py.ValueErrorType, "illegal environment variable name"))
		}
		env = append(env, key+"="+val)
	}
	for i, what := range map[int]string{7: "setsigmask", 9: "scheduler"} {
		if a[i] != nil && a[i] != py.None && (i == 9 || py.Len(a[i]) > 0) {
			panic(py.NewError(py.NotImplementedErrorType, name+": "+what+" is not supported (the child cannot run code before exec)"))
		}
	}
	sys := &syscall.SysProcAttr{}
	if a[4] != nil && a[4] != py.None {
		sys.Setpgid, sys.Pgid = true, py.Index(a[4])
	}
	if a[5] != nil && py.Truth(a[5]) {
		sys.Credential = &syscall.Credential{Uid: uint32(syscall.Getuid()), Gid: uint32(syscall.Getgid()), NoSetGroups: true}
	}
	sys.Setsid = a[6] != nil && py.Truth(a[6])
	if a[8] != nil {
		// Signals the child takes with their default action: exec resets
		// every handled signal, and the runtime ignores none by default.
		for _, s := range py.AppendStar(nil, a[8]) {
			if n := py.Index(s); n < 1 || n >= 65 {
				panic(py.NewError(py.ValueErrorType, "signal number "+py.Repr(s)+" out of range [1; 64]"))
			}
		}
	}
	files := []uintptr{0, 1, 2}
	var opened []int
	defer func() {
		for _, fd := range opened {
			syscall.Close(fd)
		}
	}()
	setChild := func(fd int, v uintptr) {
		for len(files) <= fd {
			files = append(files, uintptr(len(files)))
		}
		files[fd] = v
	}
	if a[3] != nil && a[3] != py.None {
		for _, act := range py.AppendStar(nil, a[3]) {
			items, ok := act.(*py.Tuple)
			if !ok || len(items.Items) == 0 {
				panic(py.NewError(py.TypeErrorType, "Each file_actions element must be a non-empty tuple"))
			}
			it := items.Items
			want := map[int]int{spawnOpen: 5, spawnClose: 2, spawnDup2: 3}
			tag := py.Index(it[0])
			n, known := want[tag]
			if !known {
				panic(py.NewError(py.TypeErrorType, "Unknown file_actions identifier"))
			}
			if len(it) != n {
				panic(py.NewError(py.TypeErrorType, "A "+[]string{"open", "close", "dup2"}[tag]+" file_action tuple must have "+py.StrOf(py.Int(n))+" elements"))
			}
			switch tag {
			case spawnOpen:
				p := convertPath(name, "path", it[2], false, false).s
				fd, err := syscall.Open(p, py.Index(it[3])|syscall.O_CLOEXEC, uint32(py.Index(it[4])))
				if err != nil {
					raise(err, a[0])
				}
				opened = append(opened, fd)
				setChild(py.Index(it[1]), uintptr(fd))
			case spawnClose:
				setChild(py.Index(it[1]), ^uintptr(0))
			case spawnDup2:
				from, to := py.Index(it[1]), py.Index(it[2])
				src := uintptr(from)
				if from < len(files) {
					src = files[from]
				}
				if src == ^uintptr(0) {
					raise(syscall.EBADF, a[0])
				}
				setChild(to, src)
			}
		}
	}
	if search && !strings.Contains(path, "/") {
		found, err := exec.LookPath(path)
		if err != nil {
			raise(syscall.ENOENT, a[0])
		}
		path = found
	}
	py.FlushStdout()
	pid, err := syscall.ForkExec(path, argv, &syscall.ProcAttr{Env: env, Files: files, Sys: sys})
	if err != nil {
		raise(err, a[0])
	}
	return py.Int(pid)
}
