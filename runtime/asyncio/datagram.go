package asyncio

import (
	"fmt"
	"net"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// loop.create_datagram_endpoint and _SelectorDatagramTransport.

func (t *sockTransport) dgramReadReady() {
	if t.connLost > 0 {
		return
	}
	n, sa, err := syscall.Recvfrom(t.fd, recvScratch[:], 0)
	if err != nil {
		if isWouldBlock(err) {
			return
		}
		py.CallMethod(t.protocol, "error_received", py.NewOSError(err, ""))
		return
	}
	data := py.Bytes(recvScratch[:n])
	var addr py.Object = py.None
	if sa != nil {
		addr = sockaddrObj(sa)
	} else if p, ok := t.extra.GetStr("peername"); ok {
		addr = p
	}
	py.CallMethod(t.protocol, "datagram_received", data, addr)
}

// sockaddrArg converts a Python address for the transport's family.
func sockaddrArg(family int, addr py.Object) syscall.Sockaddr {
	if family == syscall.AF_UNIX {
		return &syscall.SockaddrUnix{Name: py.StrOf(addr)}
	}
	t, ok := addr.(*py.Tuple)
	if !ok || len(t.Items) < 2 {
		typeError("%s address must be tuple, not %s", map[bool]string{true: "AF_INET6", false: "AF_INET"}[family == syscall.AF_INET6], addr.Type().Name)
	}
	host := py.StrOf(t.Items[0])
	port := py.Index(t.Items[1])
	ip := net.ParseIP(host)
	if ip == nil {
		var ips []net.IP
		var err error
		py.WithoutGIL(func() { ips, err = net.LookupIP(host) })
		if err != nil || len(ips) == 0 {
			panic(py.Call(py.GetAttr(py.Import("socket"), "gaierror"), py.Int(-2), py.Str("Name or service not known")))
		}
		for _, x := range ips {
			if (x.To4() != nil) == (family == syscall.AF_INET) {
				ip = x
				break
			}
		}
		if ip == nil {
			ip = ips[0]
		}
	}
	ai, ok := makeAddr(family, ip, port)
	if !ok {
		panic(py.Call(py.GetAttr(py.Import("socket"), "gaierror"), py.Int(-9), py.Str("Address family for hostname not supported")))
	}
	return ai.sa
}

func (t *sockTransport) dgramSend(data []byte, addr py.Object) error {
	if p, _ := t.extra.GetStr("peername"); p != nil && py.Truth(p) {
		_, err := send(t.fd, data)
		return err
	}
	sa := sockaddrArg(t.family, addr)
	for {
		err := syscall.Sendto(t.fd, data, syscall.MSG_NOSIGNAL, sa)
		if err == syscall.EINTR {
			continue
		}
		return err
	}
}

// sendto is DatagramTransport.sendto(data, addr=None).
func (t *sockTransport) sendto(o py.Object, addr py.Object) {
	b := dataArg(o)
	if len(b) == 0 {
		return
	}
	if t.address != nil && py.Truth(t.address) {
		if !isNone(addr) && !py.Eq(addr, t.address) {
			valueError("Invalid address: must be None or %s", py.StrOf(t.address))
		}
		addr = t.address
	}
	if t.connLost > 0 && t.address != nil && py.Truth(t.address) {
		if t.connLost >= 5 {
			logWarning("socket.send() raised exception.")
		}
		t.connLost++
		return
	}
	if len(t.dq) == 0 {
		err := t.dgramSend(b, addr)
		if err == nil {
			return
		}
		if err == syscall.EAGAIN {
			t.loop.addWriter(t.fd, &Handle{name: t.Type().Name + "._sendto_ready()", fn: t.writeReady, ctx: py.Current().Context.Copy()})
		} else {
			py.CallMethod(t.protocol, "error_received", py.NewOSError(err, ""))
			return
		}
	}
	t.dq = append(t.dq, dgramItem{append([]byte(nil), b...), addr})
	t.dqSize += len(b)
	t.maybePauseProtocol()
}

func (t *sockTransport) sendtoReady() {
	for len(t.dq) > 0 {
		it := t.dq[0]
		t.dq = t.dq[1:]
		t.dqSize -= len(it.data)
		if err := t.dgramSend(it.data, it.addr); err != nil {
			if err == syscall.EAGAIN {
				t.dq = append([]dgramItem{it}, t.dq...)
				t.dqSize += len(it.data)
				break
			}
			py.CallMethod(t.protocol, "error_received", py.NewOSError(err, ""))
			return
		}
	}
	t.maybeResumeProtocol()
	if len(t.dq) == 0 {
		t.loop.removeWriter(t.fd)
		if t.closing {
			t.callConnectionLost(py.None)
		}
	}
}

func createDatagramEndpoint(l *Loop, a []py.Object, kw []string) py.Object {
	pos, kwv := parseKwOnly("create_datagram_endpoint", a, kw, 1, 3, []string{"family", "proto", "flags",
		"reuse_port", "allow_broadcast", "sock", "local_addr", "remote_addr"})
	factory := pos[0]
	localAddr, remoteAddr := py.Object(py.None), py.Object(py.None)
	if len(pos) > 1 {
		localAddr = pos[1]
	}
	if len(pos) > 2 {
		remoteAddr = pos[2]
	}
	if kwv[6] != nil {
		localAddr = kwv[6]
	}
	if kwv[7] != nil {
		remoteAddr = kwv[7]
	}
	family, proto := 0, 0
	if kwv[0] != nil {
		family = py.Index(kwv[0])
	}
	if kwv[1] != nil {
		proto = py.Index(kwv[1])
	}
	reusePort, allowBroadcast, sock := orNone(kwv[3]), orNone(kwv[4]), orNone(kwv[5])
	return py.NewCoroutine(goCode("create_datagram_endpoint", "base_events.py", 1276), func() py.Object {
		fd := -1
		var sockObj py.Object
		var rAddr py.Object = py.None
		if !isNone(sock) {
			if py.Index(py.GetAttr(sock, "type")) != syscall.SOCK_DGRAM {
				valueError("A UDP Socket was expected, got %s", py.Repr(sock))
			}
			var problems []string
			for _, kv := range []struct {
				k string
				v py.Object
			}{{"local_addr", localAddr}, {"remote_addr", remoteAddr}, {"family", py.Int(family)}, {"proto", py.Int(proto)},
				{"flags", orNone(kwv[2])}, {"reuse_port", reusePort}, {"allow_broadcast", allowBroadcast}} {
				if py.Truth(kv.v) {
					problems = append(problems, kv.k+"="+py.StrOf(kv.v))
				}
			}
			if len(problems) > 0 {
				valueError("socket modifier keyword arguments can not be used when sock is specified. (%s)", strings.Join(problems, ", "))
			}
			py.CallMethod(sock, "setblocking", py.False)
			sockObj = sock
			fd = py.Index(py.CallMethod(sock, "fileno"))
		} else {
			type pair struct {
				family int
				addrs  [2]*addrInfo
			}
			var pairs []*pair
			if !py.Truth(localAddr) && !py.Truth(remoteAddr) {
				if family == 0 {
					valueError("unexpected address family")
				}
				pairs = []*pair{{family: family}}
			} else if family == syscall.AF_UNIX {
				typeError("AF_UNIX datagram endpoints are not supported")
			} else {
				byFam := map[int]*pair{}
				for idx, addr := range []py.Object{localAddr, remoteAddr} {
					if isNone(addr) {
						continue
					}
					t, ok := addr.(*py.Tuple)
					if !ok || len(t.Items) != 2 {
						typeError("2-tuple is expected")
					}
					infos := l.ensureResolved(t.Items[0], t.Items[1], family, false)
					if len(infos) == 0 {
						panic(py.NewError(py.OSErrorType, "getaddrinfo() returned empty list"))
					}
					for _, ai := range infos {
						ai := ai
						p := byFam[ai.family]
						if p == nil {
							p = &pair{family: ai.family}
							byFam[ai.family] = p
							pairs = append(pairs, p)
						}
						p.addrs[idx] = &ai
					}
				}
				kept := pairs[:0]
				for _, p := range pairs {
					if (py.Truth(localAddr) && p.addrs[0] == nil) || (py.Truth(remoteAddr) && p.addrs[1] == nil) {
						continue
					}
					kept = append(kept, p)
				}
				pairs = kept
				if len(pairs) == 0 {
					valueError("can not get address information")
				}
			}
			var excs []*py.BaseException
			for _, p := range pairs {
				s := -1
				var ra py.Object = py.None
				e := catch(func() {
					s = newSocketFd(p.family, syscall.SOCK_DGRAM)
					if py.Truth(reusePort) {
						syscall.SetsockoptInt(s, syscall.SOL_SOCKET, 0xf, 1)
					}
					if py.Truth(allowBroadcast) {
						syscall.SetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_BROADCAST, 1)
					}
					if py.Truth(localAddr) {
						if err := syscall.Bind(s, p.addrs[0].sa); err != nil {
							panic(py.NewOSError(err, ""))
						}
					}
					if py.Truth(remoteAddr) {
						if !py.Truth(allowBroadcast) {
							l.sockConnect(s, *p.addrs[1])
						}
						ra = p.addrs[1].obj()
					}
				})
				if e == nil {
					fd, rAddr = s, ra
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
				if len(excs) == 0 {
					panic(py.NewError(py.OSErrorType, fmt.Sprintf("no address for family %d", family)))
				}
				panic(excs[0])
			}
		}
		syscall.SetNonblock(fd, true)
		protocol := py.Call(factory)
		waiter := NewFuture(l)
		var addr py.Object
		if !isNone(rAddr) {
			addr = rAddr
		}
		t := newSockTransport(l, fd, sockObj, protocol, nil, nil, true, addr, waiter)
		if e := catch(func() { waiter.AwaitDirect() }); e != nil {
			t.Close()
			panic(e)
		}
		return py.NewTuple(t, protocol)
	})
}

func setupDatagram() {
	tt := datagramTransportType
	def(tt, "sendto", func(a []py.Object, kw []string) py.Object {
		p := parse("sendto", a[1:], kw, []string{"data", "addr"}, 1)
		transportOf(a[0]).sendto(p[0], orNone(p[1]))
		return py.None
	})
	def(LoopType, "create_datagram_endpoint", func(a []py.Object, kw []string) py.Object {
		return createDatagramEndpoint(selfLoop(a[0]), a[1:], kw)
	})
}
