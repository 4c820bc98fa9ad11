package ssl

import (
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime"
	"sync"
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// MemoryBIO and SSLContext.wrap_bio's SSLObject.
//
// OpenSSL steps an SSL object over two memory BIOs: each call
// (do_handshake, read, write, unwrap) consumes what the incoming BIO holds,
// appends what it produced to the outgoing one, and raises SSLWantReadError
// when it needs more input. crypto/tls has no stepping interface, so a
// goroutine runs the tls.Conn over a net.Conn whose reads take from the
// incoming BIO and whose writes append to the outgoing one (bioConn): it
// performs the handshake and then reads application data ahead into a
// buffer. A call waits until that goroutine has consumed everything the
// incoming BIO holds and blocks for more (or ended), then answers from
// what it achieved: SSLWantReadError when it needs input, just as OpenSSL.
// The goroutine never touches Python objects or the GIL; everything it
// shares with the caller is guarded by the incoming BIO's mutex.

// MemoryBIOType is ssl.MemoryBIO (_ssl.MemoryBIO).
var MemoryBIOType = py.NewType("MemoryBIO", "_ssl", nil)

// MemoryBIO is a buffer of bytes between an SSLObject and its transport.
type MemoryBIO struct {
	mu         sync.Mutex
	cond       *sync.Cond
	buf        []byte
	eofWritten bool
}

func (*MemoryBIO) Type() *py.Type { return MemoryBIOType }

func newMemoryBIO() *MemoryBIO {
	b := &MemoryBIO{}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func bioOf(o py.Object) *MemoryBIO {
	b, ok := o.(*MemoryBIO)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor requires a '_ssl.MemoryBIO' object but received a '%s'", o.Type().Name)))
	}
	return b
}

func (b *MemoryBIO) write(p []byte) {
	b.mu.Lock()
	b.buf = append(b.buf, p...)
	b.cond.Broadcast()
	b.mu.Unlock()
}

func (b *MemoryBIO) read(n int) []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	if n < 0 || n > len(b.buf) {
		n = len(b.buf)
	}
	out := make([]byte, n)
	copy(out, b.buf)
	b.buf = b.buf[n:]
	if len(b.buf) == 0 {
		b.buf = nil
	}
	return out
}

func initMemoryBIOType() {
	t := MemoryBIOType
	py.SetCall(t, func(cls *py.Type, a []py.Object, kw []string) py.Object {
		py.ParseArgs("MemoryBIO", a, kw, nil, 0)
		return newMemoryBIO()
	})
	py.AddGetter(t, "pending", func(o py.Object) py.Object {
		b := bioOf(o)
		b.mu.Lock()
		defer b.mu.Unlock()
		return py.Int(len(b.buf))
	}, nil)
	py.AddGetter(t, "eof", func(o py.Object) py.Object {
		b := bioOf(o)
		b.mu.Lock()
		defer b.mu.Unlock()
		return py.NewBool(len(b.buf) == 0 && b.eofWritten)
	}, nil)
	method(t, "read", []string{"size"}, 0, func(self py.Object, p []py.Object) py.Object {
		n := -1
		if p[0] != nil {
			n = py.Index(p[0])
		}
		return py.Bytes(bioOf(self).read(n))
	})
	method(t, "write", []string{"b"}, 1, func(self py.Object, p []py.Object) py.Object {
		data, ok := py.BytesLike(p[0])
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", p[0].Type().Name)))
		}
		b := bioOf(self)
		b.mu.Lock()
		eof := b.eofWritten
		b.mu.Unlock()
		if eof {
			panic(py.NewException(ErrorType, py.Str("cannot write() after write_eof()")))
		}
		b.write(data)
		return py.Int(len(data))
	})
	method(t, "write_eof", nil, 0, func(self py.Object, p []py.Object) py.Object {
		b := bioOf(self)
		b.mu.Lock()
		b.eofWritten = true
		b.cond.Broadcast()
		b.mu.Unlock()
		return py.None
	})
}

