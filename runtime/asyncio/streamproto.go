package asyncio

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// asyncio.streams on top of the selector transports, as in CPython:
// StreamReaderProtocol feeds a StreamReader from a transport and keeps
// the flow-control state StreamWriter.drain() waits on; open_connection
// and start_server are create_connection and create_server with it.

type streamProtocol struct {
	loop         *Loop
	reader       *StreamReader
	cb           py.Object
	transport    streamTransport
	overSSL      bool
	writer       *StreamWriter
	paused       bool
	drainWaiters []*Future
	connLost     bool
	closed       *Future
	// pyReader is the stream_reader given to the constructor (which
	// may be any object; reader is set when it is a StreamReader).
	pyReader py.Object
	// cls and dict are a program's subclass and its instance's __dict__.
	cls  *py.Type
	dict *py.Dict
}

var streamProtocolType *py.Type

func (p *streamProtocol) Type() *py.Type {
	if p.cls != nil {
		return p.cls
	}
	return streamProtocolType
}

func (p *streamProtocol) InstanceDict() *py.Dict { return p.dict }

// init is StreamReaderProtocol.__init__(stream_reader,
// client_connected_cb=None, loop=None).
func (sp *streamProtocol) init(args []py.Object, kw []string) {
	p := parse("StreamReaderProtocol", args, kw, []string{"stream_reader", "client_connected_cb", "loop"}, 1)
	var l *Loop
	if p[2] != nil && !isNone(p[2]) {
		l = asLoop(p[2])
	} else if gl, ok := GetEventLoop().(*Loop); ok {
		l = gl
	}
	r, _ := p[0].(*StreamReader)
	cb := p[1]
	if isNone(cb) {
		cb = nil
	}
	sp.loop, sp.reader, sp.cb, sp.pyReader = l, r, cb, p[0]
	sp.closed = NewFuture(l)
}

func newStreamProtocol(l *Loop, r *StreamReader, cb py.Object) *streamProtocol {
	return &streamProtocol{loop: l, reader: r, cb: cb, closed: NewFuture(l)}
}

func (p *streamProtocol) connectionMade(tr py.Object) {
	t, ok := tr.(streamTransport)
	if !ok {
		// Another transport (a pipe's): the reader is fed and knows
		// its transport; writers need a selector or SSL transport.
		if p.cb != nil {
			typeError("StreamReaderProtocol needs a selector or SSL transport, got %s", py.Repr(tr))
		}
		if r := p.reader; r != nil {
			r.pyTransport = tr
		}
		return
	}
	p.transport = t
	p.overSSL = !isNone(t.extraInfo(py.Str("sslcontext"), py.None))
	if r := p.reader; r != nil {
		if r.transport != nil {
			raise(py.AssertionErrorType, "")
		}
		r.transport = t
	}
	if p.cb != nil {
		p.writer = newTransportWriter(p.loop, t, p, p.reader)
		res := py.Call(p.cb, p.reader, p.writer)
		if IsCoroutine(res) {
			task := p.loop.CreateTask(res, py.None, nil)
			f, _ := asFuture(task)
			f.addCallback(&doneCallback{cbHead: cbHead{name: &cbStreamConnMade}, fn: func(py.Object) {
				if f.Cancelled() {
					py.Raise(f.makeCancelledError())
				}
				if f.exc() != nil {
					f.clearLogTraceback()
					ctx := py.NewDict()
					ctx.SetStr("message", py.Str("Unhandled exception in client_connected_cb"))
					ctx.SetStr("exception", f.exc())
					ctx.SetStr("transport", t)
					p.loop.callExceptionHandler(ctx)
					t.Close()
				}
			}})
		}
	}
}

func (p *streamProtocol) connectionLost(exc py.Object) {
	e, _ := exc.(*py.BaseException)
	if r := p.reader; r != nil {
		if e == nil {
			r.FeedEOF()
		} else {
			r.setException(e)
		}
	}
	if !p.closed.Done() {
		if e == nil {
			p.closed.SetResult(py.None)
		} else {
			p.closed.setException(e)
			// __del__ retrieves it.
			p.closed.clearLogTraceback()
		}
	}
	p.connLost = true
	if p.paused {
		for _, w := range p.drainWaiters {
			if !w.Done() {
				if e == nil {
					w.SetResult(py.None)
				} else {
					w.setException(e)
				}
			}
		}
	}
	p.reader, p.writer, p.transport = nil, nil, nil
}

