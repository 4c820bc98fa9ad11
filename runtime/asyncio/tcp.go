package asyncio

import (
	"context"
	"fmt"
	"net"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// loop.create_connection and loop.create_server with protocol factories
// (base_events and selector_events), on non-blocking sockets driven by
// the loop's selector.

type addrInfo struct {
	family int
	sa     syscall.Sockaddr
}

func (a addrInfo) obj() py.Object { return sockaddrObj(a.sa) }

// portArg is _ipaddr_info's port conversion; ok is false when port is
// not an int.
func portArg(port py.Object) (int, bool) {
	switch v := port.(type) {
	case py.NoneType:
		return 0, true
	case py.Str:
		if v == "" {
			return 0, true
		}
	case py.Bytes:
		if len(v) == 0 {
			return 0, true
		}
	}
	var p int
	if e := catch(func() { p = py.Index(py.Call(py.IntType, port)) }); e != nil {
		return 0, false
	}
	return p, true
}

func makeAddr(family int, ip net.IP, port int) (addrInfo, bool) {
	if family == syscall.AF_INET {
		v4 := ip.To4()
		if v4 == nil {
			return addrInfo{}, false
		}
		sa := &syscall.SockaddrInet4{Port: port}
		copy(sa.Addr[:], v4)
		return addrInfo{family, sa}, true
	}
	v6 := ip.To16()
	if v6 == nil {
		return addrInfo{}, false
	}
	sa := &syscall.SockaddrInet6{Port: port}
	copy(sa.Addr[:], v6)
	return addrInfo{family, sa}, true
}

// ipaddrInfo is _ipaddr_info: the address without a lookup when host is
// a numeric address.
func ipaddrInfo(host, port py.Object, family int) (addrInfo, bool) {
	hs, ok := host.(py.Str)
	if !ok {
		if b, isb := host.(py.Bytes); isb {
			hs = py.Str(b)
		} else {
			return addrInfo{}, false
		}
	}
	p, ok := portArg(port)
	if !ok || strings.Contains(string(hs), "%") {
		return addrInfo{}, false
	}
	ip := net.ParseIP(string(hs))
	if ip == nil {
		return addrInfo{}, false
	}
	isV6 := strings.Contains(string(hs), ":")
	switch {
	case !isV6 && (family == syscall.AF_UNSPEC || family == syscall.AF_INET):
		return makeAddr(syscall.AF_INET, ip, p)
	case isV6 && (family == syscall.AF_UNSPEC || family == syscall.AF_INET6):
		return makeAddr(syscall.AF_INET6, ip, p)
	}
	return addrInfo{}, false
}

// ensureResolved is _ensure_resolved: numeric addresses at once, others
// through loop.getaddrinfo in the default executor.
func (l *Loop) ensureResolved(host, port py.Object, family int, passive bool) []addrInfo {
	if ai, ok := ipaddrInfo(host, port, family); ok {
		return []addrInfo{ai}
	}
	p, ok := portArg(port)
	if !ok {
		panic(py.Call(py.GetAttr(py.Import("socket"), "gaierror"), py.Int(-8), py.Str("Servname not supported for ai_socktype")))
	}
	var out []addrInfo
	var lerr error
	lookup := py.NewBuiltin("getaddrinfo", func(a []py.Object, kw []string) py.Object {
		py.WithoutGIL(func() {
			var ips []net.IP
			if isNone(host) {
				if passive {
					ips = []net.IP{net.IPv4zero, net.IPv6unspecified}
				} else {
					ips = []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback}
				}
			} else {
				var addrs []net.IPAddr
				addrs, lerr = net.DefaultResolver.LookupIPAddr(context.Background(), py.StrOf(host))
				for _, a := range addrs {
					ips = append(ips, a.IP)
				}
			}
			for _, ip := range ips {
				fam := syscall.AF_INET6
				if ip.To4() != nil && !strings.Contains(ip.String(), ":") {
					fam = syscall.AF_INET
				}
				if family != syscall.AF_UNSPEC && fam != family {
					continue
				}
				if ai, ok := makeAddr(fam, ip, p); ok {
					out = append(out, ai)
				}
			}
		})
		return py.None
	})
	py.Await(l.runInExecutor(py.None, lookup, nil))
	if lerr != nil {
		panic(py.Call(py.GetAttr(py.Import("socket"), "gaierror"), py.Int(-2), py.Str("Name or service not known")))
	}
	return out
}

