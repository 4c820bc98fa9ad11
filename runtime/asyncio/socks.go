package asyncio

import (
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The loop's socket operations (sock_recv, sock_recv_into, sock_sendall,
// sock_connect, sock_accept) on socket.socket objects: the operation is
// tried at once, then again each time the selector reports the socket
// ready, as selector_events does.

func isBlockingErr(e *py.BaseException) bool {
	return e.Type().IsSubtype(py.BlockingIOErrorType) || e.Type().IsSubtype(py.InterruptedErrorType)
}

func checkSockNonblocking(l *Loop, sock py.Object) {
	if l.debug && !py.Eq(py.CallMethod(sock, "gettimeout"), py.Int(0)) {
		valueError("the socket must be non-blocking")
	}
}

// sockRetry registers op as the reader (or writer) of sock's descriptor
// until it completes fut, and removes it when fut is done.
func (l *Loop) sockRetry(fut *Future, sock py.Object, writer bool, op func()) {
	fd := fileobjToFd(sock)
	l.ensureFdNoTransport(py.Int(fd))
	h := &Handle{name: "_sock_op()", ctx: py.Current().Context.Copy(), fn: op}
	if writer {
		l.addWriter(fd, h)
	} else {
		l.addReader(fd, h)
	}
	fut.addCallback(&doneCallback{cbHead: cbHead{name: &cbSockDone}, fn: func(py.Object) {
		if !h.cancelled {
			if writer {
				l.removeWriter(fd)
			} else {
				l.removeReader(fd)
			}
		}
	}})
}

// sockAttempt runs one try of a socket operation for fut: false when it
// would block.
func sockAttempt(fut *Future, try func() py.Object) bool {
	if fut.Done() {
		return true
	}
	var res py.Object
	e := catch(func() { res = try() })
	if e != nil {
		if isBlockingErr(e) {
			return false
		}
		if e.Type().IsSubtype(py.SystemExitType) || e.Type().IsSubtype(py.KeyboardInterruptType) {
			panic(e)
		}
		fut.setException(e)
		return true
	}
	if res != nil {
		fut.SetResult(res)
	}
	return true
}

func (l *Loop) sockRecvLike(name string, line int, sock py.Object, try func() py.Object) py.Object {
	return py.NewCoroutine(goCode(name, "selector_events.py", line), func() py.Object {
		checkSockNonblocking(l, sock)
		var res py.Object
		e := catch(func() { res = try() })
		if e == nil {
			return res
		}
		if !isBlockingErr(e) {
			panic(e)
		}
		fut := NewFuture(l)
		l.sockRetry(fut, sock, false, func() { sockAttempt(fut, try) })
		return fut.AwaitDirect()
	})
}

func registerSockMethods() {
	t := LoopType
	def(t, "sock_recv", func(a []py.Object, kw []string) py.Object {
		p := parse("sock_recv", a[1:], kw, []string{"sock", "n"}, 2)
		return selfLoop(a[0]).sockRecvLike("sock_recv", 357, p[0], func() py.Object { return py.CallMethod(p[0], "recv", p[1]) })
	})
	def(t, "sock_recv_into", func(a []py.Object, kw []string) py.Object {
		p := parse("sock_recv_into", a[1:], kw, []string{"sock", "buf"}, 2)
		return selfLoop(a[0]).sockRecvLike("sock_recv_into", 399, p[0], func() py.Object { return recvInto(p[0], p[1]) })
	})
	def(t, "sock_recvfrom", func(a []py.Object, kw []string) py.Object {
		p := parse("sock_recvfrom", a[1:], kw, []string{"sock", "bufsize"}, 2)
		return selfLoop(a[0]).sockRecvLike("sock_recvfrom", 437, p[0], func() py.Object { return py.CallMethod(p[0], "recvfrom", p[1]) })
	})
	def(t, "sock_recvfrom_into", func(a []py.Object, kw []string) py.Object {
		p := parse("sock_recvfrom_into", a[1:], kw, []string{"sock", "buf", "nbytes"}, 2)
		nbytes := p[2]
		if nbytes == nil {
			nbytes = py.Int(0)
		}
		return selfLoop(a[0]).sockRecvLike("sock_recvfrom_into", 471, p[0], func() py.Object {
			return py.CallMethod(p[0], "recvfrom_into", p[1], nbytes)
		})
	})
	def(t, "sock_sendall", func(a []py.Object, kw []string) py.Object {
		p := parse("sock_sendall", a[1:], kw, []string{"sock", "data"}, 2)
		l, sock := selfLoop(a[0]), p[0]
		return py.NewCoroutine(goCode("sock_sendall", "selector_events.py", 519), func() py.Object {
			checkSockNonblocking(l, sock)
			data := dataArg(p[1])
			n := 0
			e := catch(func() { n = py.Index(py.CallMethod(sock, "send", py.Bytes(data))) })
			if e != nil {
				if !isBlockingErr(e) {
					panic(e)
				}
				n = 0
			}
			if n == len(data) {
				return py.None
			}
			fut := NewFuture(l)
			pos := n
			l.sockRetry(fut, sock, true, func() {
				if fut.Done() {
					return
				}
				sockAttempt(fut, func() py.Object {
					k := py.Index(py.CallMethod(sock, "send", py.Bytes(data[pos:])))
					pos += k
					if pos == len(data) {
						return py.None
					}
					return nil
				})
			})
			return fut.AwaitDirect()
		})
	})
	def(t, "sock_sendto", func(a []py.Object, kw []string) py.Object {
		p := parse("sock_sendto", a[1:], kw, []string{"sock", "data", "address"}, 3)
		l, sock := selfLoop(a[0]), p[0]
		try := func() py.Object { return py.CallMethod(sock, "sendto", p[1], p[2]) }
		return py.NewCoroutine(goCode("sock_sendto", "selector_events.py", 572), func() py.Object {
			checkSockNonblocking(l, sock)
			var res py.Object
			e := catch(func() { res = try() })
			if e == nil {
				return res
			}
			if !isBlockingErr(e) {
				panic(e)
			}
			fut := NewFuture(l)
			l.sockRetry(fut, sock, true, func() { sockAttempt(fut, try) })
			return fut.AwaitDirect()
		})
	})
	def(t, "sock_connect", func(a []py.Object, kw []string) py.Object {
		p := parse("sock_connect", a[1:], kw, []string{"sock", "address"}, 2)
		l, sock, address := selfLoop(a[0]), p[0], p[1]
		return py.NewCoroutine(goCode("sock_connect", "selector_events.py", 614), func() py.Object {
			checkSockNonblocking(l, sock)
			family := py.Index(py.GetAttr(sock, "family"))
			if family == syscall.AF_INET || family == syscall.AF_INET6 {
				if t, ok := address.(*py.Tuple); ok && len(t.Items) >= 2 {
					infos := l.ensureResolved(t.Items[0], t.Items[1], family, false)
					if len(infos) > 0 {
						address = infos[0].obj()
					}
				}
			}
			fut := NewFuture(l)
			e := catch(func() { py.CallMethod(sock, "connect", address) })
			switch {
			case e == nil:
				fut.SetResult(py.None)
			case isBlockingErr(e):
				l.sockRetry(fut, sock, true, func() {
					if fut.Done() {
						return
					}
					sockAttempt(fut, func() py.Object {
						errno := py.Index(py.CallMethod(sock, "getsockopt", py.Int(syscall.SOL_SOCKET), py.Int(syscall.SO_ERROR)))
						if errno != 0 {
							panic(py.Call(py.OSErrorType, py.Int(errno), py.Str("Connect call failed "+py.Repr(address))))
						}
						return py.None
					})
				})
			default:
				if e.Type().IsSubtype(py.SystemExitType) || e.Type().IsSubtype(py.KeyboardInterruptType) {
					panic(e)
				}
				fut.setException(e)
			}
			return fut.AwaitDirect()
		})
	})
	def(t, "sock_accept", func(a []py.Object, kw []string) py.Object {
		p := parse("sock_accept", a[1:], kw, []string{"sock"}, 1)
		l, sock := selfLoop(a[0]), p[0]
		try := func() py.Object {
			res := py.CallMethod(sock, "accept")
			conn := py.GetItem(res, py.Int(0))
			py.CallMethod(conn, "setblocking", py.False)
			return res
		}
		return py.NewCoroutine(goCode("sock_accept", "selector_events.py", 687), func() py.Object {
			checkSockNonblocking(l, sock)
			fut := NewFuture(l)
			var attempt func()
			attempt = func() {
				if fut.Done() {
					return
				}
				if !sockAttempt(fut, try) {
					l.sockRetry(fut, sock, false, attempt)
				}
			}
			if !sockAttempt(fut, try) {
				l.sockRetry(fut, sock, false, attempt)
			}
			return fut.AwaitDirect()
		})
	})
}

// recvInto is sock.recv_into(buf), done on the descriptor when the socket
// object has no recv_into.
func recvInto(sock, buf py.Object) py.Object {
	if py.LookupSpecial(sock, "recv_into") != nil {
		return py.CallMethod(sock, "recv_into", buf)
	}
	size := py.Len(buf)
	tmp := make([]byte, size)
	n, _, err := syscall.Recvfrom(fileobjToFd(sock), tmp, syscall.MSG_DONTWAIT)
	if err != nil {
		panic(py.NewOSError(err, ""))
	}
	if ba, ok := buf.(*py.ByteArray); ok {
		copy(ba.B, tmp[:n])
	} else {
		py.SetItem(buf, py.NewSlice(py.Int(0), py.Int(n), py.None), py.Bytes(tmp[:n]))
	}
	return py.Int(n)
}
