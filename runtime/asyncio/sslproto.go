package asyncio

import (
	"errors"
	"io"
	"net"
	"sync"
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// TLS over a transport: asyncio.sslproto's SSLProtocol and
// _SSLProtocolTransport, with Go's crypto/tls as the TLS engine.
//
// CPython drives an SSLObject over two memory BIOs from the loop: bytes
// the transport received go into the incoming BIO, the object is stepped
// (do_handshake, read, write, unwrap) and whatever it produced in the
// outgoing BIO is written to the transport, all inside the callback that
// brought the bytes. crypto/tls has no stepping interface, so a
// goroutine runs the tls.Conn over an in-memory connection (tlsEngine),
// and the loop, after feeding it, waits until it has consumed everything
// and blocks for more: the results (handshake done, data, close_notify,
// errors) are then handled in that same callback, in CPython's order.
// The goroutine never touches Python objects or the GIL.
//
// The ssl module's Go package (and with it crypto/tls, whose package
// initialisation costs every start ~1.7 ms and ~50 page faults) is not
// imported: an SSLContext is used through tlsContext, and the module is
// imported by a name the runtime's link set does not read (importSSL). A
// program links ssl when it can import it: its modules import ssl, or
// name asyncio.sslproto or an asyncio function taking an ssl argument
// (internal/resolve's implicitImports and attrImports).

// tlsContext is an ssl.SSLContext (runtime/stdlib/ssl's Context) as the
// TLS transports use it.
type tlsContext interface {
	// WrapAsyncio checks the context for a connection on that side and
	// returns a TLS connection over conn (a *tls.Conn) and its SSLObject.
	WrapAsyncio(conn net.Conn, serverSide bool, hostname py.Object) (net.Conn, py.Object)
	// TLSError is the SSLError for an error of that connection.
	TLSError(err error) *py.BaseException
}

// tlsConn is the connection WrapAsyncio returns.
type tlsConn interface {
	net.Conn
	Handshake() error
	CloseWrite() error
}

// sslObject is the SSLObject WrapAsyncio returns.
type sslObject interface {
	py.Object
	SetHandshakeDone()
}

// sslModuleName is not a literal argument of py.Import (see above).
const sslModuleName = "ssl"

// importSSL imports the ssl module.
func importSSL() py.Object { return py.Import(sslModuleName) }

const (
	sslUnwrapped = iota
	sslDoHandshake
	sslWrapped
	sslFlushing
	sslShutdown
)

const (
	appInit = iota
	appConMade
	appEOF
	appConLost
)

const (
	sslHandshakeTimeout = 60.0
	sslShutdownTimeout  = 30.0
	sslReadHighWater    = 256 * 1024
	sslWriteHighWater   = 512 * 1024
)

type tlsResult struct {
	handshake bool // the handshake finished (err says how)
	data      []byte
	err       error // a read error; io.EOF is close_notify
}

// tlsEngine is the net.Conn the tls.Conn runs over, and the rendezvous
// between the loop and the goroutine driving it.
type tlsEngine struct {
	mu      sync.Mutex
	cond    *sync.Cond
	in      []byte
	inEOF   bool
	closed  bool
	out     []byte
	waiting bool
	exited  bool
	results []tlsResult
}

func newTLSEngine() *tlsEngine {
	e := &tlsEngine{}
	e.cond = sync.NewCond(&e.mu)
	return e
}

func (e *tlsEngine) Read(p []byte) (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for len(e.in) == 0 && !e.inEOF && !e.closed {
		e.waiting = true
		e.cond.Broadcast()
		e.cond.Wait()
	}
	e.waiting = false
	if e.closed {
		return 0, net.ErrClosed
	}
	if len(e.in) == 0 {
		return 0, io.EOF
	}
	n := copy(p, e.in)
	e.in = e.in[n:]
	if len(e.in) == 0 {
		e.in = nil
	}
	return n, nil
}

func (e *tlsEngine) Write(p []byte) (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return 0, net.ErrClosed
	}
	e.out = append(e.out, p...)
	return len(p), nil
}

func (e *tlsEngine) Close() error                       { return nil }
func (e *tlsEngine) LocalAddr() net.Addr                { return engineAddr{} }
func (e *tlsEngine) RemoteAddr() net.Addr               { return engineAddr{} }
func (e *tlsEngine) SetDeadline(t time.Time) error      { return nil }
func (e *tlsEngine) SetReadDeadline(t time.Time) error  { return nil }
func (e *tlsEngine) SetWriteDeadline(t time.Time) error { return nil }

type engineAddr struct{}

func (engineAddr) Network() string { return "asyncio" }
func (engineAddr) String() string  { return "transport" }

