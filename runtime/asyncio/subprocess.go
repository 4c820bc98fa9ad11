package asyncio

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
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

// Process is asyncio.subprocess.Process.
type Process struct {
	cmd        *exec.Cmd
	pid        int
	loop       *Loop
	stdin      py.Object
	stdout     py.Object
	stderr     py.Object
	returncode py.Object
	openPipes  int
	finished   bool
	waiters    []*Future
}

var ProcessType = newType("Process", "asyncio.subprocess", nil, nil)

func (*Process) Type() *py.Type { return ProcessType }

func (p *Process) String() string { return fmt.Sprintf("<Process %d>", p.pid) }

func (p *Process) tryFinish() {
	if p.finished || p.returncode == py.None || p.openPipes > 0 {
		return
	}
	p.finished = true
	for _, w := range p.waiters {
		if !w.Cancelled() {
			w.SetResult(p.returncode)
		}
	}
	p.waiters = nil
}

// Wait is the body of `await process.wait()`.
func (p *Process) Wait() py.Object {
	if p.finished {
		return p.returncode
	}
	f := NewFuture(p.loop)
	p.waiters = append(p.waiters, f)
	return f.AwaitDirect()
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

func startProcess(l *Loop, argv []string, shell bool, stdin, stdout, stderr py.Object, opts procOptions) *Process {
	var cmd *exec.Cmd
	if shell {
		cmd = exec.Command("/bin/sh", "-c", argv[0])
	} else {
		cmd = exec.Command(argv[0], argv[1:]...)
	}
	cmd.Dir = opts.dir
	if opts.env != nil {
		cmd.Env = opts.env
	}
	p := &Process{cmd: cmd, loop: l, stdin: py.None, stdout: py.None, stderr: py.None, returncode: py.None}
	var closeAfter []*os.File
	var readers []struct {
		r    *StreamReader
		file *os.File
	}
	devnull := func() *os.File {
		f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
		if err != nil {
			panic(py.NewError(py.OSErrorType, err.Error()))
		}
		closeAfter = append(closeAfter, f)
		return f
	}
	var stdoutW *os.File
	switch stdioArg(stdout) {
	case subprocPIPE:
		r, w, err := os.Pipe()
		if err != nil {
			panic(py.NewError(py.OSErrorType, err.Error()))
		}
		cmd.Stdout, stdoutW = w, w
		closeAfter = append(closeAfter, w)
		sr := &StreamReader{loop: l, limit: streamLimit}
		p.stdout = sr
		readers = append(readers, struct {
			r    *StreamReader
			file *os.File
		}{sr, r})
	case subprocDEVNULL:
		cmd.Stdout = devnull()
	default:
		cmd.Stdout = os.Stdout
	}
	switch stdioArg(stderr) {
	case subprocPIPE:
		r, w, err := os.Pipe()
		if err != nil {
			panic(py.NewError(py.OSErrorType, err.Error()))
		}
		cmd.Stderr = w
		closeAfter = append(closeAfter, w)
		sr := &StreamReader{loop: l, limit: streamLimit}
		p.stderr = sr
		readers = append(readers, struct {
			r    *StreamReader
			file *os.File
		}{sr, r})
	case subprocSTDOUT:
		if stdoutW != nil {
			cmd.Stderr = stdoutW
		} else {
			cmd.Stderr = cmd.Stdout
		}
	case subprocDEVNULL:
		cmd.Stderr = devnull()
	default:
		cmd.Stderr = os.Stderr
	}
	var stdinW *os.File
	switch stdioArg(stdin) {
	case subprocPIPE:
		r, w, err := os.Pipe()
		if err != nil {
			panic(py.NewError(py.OSErrorType, err.Error()))
		}
		cmd.Stdin = r
		closeAfter = append(closeAfter, r)
		stdinW = w
	case subprocDEVNULL:
		cmd.Stdin = devnull()
	default:
		cmd.Stdin = os.Stdin
	}
	py.FlushStdout()
	err := cmd.Start()
	for _, f := range closeAfter {
		f.Close()
	}
	if err != nil {
		for _, rd := range readers {
			rd.file.Close()
		}
		if stdinW != nil {
			stdinW.Close()
		}
		var pe *fs.PathError
		var ee *exec.Error
		switch {
		case errors.As(err, &ee):
			panic(fileNotFound(argv[0], ee.Err))
		case errors.As(err, &pe):
			panic(fileNotFound(argv[0], pe.Err))
		}
		panic(py.NewError(py.OSErrorType, err.Error()))
	}
	p.pid = cmd.Process.Pid
	if stdinW != nil {
		p.stdin = &StreamWriter{loop: l, w: stdinW}
	}
	for _, rd := range readers {
		p.openPipes++
		f := rd.file
		rd.r.pump(f, func() {
			f.Close()
			p.openPipes--
			p.tryFinish()
		})
	}
	go func() {
		code := waitExitCode(cmd)
		l.PostThreadsafe(func() {
			p.returncode = py.Int(code)
			p.tryFinish()
		})
	}()
	return p
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

func (p *Process) signal(sig syscall.Signal) {
	if p.returncode != py.None {
		return
	}
	if err := p.cmd.Process.Signal(sig); err != nil && !errors.Is(err, os.ErrProcessDone) {
		panic(py.NewError(py.ProcessLookupErrorType, err.Error()))
	}
}

var communicateCode = goCode("communicate", "subprocess.py", 186)

func (p *Process) communicate(input py.Object) py.Object {
	feed := func() py.Object {
		return py.NewCoroutine(goCode("_feed_stdin", "subprocess.py", 144), func() py.Object {
			w := p.stdin.(*StreamWriter)
			w.Write(bytesArg(input))
			catch(func() { w.Drain() })
			w.Close()
			return py.None
		})
	}
	noop := func() py.Object {
		return py.NewCoroutine(goCode("_noop", "subprocess.py", 167), func() py.Object { return py.None })
	}
	read := func(s py.Object) py.Object {
		return py.NewCoroutine(goCode("_read_stream", "subprocess.py", 170), func() py.Object {
			return s.(*StreamReader).Read(-1)
		})
	}
	var aws [3]py.Object
	if !isNone(input) && p.stdin != py.None {
		aws[0] = feed()
	} else {
		aws[0] = noop()
	}
	if p.stdout != py.None {
		aws[1] = read(p.stdout)
	} else {
		aws[1] = noop()
	}
	if p.stderr != py.None {
		aws[2] = read(p.stderr)
	} else {
		aws[2] = noop()
	}
	res := py.Await(Gather(aws[:], false)).(*py.List)
	p.Wait()
	return py.NewTuple(res.Items[1], res.Items[2])
}

func subprocessCall(shell bool) func(a []py.Object, kw []string) py.Object {
	name := "create_subprocess_exec"
	if shell {
		name = "create_subprocess_shell"
	}
	code := goCode(name, "subprocess.py", 206)
	return func(a []py.Object, kw []string) py.Object {
		npos := len(a) - len(kw)
		var stdin, stdout, stderr py.Object = py.None, py.None, py.None
		var opts procOptions
		var badArg string // loop.subprocess_exec's ValueError, raised when awaited
		for i, k := range kw {
			v := a[npos+i]
			switch k {
			case "universal_newlines", "text":
				if py.Truth(v) && badArg == "" {
					badArg = k + " must be False"
				}
			case "encoding", "errors":
				if !isNone(v) && badArg == "" {
					badArg = k + " must be None"
				}
			case "stdin":
				stdin = v
			case "stdout":
				stdout = v
			case "stderr":
				stderr = v
			case "cwd":
				if !isNone(v) {
					opts.dir = py.StrOf(v)
				}
			case "env":
				if !isNone(v) {
					opts.env = []string{}
					for _, k := range py.AppendStar(nil, v) {
						opts.env = append(opts.env, py.StrOf(k)+"="+py.StrOf(py.GetItem(v, k)))
					}
				}
			}
		}
		if npos == 0 {
			typeError("%s() missing 1 required positional argument", name)
		}
		argv := make([]string, npos)
		for i, x := range a[:npos] {
			switch v := x.(type) {
			case py.Bytes:
				argv[i] = string(v)
			case py.Str:
				argv[i] = string(v)
			default:
				// A path-like program or argument: os.fspath().
				f := py.Call(py.GetAttr(py.Import("os"), "fspath"), x)
				if b, ok := f.(py.Bytes); ok {
					argv[i] = string(b)
				} else {
					argv[i] = py.StrOf(f)
				}
			}
		}
		return py.NewCoroutine(code, func() py.Object {
			if badArg != "" {
				valueError("%s", badArg)
			}
			l := GetRunningLoop()
			p := startProcess(l, argv, shell, stdin, stdout, stderr, opts)
			sleep0()
			return p
		})
	}
}

func init() {
	t := ProcessType
	t.SetNoNew()
	pOf := func(o py.Object) *Process { return o.(*Process) }
	reprMethod(t)
	getter(t, "pid", func(o py.Object) py.Object { return py.Int(pOf(o).pid) })
	getter(t, "returncode", func(o py.Object) py.Object { return pOf(o).returncode })
	getter(t, "stdin", func(o py.Object) py.Object { return pOf(o).stdin })
	getter(t, "stdout", func(o py.Object) py.Object { return pOf(o).stdout })
	getter(t, "stderr", func(o py.Object) py.Object { return pOf(o).stderr })
	coroMethod(t, "wait", goCode("wait", "subprocess.py", 136), func(self py.Object, a []py.Object, kw []string) py.Object {
		return pOf(self).Wait()
	})
	coroMethod(t, "communicate", communicateCode, func(self py.Object, a []py.Object, kw []string) py.Object {
		p := parse("communicate", a, kw, []string{"input"}, 0)
		return pOf(self).communicate(orNone(p[0]))
	})
	def(t, "send_signal", func(a []py.Object, kw []string) py.Object {
		pOf(a[0]).signal(syscall.Signal(py.Index(a[1])))
		return py.None
	})
	def(t, "terminate", func(a []py.Object, kw []string) py.Object { pOf(a[0]).signal(syscall.SIGTERM); return py.None })
	def(t, "kill", func(a []py.Object, kw []string) py.Object { pOf(a[0]).signal(syscall.SIGKILL); return py.None })
}

func initSubprocessModule(m *py.Module) {
	m.Set("PIPE", py.Int(subprocPIPE))
	m.Set("STDOUT", py.Int(subprocSTDOUT))
	m.Set("DEVNULL", py.Int(subprocDEVNULL))
	m.Set("Process", ProcessType)
	m.Set("create_subprocess_exec", py.NewBuiltin("create_subprocess_exec", subprocessCall(false)))
	m.Set("create_subprocess_shell", py.NewBuiltin("create_subprocess_shell", subprocessCall(true)))
}
