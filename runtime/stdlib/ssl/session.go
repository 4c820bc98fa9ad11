package ssl

import (
	"crypto/sha256"
	"crypto/tls"
	"encoding/binary"
	"sync"
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// SessionType is ssl.SSLSession: a client's resumable TLS session, from
// SSLSocket.session or SSLObject.session, given back to wrap_socket or
// wrap_bio (session=) to resume it on a new connection.
var SessionType = py.NewType("SSLSession", "_ssl", nil)

// Session is one SSLSession.
type Session struct {
	ctx       *Context
	state     *tls.ClientSessionState
	id        []byte
	created   int64
	lifetime  int64 // the server's ticket lifetime hint, 0 if unknown
	hasTicket bool
}

func (*Session) Type() *py.Type { return SessionType }

// newSession describes what crypto/tls stored after a handshake or a
// TLS 1.3 NewSessionTicket. Like OpenSSL, a ticket-based session's id is
// the SHA-256 of its ticket. The creation time and, for TLS 1.3, the
// ticket's expiry are read from the state's documented encoding
// (tls.SessionState.Bytes: version, type, cipher suite, created_at, ...,
// and use_by, age_add last for a TLS 1.3 client).
func newSession(ctx *Context, cs *tls.ClientSessionState) *Session {
	ticket, st, err := cs.ResumptionState()
	if err != nil || st == nil {
		return nil
	}
	s := &Session{ctx: ctx, state: cs, hasTicket: len(ticket) > 0, created: time.Now().Unix()}
	sum := sha256.Sum256(ticket)
	s.id = sum[:]
	if b, err := st.Bytes(); err == nil && len(b) >= 13 {
		s.created = int64(binary.BigEndian.Uint64(b[5:13]))
		if binary.BigEndian.Uint16(b[0:2]) == tls.VersionTLS13 && b[2] == 2 && len(b) >= 25 {
			useBy := int64(binary.BigEndian.Uint64(b[len(b)-12 : len(b)-4]))
			if useBy > s.created {
				s.lifetime = useBy - s.created
			}
		}
	}
	return s
}

// timeout is OpenSSL's: a TLS 1.3 session lives as long as its ticket,
// others the default 7200 seconds.
func (s *Session) timeout() int64 {
	if s.lifetime > 0 {
		return s.lifetime
	}
	return 7200
}

func sessionOf(o py.Object) *Session {
	s, ok := o.(*Session)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "descriptor requires a '_ssl.SSLSession' object"))
	}
	return s
}

func initSessionType() {
	t := SessionType
	py.SetCall(t, func(cls *py.Type, a []py.Object, kw []string) py.Object {
		panic(py.NewError(py.TypeErrorType, "cannot create '_ssl.SSLSession' instances"))
	})
	py.AddGetter(t, "id", func(o py.Object) py.Object { return py.Bytes(sessionOf(o).id) }, nil)
	py.AddGetter(t, "time", func(o py.Object) py.Object { return py.Int(sessionOf(o).created) }, nil)
	py.AddGetter(t, "timeout", func(o py.Object) py.Object { return py.Int(sessionOf(o).timeout()) }, nil)
	py.AddGetter(t, "ticket_lifetime_hint", func(o py.Object) py.Object { return py.Int(sessionOf(o).lifetime) }, nil)
	py.AddGetter(t, "has_ticket", func(o py.Object) py.Object { return py.NewBool(sessionOf(o).hasTicket) }, nil)
	eq := func(a []py.Object, kw []string) py.Object {
		x, ok1 := a[0].(*Session)
		y, ok2 := a[1].(*Session)
		if !ok1 || !ok2 {
			return py.NotImplemented
		}
		return py.NewBool(string(x.id) == string(y.id))
	}
	py.AddMethod(t, "__eq__", eq)
	py.AddMethod(t, "__ne__", func(a []py.Object, kw []string) py.Object {
		r := eq(a, kw)
		if r == py.NotImplemented {
			return r
		}
		return py.NewBool(!py.Truth(r))
	})
	t.Dict.SetStr("__hash__", py.None)
}

// sessionSlot is a client connection's tls.ClientSessionCache: it offers
// the session given to the connection (session=) at the handshake and
// keeps the last one the server issued.
type sessionSlot struct {
	mu     sync.Mutex
	ctx    *Context
	resume *Session
	latest *Session
}

func (s *sessionSlot) Get(string) (*tls.ClientSessionState, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.resume == nil {
		return nil, false
	}
	return s.resume.state, true
}

func (s *sessionSlot) Put(_ string, cs *tls.ClientSessionState) {
	if cs == nil {
		return
	}
	if sess := newSession(s.ctx, cs); sess != nil {
		s.mu.Lock()
		s.latest = sess
		s.mu.Unlock()
	}
}

// current is the session getter's value: the last issued session, else
// the one being resumed.
func (s *sessionSlot) current() py.Object {
	if s == nil {
		return py.None
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.latest != nil {
		return s.latest
	}
	if s.resume != nil {
		return s.resume
	}
	return py.None
}

// setSession is the session setter of SSLObject and SSLSocket, with
// _ssl's checks in _ssl's order.
func setSession(slot *sessionSlot, ctx *Context, serverSide, handshakeDone bool, v py.Object) {
	sess, ok := v.(*Session)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "Value is not a SSLSession."))
	}
	if sess.ctx != ctx {
		panic(py.NewError(py.ValueErrorType, "Session refers to a different SSLContext."))
	}
	if serverSide || slot == nil {
		panic(py.NewError(py.ValueErrorType, "Cannot set session for server-side SSLSocket."))
	}
	if handshakeDone {
		panic(py.NewError(py.ValueErrorType, "Cannot set session after handshake."))
	}
	slot.mu.Lock()
	slot.resume = sess
	slot.mu.Unlock()
}

// clientSessions makes the session slot of a new client connection,
// resuming the session= argument (nil or None for none).
func clientSessions(ctx *Context, session py.Object) *sessionSlot {
	slot := &sessionSlot{ctx: ctx}
	if session != nil && session != py.None {
		setSession(slot, ctx, false, false, session)
	}
	return slot
}
