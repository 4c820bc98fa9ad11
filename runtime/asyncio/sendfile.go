package asyncio

import (
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// loop.sock_sendfile and loop.sendfile: os.sendfile(2) on the socket
// when the file is a regular file (retried when the socket is writable,
// the file position left after the bytes sent), else CPython's fallback of
// reads in the default executor and sends (256 KiB blocks for sockets,
// 16 KiB for transports, flow-controlled by the transport).

const (
	sendfileFallbackSockBlock = 256 * 1024
	sendfileFallbackTrBlock   = 16 * 1024
)

func sendfileNotAvailable(msg string) *py.BaseException {
	return py.NewError(SendfileNotAvailableType, msg)
}

// checkSendfileParams is _check_sendfile_params.
func checkSendfileParams(sockType int, file, offset, count py.Object) (int64, int64) {
	if mode, err := getAttrOr(file, "mode"); err == nil {
		if !py.Truth(py.CallMethod(mode, "__contains__", py.Str("b"))) {
			valueError("file should be opened in binary mode")
		}
	}
	if sockType != syscall.SOCK_STREAM {
		valueError("only SOCK_STREAM type sockets are supported")
	}
	var c int64
	if !isNone(count) {
		if _, ok := count.(py.Int); !ok {
			if _, isBool := count.(py.Bool); !isBool {
				typeError("count must be a positive integer (got %s)", py.Repr(count))
			}
		}
		c = int64(py.Index(count))
		if c <= 0 {
			valueError("count must be a positive integer (got %s)", py.Repr(count))
		}
	}
	if _, ok := offset.(py.Int); !ok {
		if _, isBool := offset.(py.Bool); !isBool {
			typeError("offset must be a non-negative integer (got %s)", py.Repr(offset))
		}
	}
	o := int64(py.Index(offset))
	if o < 0 {
		valueError("offset must be a non-negative integer (got %s)", py.Repr(offset))
	}
	return o, c
}

func getAttrOr(o py.Object, name string) (v py.Object, exc *py.BaseException) {
	exc = catch(func() { v = py.GetAttr(o, name) })
	return
}

// sendfileNative is _sock_sendfile_native on descriptor fd.
func (l *Loop) sendfileNative(fd int, file py.Object, offset, count int64) int64 {
	var fileno int
	if e := catch(func() { fileno = py.Index(py.CallMethod(file, "fileno")) }); e != nil {
		if e.Type().IsSubtype(py.AttributeErrorType) || e.Type().IsSubtype(py.UnsupportedOperationType) {
			panic(sendfileNotAvailable("not a regular file"))
		}
		panic(e)
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fileno, &st); err != nil {
		panic(sendfileNotAvailable("not a regular file"))
	}
	blocksize := count
	if blocksize == 0 {
		blocksize = st.Size
	}
	if blocksize == 0 {
		return 0
	}
	fut := NewFuture(l)
	var total int64
	off := offset
	registered := false
	finish := func() {
		if total > 0 {
			syscall.Seek(fileno, off, 0)
		}
	}
	var step func()
	step = func() {
		if fut.Done() {
			return
		}
		n := blocksize
		if count > 0 {
			n = count - total
			if n <= 0 {
				finish()
				fut.SetResult(py.Int(total))
				return
			}
		}
		sent, err := syscall.Sendfile(fd, fileno, &off, int(n))
		switch {
		case err == syscall.EAGAIN || err == syscall.EINTR:
			if !registered {
				registered = true
				l.addWriter(fd, &Handle{name: "_sock_sendfile_native_impl()", ctx: py.Current().Context.Copy(), fn: step})
			}
			return
		case err != nil:
			var exc *py.BaseException
			if registered && err == syscall.ENOTCONN {
				exc = py.Call(py.ConnectionErrorType, py.Str("socket is not connected"), py.Int(int(syscall.ENOTCONN))).(*py.BaseException)
			} else if total == 0 {
				exc = sendfileNotAvailable("os.sendfile call failed")
			} else {
				exc = py.NewOSError(err, "")
			}
			finish()
			fut.setException(exc)
			return
		case sent == 0:
			finish()
			fut.SetResult(py.Int(total))
			return
		}
		total += int64(sent)
	}
	fut.addCallback(&doneCallback{cbHead: cbHead{name: &cbSendfileDone}, fn: func(py.Object) {
		if registered {
			l.removeWriter(fd)
		}
	}})
	for !fut.Done() && !registered {
		step()
	}
	return int64(py.Index(fut.AwaitDirect()))
}

// readBlock reads up to n bytes of file into a fresh buffer in the
// default executor (file.readinto, as the fallbacks do).
func (l *Loop) readBlock(file py.Object, n int64) []byte {
	buf := &py.ByteArray{B: make([]byte, n)}
	got := py.Index(py.Await(l.runInExecutor(py.None, py.GetAttr(file, "readinto"), []py.Object{buf})))
	return buf.B[:got]
}

func seekAfter(file py.Object, offset, total int64) {
	if total > 0 {
		if _, e := getAttrOr(file, "seek"); e == nil {
			py.CallMethod(file, "seek", py.Int(int(offset+total)))
		}
	}
}

func sockSendfile(l *Loop, a []py.Object, kw []string) py.Object {
	pos, kwv := parseKwOnly("sock_sendfile", a, kw, 2, 4, []string{"fallback"})
	sock, file := pos[0], pos[1]
	offset, count := py.Object(py.Int(0)), py.Object(py.None)
	if len(pos) > 2 {
		offset = pos[2]
	}
	if len(pos) > 3 {
		count = pos[3]
	}
	fallback := kwv[0] == nil || py.Truth(kwv[0])
	return py.NewCoroutine(goCode("sock_sendfile", "base_events.py", 907), func() py.Object {
		checkSockNonblocking(l, sock)
		off, cnt := checkSendfileParams(py.Index(py.GetAttr(sock, "type")), file, offset, count)
		var res int64
		e := catch(func() { res = l.sendfileNative(fileobjToFd(sock), file, off, cnt) })
		if e == nil {
			return py.Int(int(res))
		}
		if !e.Type().IsSubtype(SendfileNotAvailableType) || !fallback {
			panic(e)
		}
		// _sock_sendfile_fallback
		if off != 0 {
			py.CallMethod(file, "seek", py.Int(int(off)))
		}
		block := int64(sendfileFallbackSockBlock)
		if cnt > 0 {
			block = min(cnt, block)
		}
		var total int64
		defer func() { seekAfter(file, off, total) }()
		for {
			if cnt > 0 {
				block = min(cnt-total, block)
				if block <= 0 {
					break
				}
			}
			data := l.readBlock(file, block)
			if len(data) == 0 {
				break
			}
			py.Await(py.CallMethod(l, "sock_sendall", sock, py.Bytes(data)))
			total += int64(len(data))
		}
		return py.Int(int(total))
	})
}

// sendfileProto is _SendfileFallbackProtocol: it stands in for the
// transport's protocol while the fallback writes, so that it can wait
// for the transport to drain.
type sendfileProto struct {
	loop       *Loop
	transport  py.Object
	closing    func() bool
	setProto   func(py.Object)
	proto      py.Object
	callResume bool
	writeReady *Future // nil: writing is not paused
	lost       *py.BaseException
	isLost     bool
}

var sendfileProtoType *py.Type

func (*sendfileProto) Type() *py.Type { return sendfileProtoType }

func newSendfileProto(l *Loop, transport py.Object) *sendfileProto {
	p := &sendfileProto{loop: l, transport: transport}
	paused := false
	switch t := transport.(type) {
	case *sockTransport:
		p.proto, paused = t.protocol, t.protocolPaused
		p.closing = func() bool { return t.closing }
		p.setProto = t.setProtocol
	case *sslAppTransport:
		p.proto, paused = t.p.app, t.p.appWritingPaused
		p.closing = func() bool { return t.closed }
		p.setProto = t.p.setAppProtocol
	}
	p.callResume = paused
	if paused {
		// The original protocol was paused: wait for resume_writing.
		p.writeReady = NewFuture(l)
	}
	p.setProto(p)
	return p
}

func (p *sendfileProto) drain() {
	if p.closing() {
		panic(py.NewError(py.ConnectionErrorType, "Connection closed by peer"))
	}
	if w := p.writeReady; w != nil {
		w.AwaitDirect()
	}
}

func (p *sendfileProto) restore() {
	p.setProto(p.proto)
	if p.callResume {
		py.CallMethod(p.proto, "resume_writing")
	}
	if w := p.writeReady; w != nil && !w.Done() {
		w.Cancel(py.None)
	}
	if p.isLost {
		var arg py.Object = py.None
		if p.lost != nil {
			arg = p.lost
		}
		py.CallMethod(p.proto, "connection_lost", arg)
	}
}

func setupSendfile() {
	t := sendfileProtoType
	t.SetNoNew()
	t.Bases = []*py.Type{ProtocolType}
	t.MRO = append([]*py.Type{t}, ProtocolType.MRO...)
	pOf := func(o py.Object) *sendfileProto { return o.(*sendfileProto) }
	def(t, "pause_writing", func(a []py.Object, kw []string) py.Object {
		p := pOf(a[0])
		if p.writeReady == nil {
			p.writeReady = NewFuture(p.loop)
		}
		return py.None
	})
	def(t, "resume_writing", func(a []py.Object, kw []string) py.Object {
		p := pOf(a[0])
		if w := p.writeReady; w != nil {
			p.writeReady = nil
			if !w.Done() {
				w.SetResult(py.False)
			}
		}
		return py.None
	})
	def(t, "data_received", func(a []py.Object, kw []string) py.Object {
		runtimeError("Invalid state: connection should have been established already.")
		return nil
	})
	def(t, "eof_received", func(a []py.Object, kw []string) py.Object {
		runtimeError("Invalid state: connection should have been established already.")
		return nil
	})
	def(t, "connection_lost", func(a []py.Object, kw []string) py.Object {
		p := pOf(a[0])
		p.isLost = true
		p.lost, _ = a[1].(*py.BaseException)
		if w := p.writeReady; w != nil {
			p.writeReady = nil
			if !w.Done() {
				if p.lost == nil {
					w.setException(py.NewError(py.ConnectionErrorType, "Connection is closed by peer"))
				} else {
					w.setException(p.lost)
				}
			}
		}
		return py.None
	})

	def(LoopType, "sock_sendfile", func(a []py.Object, kw []string) py.Object {
		return sockSendfile(selfLoop(a[0]), a[1:], kw)
	})
	def(LoopType, "sendfile", func(a []py.Object, kw []string) py.Object {
		return loopSendfile(selfLoop(a[0]), a[1:], kw)
	})
}

func loopSendfile(l *Loop, a []py.Object, kw []string) py.Object {
	pos, kwv := parseKwOnly("sendfile", a, kw, 2, 4, []string{"fallback"})
	transport, file := pos[0], pos[1]
	offset, count := py.Object(py.Int(0)), py.Object(py.None)
	if len(pos) > 2 {
		offset = pos[2]
	}
	if len(pos) > 3 {
		count = pos[3]
	}
	fallback := kwv[0] == nil || py.Truth(kwv[0])
	return py.NewCoroutine(goCode("sendfile", "base_events.py", 1187), func() py.Object {
		if py.Truth(py.CallMethod(transport, "is_closing")) {
			runtimeError("Transport is closing")
		}
		var st *sockTransport
		native := false
		switch t := transport.(type) {
		case *sockTransport:
			if t.dgram {
				runtimeError("sendfile is not supported for transport %s", py.Repr(transport))
			}
			st, native = t, true
		case *sslAppTransport:
			st, _ = t.p.transport.(*sockTransport)
		default:
			runtimeError("sendfile is not supported for transport %s", py.Repr(transport))
		}
		if native {
			var res int64
			e := catch(func() { res = l.transportSendfileNative(st, file, offset, count) })
			if e == nil {
				return py.Int(int(res))
			}
			if !e.Type().IsSubtype(SendfileNotAvailableType) || !fallback {
				panic(e)
			}
		}
		if !fallback {
			runtimeError("fallback is disabled and native sendfile is not supported for transport %s", py.Repr(transport))
		}
		return py.Int(int(l.transportSendfileFallback(transport, file, py.Index(offset), count)))
	})
}

// transportSendfileNative is the selector loop's _sendfile_native: the
// transport stops reading and its buffer drains, then sock_sendfile
// without fallback.
func (l *Loop) transportSendfileNative(t *sockTransport, file py.Object, offsetObj, countObj py.Object) int64 {
	sel := l.selector()
	delete(sel.transports, t.fd)
	resume := t.isReading()
	t.pauseReading()
	defer func() {
		if resume {
			t.resumeReading()
		}
		if !t.closed {
			sel.transports[t.fd] = t
		}
	}()
	// _make_empty_waiter: wait until the write buffer is flushed.
	if t.emptyWaiter != nil {
		runtimeError("Empty waiter is already set")
	}
	w := NewFuture(l)
	t.emptyWaiter = w
	if len(t.buf) == 0 {
		w.SetResult(py.None)
	}
	defer func() { t.emptyWaiter = nil }()
	w.AwaitDirect()
	offset, count := checkSendfileParams(t.stype, file, offsetObj, countObj)
	return l.sendfileNative(t.fd, file, offset, count)
}

// transportSendfileFallback is _sendfile_fallback: 16 KiB reads written
// to the transport, waiting while it is paused.
func (l *Loop) transportSendfileFallback(transport py.Object, file py.Object, off int, countObj py.Object) int64 {
	offset := int64(off)
	var count int64
	if !isNone(countObj) {
		count = int64(py.Index(countObj))
	}
	if offset != 0 {
		py.CallMethod(file, "seek", py.Int(int(offset)))
	}
	block := int64(sendfileFallbackTrBlock)
	if count > 0 {
		block = min(count, block)
	}
	var total int64
	proto := newSendfileProto(l, transport)
	defer func() {
		seekAfter(file, offset, total)
		proto.restore()
	}()
	for {
		if count > 0 {
			block = min(count-total, block)
			if block <= 0 {
				return total
			}
		}
		data := l.readBlock(file, block)
		if len(data) == 0 {
			return total
		}
		proto.drain()
		py.CallMethod(transport, "write", py.Bytes(data))
		total += int64(len(data))
	}
}