func newSocketFd(family, stype int) int {
	proto := 0
	fd, err := syscall.Socket(family, stype|syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC, proto)
	if err != nil {
		panic(py.NewOSError(err, ""))
	}
	return fd
}

func errnoOf(err error) int {
	if en, ok := err.(syscall.Errno); ok {
		return int(en)
	}
	return 0
}

func bindError(err error, addr py.Object) *py.BaseException {
	msg := strings.ToLower(err.Error())
	return py.Call(py.OSErrorType, py.Int(errnoOf(err)), py.Str(fmt.Sprintf("error while attempting to bind on address %s: %s", py.Repr(addr), msg))).(*py.BaseException)
}

// sockConnect is sock_connect(sock, address) on a descriptor: connect at
// once or when the socket becomes writable.
func (l *Loop) sockConnect(fd int, ai addrInfo) {
	fut := NewFuture(l)
	err := syscall.Connect(fd, ai.sa)
	switch {
	case err == syscall.EINPROGRESS || err == syscall.EINTR || err == syscall.EAGAIN:
		var h *Handle
		h = l.addWriter(fd, &Handle{name: "_sock_connect_cb()", ctx: py.Current().Context.Copy(), fn: func() {
			if fut.Done() {
				return
			}
			e, gerr := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_ERROR)
			if gerr != nil {
				fut.setException(py.NewOSError(gerr, ""))
				return
			}
			if e != 0 {
				if syscall.Errno(e) == syscall.EINPROGRESS {
					return
				}
				fut.setException(py.Call(py.OSErrorType, py.Int(e), py.Str("Connect call failed "+py.Repr(ai.obj()))).(*py.BaseException))
				return
			}
			fut.SetResult(py.None)
		}})
		fut.addCallback(&doneCallback{cbHead: cbHead{name: &cbSockWriteDone}, fn: func(py.Object) {
			_ = h
			l.removeWriter(fd)
		}})
	case err != nil:
		fut.setException(py.NewOSError(err, ""))
	default:
		fut.SetResult(py.None)
	}
	fut.AwaitDirect()
}

type connectArgs struct {
	factory, host, port                  py.Object
	ssl, family, sock, localAddr, sHost  py.Object
	happyEyeballs, interleave, hsTimeout py.Object
}

