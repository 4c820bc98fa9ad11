package socket

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"math/big"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The rest of CPython's _socket: the module functions socket.py builds on
// (and re-exports), and the socket methods it calls (_accept, recvmsg,
// sendmsg, getblocking, the timeout attribute).

// defaultTimeout is setdefaulttimeout's value in seconds, -1 for None.
var defaultTimeout = -1.0

func registerC() {
	def("_accept", func(s *Socket, args []py.Object) py.Object {
		nfd, sa := s.accept()
		return py.NewTuple(py.Int(nfd), addrObj(sa))
	})
	def("getblocking", func(s *Socket, args []py.Object) py.Object {
		s.check()
		return py.Bool(s.timeoutSecs() != 0)
	})
	py.AddGetter(SocketType, "timeout", func(o py.Object) py.Object { return o.(*Socket).timeout }, nil)
	def("recvmsg", func(s *Socket, args []py.Object) py.Object {
		size := py.Index(args[0])
		if size < 0 {
			panic(py.NewError(py.ValueErrorType, "negative buffer size in recvmsg()"))
		}
		anc := 0
		if len(args) > 1 {
			if anc = py.Index(args[1]); anc < 0 {
				panic(py.NewError(py.ValueErrorType, "negative buffer size in recvmsg()"))
			}
		}
		buf, oob := make([]byte, size), make([]byte, anc)
		var n, oobn, flags int
		var from syscall.Sockaddr
		s.do(false, func() (err error) {
			n, oobn, flags, from, err = syscall.Recvmsg(s.fd, buf, oob, optFlags(args, 2))
			return
		})
		var addr py.Object = py.None
		if from != nil {
			addr = addrObj(from)
		}
		return py.NewTuple(py.Bytes(buf[:n]), ancillary(oob[:oobn]), py.Int(flags), addr)
	})
	def("sendmsg", func(s *Socket, args []py.Object) py.Object {
		var data []byte
		if len(args) > 0 {
			for _, b := range py.AppendStar(nil, args[0]) {
				bb, ok := py.BytesLike(b)
				if !ok {
					panic(py.NewError(py.TypeErrorType, "a bytes-like object is required, not '"+b.Type().Name+"'"))
				}
				data = append(data, bb...)
			}
		}
		var oob []byte
		if len(args) > 1 {
			for _, item := range py.AppendStar(nil, args[1]) {
				t := py.AppendStar(nil, item)
				if len(t) != 3 {
					panic(py.NewError(py.TypeErrorType, "sendmsg() argument 2 must be an iterable of (int, int, bytes-like) tuples"))
				}
				payload, ok := py.BytesLike(t[2])
				if !ok {
					panic(py.NewError(py.TypeErrorType, "a bytes-like object is required, not '"+t[2].Type().Name+"'"))
				}
				oob = append(oob, cmsg(py.Index(t[0]), py.Index(t[1]), payload)...)
			}
		}
		var to syscall.Sockaddr
		if len(args) > 3 && args[3] != py.None {
			to = sockaddr(s.family, args[3])
		}
		var n int
		s.do(true, func() (err error) {
			n, err = syscall.SendmsgN(s.fd, data, oob, to, optFlags(args, 2)|syscall.MSG_NOSIGNAL)
			return
		})
		return py.Int(n)
	})
}

// accept takes a connection: its descriptor (close-on-exec) and address.
func (s *Socket) accept() (nfd int, sa syscall.Sockaddr) {
	s.do(false, func() (err error) {
		nfd, sa, err = syscall.Accept4(s.fd, syscall.SOCK_CLOEXEC)
		return
	})
	return nfd, sa
}

// cmsg is one control message: header (length, level, type), then the
// payload padded to the word size.
func cmsg(level, typ int, payload []byte) []byte {
	b := make([]byte, syscall.CmsgSpace(len(payload)))
	h := (*syscall.Cmsghdr)(unsafe.Pointer(&b[0]))
	h.Level, h.Type = int32(level), int32(typ)
	h.SetLen(syscall.CmsgLen(len(payload)))
	copy(b[syscall.CmsgLen(0):], payload)
	return b
}

