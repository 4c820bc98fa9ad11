package asyncio

import (
	"fmt"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Unix-domain stream servers and connections (unix_events'
// create_unix_server and create_unix_connection) and the streams over
// them (start_unix_server, open_unix_connection).

func fspathStr(o py.Object) string {
	p := py.Call(py.GetAttr(py.Import("os"), "fspath"), o)
	if b, ok := p.(py.Bytes); ok {
		return string(b)
	}
	return py.StrOf(p)
}

func checkUnixStreamSock(sock py.Object) {
	if py.Index(py.GetAttr(sock, "family")) != syscall.AF_UNIX || py.Index(py.GetAttr(sock, "type")) != syscall.SOCK_STREAM {
		valueError("A UNIX Domain Stream Socket was expected, got %s", py.Repr(sock))
	}
}

func createUnixConnection(l *Loop, a []py.Object, kw []string) py.Object {
	pos, kwv := parseKwOnly("create_unix_connection", a, kw, 1, 2, []string{"ssl", "sock", "server_hostname",
		"ssl_handshake_timeout", "ssl_shutdown_timeout", "path"})
	factory := pos[0]
	path := py.Object(py.None)
	if len(pos) > 1 {
		path = pos[1]
	}
	if kwv[5] != nil {
		path = kwv[5]
	}
	ssl, sock, serverHostname := orNone(kwv[0]), orNone(kwv[1]), orNone(kwv[2])
	hsTimeout, shTimeout := orNone(kwv[3]), orNone(kwv[4])
	return py.NewCoroutine(goCode("create_unix_connection", "unix_events.py", 227), func() py.Object {
		if py.Truth(ssl) {
			if isNone(serverHostname) {
				valueError("you have to pass server_hostname when using ssl")
			}
		} else {
			if !isNone(serverHostname) {
				valueError("server_hostname is only meaningful with ssl")
			}
			if !isNone(hsTimeout) {
				valueError("ssl_handshake_timeout is only meaningful with ssl")
			}
			if !isNone(shTimeout) {
				valueError("ssl_shutdown_timeout is only meaningful with ssl")
			}
		}
		var fd int
		var sockObj py.Object
		if !isNone(path) {
			if !isNone(sock) {
				valueError("path and sock can not be specified at the same time")
			}
			p := fspathStr(path)
			fd = newSocketFd(syscall.AF_UNIX, syscall.SOCK_STREAM)
			if e := catch(func() { l.sockConnect(fd, addrInfo{syscall.AF_UNIX, &syscall.SockaddrUnix{Name: p}}) }); e != nil {
				syscall.Close(fd)
				panic(e)
			}
		} else {
			if isNone(sock) {
				valueError("no path and sock were specified")
			}
			checkUnixStreamSock(sock)
			py.CallMethod(sock, "setblocking", py.False)
			sockObj = sock
			fd = py.Index(py.CallMethod(sock, "fileno"))
		}
		return l.createConnectionTransport(fd, sockObj, factory, ssl, serverHostname, hsTimeout, shTimeout)
	})
}

func createUnixServer(l *Loop, a []py.Object, kw []string) py.Object {
	pos, kwv := parseKwOnly("create_unix_server", a, kw, 1, 2, []string{"sock", "backlog", "ssl",
		"ssl_handshake_timeout", "ssl_shutdown_timeout", "start_serving", "path"})
	factory := pos[0]
	path := py.Object(py.None)
	if len(pos) > 1 {
		path = pos[1]
	}
	if kwv[6] != nil {
		path = kwv[6]
	}
	sock, ssl := orNone(kwv[0]), orNone(kwv[2])
	backlog := 100
	if kwv[1] != nil {
		backlog = py.Index(kwv[1])
	}
	hsTimeout, shTimeout := orNone(kwv[3]), orNone(kwv[4])
	startServing := kwv[5] == nil || py.Truth(kwv[5])
	return py.NewCoroutine(goCode("create_unix_server", "unix_events.py", 283), func() py.Object {
		if _, ok := ssl.(py.Bool); ok {
			typeError("ssl argument must be an SSLContext or None")
		}
		if !isNone(hsTimeout) && !py.Truth(ssl) {
			valueError("ssl_handshake_timeout is only meaningful with ssl")
		}
		if !isNone(shTimeout) && !py.Truth(ssl) {
			valueError("ssl_shutdown_timeout is only meaningful with ssl")
		}
		var fd int
		if !isNone(path) {
			if !isNone(sock) {
				valueError("path and sock can not be specified at the same time")
			}
			p := fspathStr(path)
			var err error
			fd, err = syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
			if err != nil {
				panic(py.NewOSError(err, ""))
			}
			if len(p) > 0 && p[0] != 0 {
				// A stale socket file from an earlier server is removed.
				var st syscall.Stat_t
				if err := syscall.Stat(p, &st); err == nil && st.Mode&syscall.S_IFMT == syscall.S_IFSOCK {
					syscall.Unlink(p)
				}
			}
			if err := syscall.Bind(fd, &syscall.SockaddrUnix{Name: p}); err != nil {
				syscall.Close(fd)
				if err == syscall.EADDRINUSE {
					panic(py.Call(py.OSErrorType, py.Int(int(syscall.EADDRINUSE)), py.Str(fmt.Sprintf("Address %s is already in use", py.Repr(py.Call(py.GetAttr(py.Import("os"), "fspath"), path))))))
				}
				panic(py.NewOSError(err, ""))
			}
		} else {
			if isNone(sock) {
				valueError("path was not specified, and no sock specified")
			}
			checkUnixStreamSock(sock)
		}
		s := &protoServer{loop: l, fds: []int{fd}, open: true, factory: factory, backlog: backlog,
			hsTimeout: hsTimeout, shTimeout: shTimeout}
		if isNone(path) {
			s.fds[0] = s.adoptSock(sock)
		}
		syscall.SetNonblock(s.fds[0], true)
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

func startUnixServerFn(a []py.Object, kw []string) py.Object {
	a, kw, limit := splitLimit(a, kw)
	if len(a)-len(kw) < 1 {
		found := false
		for _, k := range kw {
			found = found || k == "client_connected_cb"
		}
		if !found {
			typeError("start_unix_server() missing 1 required positional argument: 'client_connected_cb'")
		}
	}
	return py.NewCoroutine(goCode("start_unix_server", "streams.py", 109), func() py.Object {
		l := GetRunningLoop()
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
		return py.Await(createUnixServer(l, rest, kws))
	})
}

func openUnixConnectionFn(a []py.Object, kw []string) py.Object {
	a, kw, limit := splitLimit(a, kw)
	return py.NewCoroutine(goCode("open_unix_connection", "streams.py", 96), func() py.Object {
		l := GetRunningLoop()
		r := newReader(l, limit)
		p := newStreamProtocol(l, r, nil)
		factory := py.NewBuiltin("<lambda>", func([]py.Object, []string) py.Object { return p })
		res := py.Await(createUnixConnection(l, append([]py.Object{factory}, a...), kw)).(*py.Tuple)
		t := res.Items[0].(streamTransport)
		w := newTransportWriter(l, t, p, r)
		return py.NewTuple(r, w)
	})
}

func setupUnix() {
	def(LoopType, "create_unix_connection", func(a []py.Object, kw []string) py.Object {
		return createUnixConnection(selfLoop(a[0]), a[1:], kw)
	})
	def(LoopType, "create_unix_server", func(a []py.Object, kw []string) py.Object {
		return createUnixServer(selfLoop(a[0]), a[1:], kw)
	})
}
