package asyncio

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// loop.subprocess_exec / subprocess_shell with a SubprocessProtocol
// (base_subprocess.BaseSubprocessTransport): the child's pipes are pipe
// transports on the selector, connected by a task as _connect_pipes does;
// the child's exit is posted by a goroutine waiting for it, as the
// threaded child watcher does. When the program links the subprocess
// module, the child is a subprocess.Popen as in CPython
// (get_extra_info("subprocess"), Popen replaced by a mock, the Popen's
// kill called by close); otherwise (the module is not translated into
// programs that do not import it) Go's os/exec starts it.

type subprocTransport struct {
	loop        *Loop
	protocol    py.Object
	popen       py.Object // the subprocess.Popen (nil: cmd)
	cmd         *exec.Cmd
	pid         int
	pipes       map[int]*pipeProto
	pipeOrder   []int
	pending     []func()
	pendingOpen bool
	returncode  py.Object
	finished    bool
	closed      bool
	exitWaiters []*Future
	extra       *py.Dict
	exitCode    *int // an exit held until the pipes are connected
}

// pipeProto is WriteSubprocessPipeProto / ReadSubprocessPipeProto.
type pipeProto struct {
	proc         *subprocTransport
	fd           int
	pipe         *pipeTransport
	disconnected bool
}

var (
	subprocTransportType *py.Type
	pipeProtoType        *py.Type
)

func (*subprocTransport) Type() *py.Type { return subprocTransportType }
func (*pipeProto) Type() *py.Type        { return pipeProtoType }

func (p *pipeProto) String() string {
	return fmt.Sprintf("<ReadSubprocessPipeProto fd=%d pipe=%s>", p.fd, py.Repr(orNone(pipeObj(p.pipe))))
}

func pipeObj(t *pipeTransport) py.Object {
	if t == nil {
		return nil
	}
	return t
}

func (s *subprocTransport) String() string {
	info := []string{}
	if s.closed {
		info = append(info, "closed")
	}
	info = append(info, fmt.Sprintf("pid=%d", s.pid))
	if !isNone(s.returncode) {
		info = append(info, "returncode="+py.Repr(s.returncode))
	} else {
		info = append(info, "running")
	}
	for _, fd := range s.pipeOrder {
		if p := s.pipes[fd]; p != nil && p.pipe != nil {
			info = append(info, fmt.Sprintf("%s=%s", []string{"stdin", "stdout", "stderr"}[fd], p.pipe.String()))
		}
	}
	out := "<_UnixSubprocessTransport"
	for _, x := range info {
		out += " " + x
	}
	return out + ">"
}

// call is _call: queued until the pipes are connected, then call_soon.
func (s *subprocTransport) call(name string, args ...py.Object) {
	fn := func() {
		if s.protocol != nil {
			py.CallMethod(s.protocol, name, args...)
		}
	}
	if s.pendingOpen {
		s.pending = append(s.pending, fn)
		return
	}
	s.loop.callSoonNamed(name+"()", fn, nil)
}

func (s *subprocTransport) tryFinish() {
	if isNone(s.returncode) || s.finished {
		return
	}
	for _, fd := range s.pipeOrder {
		if p := s.pipes[fd]; p == nil || !p.disconnected {
			return
		}
	}
	s.finished = true
	lost := func() {
		defer func() { s.protocol = nil }()
		if s.protocol != nil {
			py.CallMethod(s.protocol, "connection_lost", py.None)
		}
	}
	if s.pendingOpen {
		s.pending = append(s.pending, lost)
	} else {
		s.loop.callSoonNamed("_call_connection_lost()", lost, nil)
	}
}

// exited is the child watcher's callback. An exit seen before the pipes
// are connected is held until they are, so that connection_made sees the
// child still running, as it does under CPython whenever the child
// outlives the few loop iterations the connection takes.
func (s *subprocTransport) exited(code int) {
	if s.pendingOpen {
		s.exitCode = &code
		return
	}
	// As CPython's watcher (call_soon_threadsafe): behind the callbacks
	// already scheduled, connection_made among them.
	s.loop.callSoonNamed("_process_exited()", func() { s.processExited(code) }, nil)
}

func (s *subprocTransport) exitIfPending() {
	if c := s.exitCode; c != nil {
		s.exitCode = nil
		s.processExited(*c)
	}
}

func (s *subprocTransport) processExited(code int) {
	s.returncode = py.Int(code)
	if s.popen != nil && isNone(py.GetAttr(s.popen, "returncode")) {
		py.SetAttr(s.popen, "returncode", s.returncode)
	}
	s.call("process_exited")
	s.tryFinish()
	for _, w := range s.exitWaiters {
		if !w.Cancelled() && !w.Done() {
			w.SetResult(s.returncode)
		}
	}
	s.exitWaiters = nil
}