func (e *tlsEngine) push(r tlsResult) {
	e.mu.Lock()
	e.results = append(e.results, r)
	e.mu.Unlock()
}

// run drives the connection: the handshake, then reads until an error.
func (e *tlsEngine) run(conn tlsConn) {
	defer func() {
		e.mu.Lock()
		e.exited = true
		e.cond.Broadcast()
		e.mu.Unlock()
	}()
	err := conn.Handshake()
	e.push(tlsResult{handshake: true, err: err})
	if err != nil {
		return
	}
	buf := make([]byte, 64*1024)
	for {
		n, err := conn.Read(buf)
		if n > 0 {
			e.push(tlsResult{data: append([]byte(nil), buf[:n]...)})
		}
		if err != nil {
			e.push(tlsResult{err: err})
			return
		}
	}
}

// feed hands the goroutine bytes from the transport (eof: the transport
// reached its end) and waits until it has consumed them.
func (e *tlsEngine) feed(b []byte, eof bool) {
	e.mu.Lock()
	e.in = append(e.in, b...)
	if eof {
		e.inEOF = true
	}
	// The goroutine has something new to look at: it is not waiting
	// until it says so again.
	e.waiting = false
	e.cond.Broadcast()
	e.mu.Unlock()
}

// settle waits for the goroutine to need input (or to end) and returns
// what it produced.
func (e *tlsEngine) settle() ([]tlsResult, []byte) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for !e.exited && !(e.waiting && len(e.in) == 0) {
		e.cond.Wait()
	}
	rs, out := e.results, e.out
	e.results, e.out = nil, nil
	return rs, out
}

func (e *tlsEngine) takeOut() []byte {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := e.out
	e.out = nil
	return out
}

func (e *tlsEngine) close() {
	e.mu.Lock()
	e.closed = true
	e.waiting = false
	e.cond.Broadcast()
	e.mu.Unlock()
}

// sslProto is asyncio.sslproto.SSLProtocol.
type sslProto struct {
	loop            *Loop
	app             py.Object
	appBuffered     bool
	ctx             tlsContext
	serverSide      bool
	hostname        py.Object
	waiter          *Future
	hsTimeout       float64
	hsTimeoutStr    string
	shTimeout       float64
	transport       sslLower
	appTr           *sslAppTransport
	state           int
	appState        int
	extra           *py.Dict
	engine          *tlsEngine
	conn            tlsConn
	obj             sslObject
	hsHandle        *Handle
	shHandle        *Handle
	connLost        int
	eofReceived     bool
	peerClosed      bool
	closeNotifySent bool

	appReadingPaused bool
	held             [][]byte // decrypted data kept while the app's reading is paused
	heldSize         int
	heldEOF          bool
	sslReadingPaused bool

	sslWritingPaused bool
	outHeld          []byte
	backlog          [][]byte
	appWritingPaused bool
	outHigh, outLow  int
	inHigh, inLow    int
}

var sslProtocolType *py.Type

func (*sslProto) Type() *py.Type { return sslProtocolType }

func timeoutArg(o py.Object, def float64, name string) (float64, string) {
	if isNone(o) {
		return def, py.StrOf(py.Float(def))
	}
	if py.CompareBool(o, py.Int(0), py.OpLe) {
		valueError("%s should be a positive number, got %s", name, py.StrOf(o))
	}
	return toFloat(o), py.StrOf(o)
}

// newSSLProto is SSLProtocol(loop, app_protocol, sslcontext, waiter,
// server_side, server_hostname, ...); sslctx None means ssl=True.
func newSSLProto(l *Loop, app py.Object, sslctx py.Object, waiter *Future, serverSide bool, hostname py.Object,
	callConnMade bool, hsTimeout, shTimeout py.Object) *sslProto {
	p := &sslProto{loop: l, waiter: waiter, serverSide: serverSide}
	p.hsTimeout, p.hsTimeoutStr = timeoutArg(hsTimeout, sslHandshakeTimeout, "ssl_handshake_timeout")
	p.shTimeout, _ = timeoutArg(shTimeout, sslShutdownTimeout, "ssl_shutdown_timeout")
	var ctx tlsContext
	if isNone(sslctx) || !py.Truth(sslctx) {
		if serverSide {
			valueError("Server side SSL needs a valid SSLContext")
		}
		// _create_transport_context: ssl.create_default_context looked
		// up on the module when called (tests replace it).
		sslctx = py.Call(py.GetAttr(importSSL(), "create_default_context"))
		if ctx, _ = sslctx.(tlsContext); ctx == nil {
			typeError("ssl argument must be an SSLContext or None")
		}
		if !py.Truth(orNone(hostname)) {
			py.SetAttr(sslctx, "check_hostname", py.False)
		}
	} else if ctx, _ = sslctx.(tlsContext); ctx == nil {
		typeError("ssl argument must be an SSLContext or None")
	}
	p.ctx = ctx
	p.hostname = py.None
	if py.Truth(orNone(hostname)) && !serverSide {
		p.hostname = hostname
	}
	p.extra = py.NewDict()
	p.extra.SetStr("sslcontext", sslctx)
	p.setAppProtocol(app)
	p.state = sslUnwrapped
	if callConnMade {
		p.appState = appInit
	} else {
		p.appState = appConMade
	}
	p.engine = newTLSEngine()
	conn, obj := ctx.WrapAsyncio(p.engine, serverSide, p.hostname)
	p.conn, p.obj = conn.(tlsConn), obj.(sslObject)
	p.inHigh, p.inLow = sslReadHighWater, sslReadHighWater/4
	p.outHigh, p.outLow = sslWriteHighWater, sslWriteHighWater/4
	p.appTr = &sslAppTransport{p: p}
	return p
}

