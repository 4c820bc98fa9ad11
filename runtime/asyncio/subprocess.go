package asyncio

import (
	"errors"
	"os/exec"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// asyncio.subprocess on os/exec: goroutines read the pipes and wait for
// the child, posting completions to the loop.

const (
	subprocPIPE    = -1
	subprocSTDOUT  = -2
	subprocDEVNULL = -3
)

// Process is asyncio.subprocess.Process: a subprocess transport and
// its SubprocessStreamProtocol, as create_subprocess_exec/shell return.
type Process struct {
	loop      py.Object
	transport py.Object
	protocol  py.Object
	stdin     py.Object
	stdout    py.Object
	stderr    py.Object
	pid       py.Object
}

var ProcessType *py.Type

func (*Process) Type() *py.Type { return ProcessType }

func (p *Process) String() string { return "<Process " + py.StrOf(p.pid) + ">" }

func newProcess(transport, protocol, loop py.Object) *Process {
	return &Process{loop: loop, transport: transport, protocol: protocol,
		stdin:  py.GetAttr(protocol, "stdin"),
		stdout: py.GetAttr(protocol, "stdout"),
		stderr: py.GetAttr(protocol, "stderr"),
		pid:    py.CallMethod(transport, "get_pid")}
}

// Wait is the body of `await process.wait()`.
func (p *Process) Wait() py.Object {
	return py.Await(py.CallMethod(p.transport, "_wait"))
}

func fileNotFound(prog string, err error) *py.BaseException {
	msg := "No such file or directory"
	code := 2
	var errno syscall.Errno
	if errors.As(err, &errno) {
		code, msg = int(errno), errno.Error()
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	cls := py.FileNotFoundErrorType
	if code == int(syscall.EACCES) {
		cls = py.PermissionErrorType
	}
	e := py.NewException(cls, py.Int(code), py.Str(msg))
	e.Dict.SetStr("filename", py.Str(prog))
	return e
}

func stdioArg(o py.Object) int {
	if isNone(o) {
		return 0
	}
	if i, ok := o.(py.Int); ok {
		return int(i)
	}
	return 1 // a file object: not supported, treated as inherit
}

// procOptions are Popen's cwd= and env=.
type procOptions struct {
	dir string
	env []string
}

// waitExitCode waits for cmd's process: its exit status, -signal when a
// signal ended it, or 255 when something else reaped it first (another
// waitpid(-1), as test.support.reap_children does), as CPython's child
// watchers report an unknown child.
func waitExitCode(cmd *exec.Cmd) int {
	cmd.Wait()
	if cmd.ProcessState == nil {
		return 255
	}
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	code := cmd.ProcessState.ExitCode()
	if ws.Signaled() {
		code = -int(ws.Signal())
	}
	return code
}

var communicateCode *py.Code

func (p *Process) feedStdin(input py.Object) py.Object {
	return py.NewCoroutine(goCode("_feed_stdin", "subprocess.py", 144), func() py.Object {
		debug := loopDebug(p.loop)
		py.CallMethod(p.stdin, "write", input)
		if debug {
			logDebug("%r communicate: feed stdin (%s bytes)", p, py.Int(py.Len(input)))
		}
		if e := catch(func() { py.Await(py.CallMethod(p.stdin, "drain")) }); e != nil {
			if !e.Type().IsSubtype(py.BrokenPipeErrorType) && !e.Type().IsSubtype(py.ConnectionResetErrorType) {
				panic(e)
			}
			if debug {
				logDebug("%r communicate: stdin got %r", p, e)
			}
		}
		if debug {
			logDebug("%r communicate: close stdin", p)
		}
		py.CallMethod(p.stdin, "close")
		return py.None
	})
}

func (p *Process) readStream(fd int) py.Object {
	return py.NewCoroutine(goCode("_read_stream", "subprocess.py", 170), func() py.Object {
		tr := py.CallMethod(p.transport, "get_pipe_transport", py.Int(fd))
		stream, name := p.stdout, "stdout"
		if fd == 2 {
			stream, name = p.stderr, "stderr"
		}
		debug := loopDebug(p.loop)
		if debug {
			logDebug("%r communicate: read %s", p, py.Str(name))
		}
		output := py.Await(py.CallMethod(stream, "read"))
		if debug {
			logDebug("%r communicate: close %s", p, py.Str(name))
		}
		py.CallMethod(tr, "close")
		return output
	})
}

func (p *Process) communicate(input py.Object) py.Object {
	noop := func() py.Object {
		return py.NewCoroutine(goCode("_noop", "subprocess.py", 167), func() py.Object { return py.None })
	}
	var aws [3]py.Object
	if !isNone(input) {
		aws[0] = p.feedStdin(input)
	} else {
		aws[0] = noop()
	}
	if !isNone(p.stdout) {
		aws[1] = p.readStream(1)
	} else {
		aws[1] = noop()
	}
	if !isNone(p.stderr) {
		aws[2] = p.readStream(2)
	} else {
		aws[2] = noop()
	}
	res := py.Await(Gather(aws[:], false)).(*py.List)
	p.Wait()
	return py.NewTuple(res.Items[1], res.Items[2])
}

// subprocessCall is create_subprocess_exec(program, *args, stdin=None,
// stdout=None, stderr=None, limit=..., **kwds) or
// create_subprocess_shell(cmd, ...): loop.subprocess_exec/shell with a
// SubprocessStreamProtocol, the result wrapped in a Process.
func subprocessCall(shell bool) func(a []py.Object, kw []string) py.Object {
	name, method := "create_subprocess_exec", "subprocess_exec"
	if shell {
		name, method = "create_subprocess_shell", "subprocess_shell"
	}
	code := goCode(name, "subprocess.py", 206)
	return func(a []py.Object, kw []string) py.Object {
		npos := len(a) - len(kw)
		if npos == 0 {
			typeError("%s() missing 1 required positional argument: '%s'", name, map[bool]string{false: "program", true: "cmd"}[shell])
		}
		if shell && npos > 1 {
			typeError("%s() takes from 1 to 4 positional arguments but %d were given", name, npos)
		}
		var limit py.Object = py.Int(streamLimit)
		std := map[string]py.Object{"stdin": py.None, "stdout": py.None, "stderr": py.None}
		var restKw []string
		var restVals []py.Object
		for i, k := range kw {
			v := a[npos+i]
			switch k {
			case "stdin", "stdout", "stderr":
				std[k] = v
			case "limit":
				limit = v
			default:
				restKw = append(restKw, k)
				restVals = append(restVals, v)
			}
		}
		pos := append([]py.Object(nil), a[:npos]...)
		return py.NewCoroutine(code, func() py.Object {
			l := GetRunningLoop()
			factory := py.NewBuiltin("<lambda>", func([]py.Object, []string) py.Object {
				return py.CallKw(subprocessStreamProtocolType, []py.Object{limit, l}, []string{"limit", "loop"})
			})
			args := append(append([]py.Object{factory}, pos...), std["stdin"], std["stdout"], std["stderr"])
			args = append(args, restVals...)
			kws := append([]string{"stdin", "stdout", "stderr"}, restKw...)
			res := py.Await(py.CallKw(py.GetAttr(l, method), args, kws))
			return newProcess(py.GetItem(res, py.Int(0)), py.GetItem(res, py.Int(1)), l)
		})
	}
}

func setupSubprocess() {
	t := ProcessType
	t.SetNoNew()
	// Process(transport, protocol, loop), as subprocess.py's.
	py.SetCall(t, func(_ *py.Type, args []py.Object, kw []string) py.Object {
		p := parse("Process", args, kw, []string{"transport", "protocol", "loop"}, 3)
		return newProcess(p[0], p[1], p[2])
	})
	pOf := func(o py.Object) *Process { return o.(*Process) }
	reprMethod(t)
	getter(t, "pid", func(o py.Object) py.Object { return pOf(o).pid })
	getter(t, "returncode", func(o py.Object) py.Object { return py.CallMethod(pOf(o).transport, "get_returncode") })
	getter(t, "stdin", func(o py.Object) py.Object { return pOf(o).stdin })
	getter(t, "stdout", func(o py.Object) py.Object { return pOf(o).stdout })
	getter(t, "stderr", func(o py.Object) py.Object { return pOf(o).stderr })
	getter(t, "_transport", func(o py.Object) py.Object { return pOf(o).transport })
	getter(t, "_protocol", func(o py.Object) py.Object { return pOf(o).protocol })
	getter(t, "_loop", func(o py.Object) py.Object { return pOf(o).loop })
	coroMethod(t, "wait", goCode("wait", "subprocess.py", 136), func(self py.Object, a []py.Object, kw []string) py.Object {
		parse("wait", a, kw, nil, 0)
		return pOf(self).Wait()
	})
	coroMethod(t, "communicate", communicateCode, func(self py.Object, a []py.Object, kw []string) py.Object {
		p := parse("communicate", a, kw, []string{"input"}, 0)
		return pOf(self).communicate(orNone(p[0]))
	})
	def(t, "send_signal", func(a []py.Object, kw []string) py.Object {
		p := parse("send_signal", a[1:], kw, []string{"signal"}, 1)
		return py.CallMethod(pOf(a[0]).transport, "send_signal", p[0])
	})
	def(t, "terminate", func(a []py.Object, kw []string) py.Object { return py.CallMethod(pOf(a[0]).transport, "terminate") })
	def(t, "kill", func(a []py.Object, kw []string) py.Object { return py.CallMethod(pOf(a[0]).transport, "kill") })
}

var (
	createSubprocessExec  *py.BuiltinFunction
	createSubprocessShell *py.BuiltinFunction
)

func initSubprocessModule(m *py.Module) {
	m.Set("PIPE", py.Int(subprocPIPE))
	m.Set("STDOUT", py.Int(subprocSTDOUT))
	m.Set("DEVNULL", py.Int(subprocDEVNULL))
	m.Set("Process", ProcessType)
	m.Set("SubprocessStreamProtocol", subprocessStreamProtocolType)
	// subprocess.py's logger (logging is in every program; a Go test
	// binary of this package alone lacks it).
	catch(func() { m.Set("logger", py.Call(py.GetAttr(py.Import("logging"), "getLogger"), py.Str("asyncio"))) })
	m.Set("create_subprocess_exec", createSubprocessExec)
	m.Set("create_subprocess_shell", createSubprocessShell)
}