func createConnection(l *Loop, a []py.Object, kw []string) py.Object {
	pos, kwv := parseKwOnly("create_connection", a, kw, 1, 3, []string{"ssl", "family", "proto", "flags", "sock",
		"local_addr", "server_hostname", "ssl_handshake_timeout", "ssl_shutdown_timeout", "happy_eyeballs_delay", "interleave", "host", "port"})
	factory := pos[0]
	host, port := py.Object(py.None), py.Object(py.None)
	if len(pos) > 1 {
		host = pos[1]
	}
	if len(pos) > 2 {
		port = pos[2]
	}
	if kwv[11] != nil {
		host = kwv[11]
	}
	if kwv[12] != nil {
		port = kwv[12]
	}
	ssl, sock, localAddr := orNone(kwv[0]), orNone(kwv[4]), orNone(kwv[5])
	family := 0
	if !isNone(kwv[1]) {
		family = py.Index(kwv[1])
	}
	return py.NewCoroutine(goCode("create_connection", "base_events.py", 987), func() py.Object {
		serverHostname := orNone(kwv[6])
		if !isNone(serverHostname) && !py.Truth(ssl) {
			valueError("server_hostname is only meaningful with ssl")
		}
		if isNone(serverHostname) && py.Truth(ssl) {
			if !py.Truth(host) {
				valueError("You must set server_hostname when using ssl without a host")
			}
			serverHostname = host
		}
		if !isNone(kwv[7]) && !py.Truth(ssl) {
			valueError("ssl_handshake_timeout is only meaningful with ssl")
		}
		if !isNone(kwv[8]) && !py.Truth(ssl) {
			valueError("ssl_shutdown_timeout is only meaningful with ssl")
		}
		if !isNone(kwv[9]) {
			typeError("happy_eyeballs_delay is not supported")
		}
		var fd int
		var sockObj py.Object
		if !isNone(host) || !isNone(port) {
			if !isNone(sock) {
				valueError("host/port and sock can not be specified at the same time")
			}
			infos := l.ensureResolved(host, port, family, false)
			if len(infos) == 0 {
				panic(py.NewError(py.OSErrorType, "getaddrinfo() returned empty list"))
			}
			var laddrs []addrInfo
			if !isNone(localAddr) {
				la := py.AppendStar(nil, localAddr)
				if len(la) < 2 {
					typeError("local_addr must be a (host, port) tuple")
				}
				laddrs = l.ensureResolved(la[0], la[1], family, true)
				if len(laddrs) == 0 {
					panic(py.NewError(py.OSErrorType, "getaddrinfo() returned empty list"))
				}
			}
			var excs []*py.BaseException
			fd = -1
			for _, ai := range infos {
				var s int = -1
				e := catch(func() {
					s = newSocketFd(ai.family, syscall.SOCK_STREAM)
					if laddrs != nil {
						bound := false
						var bindExc *py.BaseException
						for _, la := range laddrs {
							if la.family != ai.family {
								continue
							}
							if err := syscall.Bind(s, la.sa); err != nil {
								bindExc = bindError(err, la.obj())
								continue
							}
							bound = true
							break
						}
						if !bound {
							if bindExc != nil {
								panic(bindExc)
							}
							panic(py.NewError(py.OSErrorType, fmt.Sprintf("no matching local address with family=%s found", familyName(ai.family))))
						}
					}
					l.sockConnect(s, ai)
				})
				if e == nil {
					fd = s
					break
				}
				if s >= 0 {
					syscall.Close(s)
				}
				if !isOSError(e) {
					panic(e)
				}
				excs = append(excs, e)
			}
			if fd < 0 {
				if len(excs) == 1 {
					panic(excs[0])
				}
				model := py.StrOf(excs[0])
				same := true
				var msgs []string
				for _, e := range excs {
					msgs = append(msgs, py.StrOf(e))
					if py.StrOf(e) != model {
						same = false
					}
				}
				if same {
					panic(excs[0])
				}
				panic(py.NewError(py.OSErrorType, "Multiple exceptions: "+strings.Join(msgs, ", ")))
			}
		} else {
			if isNone(sock) {
				valueError("host and port was not specified and no sock specified")
			}
			if py.Index(py.GetAttr(sock, "type")) != syscall.SOCK_STREAM {
				valueError("A Stream Socket was expected, got %s", py.Repr(sock))
			}
			sockObj = sock
			fd = py.Index(py.CallMethod(sock, "fileno"))
			py.CallMethod(sock, "setblocking", py.False)
		}
		var res py.Object
		if e := catch(func() {
			res = l.createConnectionTransport(fd, sockObj, factory, ssl, serverHostname, orNone(kwv[7]), orNone(kwv[8]))
		}); e != nil {
			if l.selector().transports[fd] == nil {
				if sockObj != nil {
					py.CallMethod(sockObj, "close")
				} else {
					syscall.Close(fd)
				}
			}
			panic(e)
		}
		return res
	})
}

// createConnectionTransport is _create_connection_transport.
// connectAcceptedSocket is loop.connect_accepted_socket: a transport and
// protocol for a socket accepted elsewhere (server side of TLS with ssl).
func connectAcceptedSocket(l *Loop, a []py.Object, kw []string) py.Object {
	pos, kwv := parseKwOnly("connect_accepted_socket", a, kw, 2, 2, []string{"ssl", "ssl_handshake_timeout", "ssl_shutdown_timeout"})
	factory, sock := pos[0], pos[1]
	ssl, hsTimeout, shTimeout := orNone(kwv[0]), orNone(kwv[1]), orNone(kwv[2])
	return py.NewCoroutine(goCode("connect_accepted_socket", "base_events.py", 1556), func() py.Object {
		if py.Index(py.GetAttr(sock, "type")) != syscall.SOCK_STREAM {
			valueError("A Stream Socket was expected, got %s", py.Repr(sock))
		}
		if !isNone(hsTimeout) && !py.Truth(ssl) {
			valueError("ssl_handshake_timeout is only meaningful with ssl")
		}
		if !isNone(shTimeout) && !py.Truth(ssl) {
			valueError("ssl_shutdown_timeout is only meaningful with ssl")
		}
		fd := py.Index(py.CallMethod(sock, "fileno"))
		py.CallMethod(sock, "setblocking", py.False)
		return l.connectionTransport(fd, sock, factory, ssl, py.Str(""), hsTimeout, shTimeout, true)
	})
}

