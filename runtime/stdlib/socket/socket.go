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

func newSocket(family, kind, proto int) *Socket {
	fd, err := syscall.Socket(family, kind|syscall.SOCK_CLOEXEC, proto)
	oserr(err)
	return &Socket{fd: fd, family: family, kind: kind, proto: proto, timeout: py.None}
}

func self(args []py.Object) *Socket { return args[0].(*Socket) }

func def(name string, fn func(s *Socket, args []py.Object) py.Object) {
	py.AddMethod(SocketType, name, func(args []py.Object, kw []string) py.Object {
		return fn(self(args), args[1:])
	})
}

func init() {
	py.SetSubclassable(SocketType)
	py.SetCall(SocketType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("socket", args, kw, []string{"family", "type", "proto", "fileno"}, 0)
		fam, kind, proto := syscall.AF_INET, syscall.SOCK_STREAM, 0
		if a[0] != nil && a[0] != py.None {
			fam = py.Index(a[0])
		}
		if a[1] != nil && a[1] != py.None {
			kind = py.Index(a[1])
		}
		if a[2] != nil && a[2] != py.None {
			proto = py.Index(a[2])
		}
		if a[3] != nil && a[3] != py.None {
			return &Socket{fd: py.Index(a[3]), family: fam, kind: kind, proto: proto, timeout: py.None}
		}
		return newSocket(fam, kind, proto)
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
		var nfd int
		var sa syscall.Sockaddr
		s.do(false, func() (err error) {
			nfd, sa, err = syscall.Accept4(s.fd, syscall.SOCK_CLOEXEC)
			return
		})
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
	bytesArg := func(o py.Object) []byte {
		b, ok := py.BytesLike(o)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "a bytes-like object is required, not '"+o.Type().Name+"'"))
		}
		return b
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

	py.RegisterModule("socket", func(m *py.Module) {
		addMore(m)
		m.Set("socket", SocketType)
		m.Set("SocketType", SocketType)
		m.Set("error", py.OSErrorType)
		m.Set("timeout", py.TimeoutErrorType)
		m.Set("gaierror", GaiErrorType)
		m.Set("herror", HErrorType)
		consts := map[string]int{
			"AF_INET": syscall.AF_INET, "AF_INET6": syscall.AF_INET6, "AF_UNIX": syscall.AF_UNIX, "AF_UNSPEC": syscall.AF_UNSPEC,
			"SOCK_STREAM": syscall.SOCK_STREAM, "SOCK_DGRAM": syscall.SOCK_DGRAM, "SOCK_RAW": syscall.SOCK_RAW,
			"SOCK_NONBLOCK": syscall.SOCK_NONBLOCK, "SOCK_CLOEXEC": syscall.SOCK_CLOEXEC,
			"SOL_SOCKET": syscall.SOL_SOCKET, "SO_REUSEADDR": syscall.SO_REUSEADDR, "SO_REUSEPORT": 15,
			"SO_KEEPALIVE": syscall.SO_KEEPALIVE, "SO_BROADCAST": syscall.SO_BROADCAST, "SO_ERROR": syscall.SO_ERROR,
			"SO_SNDBUF": syscall.SO_SNDBUF, "SO_RCVBUF": syscall.SO_RCVBUF, "SO_LINGER": syscall.SO_LINGER,
			"IPPROTO_TCP": syscall.IPPROTO_TCP, "IPPROTO_UDP": syscall.IPPROTO_UDP, "IPPROTO_IP": syscall.IPPROTO_IP,
			"IPPROTO_IPV6": syscall.IPPROTO_IPV6, "TCP_NODELAY": syscall.TCP_NODELAY,
			"SHUT_RD": syscall.SHUT_RD, "SHUT_WR": syscall.SHUT_WR, "SHUT_RDWR": syscall.SHUT_RDWR,
			"SOMAXCONN": 4096, "AI_PASSIVE": 1, "AI_CANONNAME": 2, "AI_NUMERICHOST": 4, "NI_NUMERICHOST": 1,
			"NI_NUMERICSERV": niNumericServ, "NI_NOFQDN": 4, "NI_NAMEREQD": niNameReqd, "NI_DGRAM": niDgram,
			"NI_MAXHOST": 1025, "NI_MAXSERV": 32,
			"MSG_PEEK": syscall.MSG_PEEK, "MSG_DONTWAIT": syscall.MSG_DONTWAIT, "has_ipv6": 1,
		}
		for k, v := range consts {
			m.Set(k, py.Int(v))
		}
		m.Set("has_ipv6", py.True)
		m.AddFunc("getfqdn", getfqdn)
		m.AddFunc("gethostname", func(args []py.Object, kw []string) py.Object {
			h, err := syscall_hostname()
			oserr(err)
			return py.Str(h)
		})
		m.AddFunc("gethostbyname", func(args []py.Object, kw []string) py.Object {
			host := py.StrOf(args[0])
			sa := sockaddr(syscall.AF_INET, py.NewTuple(py.Str(host), py.Int(0))).(*syscall.SockaddrInet4)
			return py.Str(net.IP(sa.Addr[:]).String())
		})
		m.AddFunc("getaddrinfo", getaddrinfo)
		m.AddFunc("getnameinfo", getnameinfo)
		m.AddFunc("socketpair", func(args []py.Object, kw []string) py.Object {
			fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
			oserr(err)
			return py.NewTuple(&Socket{fd: fds[0], family: syscall.AF_UNIX, kind: syscall.SOCK_STREAM, timeout: py.None},
				&Socket{fd: fds[1], family: syscall.AF_UNIX, kind: syscall.SOCK_STREAM, timeout: py.None})
		})
		m.AddFunc("htons", func(args []py.Object, kw []string) py.Object {
			v := uint16(py.Index(args[0]))
			return py.Int(int(v>>8 | v<<8))
		})
		m.AddFunc("ntohs", func(args []py.Object, kw []string) py.Object {
			v := uint16(py.Index(args[0]))
			return py.Int(int(v>>8 | v<<8))
		})
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
