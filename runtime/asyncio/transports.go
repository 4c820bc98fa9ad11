package asyncio

import (
	"fmt"
	"net"
	"strings"
	"syscall"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Selector transports (selector_events._SelectorSocketTransport and
// _SelectorDatagramTransport) on non-blocking sockets registered with the
// loop's selector: reads happen when epoll reports the socket readable,
// writes are tried at once and buffered (with a writer callback) when the
// socket would block, as CPython's do.

const maxRecvSize = 256 * 1024

type dgramItem struct {
	data []byte
	addr py.Object
}

type sockTransport struct {
	loop   *Loop
	fd     int
	closed bool // the socket is closed (_sock is None)
	family int
	stype  int
	// sockObj is the socket.socket object the transport was given
	// (sock=...), closed with the transport; nil for its own sockets.
	sockObj           py.Object
	protocol          py.Object
	protocolConnected bool
	bufferedProto     bool
	extra             *py.Dict
	server            *protoServer
	buf               []byte
	connLost          int
	closing           bool
	paused            bool
	eof               bool
	protocolPaused    bool
	high, low         int

	// emptyWaiter is set while sendfile waits for the buffer to drain.
	emptyWaiter *Future

	dgram   bool
	address py.Object
	dq      []dgramItem
	dqSize  int
}

var (
	socketTransportType   *py.Type
	datagramTransportType *py.Type
)

func (t *sockTransport) Type() *py.Type {
	if t.dgram {
		return datagramTransportType
	}
	return socketTransportType
}

func (t *sockTransport) String() string {
	info := []string{t.Type().Name}
	if t.closed {
		info = append(info, "closed")
	} else if t.closing {
		info = append(info, "closing")
	}
	info = append(info, fmt.Sprintf("fd=%d", t.fd))
	if t.loop != nil && !t.loop.closed {
		if t.loop.polling(t.fd, epollIn) {
			info = append(info, "read=polling")
		} else {
			info = append(info, "read=idle")
		}
		state := "idle"
		if t.loop.polling(t.fd, epollOut) {
			state = "polling"
		}
		info = append(info, fmt.Sprintf("write=<%s, bufsize=%d>", state, t.writeBufferSize()))
	}
	return "<" + strings.Join(info, " ") + ">"
}

// newSockTransport is _SelectorTransport.__init__ (and the subclass's).
func newSockTransport(l *Loop, fd int, sockObj py.Object, protocol py.Object, extra *py.Dict, server *protoServer, dgram bool, address py.Object, waiter *Future) *sockTransport {
	t := &sockTransport{loop: l, fd: fd, sockObj: sockObj, dgram: dgram, address: address}
	t.family, _ = syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_DOMAIN)
	t.stype, _ = syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_TYPE)
	if extra == nil {
		extra = py.NewDict()
	}
	t.extra = extra
	t.high, t.low = 64*1024, 16*1024
	extra.SetStr("socket", newTrSock(fd, sockObj))
	if sa, err := syscall.Getsockname(fd); err == nil {
		extra.SetStr("sockname", sockaddrObj(sa))
	} else {
		extra.SetStr("sockname", py.None)
	}
	if _, ok := extra.GetStr("peername"); !ok {
		if sa, err := syscall.Getpeername(fd); err == nil {
			extra.SetStr("peername", sockaddrObj(sa))
		} else {
			extra.SetStr("peername", py.None)
		}
	}
	t.setProtocol(protocol)
	t.server = server
	if server != nil {
		server.activeCount++
	}
	l.selector().transports[fd] = t
	if !dgram && (t.family == syscall.AF_INET || t.family == syscall.AF_INET6) {
		syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1)
	}
	l.callSoonPy(py.GetAttr(protocol, "connection_made"), []py.Object{t}, nil)
	l.callSoonNamed("_add_reader()", func() { t.addReader() }, nil)
	if waiter != nil {
		l.callSoonNamed("_set_result_unless_cancelled()", func() {
			if !waiter.Done() {
				waiter.SetResult(py.None)
			}
		}, nil)
	}
	return t
}