func (p *sslProto) setAppProtocol(app py.Object) {
	p.app = app
	p.appBuffered = py.IsInstance(app, BufferedProtocolType)
}

func (p *sslProto) wakeupWaiter(exc *py.BaseException) {
	w := p.waiter
	if w == nil {
		return
	}
	if !w.Cancelled() {
		if exc != nil {
			w.setException(exc)
		} else {
			w.SetResult(py.None)
		}
	}
	p.waiter = nil
}

func (p *sslProto) connectionMade(tr py.Object) {
	t, ok := tr.(sslLower)
	if !ok {
		typeError("SSLProtocol needs a selector socket transport or a TLS one, got %s", py.Repr(tr))
	}
	p.transport = t
	// start the handshake
	p.state = sslDoHandshake
	p.hsHandle = p.loop.CallLater(p.hsTimeout, func() { p.checkHandshakeTimeout() }, nil)
	go p.engine.run(p.conn)
	p.step()
}

func (p *sslProto) checkHandshakeTimeout() {
	if p.state == sslDoHandshake {
		msg := "SSL handshake is taking longer than " + p.hsTimeoutStr + " seconds: aborting the connection"
		p.fatalError(py.NewError(py.ConnectionAbortedErrorType, msg), "Fatal error on transport")
	}
}

// step collects what the engine did with the input so far and acts on
// it: outgoing bytes to the transport, the handshake's end, data for the
// application, close_notify.
func (p *sslProto) step() {
	results, out := p.engine.settle()
	p.outHeld = append(p.outHeld, out...)
	var data [][]byte
	deliver := func() {
		if len(data) > 0 {
			p.deliver(data)
			data = nil
		}
	}
	for _, r := range results {
		switch {
		case r.handshake:
			p.processOutgoing()
			p.onHandshakeComplete(r.err)
		case r.err == nil:
			if p.state == sslWrapped || p.state == sslFlushing {
				data = append(data, r.data)
			}
		default:
			deliver()
			if p.state == sslUnwrapped {
				continue
			}
			if errors.Is(r.err, io.EOF) {
				p.peerClosed = true
				if p.state == sslWrapped || p.state == sslFlushing {
					if p.appReadingPaused {
						p.heldEOF = true
					} else {
						p.callEOFReceived()
						p.startShutdown()
					}
				} else if p.state == sslShutdown {
					p.doShutdown()
				}
			} else if !errors.Is(r.err, net.ErrClosed) {
				p.fatalError(p.tlsError(r.err), "Fatal error on SSL protocol")
			}
		}
	}
	deliver()
	if p.state == sslUnwrapped {
		return
	}
	// _do_read: a write backlog goes out after reading.
	if (p.state == sslWrapped || p.state == sslFlushing) && !p.appReadingPaused && len(p.backlog) > 0 {
		if e := catch(func() { p.doWrite() }); e != nil {
			p.fatalError(e, "Fatal error on SSL protocol")
		}
		return
	}
	p.processOutgoing()
}

func (p *sslProto) tlsError(err error) *py.BaseException {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return py.NewException(py.ConnectionResetErrorType)
	}
	return p.ctx.TLSError(err)
}

func (p *sslProto) onHandshakeComplete(err error) {
	if p.hsHandle != nil {
		p.hsHandle.Cancel()
		p.hsHandle = nil
	}
	var exc *py.BaseException
	if err != nil {
		exc = p.tlsError(err)
	}
	p.handshakeDone(exc)
}