// bioState is what the goroutine driving a wrap_bio connection shares with
// the SSLObject's calls (guarded by the incoming BIO's mutex).
type bioState struct {
	waiting bool // blocked in Read on an empty incoming BIO
	exited  bool
	closed  bool // the SSLObject is gone: the goroutine stops

	hsDone bool
	hsErr  error
	plain  []byte // application data read ahead
	rdErr  error  // how reading ended (io.EOF: close_notify)
	rawEOF bool   // the incoming BIO's end was read
}

// bioConn is the net.Conn under the tls.Conn: reads from the incoming BIO,
// writes to the outgoing one.
type bioConn struct {
	in, out *MemoryBIO
	st      *bioState
}

func (c *bioConn) Read(p []byte) (int, error) {
	b := c.in
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.buf) == 0 && !b.eofWritten && !c.st.closed {
		c.st.waiting = true
		b.cond.Broadcast()
		b.cond.Wait()
	}
	c.st.waiting = false
	if c.st.closed {
		return 0, net.ErrClosed
	}
	if len(b.buf) == 0 {
		c.st.rawEOF = true
		return 0, io.EOF
	}
	n := copy(p, b.buf)
	b.buf = b.buf[n:]
	if len(b.buf) == 0 {
		b.buf = nil
	}
	return n, nil
}

func (c *bioConn) Write(p []byte) (int, error) {
	c.out.write(p)
	return len(p), nil
}

func (c *bioConn) Close() error                       { return nil }
func (c *bioConn) LocalAddr() net.Addr                { return bioAddr{} }
func (c *bioConn) RemoteAddr() net.Addr               { return bioAddr{} }
func (c *bioConn) SetDeadline(t time.Time) error      { return nil }
func (c *bioConn) SetReadDeadline(t time.Time) error  { return nil }
func (c *bioConn) SetWriteDeadline(t time.Time) error { return nil }

type bioAddr struct{}

func (bioAddr) Network() string { return "memory" }
func (bioAddr) String() string  { return "MemoryBIO" }

// bioEngine drives one wrap_bio connection.
type bioEngine struct {
	in, out         *MemoryBIO
	st              *bioState
	started         bool
	closeNotifySent bool
}