func (t *sockTransport) setProtocol(p py.Object) {
	t.protocol = p
	t.protocolConnected = true
	t.bufferedProto = !t.dgram && py.IsInstance(p, BufferedProtocolType)
}

func (t *sockTransport) isReading() bool { return !t.closing && !t.paused }

// addReader is _SelectorTransport._add_reader(fd, _read_ready).
func (t *sockTransport) addReader() {
	if !t.isReading() {
		return
	}
	t.loop.addReader(t.fd, &Handle{name: t.Type().Name + "._read_ready()", fn: t.readReady, ctx: py.Current().Context.Copy()})
}

func (t *sockTransport) writeBufferSize() int {
	if t.dgram {
		return t.dqSize
	}
	return len(t.buf)
}

// protoCall runs a protocol method; exceptions other than SystemExit and
// KeyboardInterrupt are returned.
func protoCall(f func()) (exc *py.BaseException) {
	depth := py.SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			py.RestoreDepth(depth)
			e := py.Recovered(r)
			if e.Type().IsSubtype(py.SystemExitType) || e.Type().IsSubtype(py.KeyboardInterruptType) {
				panic(e)
			}
			// The loop's frames lie outside the traceback, as they do
			// when a selector transport catches the exception.
			e.MarkCaughtIn(protoCallFunc)
			exc = e
		}
	}()
	f()
	return nil
}

const protoCallFunc = "github.com/py2goasync/py2goasync/runtime/asyncio.protoCall"

func isOSError(e *py.BaseException) bool { return e.Type().IsSubtype(py.OSErrorType) }

func (t *sockTransport) fatalError(e *py.BaseException, msg string) {
	if !isOSError(e) {
		ctx := py.NewDict()
		ctx.SetStr("message", py.Str(msg))
		ctx.SetStr("exception", e)
		ctx.SetStr("transport", t)
		ctx.SetStr("protocol", orNone(t.protocol))
		t.loop.callExceptionHandler(ctx)
	}
	t.forceClose(e)
}

func (t *sockTransport) forceClose(e *py.BaseException) {
	if t.connLost > 0 {
		return
	}
	if w := t.emptyWaiter; w != nil && !w.Done() {
		if e == nil {
			w.SetResult(py.None)
		} else {
			w.setException(e)
		}
	}
	if t.writeBufferSize() > 0 {
		t.buf, t.dq, t.dqSize = nil, nil, 0
		t.loop.removeWriter(t.fd)
	}
	if !t.closing {
		t.closing = true
		t.loop.removeReader(t.fd)
	}
	t.connLost++
	var arg py.Object = py.None
	if e != nil {
		arg = e
	}
	t.loop.callSoonNamed(t.Type().Name+"._call_connection_lost()", func() { t.callConnectionLost(arg) }, nil)
}

func (t *sockTransport) Close() {
	if t.closing {
		return
	}
	t.closing = true
	t.loop.removeReader(t.fd)
	if t.writeBufferSize() == 0 {
		t.connLost++
		t.loop.removeWriter(t.fd)
		t.loop.callSoonNamed(t.Type().Name+"._call_connection_lost()", func() { t.callConnectionLost(py.None) }, nil)
	}
}

func (t *sockTransport) callConnectionLost(exc py.Object) {
	defer func() {
		if t.closed {
			return
		}
		t.closed = true
		if s := t.loop.sel.Load(); s != nil && s.transports[t.fd] == t {
			delete(s.transports, t.fd)
		}
		if t.sockObj != nil {
			py.CallMethod(t.sockObj, "close")
		} else {
			syscall.Close(t.fd)
		}
		t.protocol = nil
		if srv := t.server; srv != nil {
			t.server = nil
			srv.detach()
		}
	}()
	if t.protocolConnected && t.protocol != nil {
		py.CallMethod(t.protocol, "connection_lost", exc)
	}
}

func (t *sockTransport) maybePauseProtocol() {
	if t.writeBufferSize() <= t.high || t.protocolPaused {
		return
	}
	t.protocolPaused = true
	if e := protoCall(func() { py.CallMethod(t.protocol, "pause_writing") }); e != nil {
		t.flowError("protocol.pause_writing() failed", e)
	}
}