func (p *sslProto) handshakeDone(exc *py.BaseException) {
	if p.hsHandle != nil {
		p.hsHandle.Cancel()
		p.hsHandle = nil
	}
	var peercert py.Object
	if exc == nil {
		p.state = sslWrapped
		p.obj.SetHandshakeDone()
		exc = catch(func() { peercert = py.CallMethod(p.obj, "getpeercert") })
	}
	if exc != nil {
		p.state = sslUnwrapped
		msg := "SSL handshake failed"
		if py.IsInstance(exc, py.GetAttr(importSSL(), "CertificateError")) {
			msg = "SSL handshake failed on verifying the certificate"
		}
		p.fatalError(exc, msg)
		p.wakeupWaiter(exc)
		return
	}
	p.extra.SetStr("peercert", peercert)
	p.extra.SetStr("cipher", py.CallMethod(p.obj, "cipher"))
	p.extra.SetStr("compression", py.None)
	p.extra.SetStr("ssl_object", p.obj)
	if p.appState == appInit {
		p.appState = appConMade
		py.CallMethod(p.app, "connection_made", p.appTr)
	}
	p.wakeupWaiter(nil)
	// _do_read: anything written before connection_made got here.
	if len(p.backlog) > 0 {
		p.doWrite()
	}
}

// deliver is _do_read's hand-over of decrypted data.
func (p *sslProto) deliver(chunks [][]byte) {
	if p.appReadingPaused || len(p.held) > 0 {
		for _, c := range chunks {
			p.held = append(p.held, c)
			p.heldSize += len(c)
		}
		p.controlSSLReading()
		return
	}
	var data []byte
	if len(chunks) == 1 {
		data = chunks[0]
	} else {
		for _, c := range chunks {
			data = append(data, c...)
		}
	}
	if e := protoCall(func() { p.feedApp(data) }); e != nil {
		p.fatalError(e, "Fatal error on SSL protocol")
	}
}

func (p *sslProto) feedApp(data []byte) {
	if !p.appBuffered {
		py.CallMethod(p.app, "data_received", py.Bytes(data))
		return
	}
	for len(data) > 0 {
		buf := py.CallMethod(p.app, "get_buffer", py.Int(len(data)))
		n := py.Len(buf)
		if n == 0 {
			runtimeError("get_buffer() returned an empty buffer")
		}
		n = min(n, len(data))
		py.SetItem(buf, py.NewSlice(py.Int(0), py.Int(n), py.None), py.Bytes(data[:n]))
		py.CallMethod(p.app, "buffer_updated", py.Int(n))
		data = data[n:]
	}
}

func (p *sslProto) controlSSLReading() {
	t := p.transport
	if t == nil {
		return
	}
	if p.heldSize >= p.inHigh && !p.sslReadingPaused {
		p.sslReadingPaused = true
		t.pauseReading()
	} else if p.heldSize <= p.inLow && p.sslReadingPaused {
		p.sslReadingPaused = false
		t.resumeReading()
	}
}

func (p *sslProto) callEOFReceived() {
	if p.appState != appConMade {
		return
	}
	p.appState = appEOF
	var keep py.Object
	if e := protoCall(func() { keep = py.CallMethod(p.app, "eof_received") }); e != nil {
		p.fatalError(e, "Error calling eof_received()")
		return
	}
	if py.Truth(keep) {
		logWarning("returning true from eof_received() has no effect when using ssl")
	}
}

func (p *sslProto) writeBufferSize() int {
	n := len(p.outHeld)
	for _, b := range p.backlog {
		n += len(b)
	}
	return n
}

// processOutgoing is _process_outgoing.
func (p *sslProto) processOutgoing() {
	p.outHeld = append(p.outHeld, p.engine.takeOut()...)
	if !p.sslWritingPaused && len(p.outHeld) > 0 && p.transport != nil {
		data := p.outHeld
		p.outHeld = nil
		p.transport.Write(py.Bytes(data))
	}
	p.controlAppWriting()
}

func (p *sslProto) controlAppWriting() {
	size := p.writeBufferSize()
	if size >= p.outHigh && !p.appWritingPaused {
		p.appWritingPaused = true
		if e := protoCall(func() { py.CallMethod(p.app, "pause_writing") }); e != nil {
			p.flowError("protocol.pause_writing() failed", e)
		}
	} else if size <= p.outLow && p.appWritingPaused {
		p.appWritingPaused = false
		if e := protoCall(func() { py.CallMethod(p.app, "resume_writing") }); e != nil {
			p.flowError("protocol.resume_writing() failed", e)
		}
	}
}

func (p *sslProto) flowError(msg string, e *py.BaseException) {
	ctx := py.NewDict()
	ctx.SetStr("message", py.Str(msg))
	ctx.SetStr("exception", e)
	ctx.SetStr("transport", p.appTr)
	ctx.SetStr("protocol", p)
	p.loop.callExceptionHandler(ctx)
}