// ancillary is recvmsg's ancdata: a list of (level, type, data).
func ancillary(oob []byte) py.Object {
	out := py.NewList()
	msgs, err := syscall.ParseSocketControlMessage(oob)
	if err != nil {
		return out
	}
	for _, m := range msgs {
		out.Items = append(out.Items, py.NewTuple(py.Int(int(m.Header.Level)), py.Int(int(m.Header.Type)), py.Bytes(m.Data)))
	}
	return out
}

// setC fills in the names CPython's _socket module has.
func setC(m *py.Module) {
	m.Set("socket", SocketType)
	m.Set("SocketType", SocketType)
	m.Set("error", py.OSErrorType)
	m.Set("timeout", py.TimeoutErrorType)
	m.Set("gaierror", GaiErrorType)
	m.Set("herror", HErrorType)
	for _, c := range constants {
		m.Set(c.name, py.Int(c.value))
	}
	m.Set("has_ipv6", py.True)
	m.AddFunc("gethostname", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("gethostname", args, kw, nil, 0)
		h, err := syscall_hostname()
		oserr(err)
		return py.Str(h)
	})
	m.AddFunc("sethostname", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("sethostname", args, kw, []string{"name"}, 1)
		name, ok := py.BytesLike(a[0])
		if !ok {
			name = []byte(py.StrOf(a[0]))
		}
		oserr(syscall.Sethostname(name))
		return py.None
	})
	m.AddFunc("gethostbyname", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("gethostbyname", args, kw, []string{"host"}, 1)
		sa := sockaddr(syscall.AF_INET, py.NewTuple(a[0], py.Int(0))).(*syscall.SockaddrInet4)
		return py.Str(net.IP(sa.Addr[:]).String())
	})
	m.AddFunc("gethostbyname_ex", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("gethostbyname_ex", args, kw, []string{"host"}, 1)
		host := py.StrOf(a[0])
		sa := sockaddr(syscall.AF_INET, py.NewTuple(a[0], py.Int(0))).(*syscall.SockaddrInet4)
		ip := net.IP(sa.Addr[:]).String()
		if net.ParseIP(host) != nil {
			host = ip
		}
		return py.NewTuple(py.Str(host), py.NewList(), py.NewList(py.Str(ip)))
	})
	m.AddFunc("gethostbyaddr", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("gethostbyaddr", args, kw, []string{"host"}, 1)
		host := py.StrOf(a[0])
		ip := net.ParseIP(host)
		if ip == nil {
			sa := sockaddr(syscall.AF_INET, py.NewTuple(a[0], py.Int(0))).(*syscall.SockaddrInet4)
			ip = net.IP(sa.Addr[:])
		}
		if name, aliases, ok := hostsByAddr(ip); ok {
			return py.NewTuple(py.Str(name), py.NewList(aliases...), py.NewList(py.Str(ip.String())))
		}
		var names []string
		var err error
		py.WithoutGIL(func() { names, err = net.LookupAddr(ip.String()) })
		if err != nil || len(names) == 0 {
			panic(py.NewException(HErrorType, py.Int(1), py.Str("Unknown host")))
		}
		var aliases []py.Object
		for _, n := range names[1:] {
			aliases = append(aliases, py.Str(strings.TrimSuffix(n, ".")))
		}
		return py.NewTuple(py.Str(strings.TrimSuffix(names[0], ".")), py.NewList(aliases...), py.NewList(py.Str(ip.String())))
	})
	m.AddFunc("getaddrinfo", getaddrinfo)
	m.AddFunc("getnameinfo", getnameinfo)
	m.AddFunc("getservbyname", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getservbyname", args, kw, []string{"servicename", "protocolname"}, 1)
		name, proto := py.StrOf(a[0]), ""
		if a[1] != nil {
			proto = py.StrOf(a[1])
		}
		for _, e := range services() {
			if (proto == "" || e.proto == proto) && (e.name == name || contains(e.aliases, name)) {
				return py.Int(e.port)
			}
		}
		panic(py.NewError(py.OSErrorType, "service/proto not found"))
	})
	m.AddFunc("getservbyport", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getservbyport", args, kw, []string{"port", "protocolname"}, 1)
		port, proto := py.Index(a[0]), ""
		if port < 0 || port > 65535 {
			panic(py.NewError(py.OverflowErrorType, "getservbyport: port must be 0-65535."))
		}
		if a[1] != nil {
			proto = py.StrOf(a[1])
		}
		for _, e := range services() {
			if (proto == "" || e.proto == proto) && e.port == port {
				return py.Str(e.name)
			}
		}
		panic(py.NewError(py.OSErrorType, "port/proto not found"))
	})
	m.AddFunc("getprotobyname", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getprotobyname", args, kw, []string{"protocolname"}, 1)
		name := py.StrOf(a[0])
		for _, f := range readTable("/etc/protocols") {
			if len(f) >= 2 && (f[0] == name || contains(f[2:], name)) {
				if n, err := strconv.Atoi(f[1]); err == nil {
					return py.Int(n)
				}
			}
		}
		panic(py.NewError(py.OSErrorType, "protocol not found"))
	})
	m.AddFunc("socketpair", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("socketpair", args, kw, []string{"family", "type", "proto"}, 0)
		fam, kind, proto := intOr(a[0], syscall.AF_UNIX), intOr(a[1], syscall.SOCK_STREAM), intOr(a[2], 0)
		fds, err := syscall.Socketpair(fam, kind|syscall.SOCK_CLOEXEC, proto)
		oserr(err)
		pair := [2]py.Object{}
		for i, fd := range fds {
			s := &Socket{}
			s.open(fam, kind, proto, py.Int(fd))
			pair[i] = s
		}
		return py.NewTuple(pair[0], pair[1])
	})
	m.AddFunc("close", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("close", args, kw, []string{"fd"}, 1)
		if err := syscall.Close(py.Index(a[0])); err != nil && err != syscall.ECONNRESET {
			oserr(err)
		}
		return py.None
	})
	m.AddFunc("dup", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("dup", args, kw, []string{"fd"}, 1)
		fd, err := dupCloexec(py.Index(a[0]))
		oserr(err)
		return py.Int(fd)
	})
	m.AddFunc("getdefaulttimeout", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("getdefaulttimeout", args, kw, nil, 0)
		if defaultTimeout < 0 {
			return py.None
		}
		return py.Float(defaultTimeout)
	})
	m.AddFunc("setdefaulttimeout", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("setdefaulttimeout", args, kw, []string{"timeout"}, 1)
		if a[0] == py.None {
			defaultTimeout = -1
			return py.None
		}
		f, ok := py.FloatValue(a[0])
		if !ok {
			panic(py.NewError(py.TypeErrorType, "Timeout value must be int, float or None"))
		}
		if f < 0 {
			panic(py.NewError(py.ValueErrorType, "Timeout value out of range"))
		}
		defaultTimeout = f
		return py.None
	})
	for _, name := range []string{"htons", "ntohs"} {
		name := name
		m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(name, args, kw, []string{"x"}, 1)
			v := intArgBig(a[0])
			if v.Sign() < 0 {
				panic(py.NewError(py.OverflowErrorType, name+": can't convert negative Python int to C 16-bit unsigned integer"))
			}
			if v.BitLen() > 16 {
				panic(py.NewError(py.OverflowErrorType, name+": Python int too large to convert to C 16-bit unsigned integer"))
			}
			x := uint16(v.Uint64())
			return py.Int(int(x>>8 | x<<8))
		})
	}
	for _, name := range []string{"htonl", "ntohl"} {
		name := name
		m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(name, args, kw, []string{"x"}, 1)
			v := intArgBig(a[0])
			if v.Sign() < 0 {
				panic(py.NewError(py.OverflowErrorType, "can't convert negative value to unsigned int"))
			}
			if v.BitLen() > 32 {
				panic(py.NewError(py.OverflowErrorType, "int larger than 32 bits"))
			}
			var b [4]byte
			binary.BigEndian.PutUint32(b[:], uint32(v.Uint64()))
			return py.Int(int(binary.LittleEndian.Uint32(b[:])))
		})
	}
	m.AddFunc("inet_aton", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("inet_aton", args, kw, []string{"string"}, 1)
		ip, ok := inetAton(py.StrOf(a[0]))
		if !ok {
			panic(py.NewError(py.OSErrorType, "illegal IP address string passed to inet_aton"))
		}
		return py.Bytes(ip[:])
	})
	m.AddFunc("inet_ntoa", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("inet_ntoa", args, kw, []string{"packed_ip"}, 1)
		b := bytesArg(a[0])
		if len(b) != 4 {
			panic(py.NewError(py.OSErrorType, "packed IP wrong length for inet_ntoa"))
		}
		return py.Str(net.IP(b).String())
	})
	m.AddFunc("inet_pton", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("inet_pton", args, kw, []string{"address_family", "ip_string"}, 2)
		af, s := py.Index(a[0]), py.StrOf(a[1])
		ip := net.ParseIP(s)
		switch af {
		case syscall.AF_INET:
			if ip == nil || strings.Contains(s, ":") {
				panic(py.NewError(py.OSErrorType, "illegal IP address string passed to inet_pton"))
			}
			return py.Bytes(ip.To4())
		case syscall.AF_INET6:
			if ip == nil || !strings.Contains(s, ":") || strings.Contains(s, "%") {
				panic(py.NewError(py.OSErrorType, "illegal IP address string passed to inet_pton"))
			}
			return py.Bytes(ip.To16())
		}
		panic(py.NewOSError(syscall.EAFNOSUPPORT, ""))
	})
	m.AddFunc("inet_ntop", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("inet_ntop", args, kw, []string{"address_family", "packed_ip"}, 2)
		af, b := py.Index(a[0]), bytesArg(a[1])
		switch af {
		case syscall.AF_INET:
			if len(b) != 4 {
				panic(py.NewError(py.ValueErrorType, "invalid length of packed IP address string"))
			}
			return py.Str(net.IP(b).String())
		case syscall.AF_INET6:
			if len(b) != 16 {
				panic(py.NewError(py.ValueErrorType, "invalid length of packed IP address string"))
			}
			return py.Str(ntop6(b))
		}
		panic(py.NewError(py.ValueErrorType, "unknown address family "+strconv.Itoa(af)))
	})
	m.AddFunc("if_nameindex", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("if_nameindex", args, kw, nil, 0)
		ifs, err := net.Interfaces()
		oserr(err)
		out := py.NewList()
		for _, i := range ifs {
			out.Items = append(out.Items, py.NewTuple(py.Int(i.Index), py.Str(i.Name)))
		}
		return out
	})
	m.AddFunc("if_nametoindex", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("if_nametoindex", args, kw, []string{"oname"}, 1)
		i, err := net.InterfaceByName(py.StrOf(a[0]))
		if err != nil {
			panic(py.NewError(py.OSErrorType, "no interface with this name"))
		}
		return py.Int(i.Index)
	})
	m.AddFunc("if_indextoname", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("if_indextoname", args, kw, []string{"index"}, 1)
		i, err := net.InterfaceByIndex(py.Index(a[0]))
		if err != nil {
			panic(py.NewOSError(syscall.ENXIO, ""))
		}
		return py.Str(i.Name)
	})
	for _, name := range []string{"CMSG_LEN", "CMSG_SPACE"} {
		name := name
		m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(name, args, kw, []string{"length"}, 1)
			n := py.Index(a[0])
			if n < 0 || n > 1<<31 {
				panic(py.NewError(py.OverflowErrorType, name+"() argument out of range"))
			}
			if name == "CMSG_LEN" {
				return py.Int(syscall.CmsgLen(n))
			}
			return py.Int(syscall.CmsgSpace(n))
		})
	}
}