func (l *Loop) createConnectionTransport(fd int, sockObj py.Object, factory py.Object, ssl, serverHostname, hsTimeout, shTimeout py.Object) py.Object {
	return l.connectionTransport(fd, sockObj, factory, ssl, serverHostname, hsTimeout, shTimeout, false)
}

// connectionTransport is _create_connection_transport.
func (l *Loop) connectionTransport(fd int, sockObj py.Object, factory py.Object, ssl, serverHostname, hsTimeout, shTimeout py.Object, serverSide bool) py.Object {
	syscall.SetNonblock(fd, true)
	protocol := py.Call(factory)
	waiter := NewFuture(l)
	var t interface {
		py.Object
		Close()
	}
	if py.Truth(ssl) {
		sslctx := ssl
		if _, isBool := ssl.(py.Bool); isBool {
			sslctx = py.None
		}
		sp := newSSLProto(l, protocol, sslctx, waiter, serverSide, serverHostname, true, hsTimeout, shTimeout)
		newSockTransport(l, fd, sockObj, sp, nil, nil, false, nil, nil)
		t = sp.appTr
	} else {
		t = newSockTransport(l, fd, sockObj, protocol, nil, nil, false, nil, waiter)
	}
	if e := catch(func() { waiter.AwaitDirect() }); e != nil {
		t.Close()
		panic(e)
	}
	return py.NewTuple(t, protocol)
}

// protoServer is base_events.Server for create_server.
type protoServer struct {
	loop        *Loop
	fds         []int
	open        bool // _sockets is not None
	activeCount int
	waiters     []*Future
	waitersGone bool
	factory     py.Object
	backlog     int
	serving     bool
	foreverFut  *Future
	// ssl is the server's SSLContext (nil without TLS), with the
	// handshake and shutdown timeouts (None: the defaults).
	ssl                  py.Object
	hsTimeout, shTimeout py.Object
	// userSocks are the socket objects given as sock=, by descriptor:
	// the server uses them as they are and closes them (sock.close()).
	userSocks map[int]py.Object
}

var protoServerType *py.Type

// adoptSock is the descriptor of a sock= argument, made non-blocking; the
// server keeps the object (CPython's Server holds the socket itself).
func (s *protoServer) adoptSock(sock py.Object) int {
	fd := py.Index(py.CallMethod(sock, "fileno"))
	py.CallMethod(sock, "setblocking", py.False)
	if s.userSocks == nil {
		s.userSocks = map[int]py.Object{}
	}
	s.userSocks[fd] = sock
	return fd
}

func (*protoServer) Type() *py.Type { return ServerType }

func (s *protoServer) sockets() py.Object {
	if !s.open {
		return py.NewTuple()
	}
	items := make([]py.Object, len(s.fds))
	for i, fd := range s.fds {
		items[i] = newTrSock(fd, nil)
	}
	return py.NewTuple(items...)
}

func (s *protoServer) String() string {
	return fmt.Sprintf("<Server sockets=%s>", py.Repr(s.sockets()))
}

func (s *protoServer) detach() {
	s.activeCount--
	if s.activeCount == 0 && !s.open {
		s.wakeup()
	}
}

func (s *protoServer) wakeup() {
	ws := s.waiters
	s.waiters, s.waitersGone = nil, true
	for _, w := range ws {
		if !w.Done() {
			w.SetResult(w)
		}
	}
}