// writeAppdata is _write_appdata.
func (p *sslProto) writeAppdata(list [][]byte) {
	if p.state == sslFlushing || p.state == sslShutdown || p.state == sslUnwrapped {
		if p.connLost >= 5 {
			logWarning("SSL connection is closed")
		}
		p.connLost++
		return
	}
	p.backlog = append(p.backlog, list...)
	if p.state == sslWrapped {
		if e := catch(func() { p.doWrite() }); e != nil {
			p.fatalError(e, "Fatal error on SSL protocol")
		}
	}
}

func (p *sslProto) doWrite() {
	for len(p.backlog) > 0 {
		if _, err := p.conn.Write(p.backlog[0]); err != nil {
			p.backlog = nil
			panic(p.tlsError(err))
		}
		p.backlog = p.backlog[1:]
	}
	p.backlog = nil
	p.processOutgoing()
}

// startShutdown is _start_shutdown.
func (p *sslProto) startShutdown() {
	if p.state == sslFlushing || p.state == sslShutdown || p.state == sslUnwrapped {
		return
	}
	p.appTr.closed = true
	if p.state == sslDoHandshake {
		p.abort(nil)
		return
	}
	p.state = sslFlushing
	p.shHandle = p.loop.CallLater(p.shTimeout, func() { p.checkShutdownTimeout() }, nil)
	p.doFlush()
}

func (p *sslProto) checkShutdownTimeout() {
	if (p.state == sslFlushing || p.state == sslShutdown) && p.transport != nil {
		p.transport.forceClose(py.NewError(py.TimeoutErrorType, "SSL shutdown timed out"))
	}
}

// doFlush is _do_flush: what was read goes to the application first.
func (p *sslProto) doFlush() {
	if len(p.held) > 0 && !p.appReadingPaused {
		p.releaseHeld()
	}
	// _do_read's _do_write: what is still in the write backlog goes
	// before close_notify.
	if !p.appReadingPaused && len(p.backlog) > 0 {
		if e := catch(func() { p.doWrite() }); e != nil {
			p.fatalError(e, "Fatal error on SSL protocol")
			return
		}
	}
	p.state = sslShutdown
	p.doShutdown()
}

// doShutdown is _do_shutdown: send close_notify, and finish once the
// peer's arrived (or the transport reached its end).
func (p *sslProto) doShutdown() {
	if !p.eofReceived {
		if !p.closeNotifySent {
			p.closeNotifySent = true
			if err := p.conn.CloseWrite(); err != nil {
				p.onShutdownComplete(p.tlsError(err))
				return
			}
		}
		if !p.peerClosed {
			p.processOutgoing()
			return
		}
	}
	p.processOutgoing()
	p.callEOFReceived()
	p.onShutdownComplete(nil)
}

func (p *sslProto) onShutdownComplete(exc *py.BaseException) {
	if p.shHandle != nil {
		p.shHandle.Cancel()
		p.shHandle = nil
	}
	if exc != nil {
		p.fatalError(exc, "Fatal error on transport")
		return
	}
	if t := p.transport; t != nil {
		p.loop.callSoonNamed("_SelectorSocketTransport.close()", func() { t.Close() }, nil)
	}
}

func (p *sslProto) abort(exc *py.BaseException) {
	p.state = sslUnwrapped
	if t := p.transport; t != nil {
		t.forceClose(exc)
	}
}

func (p *sslProto) fatalError(exc *py.BaseException, msg string) {
	if t := p.transport; t != nil {
		t.forceClose(exc)
	}
	if isOSError(exc) || isCancelled(exc) {
		return
	}
	ctx := py.NewDict()
	ctx.SetStr("message", py.Str(msg))
	ctx.SetStr("exception", exc)
	if p.transport != nil {
		ctx.SetStr("transport", p.transport)
	} else {
		ctx.SetStr("transport", py.None)
	}
	ctx.SetStr("protocol", p)
	p.loop.callExceptionHandler(ctx)
}

// dataReceived is buffer_updated: bytes from the transport.
func (p *sslProto) dataReceived(b []byte) {
	if p.state == sslUnwrapped {
		return
	}
	p.engine.feed(b, false)
	if p.state == sslFlushing {
		p.step()
		if p.state == sslFlushing {
			p.doFlush()
		}
		return
	}
	p.step()
}