func (p *streamProtocol) drainHelper() {
	if p.connLost {
		panic(py.NewError(py.ConnectionResetErrorType, "Connection lost"))
	}
	if !p.paused {
		return
	}
	w := NewFuture(p.loop)
	p.drainWaiters = append(p.drainWaiters, w)
	defer func() {
		for i, x := range p.drainWaiters {
			if x == w {
				p.drainWaiters = append(p.drainWaiters[:i], p.drainWaiters[i+1:]...)
				break
			}
		}
	}()
	w.AwaitDirect()
}

func newTransportWriter(l *Loop, t streamTransport, p *streamProtocol, r *StreamReader) *StreamWriter {
	return &StreamWriter{loop: l, tr: t, proto: p, reader: r}
}

// getLimit reads the limit= keyword of open_connection/start_server and
// removes it from the arguments passed on.
func splitLimit(a []py.Object, kw []string) ([]py.Object, []string, int) {
	limit := streamLimit
	npos := len(a) - len(kw)
	for i, k := range kw {
		if k == "limit" {
			limit = py.Index(a[npos+i])
			na := append(append([]py.Object(nil), a[:npos+i]...), a[npos+i+1:]...)
			nk := append(append([]string(nil), kw[:i]...), kw[i+1:]...)
			return na, nk, limit
		}
	}
	return a, kw, limit
}

func newReader(l *Loop, limit int) *StreamReader {
	if limit <= 0 {
		valueError("Limit cannot be <= 0")
	}
	return &StreamReader{loop: l, limit: limit}
}

func startServerFn(a []py.Object, kw []string) py.Object {
	a, kw, limit := splitLimit(a, kw)
	if len(a)-len(kw) < 1 {
		found := false
		for _, k := range kw {
			found = found || k == "client_connected_cb"
		}
		if !found {
			typeError("start_server() missing 1 required positional argument: 'client_connected_cb'")
		}
	}
	return py.NewCoroutine(goCode("start_server", "streams.py", 55), func() py.Object {
		l := GetRunningLoop()
		// client_connected_cb given by keyword becomes the first argument.
		npos := len(a) - len(kw)
		args, kws := a, kw
		if npos == 0 {
			for i, k := range kw {
				if k == "client_connected_cb" {
					args = append([]py.Object{a[i]}, append(append([]py.Object(nil), a[:i]...), a[i+1:]...)...)
					kws = append(append([]string(nil), kw[:i]...), kw[i+1:]...)
					break
				}
			}
		}
		cb := args[0]
		factory := py.NewBuiltin("factory", func([]py.Object, []string) py.Object {
			return newStreamProtocol(l, newReader(l, limit), cb)
		})
		rest := append([]py.Object{factory}, args[1:]...)
		return py.Await(createServer(l, rest, kws))
	})
}

func openConnectionFn(a []py.Object, kw []string) py.Object {
	a, kw, limit := splitLimit(a, kw)
	return py.NewCoroutine(goCode("open_connection", "streams.py", 25), func() py.Object {
		l := GetRunningLoop()
		r := newReader(l, limit)
		p := newStreamProtocol(l, r, nil)
		factory := py.NewBuiltin("<lambda>", func([]py.Object, []string) py.Object { return p })
		res := py.Await(createConnection(l, append([]py.Object{factory}, a...), kw)).(*py.Tuple)
		t := res.Items[0].(streamTransport)
		w := newTransportWriter(l, t, p, r)
		return py.NewTuple(r, w)
	})
}