func (s *protoServer) startServing() {
	if s.serving {
		return
	}
	s.serving = true
	for _, fd := range s.fds {
		if err := syscall.Listen(fd, s.backlog); err != nil {
			panic(py.NewOSError(err, ""))
		}
		s.loop.startServing(s, fd)
	}
}

func (l *Loop) startServing(s *protoServer, fd int) {
	l.addReader(fd, &Handle{name: "_accept_connection()", ctx: py.Current().Context.Copy(), fn: func() { l.acceptConnection(s, fd) }})
}

// acceptConnection is _accept_connection: up to backlog connections per
// readiness event, each handed to a task running _accept_connection2.
func (l *Loop) acceptConnection(s *protoServer, fd int) {
	for i := 0; i < s.backlog; i++ {
		nfd, sa, err := syscall.Accept4(fd, syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC)
		if err != nil {
			switch err {
			case syscall.EAGAIN, syscall.EINTR, syscall.ECONNABORTED:
				return
			case syscall.EMFILE, syscall.ENFILE, syscall.ENOBUFS, syscall.ENOMEM:
				ctx := py.NewDict()
				ctx.SetStr("message", py.Str("socket.accept() out of system resource"))
				ctx.SetStr("exception", py.NewOSError(err, ""))
				ctx.SetStr("socket", newTrSock(fd, nil))
				l.callExceptionHandler(ctx)
				l.removeReader(fd)
				l.CallLater(1.0, func() { l.startServing(s, fd) }, nil)
				return
			}
			panic(py.NewOSError(err, ""))
		}
		extra := py.NewDict()
		extra.SetStr("peername", sockaddrObj(sa))
		l.CreateTask(l.acceptConnection2(s, nfd, extra), py.None, nil)
	}
}

var acceptConnection2Code *py.Code

func (l *Loop) acceptConnection2(s *protoServer, fd int, extra *py.Dict) py.Object {
	return py.NewCoroutine(acceptConnection2Code, func() py.Object {
		var protocol py.Object
		var t *sockTransport
		e := catch(func() {
			protocol = py.Call(s.factory)
			waiter := NewFuture(l)
			var closer func()
			if s.ssl != nil {
				sp := newSSLProto(l, protocol, s.ssl, waiter, true, py.None, true, s.hsTimeout, s.shTimeout)
				t = newSockTransport(l, fd, nil, sp, extra, s, false, nil, nil)
				closer = sp.appTr.Close
			} else {
				t = newSockTransport(l, fd, nil, protocol, extra, s, false, nil, waiter)
				closer = t.Close
			}
			if e := catch(func() { waiter.AwaitDirect() }); e != nil {
				closer()
				panic(e)
			}
		})
		if e != nil {
			if e.Type().IsSubtype(py.SystemExitType) || e.Type().IsSubtype(py.KeyboardInterruptType) {
				panic(e)
			}
			if t == nil {
				syscall.Close(fd)
			}
			if l.debug {
				ctx := py.NewDict()
				ctx.SetStr("message", py.Str("Error on transport creation for incoming connection"))
				ctx.SetStr("exception", e)
				if protocol != nil {
					ctx.SetStr("protocol", protocol)
				}
				if t != nil {
					ctx.SetStr("transport", t)
				}
				l.callExceptionHandler(ctx)
			}
		}
		return py.None
	})
}

func (s *protoServer) close() {
	if !s.open {
		return
	}
	s.open = false
	for _, fd := range s.fds {
		s.loop.removeReader(fd)
		if sock := s.userSocks[fd]; sock != nil {
			py.CallMethod(sock, "close")
		} else {
			syscall.Close(fd)
		}
	}
	s.serving = false
	if f := s.foreverFut; f != nil && !f.Done() {
		f.Cancel(py.None)
		s.foreverFut = nil
	}
	if s.activeCount == 0 {
		s.wakeup()
	}
}

func (s *protoServer) waitClosed() {
	if !s.open || s.waitersGone {
		return
	}
	w := NewFuture(s.loop)
	s.waiters = append(s.waiters, w)
	w.AwaitDirect()
}

