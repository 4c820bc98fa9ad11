// Package socket is a subset of Python's socket module on raw system
// calls: enough to create, bind, listen, connect and exchange bytes (and
// to find a free port by binding to port 0).
package socket

import (
	"fmt"
	"net"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Socket is socket.socket.
type Socket struct {
	fd                  int
	family, kind, proto int
	timeout             py.Object
	// ioRefs counts the open files makefile() made; closing is set by
	// close() while some are open (the descriptor closes with the last).
	ioRefs  int
	closing bool
	cls     *py.Type
	dict    *py.Dict
}

var SocketType = py.NewType("socket", "socket", nil)

// ErrorType is socket.timeout (TimeoutError in 3.10+); gaierror and herror.
var (
	GaiErrorType = py.NewType("gaierror", "socket", py.OSErrorType)
	HErrorType   = py.NewType("herror", "socket", py.OSErrorType)
)

func (s *Socket) Type() *py.Type {
	if s.cls != nil {
		return s.cls
	}
	return SocketType
}
func (s *Socket) InstanceDict() *py.Dict { return s.dict }

func (s *Socket) check() {
	if s.fd < 0 {
		panic(py.NewOSError(syscall.EBADF, ""))
	}
}

func sockaddr(family int, addr py.Object) syscall.Sockaddr {
	items := py.AppendStar(nil, addr)
	if family == syscall.AF_UNIX {
		return &syscall.SockaddrUnix{Name: py.StrOf(addr)}
	}
	if len(items) < 2 {
		panic(py.NewError(py.TypeErrorType, "AF_INET address must be a pair (host, port)"))
	}
	host := py.StrOf(items[0])
	port := py.Index(items[1])
	if port < 0 || port > 65535 {
		panic(py.NewError(py.OverflowErrorType, "bind(): port must be 0-65535."))
	}
	switch host {
	case "", "0.0.0.0":
		host = "0.0.0.0"
	case "localhost":
		host = "127.0.0.1"
		if family == syscall.AF_INET6 {
			host = "::1"
		}
	}
	ip := net.ParseIP(host)
	if ip == nil {
		var addrs []string
		var err error
		py.WithoutGIL(func() { addrs, err = net.LookupHost(host) })
		if err != nil || len(addrs) == 0 {
			panic(py.NewException(GaiErrorType, py.Int(-2), py.Str("Name or service not known")))
		}
		ip = net.ParseIP(addrs[0])
	}
	if family == syscall.AF_INET6 {
		sa := &syscall.SockaddrInet6{Port: port}
		copy(sa.Addr[:], ip.To16())
		return sa
	}
	sa := &syscall.SockaddrInet4{Port: port}
	copy(sa.Addr[:], ip.To4())
	return sa
}

func addrObj(sa syscall.Sockaddr) py.Object {
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

func oserr(err error) {
	if err != nil {
		panic(py.NewOSError(err, ""))
	}
}

func (s *Socket) String() string {
	if s.fd < 0 {
		return fmt.Sprintf("<socket.socket [closed] fd=-1, family=%d, type=%d, proto=%d>", s.family, s.kind, s.proto)
	}
	out := fmt.Sprintf("<socket.socket fd=%d, family=%d, type=%d, proto=%d", s.fd, s.family, s.kind, s.proto)
	if sa, err := syscall.Getsockname(s.fd); err == nil {
		out += ", laddr=" + py.Repr(addrObj(sa))
	}
	if sa, err := syscall.Getpeername(s.fd); err == nil {
		out += ", raddr=" + py.Repr(addrObj(sa))
	}
	return out + ">"
}

// intOr is an optional integer argument (None or absent: def).
func intOr(o py.Object, def int) int {
	if o == nil || o == py.None {
		return def
	}
	return py.Index(o)
}

// open is _socket.socket.__init__: a new descriptor, or the one given
// (its family, type and protocol asked of the kernel where not given);
// then the module's default timeout.
func (s *Socket) open(family, kind, proto int, fileno py.Object) {
	if fileno != nil && fileno != py.None {
		if _, isFloat := fileno.(py.Float); isFloat {
			panic(py.NewError(py.TypeErrorType, "'float' object cannot be interpreted as an integer"))
		}
		fd := py.Index(fileno)
		if fd < 0 {
			panic(py.NewError(py.ValueErrorType, "negative file descriptor"))
		}
		ask := func(opt int) int {
			v, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, opt)
			oserr(err)
			return v
		}
		if family == -1 {
			family = ask(syscall.SO_DOMAIN)
		}
		if kind == -1 {
			kind = ask(syscall.SO_TYPE)
		}
		if proto == -1 {
			proto = ask(syscall.SO_PROTOCOL)
		}
		s.fd = fd
	} else {
		if family == -1 {
			family = syscall.AF_INET
		}
		if kind == -1 {
			kind = syscall.SOCK_STREAM
		}
		if proto == -1 {
			proto = 0
		}
		fd, err := syscall.Socket(family, kind|syscall.SOCK_CLOEXEC, proto)
		oserr(err)
		s.fd = fd
	}
	s.family, s.kind, s.proto = family, kind&^(syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC), proto
	s.timeout = py.None
	if defaultTimeout >= 0 {
		s.timeout = py.Float(defaultTimeout)
		oserr(syscall.SetNonblock(s.fd, true))
	}
}

func self(args []py.Object) *Socket { return args[0].(*Socket) }

func def(name string, fn func(s *Socket, args []py.Object) py.Object) {
	py.AddMethod(SocketType, name, func(args []py.Object, kw []string) py.Object {
		return fn(self(args), args[1:])
	})
}

func setup0() {
	py.SetSubclassable(SocketType)
	// As _socket.socket: __new__ makes a closed socket, __init__ opens one
	// (socket.py's subclass calls _socket.socket.__init__ itself).
	py.SetNewInstance(SocketType, func(t *py.Type) py.Object {
		s := &Socket{fd: -1, timeout: py.None}
		if t != SocketType {
			s.cls, s.dict = t, py.NewDict()
		}
		return s
	})
	py.AddMethod(SocketType, "__init__", func(args []py.Object, kw []string) py.Object {
		s := self(args)
		a := py.ParseArgs("socket", args[1:], kw, []string{"family", "type", "proto", "fileno"}, 0)
		s.open(intOr(a[0], -1), intOr(a[1], -1), intOr(a[2], -1), a[3])
		return py.None
	})
	def("bind", func(s *Socket, args []py.Object) py.Object {
		s.check()
		oserr(syscall.Bind(s.fd, sockaddr(s.family, args[0])))
		return py.None
	})
	def("listen", func(s *Socket, args []py.Object) py.Object {
		s.check()
		n := 128
		if len(args) > 0 {
			n = py.Index(args[0])
		}
		oserr(syscall.Listen(s.fd, n))
		return py.None
	})
	def("accept", func(s *Socket, args []py.Object) py.Object {
		nfd, sa := s.accept()
		return py.NewTuple(&Socket{fd: nfd, family: s.family, kind: s.kind, proto: s.proto, timeout: py.None}, addrObj(sa))
	})
	def("connect", func(s *Socket, args []py.Object) py.Object {
		s.check()
		sa := sockaddr(s.family, args[0])
		var err error
		py.WithoutGIL(func() { err = syscall.Connect(s.fd, sa) })
		if err == syscall.EINPROGRESS && s.timeoutSecs() > 0 {
			// A socket with a timeout: wait for the connection, then
			// take its outcome from SO_ERROR.
			s.waitReady(true)
			var v int
			v, err = syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_ERROR)
			if err == nil && v != 0 {
				err = syscall.Errno(v)
			}
		}
		oserr(err)
		return py.None
	})
	def("connect_ex", func(s *Socket, args []py.Object) py.Object {
		s.check()
		sa := sockaddr(s.family, args[0])
		var err error
		py.WithoutGIL(func() { err = syscall.Connect(s.fd, sa) })
		if e, ok := err.(syscall.Errno); ok {
			return py.Int(int(e))
		}
		return py.Int(0)
	})
	def("getsockname", func(s *Socket, args []py.Object) py.Object {
		s.check()
		sa, err := syscall.Getsockname(s.fd)
		oserr(err)
		return addrObj(sa)
	})
	def("getpeername", func(s *Socket, args []py.Object) py.Object {
		s.check()
		sa, err := syscall.Getpeername(s.fd)
		oserr(err)
		return addrObj(sa)
	})
	send := func(s *Socket, data []byte, flags int) int {
		var n int
		s.do(true, func() (err error) {
			n, err = syscall.SendmsgN(s.fd, data, nil, nil, flags|syscall.MSG_NOSIGNAL)
			return
		})
		return n
	}
	def("send", func(s *Socket, args []py.Object) py.Object {
		s.check()
		return py.Int(send(s, bytesArg(args[0]), optFlags(args, 1)))
	})
	def("sendall", func(s *Socket, args []py.Object) py.Object {
		s.check()
		data := bytesArg(args[0])
		flags := optFlags(args, 1)
		for len(data) > 0 {
			n := send(s, data, flags)
			data = data[n:]
		}
		return py.None
	})
	def("recv", func(s *Socket, args []py.Object) py.Object {
		s.check()
		size := py.Index(args[0])
		if size < 0 {
			panic(py.NewError(py.ValueErrorType, "negative buffersize in recv"))
		}
		buf := make([]byte, size)
		flags := optFlags(args, 1)
		var n int
		s.do(false, func() (err error) {
			n, _, err = syscall.Recvfrom(s.fd, buf, flags)
			return
		})
		if n < 0 {
			n = 0
		}
		return py.Bytes(buf[:n])
	})
	def("setsockopt", func(s *Socket, args []py.Object) py.Object {
		s.check()
		oserr(syscall.SetsockoptInt(s.fd, py.Index(args[0]), py.Index(args[1]), py.Index(args[2])))
		return py.None
	})
	def("getsockopt", func(s *Socket, args []py.Object) py.Object {
		s.check()
		v, err := syscall.GetsockoptInt(s.fd, py.Index(args[0]), py.Index(args[1]))
		oserr(err)
		return py.Int(v)
	})
	def("setblocking", func(s *Socket, args []py.Object) py.Object {
		s.check()
		oserr(syscall.SetNonblock(s.fd, !py.Truth(args[0])))
		if py.Truth(args[0]) {
			s.timeout = py.None
		} else {
			s.timeout = py.Float(0)
		}
		return py.None
	})
	def("settimeout", func(s *Socket, args []py.Object) py.Object {
		s.check()
		if len(args) != 1 {
			panic(py.NewError(py.TypeErrorType, "settimeout() takes exactly one argument"))
		}
		t := args[0]
		if t != py.None {
			f, ok := py.FloatValue(t)
			if !ok {
				panic(py.NewError(py.TypeErrorType, "Timeout value must be int, float or None"))
			}
			if f < 0 {
				panic(py.NewError(py.ValueErrorType, "Timeout value out of range"))
			}
			t = py.Float(f)
		}
		// As CPython: a socket with a timeout is non-blocking underneath
		// and waits in poll.
		oserr(syscall.SetNonblock(s.fd, t != py.None))
		s.timeout = t
		return py.None
	})
	def("gettimeout", func(s *Socket, args []py.Object) py.Object { return s.timeout })
	def("fileno", func(s *Socket, args []py.Object) py.Object { return py.Int(s.fd) })
	def("detach", func(s *Socket, args []py.Object) py.Object {
		fd := s.fd
		s.fd = -1
		return py.Int(fd)
	})
	def("close", func(s *Socket, args []py.Object) py.Object {
		s.closing = true
		if s.ioRefs == 0 {
			s.realClose()
		}
		return py.None
	})
	py.AddMethod(SocketType, "makefile", makefile)
	def("_decref_socketios", func(s *Socket, args []py.Object) py.Object {
		s.decrefIO()
		return py.None
	})
	def("dup", func(s *Socket, args []py.Object) py.Object {
		s.check()
		nfd, err := syscall.Dup(s.fd)
		oserr(err)
		syscall.CloseOnExec(nfd)
		d := py.Call(s.Type(), py.Int(s.family), py.Int(s.kind), py.Int(s.proto), py.Int(nfd))
		py.CallMethod(d, "settimeout", s.timeout)
		return d
	})
	def("shutdown", func(s *Socket, args []py.Object) py.Object {
		s.check()
		oserr(syscall.Shutdown(s.fd, py.Index(args[0])))
		return py.None
	})
	def("__enter__", func(s *Socket, args []py.Object) py.Object { return s })
	def("__exit__", func(s *Socket, args []py.Object) py.Object {
		s.closing = true
		if s.ioRefs == 0 {
			s.realClose()
		}
		return py.None
	})
	registerIO()
	py.AddGetter(SocketType, "family", func(o py.Object) py.Object { return py.Int(o.(*Socket).family) }, nil)
	py.AddGetter(SocketType, "type", func(o py.Object) py.Object { return py.Int(o.(*Socket).kind) }, nil)
	py.AddGetter(SocketType, "proto", func(o py.Object) py.Object { return py.Int(o.(*Socket).proto) }, nil)

	registerC()
	py.RegisterModule("_socket", setC)
	// The host's socket.py (over _socket) serves programs; this one,
	// _socket with socket.py's helpers written in Go, builds without a
	// host library.
	py.RegisterFallbackModule("socket", func(m *py.Module) {
		setC(m)
		addMore(m)
		m.AddFunc("getfqdn", getfqdn)
	})
}

func syscall_hostname() (string, error) {
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return "", err
	}
	var b []byte
	for _, c := range u.Nodename {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return string(b), nil
}