func (s *subprocTransport) close() {
	if s.closed {
		return
	}
	s.closed = true
	for _, fd := range s.pipeOrder {
		if p := s.pipes[fd]; p != nil && p.pipe != nil && !p.pipe.closing {
			if p.pipe.write {
				p.pipe.writeEOF()
			} else {
				p.pipe.close(nil)
			}
		}
	}
	if isNone(s.returncode) && s.popen == nil {
		s.cmd.Process.Kill()
	} else if isNone(s.returncode) && isNone(py.CallMethod(s.popen, "poll")) {
		if e := catch(func() { py.CallMethod(s.popen, "kill") }); e != nil && !e.Type().IsSubtype(py.ProcessLookupErrorType) {
			panic(e)
		}
	}
}

func (s *subprocTransport) checkProc() {
	if s.closed {
		raiseNoArg(py.ProcessLookupErrorType)
	}
}

// makePipe returns the parent's end (non-blocking) and the child's end.
func makePipe(parentReads bool) (int, *os.File) {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		panic(py.NewOSError(err, ""))
	}
	if parentReads {
		return p[0], os.NewFile(uintptr(p[1]), "|1")
	}
	return p[1], os.NewFile(uintptr(p[0]), "|0")
}

func subprocessProtocolCall(l *Loop, name string, line int, shell bool, a []py.Object, kw []string) py.Object {
	npos := len(a) - len(kw)
	if npos < 2 {
		typeError("%s() missing required positional arguments", name)
	}
	factory := a[0]
	var stdin, stdout, stderr py.Object = py.Int(subprocPIPE), py.Int(subprocPIPE), py.Int(subprocPIPE)
	// The other keywords go to subprocess.Popen, as in CPython.
	var popenKw []string
	var popenVals []py.Object
	for i, k := range kw {
		v := a[npos+i]
		switch k {
		case "stdin":
			stdin = v
		case "stdout":
			stdout = v
		case "stderr":
			stderr = v
		case "universal_newlines", "text":
			if py.Truth(v) {
				valueError("%s must be False", k)
			}
		case "shell":
			if py.Truth(v) != shell {
				valueError("shell must be %s", map[bool]string{true: "True", false: "False"}[shell])
			}
		case "bufsize":
			if py.Index(v) != 0 {
				valueError("bufsize must be 0")
			}
		case "encoding", "errors":
			if !isNone(v) {
				valueError("%s must be None", k)
			}
		default:
			popenKw = append(popenKw, k)
			popenVals = append(popenVals, v)
		}
	}
	var args py.Object
	if shell {
		if npos != 2 {
			typeError("%s() takes 3 positional arguments but %d were given", name, npos+1)
		}
		if _, ok := a[1].(py.Str); !ok {
			if _, ok := a[1].(py.Bytes); !ok {
				valueError("cmd must be a string")
			}
		}
		args = a[1]
	} else {
		args = py.NewTuple(a[1:npos]...)
	}
	return py.NewCoroutine(goCode(name, "base_events.py", line), func() py.Object {
		protocol := py.Call(factory)
		var s *subprocTransport
		withChildWatcher(func() {
			if py.Translated("subprocess") {
				s = startSubprocTransport(l, protocol, args, shell, stdin, stdout, stderr, popenKw, popenVals)
			} else {
				argv, opts := goSpawnArgs(args, shell, popenKw, popenVals)
				s = startSubprocTransportGo(l, protocol, argv, shell, stdin, stdout, stderr, opts)
			}
		})
		return py.NewTuple(s, protocol)
	})
}

// withChildWatcher runs start as _make_subprocess_transport does, inside
// `with events.get_child_watcher() as watcher:`, refusing a watcher that
// is not active. The runtime waits for its children itself, so a watcher
// (the runtime's, or one a program set) is only asked whether it is.
func withChildWatcher(start func()) {
	w := getChildWatcher(nil, nil)
	switch w.Type() {
	case safeChildWatcherType, fastChildWatcherType, multiLoopChildWatcherType, threadedChildWatcherType, pidfdChildWatcherType:
		// The runtime's own watchers: always active, nothing to enter.
		start()
		return
	}
	mgr := py.CallMethod(w, "__enter__")
	e := catch(func() {
		if !py.Truth(py.CallMethod(mgr, "is_active")) {
			runtimeError("asyncio.get_child_watcher() is not activated, subprocess support is not installed.")
		}
		start()
	})
	if e != nil {
		if !py.Truth(py.CallMethod(w, "__exit__", e.Type(), e, py.GetAttr(e, "__traceback__"))) {
			panic(e)
		}
		// Suppressed: CPython goes on without a transport.
		panic(py.NewError(py.UnboundLocalErrorType, "cannot access local variable 'transp' where it is not associated with a value"))
	}
	py.CallMethod(w, "__exit__", py.None, py.None, py.None)
}

