package socket

import (
	"context"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

const (
	aiPassive     = 1
	aiNumericHost = 4
	niNumericHost = 1
	niNumericServ = 2
)

func gaiError(code int, msg string) *py.BaseException {
	return py.NewException(GaiErrorType, py.Int(code), py.Str(msg))
}

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0): the
// resolver's addresses for host, one entry per socket type (stream,
// datagram, raw) unless type or proto narrow it, as glibc's.
func getaddrinfo(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("getaddrinfo", args, kw, []string{"host", "port", "family", "type", "proto", "flags"}, 2)
	intArg := func(o py.Object) int {
		if o == nil || o == py.None {
			return 0
		}
		return py.Index(o)
	}
	family, kind, proto, flags := intArg(a[2]), intArg(a[3]), intArg(a[4]), intArg(a[5])
	if family != syscall.AF_UNSPEC && family != syscall.AF_INET && family != syscall.AF_INET6 {
		panic(gaiError(-6, "ai_family not supported"))
	}
	port := 0
	switch p := a[1].(type) {
	case py.NoneType:
	case py.Str, py.Bytes:
		s := py.StrOf(p)
		if b, ok := p.(py.Bytes); ok {
			s = string(b)
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			network := "tcp"
			if kind == syscall.SOCK_DGRAM {
				network = "udp"
			}
			if n, err = net.LookupPort(network, s); err != nil {
				panic(gaiError(-8, "Servname not supported for ai_socktype"))
			}
		}
		port = n
	default:
		if _, ok := p.(py.Int); !ok {
			panic(py.NewError(py.OSErrorType, "Int or String expected"))
		}
		port = py.Index(p)
	}
	var ips []net.IP
	switch h := a[0].(type) {
	case py.NoneType:
		if flags&aiPassive != 0 {
			ips = []net.IP{net.IPv4zero.To4(), net.IPv6unspecified}
		} else {
			ips = []net.IP{net.IPv4(127, 0, 0, 1).To4(), net.IPv6loopback}
		}
	default:
		host := ""
		if b, ok := h.(py.Bytes); ok {
			host = string(b)
		} else {
			host = py.StrOf(h)
		}
		if ip := net.ParseIP(host); ip != nil {
			ips = []net.IP{ip}
		} else if flags&aiNumericHost != 0 {
			panic(gaiError(-2, "Name or service not known"))
		} else {
			var addrs []net.IPAddr
			var err error
			py.WithoutGIL(func() { addrs, err = net.DefaultResolver.LookupIPAddr(context.Background(), host) })
			if err != nil || len(addrs) == 0 {
				panic(gaiError(-2, "Name or service not known"))
			}
			for _, x := range addrs {
				ips = append(ips, x.IP)
			}
		}
	}
	type st struct{ kind, proto int }
	var kinds []st
	for _, k := range []st{{syscall.SOCK_STREAM, syscall.IPPROTO_TCP}, {syscall.SOCK_DGRAM, syscall.IPPROTO_UDP}, {syscall.SOCK_RAW, 0}} {
		if kind != 0 && kind != k.kind {
			continue
		}
		if proto != 0 && k.kind != syscall.SOCK_RAW && proto != k.proto {
			continue
		}
		if k.kind == syscall.SOCK_RAW {
			if kind == 0 {
				// glibc lists raw sockets for type 0 only without a proto.
				if proto != 0 {
					continue
				}
			}
			k.proto = proto
		}
		kinds = append(kinds, k)
	}
	if kind != 0 && len(kinds) == 0 {
		kinds = []st{{kind, proto}}
	}
	var out []py.Object
	for _, ip := range ips {
		fam := syscall.AF_INET6
		var sa syscall.Sockaddr
		if ip.To4() != nil {
			fam = syscall.AF_INET
			s4 := &syscall.SockaddrInet4{Port: port}
			copy(s4.Addr[:], ip.To4())
			sa = s4
		} else {
			s6 := &syscall.SockaddrInet6{Port: port}
			copy(s6.Addr[:], ip.To16())
			sa = s6
		}
		if family != syscall.AF_UNSPEC && family != fam {
			continue
		}
		for _, k := range kinds {
			out = append(out, py.NewTuple(py.Int(fam), py.Int(k.kind), py.Int(k.proto), py.Str(""), addrObj(sa)))
		}
	}
	if len(out) == 0 {
		panic(gaiError(-9, "Address family for hostname not supported"))
	}
	return py.NewList(out...)
}

// getnameinfo(sockaddr, flags): numeric host and port (names when the
// resolver has them and the flags allow).
func getnameinfo(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("getnameinfo", args, kw, []string{"sockaddr", "flags"}, 2)
	items := py.AppendStar(nil, a[0])
	if len(items) < 2 {
		panic(py.NewError(py.TypeErrorType, "getnameinfo() argument 1 must be a tuple"))
	}
	flags := py.Index(a[1])
	host := py.StrOf(items[0])
	port := py.Index(items[1])
	if net.ParseIP(host) == nil {
		panic(gaiError(-2, "Name or service not known"))
	}
	if flags&niNumericHost == 0 {
		var names []string
		py.WithoutGIL(func() { names, _ = net.LookupAddr(host) })
		if len(names) > 0 {
			n := names[0]
			if len(n) > 0 && n[len(n)-1] == '.' {
				n = n[:len(n)-1]
			}
			host = n
		} else if flags&niNameReqd != 0 {
			panic(gaiError(-2, "Name or service not known"))
		}
	}
	serv := strconv.Itoa(port)
	if flags&niNumericServ == 0 {
		proto := "tcp"
		if flags&niDgram != 0 {
			proto = "udp"
		}
		if name := serviceName(port, proto); name != "" {
			serv = name
		}
	}
	return py.NewTuple(py.Str(host), py.Str(serv))
}

const (
	niNameReqd = 8
	niDgram    = 16
)

// serviceName is the name /etc/services gives port/proto, as
// getservbyport finds it ("" for none).
func serviceName(port int, proto string) string {
	data, err := os.ReadFile("/etc/services")
	if err != nil {
		return ""
	}
	want := strconv.Itoa(port) + "/" + proto
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) >= 2 && f[1] == want {
			return f[0]
		}
	}
	return ""
}