func (t *sockTransport) maybeResumeProtocol() {
	if t.protocolPaused && t.writeBufferSize() <= t.low {
		t.protocolPaused = false
		if e := protoCall(func() { py.CallMethod(t.protocol, "resume_writing") }); e != nil {
			t.flowError("protocol.resume_writing() failed", e)
		}
	}
}

func (t *sockTransport) flowError(msg string, e *py.BaseException) {
	ctx := py.NewDict()
	ctx.SetStr("message", py.Str(msg))
	ctx.SetStr("exception", e)
	ctx.SetStr("transport", t)
	ctx.SetStr("protocol", orNone(t.protocol))
	t.loop.callExceptionHandler(ctx)
}

func (t *sockTransport) setWriteBufferLimits(high, low py.Object) {
	var h, lo int
	switch {
	case isNone(high) && isNone(low):
		h = 64 * 1024
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
	t.high, t.low = h, lo
}

// recvScratch is the buffer every read of the loop's thread goes through
// (a zeroed array: its pages are touched only by a program that reads).
var recvScratch [maxRecvSize]byte

func isWouldBlock(err error) bool {
	return err == syscall.EAGAIN || err == syscall.EINTR
}

// readReady is _read_ready.
func (t *sockTransport) readReady() {
	if t.dgram {
		t.dgramReadReady()
		return
	}
	if t.connLost > 0 {
		return
	}
	if t.bufferedProto {
		t.readReadyBuffered()
		return
	}
	// A stream's own reader receiving in bulk reads straight into its
	// buffer (StreamReader.recv); anything else gets data_received.
	var sr *StreamReader
	if p, ok := t.protocol.(*streamProtocol); ok && p.cls == nil && p.reader != nil && p.reader.Type() == StreamReaderType {
		sr = p.reader
	}
	var n int
	var err error
	if sr != nil && sr.bulk > 0 && sr.exc == nil && !sr.eof {
		n, err = sr.recv(t.fd)
		if n > 0 {
			return
		}
	} else {
		n, err = syscall.Read(t.fd, recvScratch[:])
	}
	if err != nil {
		if isWouldBlock(err) {
			return
		}
		t.fatalError(py.NewOSError(err, ""), "Fatal read error on socket transport")
		return
	}
	if n == 0 {
		t.onEOF()
		return
	}
	data := py.Bytes(recvScratch[:n])
	if e := protoCall(func() { py.CallMethod(t.protocol, "data_received", data) }); e != nil {
		t.fatalError(e, "Fatal error: protocol.data_received() call failed.")
		return
	}
	if sr != nil {
		sr.noteRecv(n)
	}
}

func (t *sockTransport) readReadyBuffered() {
	var buf py.Object
	var size int
	if e := protoCall(func() {
		buf = py.CallMethod(t.protocol, "get_buffer", py.Int(-1))
		size = py.Len(buf)
		if size == 0 {
			runtimeError("get_buffer() returned an empty buffer")
		}
	}); e != nil {
		t.fatalError(e, "Fatal error: protocol.get_buffer() call failed.")
		return
	}
	var n int
	var err error
	if ba, ok := buf.(*py.ByteArray); ok {
		n, err = syscall.Read(t.fd, ba.B)
	} else {
		n, err = syscall.Read(t.fd, recvScratch[:min(size, len(recvScratch))])
		if err == nil && n > 0 {
			if e := protoCall(func() {
				py.SetItem(buf, py.NewSlice(py.Int(0), py.Int(n), py.None), py.Bytes(recvScratch[:n]))
			}); e != nil {
				t.fatalError(e, "Fatal read error on socket transport")
				return
			}
		}
	}
	if err != nil {
		if isWouldBlock(err) {
			return
		}
		t.fatalError(py.NewOSError(err, ""), "Fatal read error on socket transport")
		return
	}
	if n == 0 {
		t.onEOF()
		return
	}
	if e := protoCall(func() { py.CallMethod(t.protocol, "buffer_updated", py.Int(n)) }); e != nil {
		t.fatalError(e, "Fatal error: protocol.buffer_updated() call failed.")
	}
}

func (t *sockTransport) onEOF() {
	var keep py.Object
	if e := protoCall(func() { keep = py.CallMethod(t.protocol, "eof_received") }); e != nil {
		t.fatalError(e, "Fatal error: protocol.eof_received() call failed.")
		return
	}
	if py.Truth(keep) {
		t.loop.removeReader(t.fd)
	} else {
		t.Close()
	}
}

func dataArg(o py.Object) []byte {
	if mv, ok := o.(*py.MemoryView); ok {
		return []byte(py.CallMethod(mv, "tobytes").(py.Bytes))
	}
	switch v := o.(type) {
	case py.Bytes:
		// Read only: the transports send it and copy what they keep.
		return unsafe.Slice(unsafe.StringData(string(v)), len(v))
	case *py.ByteArray:
		return v.B
	}
	typeError("data argument must be a bytes-like object, not '%s'", o.Type().Name)
	return nil
}

func send(fd int, b []byte) (int, error) {
	for {
		n, err := syscall.SendmsgN(fd, b, nil, nil, syscall.MSG_NOSIGNAL)
		if err == syscall.EINTR {
			continue
		}
		return n, err
	}
}

// Write is write(data).
func (t *sockTransport) Write(o py.Object) {
	data := dataArg(o)
	if t.eof {
		runtimeError("Cannot call write() after write_eof()")
	}
	if len(data) == 0 {
		return
	}
	if t.connLost > 0 {
		if t.connLost >= 5 {
			logWarning("socket.send() raised exception.")
		}
		t.connLost++
		return
	}
	if len(t.buf) == 0 {
		n, err := send(t.fd, data)
		if err != nil && err != syscall.EAGAIN {
			t.fatalError(py.NewOSError(err, ""), "Fatal write error on socket transport")
			return
		}
		if err == nil {
			data = data[n:]
			if len(data) == 0 {
				return
			}
		}
		t.loop.addWriter(t.fd, &Handle{name: t.Type().Name + "._write_ready()", fn: t.writeReady, ctx: py.Current().Context.Copy()})
	}
	if _, immutable := o.(py.Bytes); immutable && len(t.buf) == 0 {
		// What is left of a bytes object waits without a copy (the
		// slice has no spare capacity: appending to it reallocates).
		t.buf = data[:len(data):len(data)]
	} else {
		t.buf = append(t.buf, data...)
	}
	t.maybePauseProtocol()
}

func (t *sockTransport) writeReady() {
	if t.dgram {
		t.sendtoReady()
		return
	}
	if t.connLost > 0 {
		return
	}
	n, err := send(t.fd, t.buf)
	if err != nil {
		if err == syscall.EAGAIN {
			return
		}
		t.loop.removeWriter(t.fd)
		t.buf = nil
		t.fatalError(py.NewOSError(err, ""), "Fatal write error on socket transport")
		return
	}
	if n > 0 {
		t.buf = t.buf[n:]
		if len(t.buf) == 0 {
			t.buf = nil
		}
	}
	t.maybeResumeProtocol()
	if len(t.buf) == 0 {
		t.loop.removeWriter(t.fd)
		if w := t.emptyWaiter; w != nil && !w.Done() {
			w.SetResult(py.None)
		}
		if t.closing {
			t.callConnectionLost(py.None)
		} else if t.eof {
			syscall.Shutdown(t.fd, syscall.SHUT_WR)
		}
	}
}

func (t *sockTransport) writeEOF() {
	if t.closing || t.eof {
		return
	}
	t.eof = true
	if len(t.buf) == 0 {
		if err := syscall.Shutdown(t.fd, syscall.SHUT_WR); err != nil {
			panic(py.NewOSError(err, ""))
		}
	}
}

func (t *sockTransport) pauseReading() {
	if !t.isReading() {
		return
	}
	t.paused = true
	t.loop.removeReader(t.fd)
}

func (t *sockTransport) resumeReading() {
	if t.closing || !t.paused {
		return
	}
	t.paused = false
	t.addReader()
}

// sockaddrObj is the Python address of a socket address.
func sockaddrObj(sa syscall.Sockaddr) py.Object {
	switch a := sa.(type) {
	case *syscall.SockaddrInet4:
		return py.NewTuple(py.Str(net.IP(a.Addr[:]).String()), py.Int(a.Port))
	case *syscall.SockaddrInet6:
		return py.NewTuple(py.Str(net.IP(a.Addr[:]).String()), py.Int(a.Port), py.Int(0), py.Int(int(a.ZoneId)))
	case *syscall.SockaddrUnix:
		// Go names an unnamed socket "@" and an abstract one "@name";
		// Python has '' and b'\x00name'.
		if a.Name == "@" {
			return py.Str("")
		}
		if len(a.Name) > 1 && a.Name[0] == '@' {
			return py.Bytes("\x00" + a.Name[1:])
		}
		return py.Str(a.Name)
	}
	return py.None
}

// trSock is asyncio.trsock.TransportSocket over a descriptor.
type trSock struct {
	fd      int
	sockObj py.Object
}

func newTrSock(fd int, sockObj py.Object) *trSock { return &trSock{fd: fd, sockObj: sockObj} }

func (*trSock) Type() *py.Type { return transportSocketType }

// familyName is repr(socket.AddressFamily(f)).
func familyName(f int) string {
	switch f {
	case syscall.AF_INET:
		return "<AddressFamily.AF_INET: 2>"
	case syscall.AF_INET6:
		return "<AddressFamily.AF_INET6: 10>"
	case syscall.AF_UNIX:
		return "<AddressFamily.AF_UNIX: 1>"
	}
	return fmt.Sprint(f)
}

func (s *trSock) String() string {
	fam, _ := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_DOMAIN)
	kind, _ := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_TYPE)
	proto, _ := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_PROTOCOL)
	// In 3.11 str() of an IntEnum is the int's.
	out := fmt.Sprintf("<asyncio.TransportSocket fd=%d, family=%d, type=%d, proto=%d", s.fd, fam, kind, proto)
	if sa, err := syscall.Getsockname(s.fd); err == nil {
		out += ", laddr=" + py.Repr(sockaddrObj(sa))
	}
	if sa, err := syscall.Getpeername(s.fd); err == nil {
		out += ", raddr=" + py.Repr(sockaddrObj(sa))
	}
	return out + ">"
}