// goSpawnArgs is what startSubprocTransportGo needs of subprocess_exec's
// arguments (the others are not supported there).
func goSpawnArgs(args py.Object, shell bool, kw []string, vals []py.Object) ([]string, procOptions) {
	var argv []string
	for _, x := range py.AppendStar(nil, args) {
		if b, ok := x.(py.Bytes); ok {
			argv = append(argv, string(b))
		} else {
			argv = append(argv, py.StrOf(x))
		}
	}
	if shell {
		argv = []string{py.StrOf(args)}
		if b, ok := args.(py.Bytes); ok {
			argv = []string{string(b)}
		}
	}
	var opts procOptions
	for i, k := range kw {
		v := vals[i]
		switch k {
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
	return argv, opts
}

// startSubprocTransport is _UnixSubprocessTransport: the child is a
// subprocess.Popen (looked up when called, so that it can be replaced),
// its pipes are connected as pipe transports, and a goroutine waits for
// its exit as ThreadedChildWatcher's thread does.
func startSubprocTransport(l *Loop, protocol py.Object, args py.Object, shell bool, stdin, stdout, stderr py.Object, kw []string, vals []py.Object) *subprocTransport {
	s := &subprocTransport{loop: l, protocol: protocol, pipes: map[int]*pipeProto{}, returncode: py.None,
		pendingOpen: true, extra: py.NewDict()}
	py.FlushStdout()
	popenArgs := append([]py.Object{args, py.NewBool(shell), stdin, stdout, stderr, py.False, py.Int(0)}, vals...)
	popenKw := append([]string{"shell", "stdin", "stdout", "stderr", "universal_newlines", "bufsize"}, kw...)
	popen := py.CallKw(py.GetAttr(py.Import("subprocess"), "Popen"), popenArgs, popenKw)
	s.popen = popen
	s.pid = py.Index(py.GetAttr(popen, "pid"))
	s.extra.SetStr("subprocess", popen)
	pipeFiles := map[int]py.Object{}
	for fd, n := range []string{"stdin", "stdout", "stderr"} {
		if f := py.GetAttr(popen, n); !isNone(f) {
			pipeFiles[fd] = f
			s.pipes[fd] = nil
			s.pipeOrder = append(s.pipeOrder, fd)
		}
	}
	// Through the loop's connect_write_pipe and connect_read_pipe, looked
	// up on the loop as CPython does.
	waiter := s.connectPipes(l, func(pp *pipeProto) {
		method := "connect_read_pipe"
		if pp.fd == 0 {
			method = "connect_write_pipe"
		}
		factory := py.NewMethod("factory", func(a []py.Object, kw []string) py.Object { return pp })
		res := py.Await(py.CallMethod(l, method, factory, pipeFiles[pp.fd]))
		pp.pipe, _ = py.GetItem(res, py.Int(0)).(*pipeTransport)
	})
	pid := s.pid
	go func() {
		code := waitPid(pid)
		l.PostThreadsafe(func() { s.exited(code) })
	}()
	if e := catch(func() { waiter.AwaitDirect() }); e != nil {
		s.close()
		panic(e)
	}
	return s
}

// waitPid waits for the child pid as os.waitpid(pid, 0) does: its exit
// status, -signal when a signal ended it, or 255 when something else
// reaped it first (CPython's child watchers report an unknown child so).
func waitPid(pid int) int {
	var ws syscall.WaitStatus
	for {
		_, err := syscall.Wait4(pid, &ws, 0, nil)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 255
		}
		break
	}
	if ws.Signaled() {
		return -int(ws.Signal())
	}
	return ws.ExitStatus()
}

func startSubprocTransportGo(l *Loop, protocol py.Object, argv []string, shell bool, stdin, stdout, stderr py.Object, opts procOptions) *subprocTransport {
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
	s := &subprocTransport{loop: l, protocol: protocol, cmd: cmd, pipes: map[int]*pipeProto{}, returncode: py.None,
		pendingOpen: true, extra: py.NewDict()}
	var childEnds []*os.File
	parentFds := map[int]int{}
	devnull := func() *os.File {
		f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
		if err != nil {
			panic(py.NewOSError(err, ""))
		}
		childEnds = append(childEnds, f)
		return f
	}
	cleanup := func() {
		for _, f := range childEnds {
			f.Close()
		}
	}
	switch stdioArg(stdin) {
	case subprocPIPE:
		pfd, child := makePipe(false)
		parentFds[0] = pfd
		childEnds = append(childEnds, child)
		cmd.Stdin = child
	case subprocDEVNULL:
		cmd.Stdin = devnull()
	default:
		cmd.Stdin = os.Stdin
	}
	var stdoutChild *os.File
	switch stdioArg(stdout) {
	case subprocPIPE:
		pfd, child := makePipe(true)
		parentFds[1] = pfd
		childEnds = append(childEnds, child)
		cmd.Stdout, stdoutChild = child, child
	case subprocDEVNULL:
		cmd.Stdout = devnull()
	default:
		cmd.Stdout = os.Stdout
	}
	switch stdioArg(stderr) {
	case subprocPIPE:
		pfd, child := makePipe(true)
		parentFds[2] = pfd
		childEnds = append(childEnds, child)
		cmd.Stderr = child
	case subprocSTDOUT:
		if stdoutChild != nil {
			cmd.Stderr = stdoutChild
		} else {
			cmd.Stderr = cmd.Stdout
		}
	case subprocDEVNULL:
		cmd.Stderr = devnull()
	default:
		cmd.Stderr = os.Stderr
	}
	py.FlushStdout()
	err := cmd.Start()
	cleanup()
	if err != nil {
		for _, fd := range parentFds {
			syscall.Close(fd)
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
	s.pid = cmd.Process.Pid
	for fd := 0; fd < 3; fd++ {
		if _, ok := parentFds[fd]; ok {
			s.pipes[fd] = nil
			s.pipeOrder = append(s.pipeOrder, fd)
		}
	}
	waiter := s.connectPipes(l, func(pp *pipeProto) {
		w := NewFuture(l)
		t := newPipeTransport(l, parentFds[pp.fd], nil, pp, pp.fd == 0, w)
		w.AwaitDirect()
		pp.pipe = t
	})
	go func() {
		code := waitExitCode(cmd)
		l.PostThreadsafe(func() { s.exited(code) })
	}()
	if e := catch(func() { waiter.AwaitDirect() }); e != nil {
		s.close()
		panic(e)
	}
	return s
}

// connectPipes runs base_subprocess's _connect_pipes as a task: connect
// makes the transport of each pipe in order, then connection_made, the
// calls that waited for it and an exit already seen are scheduled. The
// returned waiter settles when it is done.
func (s *subprocTransport) connectPipes(l *Loop, connect func(pp *pipeProto)) *Future {
	waiter := NewFuture(l)
	l.CreateTask(py.NewCoroutine(goCode("_connect_pipes", "base_subprocess.py", 156), func() py.Object {
		e := catch(func() {
			for _, fd := range s.pipeOrder {
				pp := &pipeProto{proc: s, fd: fd}
				connect(pp)
				s.pipes[fd] = pp
			}
			l.callSoonPy(py.GetAttr(s.protocol, "connection_made"), []py.Object{s}, nil)
			for _, fn := range s.pending {
				l.callSoonNamed("<pending call>", fn, nil)
			}
			s.pending, s.pendingOpen = nil, false
			if s.exitCode != nil {
				l.callSoonNamed("_process_exited()", s.exitIfPending, nil)
			}
		})
		if e != nil {
			if e.Type().IsSubtype(py.SystemExitType) || e.Type().IsSubtype(py.KeyboardInterruptType) {
				panic(e)
			}
			if !waiter.Cancelled() {
				waiter.setException(e)
			}
		} else if !waiter.Cancelled() {
			waiter.SetResult(py.None)
		}
		return py.None
	}), py.None, nil)
	return waiter
}

func subprocOf(o py.Object) *subprocTransport {
	s, ok := o.(*subprocTransport)
	if !ok {
		typeError("descriptor requires a subprocess transport, not '%s'", o.Type().Name)
	}
	return s
}

func setupSubproto() {
	t := subprocTransportType
	t.SetNoNew()
	t.Bases = []*py.Type{SubprocessTransportType}
	t.MRO = append([]*py.Type{t}, SubprocessTransportType.MRO...)
	reprMethod(t)
	def(t, "get_pid", func(a []py.Object, kw []string) py.Object { return py.Int(subprocOf(a[0]).pid) })
	def(t, "get_returncode", func(a []py.Object, kw []string) py.Object { return subprocOf(a[0]).returncode })
	// _wait: BaseSubprocessTransport's coroutine that waits for the exit
	// and returns the return code (test_subprocess awaits it).
	def(t, "_wait", func(a []py.Object, kw []string) py.Object {
		s := subprocOf(a[0])
		return py.NewCoroutine(goCode("_wait", "base_subprocess.py", 226), func() py.Object {
			if !isNone(s.returncode) {
				return s.returncode
			}
			w := NewFuture(s.loop)
			s.exitWaiters = append(s.exitWaiters, w)
			return py.Await(w)
		})
	})
	def(t, "is_closing", func(a []py.Object, kw []string) py.Object { return py.NewBool(subprocOf(a[0]).closed) })
	def(t, "close", func(a []py.Object, kw []string) py.Object { subprocOf(a[0]).close(); return py.None })
	def(t, "get_protocol", func(a []py.Object, kw []string) py.Object { return orNone(subprocOf(a[0]).protocol) })
	def(t, "set_protocol", func(a []py.Object, kw []string) py.Object { subprocOf(a[0]).protocol = a[1]; return py.None })
	def(t, "get_extra_info", func(a []py.Object, kw []string) py.Object {
		p := parse("get_extra_info", a[1:], kw, []string{"name", "default"}, 1)
		if v, ok := subprocOf(a[0]).extra.Get(p[0]); ok {
			return v
		}
		return orNone(p[1])
	})
	def(t, "get_pipe_transport", func(a []py.Object, kw []string) py.Object {
		p := parse("get_pipe_transport", a[1:], kw, []string{"fd"}, 1)
		s := subprocOf(a[0])
		if pp := s.pipes[py.Index(p[0])]; pp != nil && pp.pipe != nil {
			return pp.pipe
		}
		return py.None
	})
	sig := func(name string, fixed syscall.Signal) {
		def(t, name, func(a []py.Object, kw []string) py.Object {
			s := subprocOf(a[0])
			s.checkProc()
			if s.popen == nil {
				sg := fixed
				if fixed == 0 {
					p := parse(name, a[1:], kw, []string{"signal"}, 1)
					sg = syscall.Signal(py.Index(p[0]))
				}
				if isNone(s.returncode) {
					s.cmd.Process.Signal(sg)
				}
				return py.None
			}
			if fixed == 0 {
				p := parse(name, a[1:], kw, []string{"signal"}, 1)
				return py.CallMethod(s.popen, "send_signal", p[0])
			}
			return py.CallMethod(s.popen, name)
		})
	}
	sig("send_signal", 0)
	sig("terminate", syscall.SIGTERM)
	sig("kill", syscall.SIGKILL)

	pt := pipeProtoType
	pt.SetNoNew()
	reprMethod(pt)
	ppOf := func(o py.Object) *pipeProto { return o.(*pipeProto) }
	def(pt, "connection_made", func(a []py.Object, kw []string) py.Object {
		pp := ppOf(a[0])
		pp.pipe, _ = a[1].(*pipeTransport)
		return py.None
	})
	def(pt, "connection_lost", func(a []py.Object, kw []string) py.Object {
		pp := ppOf(a[0])
		pp.disconnected = true
		if s := pp.proc; s != nil {
			s.call("pipe_connection_lost", py.Int(pp.fd), a[1])
			s.tryFinish()
		}
		pp.proc = nil
		return py.None
	})
	def(pt, "data_received", func(a []py.Object, kw []string) py.Object {
		pp := ppOf(a[0])
		pp.proc.call("pipe_data_received", py.Int(pp.fd), a[1])
		return py.None
	})
	def(pt, "eof_received", func(a []py.Object, kw []string) py.Object { return py.None })
	def(pt, "pause_writing", func(a []py.Object, kw []string) py.Object {
		py.CallMethod(ppOf(a[0]).proc.protocol, "pause_writing")
		return py.None
	})
	def(pt, "resume_writing", func(a []py.Object, kw []string) py.Object {
		py.CallMethod(ppOf(a[0]).proc.protocol, "resume_writing")
		return py.None
	})
	def(LoopType, "subprocess_exec", func(a []py.Object, kw []string) py.Object {
		return subprocessProtocolCall(selfLoop(a[0]), "subprocess_exec", 1686, false, a[1:], kw)
	})
	def(LoopType, "subprocess_shell", func(a []py.Object, kw []string) py.Object {
		return subprocessProtocolCall(selfLoop(a[0]), "subprocess_shell", 1649, true, a[1:], kw)
	})
}
