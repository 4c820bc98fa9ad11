package asyncio

import (
	"fmt"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// unix_events' pipe transports (_UnixReadPipeTransport and
// _UnixWritePipeTransport) on the loop's selector: loop.connect_read_pipe,
// loop.connect_write_pipe, and the pipes of loop.subprocess_exec.

type pipeTransport struct {
	loop           *Loop
	fd             int
	pipe           py.Object // the pipe object given (closed with the transport), or nil
	write          bool
	protocol       py.Object
	extra          *py.Dict
	closing        bool
	closed         bool
	paused         bool
	connLost       int
	buf            []byte
	protocolPaused bool
	high, low      int
}

var (
	readPipeTransportType  *py.Type
	writePipeTransportType *py.Type
)

func (t *pipeTransport) Type() *py.Type {
	if t.write {
		return writePipeTransportType
	}
	return readPipeTransportType
}

func (t *pipeTransport) String() string {
	info := []string{t.Type().Name}
	if t.closed {
		info = append(info, "closed")
	} else if t.closing {
		info = append(info, "closing")
	}
	info = append(info, fmt.Sprintf("fd=%d", t.fd))
	if !t.closed && t.loop != nil && !t.loop.closed {
		if t.write {
			state := "idle"
			if t.loop.polling(t.fd, epollOut) {
				state = "polling"
			}
			info = append(info, state, fmt.Sprintf("bufsize=%d", len(t.buf)))
		} else if t.loop.polling(t.fd, epollIn) {
			info = append(info, "polling")
		} else {
			info = append(info, "idle")
		}
	} else if !t.closed {
		info = append(info, "open") // the loop closed (no selector), the pipe not
	} else {
		info = append(info, "closed")
	}
	return "<" + strings.Join(info, " ") + ">"
}

func newPipeTransport(l *Loop, fd int, pipe py.Object, protocol py.Object, write bool, waiter *Future) *pipeTransport {
	t := &pipeTransport{loop: l, fd: fd, pipe: pipe, write: write, protocol: protocol, extra: py.NewDict(), high: 64 * 1024, low: 16 * 1024}
	if pipe != nil {
		t.extra.SetStr("pipe", pipe)
	} else {
		t.extra.SetStr("pipe", py.None)
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		panic(py.NewOSError(err, ""))
	}
	mode := st.Mode & syscall.S_IFMT
	if write {
		if mode != syscall.S_IFIFO && mode != syscall.S_IFSOCK && mode != syscall.S_IFCHR {
			valueError("Pipe transport is only for pipes, sockets and character devices")
		}
	} else if mode != syscall.S_IFIFO && mode != syscall.S_IFSOCK && mode != syscall.S_IFCHR {
		valueError("Pipe transport is for pipes/sockets only.")
	}
	syscall.SetNonblock(fd, true)
	l.callSoonPy(py.GetAttr(protocol, "connection_made"), []py.Object{t}, nil)
	if !write {
		l.callSoonNamed("_add_reader()", func() { t.addReader() }, nil)
	} else if mode == syscall.S_IFIFO || mode == syscall.S_IFSOCK {
		// The reader trick: the read end closing is an event on the
		// write end.
		l.callSoonNamed("_add_reader()", func() {
			l.addReader(fd, &Handle{name: t.Type().Name + "._read_ready()", fn: t.readReady, ctx: py.Current().Context.Copy()})
		}, nil)
	}
	if waiter != nil {
		l.callSoonNamed("_set_result_unless_cancelled()", func() {
			if !waiter.Done() {
				waiter.SetResult(py.None)
			}
		}, nil)
	}
	return t
}

func (t *pipeTransport) addReader() {
	if t.closing || t.paused {
		return
	}
	t.loop.addReader(t.fd, &Handle{name: t.Type().Name + "._read_ready()", fn: t.readReady, ctx: py.Current().Context.Copy()})
}

func (t *pipeTransport) readReady() {
	if t.write {
		if len(t.buf) > 0 {
			t.close(py.NewError(py.BrokenPipeErrorType, ""))
		} else {
			t.close(nil)
		}
		return
	}
	n, err := syscall.Read(t.fd, recvScratch[:])
	if err != nil {
		if isWouldBlock(err) {
			return
		}
		t.fatalError(py.NewOSError(err, ""), "Fatal read error on pipe transport")
		return
	}
	if n > 0 {
		py.CallMethod(t.protocol, "data_received", py.Bytes(recvScratch[:n]))
		return
	}
	t.closing = true
	t.loop.removeReader(t.fd)
	t.loop.callSoonPy(py.GetAttr(t.protocol, "eof_received"), nil, nil)
	t.loop.callSoonNamed(t.Type().Name+"._call_connection_lost()", func() { t.callConnectionLost(py.None) }, nil)
}

func (t *pipeTransport) fatalError(e *py.BaseException, msg string) {
	if !isOSError(e) {
		ctx := py.NewDict()
		ctx.SetStr("message", py.Str(msg))
		ctx.SetStr("exception", e)
		ctx.SetStr("transport", t)
		ctx.SetStr("protocol", orNone(t.protocol))
		t.loop.callExceptionHandler(ctx)
	}
	t.close(e)
}

// close is _close(exc).
func (t *pipeTransport) close(e *py.BaseException) {
	t.closing = true
	if len(t.buf) > 0 {
		t.loop.removeWriter(t.fd)
		t.buf = nil
	}
	t.loop.removeReader(t.fd)
	var arg py.Object = py.None
	if e != nil {
		arg = e
	}
	t.loop.callSoonNamed(t.Type().Name+"._call_connection_lost()", func() { t.callConnectionLost(arg) }, nil)
}

func (t *pipeTransport) callConnectionLost(exc py.Object) {
	defer func() {
		if t.closed {
			return
		}
		t.closed = true
		if t.pipe != nil {
			py.CallMethod(t.pipe, "close")
		} else {
			syscall.Close(t.fd)
		}
		t.protocol = nil
	}()
	py.CallMethod(t.protocol, "connection_lost", exc)
}

func (t *pipeTransport) Write(o py.Object) {
	data := dataArg(o)
	if len(data) == 0 {
		return
	}
	if t.connLost > 0 || t.closing {
		if t.connLost >= 5 {
			logWarning("pipe closed by peer or os.write(pipe, data) raised exception.")
		}
		t.connLost++
		return
	}
	if len(t.buf) == 0 {
		n, err := syscall.Write(t.fd, data)
		if err != nil && err != syscall.EAGAIN {
			t.connLost++
			t.fatalError(py.NewOSError(err, ""), "Fatal write error on pipe transport")
			return
		}
		if n < 0 {
			n = 0
		}
		if n == len(data) {
			return
		}
		data = data[n:]
		t.loop.addWriter(t.fd, &Handle{name: t.Type().Name + "._write_ready()", fn: t.writeReady, ctx: py.Current().Context.Copy()})
	}
	t.buf = append(t.buf, data...)
	t.maybePause()
}

func (t *pipeTransport) writeReady() {
	n, err := syscall.Write(t.fd, t.buf)
	if err != nil {
		if err == syscall.EAGAIN {
			return
		}
		t.buf = nil
		t.connLost++
		t.loop.removeWriter(t.fd)
		t.fatalError(py.NewOSError(err, ""), "Fatal write error on pipe transport")
		return
	}
	if n == len(t.buf) {
		t.buf = nil
		t.loop.removeWriter(t.fd)
		t.maybeResume()
		if t.closing {
			t.loop.removeReader(t.fd)
			t.callConnectionLost(py.None)
		}
		return
	}
	if n > 0 {
		t.buf = t.buf[n:]
	}
}

func (t *pipeTransport) maybePause() {
	if len(t.buf) <= t.high || t.protocolPaused {
		return
	}
	t.protocolPaused = true
	if e := protoCall(func() { py.CallMethod(t.protocol, "pause_writing") }); e != nil {
		ctx := py.NewDict()
		ctx.SetStr("message", py.Str("protocol.pause_writing() failed"))
		ctx.SetStr("exception", e)
		ctx.SetStr("transport", t)
		ctx.SetStr("protocol", t.protocol)
		t.loop.callExceptionHandler(ctx)
	}
}

func (t *pipeTransport) maybeResume() {
	if t.protocolPaused && len(t.buf) <= t.low {
		t.protocolPaused = false
		if e := protoCall(func() { py.CallMethod(t.protocol, "resume_writing") }); e != nil {
			ctx := py.NewDict()
			ctx.SetStr("message", py.Str("protocol.resume_writing() failed"))
			ctx.SetStr("exception", e)
			ctx.SetStr("transport", t)
			ctx.SetStr("protocol", t.protocol)
			t.loop.callExceptionHandler(ctx)
		}
	}
}

func (t *pipeTransport) writeEOF() {
	if t.closing {
		return
	}
	t.closing = true
	if len(t.buf) == 0 {
		t.loop.removeReader(t.fd)
		t.loop.callSoonNamed(t.Type().Name+"._call_connection_lost()", func() { t.callConnectionLost(py.None) }, nil)
	}
}

func pipeOf(o py.Object) *pipeTransport {
	t, ok := o.(*pipeTransport)
	if !ok {
		typeError("descriptor requires a pipe transport, not '%s'", o.Type().Name)
	}
	return t
}

// connectPipe is connect_read_pipe / connect_write_pipe.
func connectPipe(l *Loop, name string, line int, write bool, a []py.Object, kw []string) py.Object {
	p := parse(name, a, kw, []string{"protocol_factory", "pipe"}, 2)
	return py.NewCoroutine(goCode(name, "unix_events.py", line), func() py.Object {
		fd := fileobjToFd(p[1])
		protocol := py.Call(p[0])
		waiter := NewFuture(l)
		t := newPipeTransport(l, fd, p[1], protocol, write, waiter)
		if e := catch(func() { waiter.AwaitDirect() }); e != nil {
			if write {
				t.close(nil)
			} else {
				t.close(nil)
			}
			panic(e)
		}
		return py.NewTuple(t, protocol)
	})
}

func setupPipes() {
	for _, tt := range []*py.Type{readPipeTransportType, writePipeTransportType} {
		tt.SetNoNew()
		base := ReadTransportType
		if tt == writePipeTransportType {
			base = WriteTransportType
		}
		tt.Bases = []*py.Type{base}
		tt.MRO = append([]*py.Type{tt}, base.MRO...)
		reprMethod(tt)
		def(tt, "get_extra_info", func(a []py.Object, kw []string) py.Object {
			p := parse("get_extra_info", a[1:], kw, []string{"name", "default"}, 1)
			if v, ok := pipeOf(a[0]).extra.Get(p[0]); ok {
				return v
			}
			return orNone(p[1])
		})
		def(tt, "is_closing", func(a []py.Object, kw []string) py.Object { return py.NewBool(pipeOf(a[0]).closing) })
		def(tt, "get_protocol", func(a []py.Object, kw []string) py.Object { return orNone(pipeOf(a[0]).protocol) })
		def(tt, "set_protocol", func(a []py.Object, kw []string) py.Object { pipeOf(a[0]).protocol = a[1]; return py.None })
		def(tt, "abort", func(a []py.Object, kw []string) py.Object { pipeOf(a[0]).close(nil); return py.None })
	}
	r := readPipeTransportType
	def(r, "close", func(a []py.Object, kw []string) py.Object {
		if t := pipeOf(a[0]); !t.closing {
			t.close(nil)
		}
		return py.None
	})
	def(r, "is_reading", func(a []py.Object, kw []string) py.Object {
		t := pipeOf(a[0])
		return py.NewBool(!t.paused && !t.closing)
	})
	def(r, "pause_reading", func(a []py.Object, kw []string) py.Object {
		t := pipeOf(a[0])
		if t.closing || t.paused {
			return py.None
		}
		t.paused = true
		t.loop.removeReader(t.fd)
		return py.None
	})
	def(r, "resume_reading", func(a []py.Object, kw []string) py.Object {
		t := pipeOf(a[0])
		if t.closing || !t.paused {
			return py.None
		}
		t.paused = false
		t.addReader()
		return py.None
	})
	w := writePipeTransportType
	def(w, "write", func(a []py.Object, kw []string) py.Object {
		p := parse("write", a[1:], kw, []string{"data"}, 1)
		pipeOf(a[0]).Write(p[0])
		return py.None
	})
	def(w, "write_eof", func(a []py.Object, kw []string) py.Object { pipeOf(a[0]).writeEOF(); return py.None })
	def(w, "can_write_eof", func(a []py.Object, kw []string) py.Object { return py.True })
	def(w, "close", func(a []py.Object, kw []string) py.Object {
		if t := pipeOf(a[0]); !t.closing {
			t.writeEOF()
		}
		return py.None
	})
	def(w, "get_write_buffer_size", func(a []py.Object, kw []string) py.Object { return py.Int(len(pipeOf(a[0]).buf)) })
	def(w, "get_write_buffer_limits", func(a []py.Object, kw []string) py.Object {
		t := pipeOf(a[0])
		return py.NewTuple(py.Int(t.low), py.Int(t.high))
	})
	def(LoopType, "connect_read_pipe", func(a []py.Object, kw []string) py.Object {
		return connectPipe(selfLoop(a[0]), "connect_read_pipe", 1539, false, a[1:], kw)
	})
	def(LoopType, "connect_write_pipe", func(a []py.Object, kw []string) py.Object {
		return connectPipe(selfLoop(a[0]), "connect_write_pipe", 1549, true, a[1:], kw)
	})
}
