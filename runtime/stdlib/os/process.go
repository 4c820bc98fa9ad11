package os

import (
	goos "os"
	"os/exec"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The process functions os.py writes over fork(), which a Go process
// cannot call: spawn* and popen start their child with ForkExec instead.
// popen's file wrapper is Python (runtime/python/_os_extras.py).

const (
	pWait   = 0
	pNoWait = 1
)

// spawn is os.py's _spawnvef: P_NOWAIT returns the child's pid, any other
// mode waits and returns its exit code (minus the signal that killed it).
// A program that cannot be executed exits 127 in CPython's child; here
// no child exists, so P_WAIT reports 127 and P_NOWAIT the OSError.
func spawn(mode int, file py.Object, argv py.Object, env py.Object, search bool) py.Object {
	switch argv.(type) {
	case *py.Tuple, *py.List:
	default:
		panic(py.NewError(py.TypeErrorType, "argv must be a tuple or a list"))
	}
	var args []string
	for _, a := range py.AppendStar(nil, argv) {
		args = append(args, str(a))
	}
	if len(args) == 0 || args[0] == "" {
		panic(py.NewError(py.ValueErrorType, "argv first element cannot be empty"))
	}
	envList := goos.Environ()
	if env != nil {
		envList = nil
		for _, kv := range py.AppendStar(nil, py.CallMethod(env, "items")) {
			items := py.AppendStar(nil, kv)
			envList = append(envList, str(items[0])+"="+str(items[1]))
		}
	}
	path := str(file)
	if search && !strings.Contains(path, "/") {
		if found, err := exec.LookPath(path); err == nil {
			path = found
		}
	}
	py.FlushStdout()
	pid, err := syscall.ForkExec(path, args, &syscall.ProcAttr{Env: envList, Files: []uintptr{0, 1, 2}})
	if err != nil {
		if mode == pNoWait {
			oserr(err, path)
		}
		return py.Int(127)
	}
	if mode == pNoWait {
		return py.Int(pid)
	}
	var ws syscall.WaitStatus
	py.WithoutGIL(func() {
		for {
			_, err = syscall.Wait4(pid, &ws, 0, nil)
			if err != syscall.EINTR && !(err == nil && ws.Stopped()) {
				return
			}
		}
	})
	oserr(err, "")
	if ws.Signaled() {
		return py.Int(-int(ws.Signal()))
	}
	return py.Int(ws.ExitStatus())
}

func addProcessFuncs(m *py.Module) {
	m.Set("P_WAIT", py.Int(pWait))
	m.Set("P_NOWAIT", py.Int(pNoWait))
	m.Set("P_NOWAITO", py.Int(pNoWait))
	vector := func(name string, withEnv, search bool) {
		params := []string{"mode", "file", "args"}
		if withEnv {
			params = append(params, "env")
		}
		m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(name, args, kw, params, len(params))
			var env py.Object
			if withEnv {
				env = a[3]
			}
			return spawn(py.Index(a[0]), a[1], a[2], env, search)
		})
	}
	list := func(name string, withEnv, search bool) {
		m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) < 2 {
				panic(py.NewError(py.TypeErrorType, name+"() missing required arguments: 'mode' and 'file'"))
			}
			rest := args[2:]
			var env py.Object
			if withEnv {
				if len(rest) == 0 {
					panic(py.NewError(py.TypeErrorType, name+"() missing the env argument"))
				}
				env, rest = rest[len(rest)-1], rest[:len(rest)-1]
			}
			return spawn(py.Index(args[0]), args[1], py.NewTuple(rest...), env, search)
		})
	}
	vector("spawnv", false, false)
	vector("spawnve", true, false)
	vector("spawnvp", false, true)
	vector("spawnvpe", true, true)
	list("spawnl", false, false)
	list("spawnle", true, false)
	list("spawnlp", false, true)
	list("spawnlpe", true, true)

	m.AddFunc("fdopen", func(args []py.Object, kw []string) py.Object {
		if len(args) == 0 {
			panic(py.NewError(py.TypeErrorType, "fdopen() missing 1 required positional argument: 'fd'"))
		}
		if !args[0].Type().IsSubtype(py.IntType) {
			panic(py.NewError(py.TypeErrorType, "invalid fd type ("+py.Repr(args[0].Type())+", expected integer)"))
		}
		return py.CallKw(py.GetAttr(py.Import("io"), "open"), args, kw)
	})
	// _popen_child starts /bin/sh -c cmd with its stdout (mode "r") or
	// stdin ("w") on a pipe, and returns (the parent's end, pid).
	m.AddFunc("_popen_child", func(args []py.Object, kw []string) py.Object {
		cmd, mode := str(args[0]), str(args[1])
		var p [2]int
		oserr(syscall.Pipe2(p[:], syscall.O_CLOEXEC), "")
		files := []uintptr{0, uintptr(p[1]), 2}
		mine, theirs := p[0], p[1]
		if mode == "w" {
			files = []uintptr{uintptr(p[0]), 1, 2}
			mine, theirs = p[1], p[0]
		}
		py.FlushStdout()
		pid, err := syscall.ForkExec("/bin/sh", []string{"/bin/sh", "-c", cmd}, &syscall.ProcAttr{Env: goos.Environ(), Files: files})
		syscall.Close(theirs)
		if err != nil {
			syscall.Close(mine)
			oserr(err, "/bin/sh")
		}
		return py.NewTuple(py.Int(mine), py.Int(pid))
	})
	if py.Translated("_os_extras") {
		extras := py.Import("_os_extras")
		m.Set("popen", py.GetAttr(extras, "popen"))
		m.Set("fwalk", py.GetAttr(extras, "fwalk"))
	}
}
