package asyncio

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// TCP streams: open_connection and start_server on Go's net package; a
// goroutine per connection reads into the StreamReader, accepts and dials
// run on goroutines too, and everything they produce is posted to the loop.

// sockObj is what server.sockets holds and get_extra_info('socket') gives.
type sockObj struct {
	local, remote net.Addr
}

var transportSocketType = newType("TransportSocket", "asyncio.trsock", nil, nil)

func (*sockObj) Type() *py.Type { return transportSocketType }

func addrTuple(a net.Addr) py.Object {
	if a == nil {
		return py.None
	}
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return py.Str(a.String())
	}
	p, _ := strconv.Atoi(port)
	return py.NewTuple(py.Str(host), py.Int(p))
}

func (s *sockObj) String() string {
	return fmt.Sprintf("<asyncio.TransportSocket fd=3, family=2, type=1, proto=6, laddr=%s>", py.Repr(addrTuple(s.local)))
}

// connCloser closes a TCP connection for the writer (write_eof = half close).
type connCloser struct{ c net.Conn }

func (c connCloser) Write(b []byte) (int, error) { return c.c.Write(b) }
func (c connCloser) Close() error                { return c.c.Close() }

func (l *Loop) trackCloser(c io.Closer) {
	l.closers = append(l.closers, c)
}

func newStreamPair(l *Loop, c net.Conn) (*StreamReader, *StreamWriter) {
	r := &StreamReader{loop: l, limit: streamLimit}
	w := &StreamWriter{loop: l, w: connCloser{c}, reader: r}
	w.extra = map[string]py.Object{
		"peername": addrTuple(c.RemoteAddr()),
		"sockname": addrTuple(c.LocalAddr()),
		"socket":   &sockObj{local: c.LocalAddr(), remote: c.RemoteAddr()},
	}
	l.trackCloser(c)
	r.pump(c, nil)
	return r, w
}

// Server is asyncio.Server (what start_server returns).
type Server struct {
	loop    *Loop
	ln      net.Listener
	cb      py.Object
	serving bool
	closed  bool
	socks   []py.Object
	done    chan struct{}
}

var ServerType = newType("Server", "asyncio.base_events", nil, nil)

func (*Server) Type() *py.Type { return ServerType }

func (s *Server) String() string {
	return fmt.Sprintf("<Server sockets=%s>", py.Repr(s.sockets()))
}

func (s *Server) sockets() py.Object {
	if s.closed {
		return py.NewTuple()
	}
	return py.NewTuple(s.socks...)
}

func (s *Server) close() {
	if s.closed {
		return
	}
	s.closed = true
	s.serving = false
	s.ln.Close()
	<-s.done
}

func (s *Server) accepted(c net.Conn) {
	if s.closed || s.loop.closed {
		c.Close()
		return
	}
	r, w := newStreamPair(s.loop, c)
	res := py.Call(s.cb, r, w)
	if IsCoroutine(res) {
		s.loop.CreateTask(res, py.None, nil)
	}
}

func (s *Server) serve() {
	s.serving = true
	l := s.loop
	go func() {
		defer close(s.done)
		for {
			c, err := s.ln.Accept()
			if err != nil {
				return
			}
			l.PostThreadsafe(func() { s.accepted(c) })
		}
	}()
}

func osErrorFrom(err error) *py.BaseException {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		cls := py.OSErrorType
		switch errno {
		case syscall.ECONNREFUSED:
			cls = py.ConnectionRefusedErrorType
		case syscall.ECONNRESET:
			cls = py.ConnectionResetErrorType
		}
		return py.NewException(cls, py.Int(int(errno)), py.Str(errno.Error()))
	}
	return py.NewError(py.OSErrorType, err.Error())
}

func hostPort(host, port py.Object) string {
	h := ""
	if !isNone(host) {
		h = py.StrOf(host)
	}
	p := "0"
	if !isNone(port) {
		p = py.StrOf(port)
	}
	return net.JoinHostPort(h, p)
}

func kwArgs(fname string, a []py.Object, kw []string, names []string) []py.Object {
	npos := len(a) - len(kw)
	out := make([]py.Object, len(names))
	copy(out, a[:min(npos, len(names))])
	for i, k := range kw {
		for j, n := range names {
			if n == k {
				out[j] = a[npos+i]
			}
		}
	}
	return out
}

func init() {
	t := ServerType
	t.SetNoNew()
	sOf := func(o py.Object) *Server { return o.(*Server) }
	reprMethod(t)
	getter(t, "sockets", func(o py.Object) py.Object { return sOf(o).sockets() })
	def(t, "is_serving", func(a []py.Object, kw []string) py.Object { return py.NewBool(sOf(a[0]).serving) })
	def(t, "close", func(a []py.Object, kw []string) py.Object { sOf(a[0]).close(); return py.None })
	def(t, "get_loop", func(a []py.Object, kw []string) py.Object { return sOf(a[0]).loop })
	coroMethod(t, "wait_closed", goCode("wait_closed", "base_events.py", 342), func(self py.Object, a []py.Object, kw []string) py.Object {
		return py.None
	})
	coroMethod(t, "start_serving", goCode("start_serving", "base_events.py", 322), func(self py.Object, a []py.Object, kw []string) py.Object {
		s := sOf(self)
		if !s.serving && !s.closed {
			s.serve()
		}
		return py.None
	})
	coroMethod(t, "serve_forever", goCode("serve_forever", "base_events.py", 325), func(self py.Object, a []py.Object, kw []string) py.Object {
		s := sOf(self)
		if !s.serving && !s.closed {
			s.serve()
		}
		f := NewFuture(s.loop)
		defer s.close()
		return f.AwaitDirect()
	})
	coroMethod(t, "__aenter__", goCode("__aenter__", "base_events.py", 310), func(self py.Object, a []py.Object, kw []string) py.Object {
		return self
	})
	coroMethod(t, "__aexit__", goCode("__aexit__", "base_events.py", 313), func(self py.Object, a []py.Object, kw []string) py.Object {
		sOf(self).close()
		return py.None
	})

	st := transportSocketType
	st.SetNoNew()
	reprMethod(st)
	def(st, "getsockname", func(a []py.Object, kw []string) py.Object { return addrTuple(a[0].(*sockObj).local) })
	def(st, "getpeername", func(a []py.Object, kw []string) py.Object { return addrTuple(a[0].(*sockObj).remote) })
	def(st, "fileno", func(a []py.Object, kw []string) py.Object { return py.Int(3) })
}