// runBIO is the goroutine: the handshake, then reads until an error.
func runBIO(conn *tls.Conn, in *MemoryBIO, st *bioState) {
	defer func() {
		in.mu.Lock()
		st.exited = true
		in.cond.Broadcast()
		in.mu.Unlock()
	}()
	err := conn.Handshake()
	in.mu.Lock()
	st.hsDone, st.hsErr = true, err
	in.mu.Unlock()
	if err != nil {
		return
	}
	buf := make([]byte, 16*1024)
	for {
		n, err := conn.Read(buf)
		in.mu.Lock()
		st.plain = append(st.plain, buf[:n]...)
		if err != nil {
			// crypto/tls takes an end at a record boundary for
			// close_notify; OpenSSL does not.
			if err == io.EOF && st.rawEOF {
				err = io.ErrUnexpectedEOF
			}
			st.rdErr = err
		}
		in.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// settle starts the goroutine if needed and waits until it needs input
// the incoming BIO does not have, or ended. Called with in.mu held.
func (o *Object) settle() {
	e := o.bio
	if !e.started {
		e.started = true
		go runBIO(o.conn, e.in, e.st)
	}
	for !e.st.exited && !(e.st.waiting && len(e.in.buf) == 0 && !e.in.eofWritten) {
		e.in.cond.Wait()
	}
	if e.st.hsDone && e.st.hsErr == nil {
		o.done = true
	}
}

// bioSnap is what a call learns from the engine once it settled.
type bioSnap struct {
	hsDone bool
	hsErr  error
	rdErr  error
	exited bool
	data   []byte // application data taken (at most the take asked)
}

// step settles the engine and takes up to take bytes of application data.
// The incoming BIO's mutex is never held while the GIL is taken back (a
// thread writing to the BIO holds the GIL while it locks it).
func (o *Object) step(take int) bioSnap {
	if o.bio == nil {
		panic(py.NewError(py.ValueErrorType, "this SSLObject is driven by an asyncio transport"))
	}
	var s bioSnap
	in := o.bio.in
	py.WithoutGIL(func() {
		in.mu.Lock()
		defer in.mu.Unlock()
		o.settle()
		st := o.bio.st
		s = bioSnap{hsDone: st.hsDone, hsErr: st.hsErr, rdErr: st.rdErr, exited: st.exited}
		if take > 0 && len(st.plain) > 0 {
			k := min(take, len(st.plain))
			s.data = append([]byte(nil), st.plain[:k]...)
			st.plain = st.plain[k:]
			if len(st.plain) == 0 {
				st.plain = nil
			}
		}
	})
	return s
}

func wantRead(site int) *py.BaseException {
	return newSSLError(WantReadErrorType, 2, fmt.Sprintf("The operation did not complete (read) (_ssl.c:%d)", site))
}

// bioError is the exception for a failed handshake or read.
func bioError(err error, site int) *py.BaseException {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		e := newSSLError(EOFErrorType, 8, fmt.Sprintf("[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:%d)", site))
		e.Dict.SetStr("library", py.Str("SSL"))
		e.Dict.SetStr("reason", py.Str("UNEXPECTED_EOF_WHILE_READING"))
		return e
	}
	return ErrorFromGo(err)
}

// handshakeState raises what a call made before the handshake finished,
// or after it failed, raises.
func (s bioSnap) handshakeState(site int) {
	if !s.hsDone {
		panic(wantRead(site))
	}
	if s.hsErr != nil {
		panic(bioError(s.hsErr, site))
	}
}

func wrapBIO(c *Context, p []py.Object) py.Object {
	in, ok := p[0].(*MemoryBIO)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_wrap_bio() argument 'incoming' must be _ssl.MemoryBIO, not %s", p[0].Type().Name)))
	}
	out, ok := p[1].(*MemoryBIO)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_wrap_bio() argument 'outgoing' must be _ssl.MemoryBIO, not %s", p[1].Type().Name)))
	}
	serverSide := p[2] != nil && py.Truth(p[2])
	hostname := p[3]
	if hostname == nil {
		hostname = py.None
	}
	// Only _ssl's checks: ssl.py's about server_hostname are SSLSocket's.
	host := ""
	if serverSide {
		c.CheckServer()
	} else {
		if c.protocol == ProtocolTLSServer {
			panic(py.NewError(py.ValueErrorType, "Cannot create a client socket with a PROTOCOL_TLS_SERVER context"))
		}
		if hostname != py.None {
			host = py.StrOf(hostname)
		}
	}
	st := &bioState{}
	raw := &bioConn{in: in, out: out, st: st}
	cfg := c.Config(serverSide, host)
	var conn *tls.Conn
	var sessions *sessionSlot
	if serverSide {
		if p[4] != nil && p[4] != py.None {
			setSession(nil, c, true, false, p[4])
		}
		conn = tls.Server(raw, cfg)
	} else {
		sessions = clientSessions(c, p[4])
		cfg.ClientSessionCache = sessions
		conn = tls.Client(raw, cfg)
	}
	o := newObject(c, conn, serverSide, hostname)
	o.sessions = sessions
	o.bio = &bioEngine{in: in, out: out, st: st}
	// A dropped SSLObject stops its goroutine (which holds nothing that
	// reaches the object).
	runtime.AddCleanup(o, func(x struct {
		in *MemoryBIO
		st *bioState
	}) {
		x.in.mu.Lock()
		x.st.closed = true
		x.in.cond.Broadcast()
		x.in.mu.Unlock()
	}, struct {
		in *MemoryBIO
		st *bioState
	}{in, st})
	return o
}

func (o *Object) read(n int, buffer py.Object) py.Object {
	s := o.step(n)
	s.handshakeState(2580)
	out := s.data
	if len(out) == 0 && n > 0 {
		switch {
		case s.rdErr == nil:
			panic(wantRead(2580))
		case errors.Is(s.rdErr, io.EOF):
			if o.bio.closeNotifySent {
				panic(newSSLError(ZeroReturnErrorType, 6, "TLS/SSL connection has been closed (EOF) (_ssl.c:2580)"))
			}
		default:
			panic(bioError(s.rdErr, 2580))
		}
	}
	if buffer == nil {
		return py.Bytes(out)
	}
	if ba, ok := buffer.(*py.ByteArray); ok {
		copy(ba.B, out)
	} else if len(out) > 0 {
		py.SetItem(buffer, py.NewSlice(py.Int(0), py.Int(len(out)), py.None), py.Bytes(out))
	}
	return py.Int(len(out))
}