func (s *trSock) getsockname() py.Object {
	sa, err := syscall.Getsockname(s.fd)
	if err != nil {
		panic(py.NewOSError(err, ""))
	}
	return sockaddrObj(sa)
}

func (s *trSock) getpeername() py.Object {
	sa, err := syscall.Getpeername(s.fd)
	if err != nil {
		panic(py.NewOSError(err, ""))
	}
	return sockaddrObj(sa)
}

func (s *trSock) fileno() py.Object { return py.Int(s.fd) }

func transportOf(o py.Object) *sockTransport {
	t, ok := o.(*sockTransport)
	if !ok {
		typeError("descriptor requires a transport, not '%s'", o.Type().Name)
	}
	return t
}

func setupTransports() {
	for _, tt := range []*py.Type{socketTransportType, datagramTransportType} {
		tt.SetNoNew()
		// In 3.11 _SelectorDatagramTransport is a Transport, not a
		// DatagramTransport (3.12 adds that base).
		base := TransportType
		tt.Bases = []*py.Type{base}
		tt.MRO = append([]*py.Type{tt}, base.MRO...)
		reprMethod(tt)
		def(tt, "get_extra_info", func(a []py.Object, kw []string) py.Object {
			p := parse("get_extra_info", a[1:], kw, []string{"name", "default"}, 1)
			if v, ok := transportOf(a[0]).extra.Get(p[0]); ok {
				return v
			}
			return orNone(p[1])
		})
		def(tt, "is_closing", func(a []py.Object, kw []string) py.Object { return py.NewBool(transportOf(a[0]).closing) })
		def(tt, "is_reading", func(a []py.Object, kw []string) py.Object { return py.NewBool(transportOf(a[0]).isReading()) })
		def(tt, "pause_reading", func(a []py.Object, kw []string) py.Object { transportOf(a[0]).pauseReading(); return py.None })
		def(tt, "resume_reading", func(a []py.Object, kw []string) py.Object { transportOf(a[0]).resumeReading(); return py.None })
		def(tt, "close", func(a []py.Object, kw []string) py.Object { transportOf(a[0]).Close(); return py.None })
		def(tt, "abort", func(a []py.Object, kw []string) py.Object { transportOf(a[0]).forceClose(nil); return py.None })
		def(tt, "get_protocol", func(a []py.Object, kw []string) py.Object { return orNone(transportOf(a[0]).protocol) })
		def(tt, "set_protocol", func(a []py.Object, kw []string) py.Object {
			p := parse("set_protocol", a[1:], kw, []string{"protocol"}, 1)
			transportOf(a[0]).setProtocol(p[0])
			return py.None
		})
		def(tt, "get_write_buffer_size", func(a []py.Object, kw []string) py.Object {
			return py.Int(transportOf(a[0]).writeBufferSize())
		})
		def(tt, "get_write_buffer_limits", func(a []py.Object, kw []string) py.Object {
			t := transportOf(a[0])
			return py.NewTuple(py.Int(t.low), py.Int(t.high))
		})
		def(tt, "set_write_buffer_limits", func(a []py.Object, kw []string) py.Object {
			p := parse("set_write_buffer_limits", a[1:], kw, []string{"high", "low"}, 0)
			t := transportOf(a[0])
			t.setWriteBufferLimits(orNone(p[0]), orNone(p[1]))
			t.maybePauseProtocol()
			return py.None
		})
	}
	tt := socketTransportType
	def(tt, "write", func(a []py.Object, kw []string) py.Object {
		p := parse("write", a[1:], kw, []string{"data"}, 1)
		transportOf(a[0]).Write(p[0])
		return py.None
	})
	def(tt, "write_eof", func(a []py.Object, kw []string) py.Object { transportOf(a[0]).writeEOF(); return py.None })
	def(tt, "can_write_eof", func(a []py.Object, kw []string) py.Object { return py.True })

	st := transportSocketType
	sOf := func(o py.Object) *trSock {
		s, ok := o.(*trSock)
		if !ok {
			typeError("descriptor requires a TransportSocket")
		}
		return s
	}
	def(st, "getsockname", func(a []py.Object, kw []string) py.Object { return sOf(a[0]).getsockname() })
	def(st, "getpeername", func(a []py.Object, kw []string) py.Object { return sOf(a[0]).getpeername() })
	def(st, "fileno", func(a []py.Object, kw []string) py.Object { return sOf(a[0]).fileno() })
	def(st, "getsockopt", func(a []py.Object, kw []string) py.Object {
		p := parse("getsockopt", a[1:], kw, []string{"level", "optname", "buflen"}, 2)
		if p[2] != nil {
			typeError("getsockopt with a buffer length is not supported")
		}
		v, err := syscall.GetsockoptInt(sOf(a[0]).fd, py.Index(p[0]), py.Index(p[1]))
		if err != nil {
			panic(py.NewOSError(err, ""))
		}
		return py.Int(v)
	})
	def(st, "setsockopt", func(a []py.Object, kw []string) py.Object {
		p := parse("setsockopt", a[1:], kw, []string{"level", "optname", "value"}, 3)
		var v int
		if b, ok := p[2].(py.Bool); ok {
			if b {
				v = 1
			}
		} else {
			v = py.Index(p[2])
		}
		if err := syscall.SetsockoptInt(sOf(a[0]).fd, py.Index(p[0]), py.Index(p[1]), v); err != nil {
			panic(py.NewOSError(err, ""))
		}
		return py.None
	})
	reprMethod(st)
	st.SetNoNew()
	sockopt := func(name string, opt int) {
		py.AddGetter(st, name, func(o py.Object) py.Object {
			v, _ := syscall.GetsockoptInt(sOf(o).fd, syscall.SOL_SOCKET, opt)
			return py.Int(v)
		}, nil)
	}
	sockopt("family", syscall.SO_DOMAIN)
	sockopt("type", syscall.SO_TYPE)
	sockopt("proto", syscall.SO_PROTOCOL)
}