// eofReceived is eof_received: the transport's end.
func (p *sslProto) eofReceived_() py.Object {
	p.eofReceived = true
	var keep py.Object = py.None
	e := catch(func() {
		switch p.state {
		case sslDoHandshake:
			p.handshakeDone(py.NewException(py.ConnectionResetErrorType))
		case sslWrapped:
			p.state = sslFlushing
			if p.appReadingPaused {
				keep = py.True
				return
			}
			p.doFlush()
		case sslFlushing:
			p.state = sslShutdown
			p.doShutdown()
		case sslShutdown:
			p.doShutdown()
		}
	})
	if e != nil {
		if p.transport != nil {
			p.transport.Close()
		}
		panic(e)
	}
	return keep
}

func (p *sslProto) connectionLost(exc py.Object) {
	p.backlog = nil
	p.outHeld = nil
	p.engine.close()
	p.connLost++
	if p.appTr != nil {
		p.appTr.closed = true
	}
	if p.state != sslDoHandshake && (p.appState == appConMade || p.appState == appEOF) {
		p.appState = appConLost
		p.loop.callSoonPy(py.GetAttr(p.app, "connection_lost"), []py.Object{exc}, nil)
	}
	p.state = sslUnwrapped
	p.transport = nil
	e, _ := exc.(*py.BaseException)
	p.wakeupWaiter(e)
	if p.shHandle != nil {
		p.shHandle.Cancel()
		p.shHandle = nil
	}
	if p.hsHandle != nil {
		p.hsHandle.Cancel()
		p.hsHandle = nil
	}
}

func (p *sslProto) pauseReading() { p.appReadingPaused = true }

func (p *sslProto) resumeReading() {
	if !p.appReadingPaused {
		return
	}
	p.appReadingPaused = false
	p.loop.callSoonNamed("SSLProtocol._resume_reading.<locals>.resume()", func() {
		switch p.state {
		case sslWrapped:
			p.releaseHeld()
		case sslFlushing:
			p.doFlush()
		case sslShutdown:
			p.releaseHeld()
			p.doShutdown()
		}
	}, nil)
}

func (p *sslProto) releaseHeld() {
	if len(p.held) > 0 {
		chunks := p.held
		p.held, p.heldSize = nil, 0
		p.deliver(chunks)
		p.controlSSLReading()
	}
	if p.heldEOF && !p.appReadingPaused {
		p.heldEOF = false
		p.callEOFReceived()
		p.startShutdown()
	}
}

func (p *sslProto) getExtraInfo(name, def py.Object) py.Object {
	if v, ok := p.extra.Get(name); ok {
		return v
	}
	if t := p.transport; t != nil {
		if v, ok := t.extraGet(name); ok {
			return v
		}
	}
	return def
}

// sslLower is the transport TLS runs over: a selector socket transport, or
// another TLS connection's application transport (TLS over TLS).
type sslLower interface {
	py.Object
	Write(py.Object)
	Close()
	forceClose(*py.BaseException)
	pauseReading()
	resumeReading()
	setProtocol(py.Object)
	extraGet(name py.Object) (py.Object, bool)
}

func (t *sockTransport) extraGet(name py.Object) (py.Object, bool) { return t.extra.Get(name) }

func (t *sslAppTransport) forceClose(exc *py.BaseException) {
	t.closed = true
	t.p.abort(exc)
}
func (t *sslAppTransport) setProtocol(app py.Object) { t.p.setAppProtocol(app) }
func (t *sslAppTransport) extraGet(name py.Object) (py.Object, bool) {
	v := t.p.getExtraInfo(name, nil)
	return v, v != nil
}

// sslAppTransport is asyncio.sslproto._SSLProtocolTransport.
type sslAppTransport struct {
	p      *sslProto
	closed bool
}

var sslTransportType *py.Type

func (*sslAppTransport) Type() *py.Type { return sslTransportType }

func (t *sslAppTransport) Close() {
	if !t.closed {
		t.closed = true
		t.p.startShutdown()
	}
}

func (t *sslAppTransport) Write(o py.Object) {
	switch o.(type) {
	case py.Bytes, *py.ByteArray, *py.MemoryView:
	default:
		typeError("data: expecting a bytes-like instance, got %s", o.Type().Name)
	}
	data := dataArg(o)
	if len(data) == 0 {
		return
	}
	t.p.writeAppdata([][]byte{append([]byte(nil), data...)})
}

func (t *sslAppTransport) abort() {
	t.closed = true
	t.p.abort(nil)
}

func sslTrOf(o py.Object) *sslAppTransport {
	t, ok := o.(*sslAppTransport)
	if !ok {
		typeError("descriptor requires an _SSLProtocolTransport, not '%s'", o.Type().Name)
	}
	return t
}