func (o *Object) write(data []byte) int {
	s := o.step(0)
	s.handshakeState(2427)
	if o.bio.closeNotifySent {
		e := newSSLError(ErrorType, 1, "[SSL: PROTOCOL_IS_SHUTDOWN] protocol is shutdown (_ssl.c:2427)")
		e.Dict.SetStr("library", py.Str("SSL"))
		e.Dict.SetStr("reason", py.Str("PROTOCOL_IS_SHUTDOWN"))
		panic(e)
	}
	// Writing never blocks: the records go to the outgoing BIO.
	if _, err := o.conn.Write(data); err != nil {
		panic(bioError(err, 2427))
	}
	return len(data)
}

// unwrap sends close_notify once; it returns when the peer's arrived and
// raises SSLWantReadError until then.
func (o *Object) unwrap() {
	s := o.step(0)
	if !s.hsDone || s.hsErr != nil {
		e := newSSLError(ErrorType, 1, "[SSL: SHUTDOWN_WHILE_IN_INIT] shutdown while in init (_ssl.c:2706)")
		e.Dict.SetStr("library", py.Str("SSL"))
		e.Dict.SetStr("reason", py.Str("SHUTDOWN_WHILE_IN_INIT"))
		panic(e)
	}
	if !o.bio.closeNotifySent {
		o.bio.closeNotifySent = true
		if err := o.conn.CloseWrite(); err != nil {
			panic(bioError(err, 2706))
		}
		s = o.step(0)
	}
	switch {
	case errors.Is(s.rdErr, io.EOF):
	case s.rdErr == nil:
		panic(wantRead(2706))
	default:
		panic(bioError(s.rdErr, 2706))
	}
}

func initBIOObjectMethods(t *py.Type) {
	py.SetCall(t, func(cls *py.Type, a []py.Object, kw []string) py.Object {
		panic(py.NewError(py.TypeErrorType, "SSLObject does not have a public constructor. Instances are returned by SSLContext.wrap_bio()."))
	})
	method(t, "do_handshake", nil, 0, func(self py.Object, p []py.Object) py.Object {
		objOf(self).step(0).handshakeState(1006)
		return py.None
	})
	method(t, "read", []string{"len", "buffer"}, 0, func(self py.Object, p []py.Object) py.Object {
		n := 1024
		if p[0] != nil {
			n = py.Index(p[0])
		}
		var buffer py.Object
		if p[1] != nil && p[1] != py.None {
			buffer = p[1]
			if p[0] == nil || n <= 0 {
				n = py.Len(buffer)
			}
		}
		if n < 0 && buffer == nil {
			panic(py.NewError(py.ValueErrorType, "size should not be negative"))
		}
		return objOf(self).read(n, buffer)
	})
	method(t, "write", []string{"data"}, 1, func(self py.Object, p []py.Object) py.Object {
		b, ok := py.BytesLike(p[0])
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", p[0].Type().Name)))
		}
		return py.Int(objOf(self).write(b))
	})
	method(t, "unwrap", nil, 0, func(self py.Object, p []py.Object) py.Object {
		objOf(self).unwrap()
		return py.None
	})
	method(t, "pending", nil, 0, func(self py.Object, p []py.Object) py.Object {
		o := objOf(self)
		if o.bio == nil {
			return py.Int(0)
		}
		o.bio.in.mu.Lock()
		defer o.bio.in.mu.Unlock()
		return py.Int(len(o.bio.st.plain))
	})
	method(t, "verify_client_post_handshake", nil, 0, func(self py.Object, p []py.Object) py.Object {
		panic(py.NewError(py.NotImplementedErrorType, "post-handshake authentication is not supported by crypto/tls"))
	})
}