func bytesArg(o py.Object) []byte {
	b, ok := py.BytesLike(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "a bytes-like object is required, not '"+o.Type().Name+"'"))
	}
	return b
}

func dupCloexec(fd int) (int, error) {
	nfd, _, errno := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0)
	if errno != 0 {
		return -1, errno
	}
	return int(nfd), nil
}

// inetAton parses an address as the C library's inet_aton: one to four
// parts, each decimal, octal (leading 0) or hex (0x), the last filling
// the remaining bytes; anything after whitespace is ignored.
func inetAton(s string) ([4]byte, bool) {
	var out [4]byte
	if i := strings.IndexAny(s, " \t\n\v\f\r"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return out, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		base := 10
		switch {
		case strings.HasPrefix(p, "0x") || strings.HasPrefix(p, "0X"):
			base, p = 16, p[2:]
			if p == "" {
				p = "0"
			}
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		v, err := strconv.ParseUint(p, base, 32)
		if err != nil || p == "" || p[0] == '+' || p[0] == '-' {
			return out, false
		}
		vals[i] = v
	}
	last := len(vals) - 1
	for i := 0; i < last; i++ {
		if vals[i] > 255 {
			return out, false
		}
		out[i] = byte(vals[i])
	}
	if vals[last] >= 1<<(8*uint(4-last)) {
		return out, false
	}
	for i := 3; i >= last; i-- {
		out[i] = byte(vals[last])
		vals[last] >>= 8
	}
	return out, true
}

// ntop6 formats an IPv6 address as the C library's inet_ntop: Go's
// format, except that an address whose first 96 bits are zero (other
// than :: and ::1) ends in dotted IPv4, as glibc writes it.
func ntop6(b []byte) string {
	ip := net.IP(b)
	zero12 := true
	for _, c := range b[:12] {
		zero12 = zero12 && c == 0
	}
	if word7 := int(b[14])<<8 | int(b[15]); zero12 && (b[12] != 0 || b[13] != 0 || word7 > 1) {
		return fmt.Sprintf("::%d.%d.%d.%d", b[12], b[13], b[14], b[15])
	}
	return ip.String()
}

type service struct {
	name, proto string
	port        int
	aliases     []string
}

// services is /etc/services, as the C library's getservbyname reads it.
func services() []service {
	var out []service
	for _, f := range readTable("/etc/services") {
		if len(f) < 2 {
			continue
		}
		port, proto, ok := strings.Cut(f[1], "/")
		n, err := strconv.Atoi(port)
		if !ok || err != nil {
			continue
		}
		out = append(out, service{name: f[0], proto: proto, port: n, aliases: f[2:]})
	}
	return out
}

// readTable is the fields of each line of a /etc database, comments
// dropped.
// hostsByAddr is glibc's files backend of gethostbyaddr: the first
// /etc/hosts line for ip, its first name and the rest as aliases (Go's
// resolver merges the names of every matching line).
func hostsByAddr(ip net.IP) (string, []py.Object, bool) {
	for _, f := range readTable("/etc/hosts") {
		if len(f) < 2 || !ip.Equal(net.ParseIP(f[0])) {
			continue
		}
		var aliases []py.Object
		for _, a := range f[2:] {
			aliases = append(aliases, py.Str(a))
		}
		return f[1], aliases, true
	}
	return "", nil, false
}

func readTable(path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if fields := strings.Fields(line); len(fields) > 0 {
			out = append(out, fields)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// intArgBig is an integer argument of any size.
func intArgBig(o py.Object) *big.Int {
	v, ok := py.IndexBig(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "'"+o.Type().Name+"' object cannot be interpreted as an integer"))
	}
	return v
}