func flowDefaults(high, low py.Object, kb int) (int, int) {
	var h, lo int
	switch {
	case isNone(high) && isNone(low):
		h = kb * 1024
	case isNone(high):
		h = 4 * py.Index(low)
	default:
		h = py.Index(high)
	}
	if isNone(low) {
		lo = h / 4
	} else {
		lo = py.Index(low)
	}
	if !(h >= lo && lo >= 0) {
		valueError("high (%d) must be >= low (%d) must be >= 0", h, lo)
	}
	return h, lo
}

func setupSslproto() {
	t := sslProtocolType
	t.SetNoNew()
	t.Bases = []*py.Type{ProtocolType}
	t.MRO = append([]*py.Type{t}, ProtocolType.MRO...)
	pOf := func(o py.Object) *sslProto { return o.(*sslProto) }
	def(t, "connection_made", func(a []py.Object, kw []string) py.Object {
		pOf(a[0]).connectionMade(a[1])
		return py.None
	})
	def(t, "connection_lost", func(a []py.Object, kw []string) py.Object {
		pOf(a[0]).connectionLost(a[1])
		return py.None
	})
	def(t, "data_received", func(a []py.Object, kw []string) py.Object {
		pOf(a[0]).dataReceived(bytesArg(a[1]))
		return py.None
	})
	def(t, "eof_received", func(a []py.Object, kw []string) py.Object { return pOf(a[0]).eofReceived_() })
	def(t, "pause_writing", func(a []py.Object, kw []string) py.Object {
		pOf(a[0]).sslWritingPaused = true
		return py.None
	})
	def(t, "resume_writing", func(a []py.Object, kw []string) py.Object {
		p := pOf(a[0])
		p.sslWritingPaused = false
		p.processOutgoing()
		return py.None
	})

	tt := sslTransportType
	tt.SetNoNew()
	tt.Bases = []*py.Type{TransportType}
	tt.MRO = append([]*py.Type{tt}, TransportType.MRO...)
	def(tt, "get_extra_info", func(a []py.Object, kw []string) py.Object {
		p := parse("get_extra_info", a[1:], kw, []string{"name", "default"}, 1)
		return sslTrOf(a[0]).p.getExtraInfo(p[0], orNone(p[1]))
	})
	getter(tt, "_ssl_protocol", func(o py.Object) py.Object { return sslTrOf(o).p })
	// _test__append_write_backlog: CPython's private hook for its tests
	// (data queued as if written before the handshake finished).
	def(tt, "_test__append_write_backlog", func(a []py.Object, kw []string) py.Object {
		p := parse("_test__append_write_backlog", a[1:], kw, []string{"data"}, 1)
		t := sslTrOf(a[0])
		t.p.backlog = append(t.p.backlog, append([]byte(nil), bytesArg(p[0])...))
		return py.None
	})
	def(tt, "set_protocol", func(a []py.Object, kw []string) py.Object {
		p := parse("set_protocol", a[1:], kw, []string{"protocol"}, 1)
		sslTrOf(a[0]).p.setAppProtocol(p[0])
		return py.None
	})
	def(tt, "get_protocol", func(a []py.Object, kw []string) py.Object { return sslTrOf(a[0]).p.app })
	def(tt, "is_closing", func(a []py.Object, kw []string) py.Object { return py.NewBool(sslTrOf(a[0]).closed) })
	def(tt, "close", func(a []py.Object, kw []string) py.Object { sslTrOf(a[0]).Close(); return py.None })
	def(tt, "abort", func(a []py.Object, kw []string) py.Object { sslTrOf(a[0]).abort(); return py.None })
	def(tt, "is_reading", func(a []py.Object, kw []string) py.Object {
		return py.NewBool(!sslTrOf(a[0]).p.appReadingPaused)
	})
	def(tt, "pause_reading", func(a []py.Object, kw []string) py.Object { sslTrOf(a[0]).p.pauseReading(); return py.None })
	def(tt, "resume_reading", func(a []py.Object, kw []string) py.Object { sslTrOf(a[0]).p.resumeReading(); return py.None })
	def(tt, "set_write_buffer_limits", func(a []py.Object, kw []string) py.Object {
		args := parse("set_write_buffer_limits", a[1:], kw, []string{"high", "low"}, 0)
		p := sslTrOf(a[0]).p
		p.outHigh, p.outLow = flowDefaults(orNone(args[0]), orNone(args[1]), 512)
		p.controlAppWriting()
		return py.None
	})
	def(tt, "get_write_buffer_limits", func(a []py.Object, kw []string) py.Object {
		p := sslTrOf(a[0]).p
		return py.NewTuple(py.Int(p.outLow), py.Int(p.outHigh))
	})
	def(tt, "get_write_buffer_size", func(a []py.Object, kw []string) py.Object {
		return py.Int(sslTrOf(a[0]).p.writeBufferSize())
	})
	def(tt, "set_read_buffer_limits", func(a []py.Object, kw []string) py.Object {
		args := parse("set_read_buffer_limits", a[1:], kw, []string{"high", "low"}, 0)
		p := sslTrOf(a[0]).p
		p.inHigh, p.inLow = flowDefaults(orNone(args[0]), orNone(args[1]), 256)
		p.controlSSLReading()
		return py.None
	})
	def(tt, "get_read_buffer_limits", func(a []py.Object, kw []string) py.Object {
		p := sslTrOf(a[0]).p
		return py.NewTuple(py.Int(p.inLow), py.Int(p.inHigh))
	})
	def(tt, "get_read_buffer_size", func(a []py.Object, kw []string) py.Object {
		return py.Int(sslTrOf(a[0]).p.heldSize)
	})
	def(tt, "write", func(a []py.Object, kw []string) py.Object {
		p := parse("write", a[1:], kw, []string{"data"}, 1)
		sslTrOf(a[0]).Write(p[0])
		return py.None
	})
	def(tt, "writelines", func(a []py.Object, kw []string) py.Object {
		p := parse("writelines", a[1:], kw, []string{"list_of_data"}, 1)
		var list [][]byte
		for _, d := range py.AppendStar(nil, p[0]) {
			list = append(list, append([]byte(nil), dataArg(d)...))
		}
		sslTrOf(a[0]).p.writeAppdata(list)
		return py.None
	})
	def(tt, "write_eof", func(a []py.Object, kw []string) py.Object {
		raiseNoArg(py.NotImplementedErrorType)
		return nil
	})
	def(tt, "can_write_eof", func(a []py.Object, kw []string) py.Object { return py.False })
}