func createServer(l *Loop, a []py.Object, kw []string) py.Object {
	pos, kwv := parseKwOnly("create_server", a, kw, 1, 3, []string{"family", "flags", "sock", "backlog", "ssl",
		"reuse_address", "reuse_port", "ssl_handshake_timeout", "ssl_shutdown_timeout", "start_serving", "host", "port"})
	factory := pos[0]
	host, port := py.Object(py.None), py.Object(py.None)
	if len(pos) > 1 {
		host = pos[1]
	}
	if len(pos) > 2 {
		port = pos[2]
	}
	if kwv[10] != nil {
		host = kwv[10]
	}
	if kwv[11] != nil {
		port = kwv[11]
	}
	family := 0
	if !isNone(kwv[0]) {
		family = py.Index(kwv[0])
	}
	sock := orNone(kwv[2])
	backlog := 100
	if kwv[3] != nil {
		backlog = py.Index(kwv[3])
	}
	ssl := orNone(kwv[4])
	reuseAddr := orNone(kwv[5])
	reusePort := orNone(kwv[6])
	startServing := kwv[9] == nil || py.Truth(kwv[9])
	return py.NewCoroutine(goCode("create_server", "base_events.py", 1430), func() py.Object {
		if _, ok := ssl.(py.Bool); ok {
			typeError("ssl argument must be an SSLContext or None")
		}
		if !isNone(kwv[7]) && isNone(ssl) {
			valueError("ssl_handshake_timeout is only meaningful with ssl")
		}
		if !isNone(kwv[8]) && isNone(ssl) {
			valueError("ssl_shutdown_timeout is only meaningful with ssl")
		}
		var fds []int
		if !isNone(host) || !isNone(port) {
			if !isNone(sock) {
				valueError("host/port and sock can not be specified at the same time")
			}
			reuse := isNone(reuseAddr) || py.Truth(reuseAddr)
			var hosts []py.Object
			if h, ok := host.(py.Str); ok && h == "" {
				hosts = []py.Object{py.None}
			} else if _, ok := host.(py.Str); ok || isNone(host) {
				hosts = []py.Object{host}
			} else {
				hosts = py.AppendStar(nil, host)
			}
			// _create_server_getaddrinfo for each host, gathered.
			results := make([][]addrInfo, len(hosts))
			coros := make([]py.Object, len(hosts))
			for i, h := range hosts {
				i, h := i, h
				coros[i] = py.NewCoroutine(goCode("_create_server_getaddrinfo", "base_events.py", 1422), func() py.Object {
					infos := l.ensureResolved(h, port, family, true)
					if len(infos) == 0 {
						panic(py.NewError(py.OSErrorType, fmt.Sprintf("getaddrinfo(%s) returned empty list", py.Repr(h))))
					}
					results[i] = infos
					return py.None
				})
			}
			py.Await(Gather(coros, false))
			seen := map[string]bool{}
			completed := false
			defer func() {
				if !completed {
					for _, fd := range fds {
						syscall.Close(fd)
					}
				}
			}()
			for _, infos := range results {
				for _, ai := range infos {
					key := fmt.Sprint(ai.family, py.Repr(ai.obj()))
					if seen[key] {
						continue
					}
					seen[key] = true
					fd, err := syscall.Socket(ai.family, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
					if err != nil {
						continue
					}
					fds = append(fds, fd)
					if reuse {
						syscall.SetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
					}
					if py.Truth(reusePort) {
						syscall.SetsockoptInt(fd, syscall.SOL_SOCKET, 0xf /* SO_REUSEPORT */, 1)
					}
					if ai.family == syscall.AF_INET6 {
						syscall.SetsockoptInt(fd, syscall.IPPROTO_IPV6, syscall.IPV6_V6ONLY, 1)
					}
					if err := syscall.Bind(fd, ai.sa); err != nil {
						panic(bindError(err, ai.obj()))
					}
				}
			}
			completed = true
		} else {
			if isNone(sock) {
				valueError("Neither host/port nor sock were specified")
			}
			if py.Index(py.GetAttr(sock, "type")) != syscall.SOCK_STREAM {
				valueError("A Stream Socket was expected, got %s", py.Repr(sock))
			}
		}
		s := &protoServer{loop: l, fds: fds, open: true, factory: factory, backlog: backlog,
			hsTimeout: orNone(kwv[7]), shTimeout: orNone(kwv[8])}
		if fds == nil {
			s.fds = []int{s.adoptSock(sock)}
		}
		for _, fd := range s.fds {
			syscall.SetNonblock(fd, true)
		}
		if !isNone(ssl) {
			s.ssl = ssl
		}
		if startServing {
			s.startServing()
			sleep0()
		}
		return s
	})
}

func setupTcp() {
	t := protoServerType
	t.SetNoNew()
	sOf := func(o py.Object) *protoServer {
		s, ok := o.(*protoServer)
		if !ok {
			typeError("descriptor requires a 'Server' object, not '%s'", o.Type().Name)
		}
		return s
	}
	reprMethod(t)
	getter(t, "sockets", func(o py.Object) py.Object { return sOf(o).sockets() })
	// The private _sockets list (None once closed) and _waiters (None
	// once the server woke its wait_closed() waiters).
	getter(t, "_sockets", func(o py.Object) py.Object {
		s := sOf(o)
		if !s.open {
			return py.None
		}
		return py.NewList(s.sockets().(*py.Tuple).Items...)
	})
	getter(t, "_waiters", func(o py.Object) py.Object {
		s := sOf(o)
		if s.waitersGone {
			return py.None
		}
		items := make([]py.Object, len(s.waiters))
		for i, f := range s.waiters {
			items[i] = f
		}
		return py.NewList(items...)
	})
	getter(t, "_active_count", func(o py.Object) py.Object { return py.Int(sOf(o).activeCount) })
	def(t, "is_serving", func(a []py.Object, kw []string) py.Object { return py.NewBool(sOf(a[0]).serving) })
	def(t, "close", func(a []py.Object, kw []string) py.Object { sOf(a[0]).close(); return py.None })
	def(t, "get_loop", func(a []py.Object, kw []string) py.Object { return sOf(a[0]).loop })
	coroMethod(t, "wait_closed", goCode("wait_closed", "base_events.py", 379), func(self py.Object, a []py.Object, kw []string) py.Object {
		sOf(self).waitClosed()
		return py.None
	})
	coroMethod(t, "start_serving", goCode("start_serving", "base_events.py", 352), func(self py.Object, a []py.Object, kw []string) py.Object {
		sOf(self).startServing()
		sleep0()
		return py.None
	})
	coroMethod(t, "serve_forever", goCode("serve_forever", "base_events.py", 358), func(self py.Object, a []py.Object, kw []string) py.Object {
		s := sOf(self)
		if s.foreverFut != nil {
			runtimeError("server %s is already being awaited on serve_forever()", s.String())
		}
		if !s.open {
			runtimeError("server %s is closed", s.String())
		}
		s.startServing()
		f := NewFuture(s.loop)
		s.foreverFut = f
		defer func() { s.foreverFut = nil }()
		if e := catch(func() { f.AwaitDirect() }); e != nil {
			if isCancelled(e) {
				s.close()
				s.waitClosed()
			}
			panic(e)
		}
		return py.None
	})
	coroMethod(t, "__aenter__", goCode("__aenter__", "events.py", 195), func(self py.Object, a []py.Object, kw []string) py.Object {
		return self
	})
	coroMethod(t, "__aexit__", goCode("__aexit__", "events.py", 198), func(self py.Object, a []py.Object, kw []string) py.Object {
		sOf(self).close()
		sOf(self).waitClosed()
		return py.None
	})
}

func registerTransportMethods() {
	t := LoopType
	def(t, "connect_accepted_socket", func(a []py.Object, kw []string) py.Object {
		return connectAcceptedSocket(selfLoop(a[0]), a[1:], kw)
	})
	def(t, "create_connection", func(a []py.Object, kw []string) py.Object {
		return createConnection(selfLoop(a[0]), a[1:], kw)
	})
	def(t, "create_server", func(a []py.Object, kw []string) py.Object {
		return createServer(selfLoop(a[0]), a[1:], kw)
	})
	registerReadinessMethods()
	registerSockMethods()
}