func setupStreamproto() {
	t := streamProtocolType
	// FlowControlMixin's methods are the Go object's own (below).
	t.Bases = []*py.Type{flowControlMixinType}
	t.MRO = append([]*py.Type{t}, flowControlMixinType.MRO...)
	pOf := func(o py.Object) *streamProtocol { return o.(*streamProtocol) }
	// StreamReaderProtocol(stream_reader, client_connected_cb=None,
	// loop=None), for programs that make one or subclass it.
	t.SetAllocator(func(c *py.Type) py.Object {
		if c == streamProtocolType {
			return &streamProtocol{}
		}
		return &streamProtocol{cls: c, dict: py.NewDict()}
	})
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		pOf(a[0]).init(a[1:], kw)
		return py.None
	})
	getter(t, "_paused", func(o py.Object) py.Object { return py.NewBool(pOf(o).paused) })
	getter(t, "_connection_lost", func(o py.Object) py.Object { return py.NewBool(pOf(o).connLost) })
	getter(t, "_closed", func(o py.Object) py.Object { return pOf(o).closed })
	getter(t, "_transport", func(o py.Object) py.Object {
		if tr := pOf(o).transport; tr != nil {
			return tr
		}
		return py.None
	})
	getter(t, "_stream_writer", func(o py.Object) py.Object {
		if w := pOf(o).writer; w != nil {
			return w
		}
		return py.None
	})
	getter(t, "_client_connected_cb", func(o py.Object) py.Object { return orNone(pOf(o).cb) })
	getter(t, "_over_ssl", func(o py.Object) py.Object { return py.NewBool(pOf(o).overSSL) })
	def(t, "_drain_helper", func(a []py.Object, kw []string) py.Object {
		p := pOf(a[0])
		return py.NewCoroutine(goCode("_drain_helper", "streams.py", 170), func() py.Object {
			p.drainHelper()
			return py.None
		})
	})
	def(t, "_get_close_waiter", func(a []py.Object, kw []string) py.Object {
		parse("_get_close_waiter", a[1:], kw, []string{"stream"}, 1)
		return pOf(a[0]).closed
	})
	getter(t, "_loop", func(o py.Object) py.Object {
		if l := pOf(o).loop; l != nil {
			return l
		}
		return py.None
	})
	getter(t, "_stream_reader", func(o py.Object) py.Object {
		if r := pOf(o).reader; r != nil {
			return r
		}
		return orNone(pOf(o).pyReader)
	})
	def(t, "connection_made", func(a []py.Object, kw []string) py.Object {
		pOf(a[0]).connectionMade(a[1])
		return py.None
	})
	def(t, "connection_lost", func(a []py.Object, kw []string) py.Object {
		pOf(a[0]).connectionLost(a[1])
		return py.None
	})
	def(t, "data_received", func(a []py.Object, kw []string) py.Object {
		if r := pOf(a[0]).reader; r != nil {
			r.feedObj(a[1])
		}
		return py.None
	})
	def(t, "eof_received", func(a []py.Object, kw []string) py.Object {
		if r := pOf(a[0]).reader; r != nil {
			r.FeedEOF()
		}
		// Returning true over TLS would only make SSLProtocol warn.
		return py.NewBool(!pOf(a[0]).overSSL)
	})
	def(t, "pause_writing", func(a []py.Object, kw []string) py.Object {
		pOf(a[0]).paused = true
		return py.None
	})
	def(t, "resume_writing", func(a []py.Object, kw []string) py.Object {
		p := pOf(a[0])
		p.paused = false
		for _, w := range p.drainWaiters {
			if !w.Done() {
				w.SetResult(py.None)
			}
		}
		return py.None
	})
}

// streamTransport is what streams need of a transport: the selector
// socket transport or the TLS transport over one.
type streamTransport interface {
	py.Object
	Write(py.Object)
	Close()
	isClosing() bool
	writeEOF()
	canWriteEOF() bool
	extraInfo(name, def py.Object) py.Object
	pauseReading()
	resumeReading()
	String() string
}

func (t *sockTransport) isClosing() bool   { return t.closing }
func (t *sockTransport) canWriteEOF() bool { return true }
func (t *sockTransport) extraInfo(name, def py.Object) py.Object {
	if v, ok := t.extra.Get(name); ok {
		return v
	}
	return def
}

func (t *sslAppTransport) isClosing() bool   { return t.closed }
func (t *sslAppTransport) canWriteEOF() bool { return false }
func (t *sslAppTransport) writeEOF()         { raiseNoArg(py.NotImplementedErrorType) }
func (t *sslAppTransport) extraInfo(name, def py.Object) py.Object {
	return t.p.getExtraInfo(name, def)
}
func (t *sslAppTransport) pauseReading()  { t.p.pauseReading() }
func (t *sslAppTransport) resumeReading() { t.p.resumeReading() }
func (t *sslAppTransport) String() string {
	return fmt.Sprintf("<asyncio.sslproto._SSLProtocolTransport object at %p>", t)
}