// startTLS is loop.start_tls(transport, protocol, sslcontext, *,
// server_side, server_hostname, ssl_handshake_timeout,
// ssl_shutdown_timeout).
func startTLS(l *Loop, a []py.Object, kw []string) py.Object {
	pos, kwv := parseKwOnly("start_tls", a, kw, 3, 3, []string{"server_side", "server_hostname", "ssl_handshake_timeout", "ssl_shutdown_timeout"})
	return py.NewCoroutine(goCode("start_tls", "base_events.py", 1228), func() py.Object {
		transport, protocol, sslctx := pos[0], pos[1], pos[2]
		if _, ok := sslctx.(tlsContext); !ok {
			typeError("sslcontext is expected to be an instance of ssl.SSLContext, got %s", py.Repr(sslctx))
		}
		t, ok := transport.(sslLower)
		if st, sock := transport.(*sockTransport); !ok || sock && st.dgram {
			typeError("transport %s is not supported by start_tls()", py.Repr(transport))
		}
		serverSide := kwv[0] != nil && py.Truth(kwv[0])
		waiter := NewFuture(l)
		sp := newSSLProto(l, protocol, sslctx, waiter, serverSide, orNone(kwv[1]), false, orNone(kwv[2]), orNone(kwv[3]))
		// Pause first so that data_received cannot come before
		// connection_made.
		t.pauseReading()
		t.setProtocol(sp)
		conmade := l.callSoonNamed("SSLProtocol.connection_made()", func() { sp.connectionMade(t) }, nil)
		resume := l.callSoonNamed("_SelectorSocketTransport.resume_reading()", func() { t.resumeReading() }, nil)
		if e := catch(func() { waiter.AwaitDirect() }); e != nil {
			t.Close()
			conmade.Cancel()
			resume.Cancel()
			panic(e)
		}
		return sp.appTr
	})
}

func setupSslproto2() {
	reprMethod(sslTransportType)
	def(LoopType, "start_tls", func(a []py.Object, kw []string) py.Object {
		return startTLS(selfLoop(a[0]), a[1:], kw)
	})
	coroMethod(StreamWriterType, "start_tls", goCode("start_tls", "streams.py", 391), func(self py.Object, a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("start_tls", a, kw, 1, 1, []string{"server_hostname", "ssl_handshake_timeout"})
		w := self.(*StreamWriter)
		if w.tr == nil || w.proto == nil {
			typeError("start_tls() needs a StreamWriter over a transport")
		}
		proto := w.proto
		serverSide := proto.cb != nil
		w.Drain()
		args := []py.Object{w.tr, proto, pos[0], py.NewBool(serverSide), orNone(kwv[0]), orNone(kwv[1])}
		nt := py.Await(startTLS(w.loop, args, []string{"server_side", "server_hostname", "ssl_handshake_timeout"}))
		w.tr = nt.(streamTransport)
		// _replace_writer
		proto.writer = w
		proto.transport = w.tr
		proto.overSSL = !isNone(w.tr.extraInfo(py.Str("sslcontext"), py.None))
		return py.None
	})
}
