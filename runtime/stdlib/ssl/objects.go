package ssl

import (
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/socket"
)

func ctxOf(o py.Object) *Context {
	c, ok := o.(*Context)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor requires a 'ssl.SSLContext' object but received a '%s'", o.Type().Name)))
	}
	return c
}

func method(t *py.Type, name string, params []string, required int, fn func(self py.Object, p []py.Object) py.Object) {
	py.AddMethod(t, name, func(a []py.Object, kw []string) py.Object {
		return fn(a[0], py.ParseArgs(name, a[1:], kw, params, required))
	})
}

func initContextType() {
	t := ContextType
	py.SetSubclassable(t)
	py.SetCall(t, func(cls *py.Type, a []py.Object, kw []string) py.Object {
		p := py.ParseArgs("SSLContext", a, kw, []string{"protocol"}, 0)
		proto := ProtocolTLS
		if p[0] != nil && p[0] != py.None {
			proto = py.Index(p[0])
		} else {
			deprecated("ssl.SSLContext() without protocol argument is deprecated.")
		}
		switch proto {
		case ProtocolTLS:
			deprecated("ssl.PROTOCOL_TLS is deprecated")
		case protocolTLSv1, protocolTLSv1_1, protocolTLSv1_2:
			deprecated("ssl." + py.StrOf(py.GetAttr(enumMember(methodEnum, proto), "name")) + " is deprecated")
		}
		c := NewContext(proto)
		if cls != ContextType {
			c.cls = cls
		}
		return c
	})
	py.AddGetter(t, "protocol", func(o py.Object) py.Object { return enumMember(methodEnum, ctxOf(o).protocol) }, nil)
	py.AddGetter(t, "verify_mode", func(o py.Object) py.Object { return enumMember(verifyModeEnum, ctxOf(o).verifyMode) },
		func(o, v py.Object) {
			c := ctxOf(o)
			n := py.Index(v)
			if n < 0 || n > 2 {
				panic(py.NewError(py.ValueErrorType, "invalid value for verify_mode"))
			}
			if n == CertNone && c.checkHostname {
				panic(py.NewError(py.ValueErrorType, "Cannot set verify_mode to CERT_NONE when check_hostname is enabled."))
			}
			c.verifyMode = n
		})
	py.AddGetter(t, "check_hostname", func(o py.Object) py.Object { return py.NewBool(ctxOf(o).checkHostname) },
		func(o, v py.Object) {
			c := ctxOf(o)
			c.checkHostname = py.Truth(v)
			if c.checkHostname && c.verifyMode == CertNone {
				c.verifyMode = CertRequired
			}
		})
	py.AddGetter(t, "minimum_version", func(o py.Object) py.Object { return enumMember(versionEnum, ctxOf(o).minVersion) },
		func(o, v py.Object) { ctxOf(o).minVersion = ctxOf(o).checkVersion(v) })
	py.AddGetter(t, "maximum_version", func(o py.Object) py.Object { return enumMember(versionEnum, ctxOf(o).maxVersion) },
		func(o, v py.Object) { ctxOf(o).maxVersion = ctxOf(o).checkVersion(v) })
	py.AddGetter(t, "options", func(o py.Object) py.Object { return py.Call(optionsEnum, py.Int(ctxOf(o).options)) },
		func(o, v py.Object) { ctxOf(o).options = py.Index(v) })
	py.AddGetter(t, "verify_flags", func(o py.Object) py.Object { return py.Call(verifyFlagsEnum, py.Int(ctxOf(o).verifyFlags)) },
		func(o, v py.Object) { ctxOf(o).verifyFlags = checkVerifyFlags(v) })
	py.AddGetter(t, "post_handshake_auth", func(o py.Object) py.Object { return py.False }, nil)
	py.AddGetter(t, "sni_callback", func(o py.Object) py.Object { return py.None }, func(o, v py.Object) {
		if v != py.None {
			panic(py.NewError(py.NotImplementedErrorType, "SSLContext.sni_callback is not supported"))
		}
	})
	py.AddGetter(t, "hostname_checks_common_name", func(o py.Object) py.Object { return py.False }, nil)
	method(t, "load_cert_chain", []string{"certfile", "keyfile", "password"}, 1, func(self py.Object, p []py.Object) py.Object {
		ctxOf(self).loadCertChain(p[0], p[1], p[2])
		return py.None
	})
	method(t, "load_verify_locations", []string{"cafile", "capath", "cadata"}, 0, func(self py.Object, p []py.Object) py.Object {
		ctxOf(self).loadVerifyLocations(p[0], p[1], p[2])
		return py.None
	})
	method(t, "load_default_certs", []string{"purpose"}, 0, func(self py.Object, p []py.Object) py.Object {
		ctxOf(self).systemRoots = true
		return py.None
	})
	method(t, "set_default_verify_paths", nil, 0, func(self py.Object, p []py.Object) py.Object {
		ctxOf(self).systemRoots = true
		return py.None
	})
	method(t, "set_alpn_protocols", []string{"alpn_protocols"}, 1, func(self py.Object, p []py.Object) py.Object {
		var out []string
		for _, x := range py.AppendStar(nil, p[0]) {
			s := py.StrOf(x)
			if len(s) == 0 || len(s) > 255 {
				panic(newSSLError(ErrorType, 0, "NPN/ALPN protocols must be 1 to 255 in length"))
			}
			out = append(out, s)
		}
		ctxOf(self).alpn = out
		return py.None
	})
	method(t, "set_ciphers", []string{"cipherlist"}, 1, func(self py.Object, p []py.Object) py.Object {
		// crypto/tls chooses its own suites; a list naming none it has
		// fails as OpenSSL's would, anything else keeps Go's defaults.
		if strings.TrimSpace(py.StrOf(p[0])) == "" {
			panic(newSSLError(ErrorType, 1, "[SSL: NO_CIPHER_MATCH] no cipher match (_ssl.c:1345)"))
		}
		return py.None
	})
	method(t, "set_ecdh_curve", []string{"name"}, 1, func(self py.Object, p []py.Object) py.Object { return py.None })
	method(t, "get_ca_certs", []string{"binary_form"}, 0, func(self py.Object, p []py.Object) py.Object {
		out := py.NewList()
		for _, c := range ctxOf(self).caCerts() {
			if p[0] != nil && py.Truth(p[0]) {
				out.Items = append(out.Items, py.Bytes(c.Raw))
			} else {
				out.Items = append(out.Items, certDict(c))
			}
		}
		return out
	})
	method(t, "cert_store_stats", nil, 0, func(self py.Object, p []py.Object) py.Object {
		n := len(ctxOf(self).caCerts())
		return py.DictFromPairs(py.Str("x509"), py.Int(n), py.Str("crl"), py.Int(0), py.Str("x509_ca"), py.Int(n))
	})
	method(t, "wrap_socket", []string{"sock", "server_side", "do_handshake_on_connect", "suppress_ragged_eofs", "server_hostname", "session"}, 1,
		func(self py.Object, p []py.Object) py.Object {
			return wrapSocket(ctxOf(self), p)
		})
	method(t, "wrap_bio", []string{"incoming", "outgoing", "server_side", "server_hostname", "session"}, 2,
		func(self py.Object, p []py.Object) py.Object {
			return wrapBIO(ctxOf(self), p)
		})
}

func (c *Context) checkVersion(v py.Object) int {
	if c.fixedVersion != 0 {
		panic(py.NewError(py.ValueErrorType, "The context's protocol doesn't support modification of highest and lowest version."))
	}
	n := py.Index(v)
	switch n {
	case -2, -1, 769, 770, 771, 772:
		return n
	case 768:
		panic(py.NewError(py.ValueErrorType, "Unsupported TLS/SSL version 0x300"))
	}
	panic(py.NewError(py.ValueErrorType, fmt.Sprintf("Unsupported TLS/SSL version 0x%x", n)))
}

var oidNames = map[string]string{
	"2.5.4.3": "commonName", "2.5.4.6": "countryName", "2.5.4.7": "localityName", "2.5.4.8": "stateOrProvinceName",
	"2.5.4.10": "organizationName", "2.5.4.11": "organizationalUnitName", "1.2.840.113549.1.9.1": "emailAddress",
	"2.5.4.5": "serialNumber", "2.5.4.9": "streetAddress", "2.5.4.17": "postalCode", "0.9.2342.19200300.100.1.25": "domainComponent",
}

func rdnTuple(n pkix.Name) py.Object {
	var rdns []py.Object
	for _, a := range n.Names {
		name, ok := oidNames[a.Type.String()]
		if !ok {
			name = a.Type.String()
		}
		rdns = append(rdns, py.NewTuple(py.NewTuple(py.Str(name), py.Str(fmt.Sprint(a.Value)))))
	}
	return py.NewTuple(rdns...)
}

// certDict is a certificate as SSLSocket.getpeercert() describes it.
func certDict(c *x509.Certificate) py.Object {
	d := py.NewDict()
	d.SetStr("subject", rdnTuple(c.Subject))
	d.SetStr("issuer", rdnTuple(c.Issuer))
	d.SetStr("version", py.Int(c.Version))
	serial := fmt.Sprintf("%X", c.SerialNumber.Bytes())
	if serial == "" {
		serial = "00"
	}
	d.SetStr("serialNumber", py.Str(serial))
	const layout = "Jan _2 15:04:05 2006 GMT"
	d.SetStr("notBefore", py.Str(c.NotBefore.UTC().Format(layout)))
	d.SetStr("notAfter", py.Str(c.NotAfter.UTC().Format(layout)))
	var san []py.Object
	for _, n := range c.DNSNames {
		san = append(san, py.NewTuple(py.Str("DNS"), py.Str(n)))
	}
	for _, e := range c.EmailAddresses {
		san = append(san, py.NewTuple(py.Str("email"), py.Str(e)))
	}
	for _, ip := range c.IPAddresses {
		s := ip.String()
		if ip.To4() == nil {
			// OpenSSL prints every group, upper case, unabbreviated.
			b := ip.To16()
			parts := make([]string, 8)
			for i := range parts {
				parts[i] = fmt.Sprintf("%X", int(b[2*i])<<8|int(b[2*i+1]))
			}
			s = strings.Join(parts, ":")
		}
		san = append(san, py.NewTuple(py.Str("IP Address"), py.Str(s)))
	}
	for _, u := range c.URIs {
		san = append(san, py.NewTuple(py.Str("URI"), py.Str(u.String())))
	}
	if len(san) > 0 {
		d.SetStr("subjectAltName", py.NewTuple(san...))
	}
	if len(c.OCSPServer) > 0 {
		d.SetStr("OCSP", strTuple(c.OCSPServer))
	}
	if len(c.IssuingCertificateURL) > 0 {
		d.SetStr("caIssuers", strTuple(c.IssuingCertificateURL))
	}
	if len(c.CRLDistributionPoints) > 0 {
		d.SetStr("crlDistributionPoints", strTuple(c.CRLDistributionPoints))
	}
	return d
}

func strTuple(ss []string) py.Object {
	items := make([]py.Object, len(ss))
	for i, s := range ss {
		items[i] = py.Str(s)
	}
	return py.NewTuple(items...)
}

// Object is ssl.SSLObject: the TLS state of one connection.
type Object struct {
	ctx        *Context
	conn       *tls.Conn
	serverSide bool
	hostname   py.Object
	done       bool         // the handshake completed
	bio        *bioEngine   // set for wrap_bio's objects
	sessions   *sessionSlot // a wrap_bio client's sessions
}

func (*Object) Type() *py.Type { return ObjectType }

// newObject wraps a connection whose handshake is driven elsewhere (an
// asyncio TLS transport); SetHandshakeDone marks it usable.
func newObject(ctx *Context, conn *tls.Conn, serverSide bool, hostname py.Object) *Object {
	initTypes()
	if hostname == nil {
		hostname = py.None
	}
	return &Object{ctx: ctx, conn: conn, serverSide: serverSide, hostname: hostname}
}

// SetHandshakeDone records that the handshake completed.
func (o *Object) SetHandshakeDone() { o.done = true }

func versionName(v uint16) string {
	switch v {
	case tls.VersionTLS10:
		return "TLSv1"
	case tls.VersionTLS11:
		return "TLSv1.1"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS13:
		return "TLSv1.3"
	}
	return "unknown"
}

func stateOf(conn *tls.Conn, done bool) (tls.ConnectionState, bool) {
	if conn == nil || !done {
		return tls.ConnectionState{}, false
	}
	return conn.ConnectionState(), true
}

func (o *Object) state() (tls.ConnectionState, bool) { return stateOf(o.conn, o.done) }

func cipherTuple(cs tls.ConnectionState) py.Object {
	name := tls.CipherSuiteName(cs.CipherSuite)
	bits := 128
	if strings.Contains(name, "256") || strings.Contains(name, "CHACHA20") {
		bits = 256
	}
	return py.NewTuple(py.Str(name), py.Str(versionName(cs.Version)), py.Int(bits))
}

func peerCert(cs tls.ConnectionState, ok bool, verifyMode int, binary bool) py.Object {
	if !ok {
		panic(py.NewError(py.ValueErrorType, "handshake not done yet"))
	}
	if len(cs.PeerCertificates) == 0 {
		return py.None
	}
	c := cs.PeerCertificates[0]
	if binary {
		return py.Bytes(c.Raw)
	}
	if verifyMode == CertNone {
		return py.NewDict()
	}
	return certDict(c)
}

func objOf(o py.Object) *Object {
	x, ok := o.(*Object)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "descriptor requires an 'ssl.SSLObject' object"))
	}
	return x
}

// sslInfo is what SSLObject and SSLSocket share.
type sslInfo interface {
	state() (tls.ConnectionState, bool)
	context() *Context
}

func (o *Object) context() *Context { return o.ctx }

func addInfoMethods(t *py.Type, of func(py.Object) sslInfo) {
	method(t, "version", nil, 0, func(self py.Object, p []py.Object) py.Object {
		cs, ok := of(self).state()
		if !ok {
			return py.None
		}
		return py.Str(versionName(cs.Version))
	})
	method(t, "cipher", nil, 0, func(self py.Object, p []py.Object) py.Object {
		cs, ok := of(self).state()
		if !ok {
			return py.None
		}
		return cipherTuple(cs)
	})
	method(t, "shared_ciphers", nil, 0, func(self py.Object, p []py.Object) py.Object {
		cs, ok := of(self).state()
		if !ok {
			return py.None
		}
		return py.NewList(cipherTuple(cs))
	})
	method(t, "compression", nil, 0, func(self py.Object, p []py.Object) py.Object { return py.None })
	method(t, "selected_alpn_protocol", nil, 0, func(self py.Object, p []py.Object) py.Object {
		cs, ok := of(self).state()
		if !ok || cs.NegotiatedProtocol == "" {
			return py.None
		}
		return py.Str(cs.NegotiatedProtocol)
	})
	method(t, "selected_npn_protocol", nil, 0, func(self py.Object, p []py.Object) py.Object { return py.None })
	method(t, "getpeercert", []string{"binary_form"}, 0, func(self py.Object, p []py.Object) py.Object {
		i := of(self)
		cs, ok := i.state()
		return peerCert(cs, ok, i.context().verifyMode, p[0] != nil && py.Truth(p[0]))
	})
	method(t, "get_channel_binding", []string{"cb_type"}, 0, func(self py.Object, p []py.Object) py.Object {
		cs, ok := of(self).state()
		if !ok || cs.TLSUnique == nil {
			return py.None
		}
		return py.Bytes(cs.TLSUnique)
	})
	py.AddGetter(t, "context", func(o py.Object) py.Object { return of(o).context() }, nil)
}

func initObjectType() {
	t := ObjectType
	addInfoMethods(t, func(o py.Object) sslInfo { return objOf(o) })
	py.AddGetter(t, "server_side", func(o py.Object) py.Object { return py.NewBool(objOf(o).serverSide) }, nil)
	py.AddGetter(t, "server_hostname", func(o py.Object) py.Object { return objOf(o).hostname }, nil)
	py.AddGetter(t, "session", func(o py.Object) py.Object { return objOf(o).sessions.current() },
		func(o, v py.Object) {
			x := objOf(o)
			setSession(x.sessions, x.ctx, x.serverSide, x.done, v)
		})
	py.AddGetter(t, "session_reused", func(o py.Object) py.Object {
		cs, ok := objOf(o).state()
		return py.NewBool(ok && cs.DidResume)
	}, nil)
	initBIOObjectMethods(t)
}

// Socket is ssl.SSLSocket: a blocking TLS connection over a socket's
// descriptor (wrap_socket).
type Socket struct {
	ctx        *Context
	fd         int
	raw        net.Conn
	conn       *tls.Conn
	serverSide bool
	hostname   py.Object
	done       bool
	ragged     bool
	closed     bool
	timeout    py.Object // the wrapped socket's (connect waits as it allows)
	session    py.Object // session= or a session set before connecting
	sessions   *sessionSlot
}

func (*Socket) Type() *py.Type { return SocketType }

func (s *Socket) context() *Context { return s.ctx }

func (s *Socket) state() (tls.ConnectionState, bool) { return stateOf(s.conn, s.done) }

func sockOf(o py.Object) *Socket {
	x, ok := o.(*Socket)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "descriptor requires an 'ssl.SSLSocket' object"))
	}
	return x
}

func wrapSocket(c *Context, p []py.Object) py.Object {
	sock := p[0]
	serverSide := p[1] != nil && py.Truth(p[1])
	onConnect := p[2] == nil || py.Truth(p[2])
	hostname := p[4]
	if hostname == nil {
		hostname = py.None
	}
	if serverSide {
		c.CheckServer()
		if hostname != py.None {
			panic(py.NewError(py.ValueErrorType, "server_hostname can only be specified in client mode"))
		}
		if p[5] != nil && p[5] != py.None {
			panic(py.NewError(py.ValueErrorType, "session can only be specified in client mode"))
		}
	} else {
		c.CheckClient(hostname)
	}
	if py.Index(py.GetAttr(sock, "type")) != syscall.SOCK_STREAM {
		panic(py.NewError(py.NotImplementedErrorType, "only stream sockets are supported"))
	}
	timeout := py.CallMethod(sock, "gettimeout")
	fd := py.Index(py.CallMethod(sock, "detach"))
	s := &Socket{ctx: c, fd: fd, serverSide: serverSide, hostname: hostname, ragged: p[3] == nil || py.Truth(p[3]), timeout: timeout, session: p[5]}
	if _, err := syscall.Getpeername(fd); err == nil {
		s.attach()
		if onConnect {
			s.handshake()
		}
	}
	return s
}

// attach makes the Go connection once the socket is connected.
func (s *Socket) attach() {
	dup, err := syscall.Dup(s.fd)
	if err != nil {
		panic(py.NewOSError(err, ""))
	}
	f := os.NewFile(uintptr(dup), "ssl")
	raw, err := net.FileConn(f)
	f.Close()
	if err != nil {
		panic(py.NewOSError(err, ""))
	}
	s.raw = raw
	host := ""
	if h, ok := s.hostname.(py.Str); ok {
		host = string(h)
	}
	cfg := s.ctx.Config(s.serverSide, host)
	if s.serverSide {
		s.conn = tls.Server(raw, cfg)
	} else {
		s.sessions = clientSessions(s.ctx, s.session)
		cfg.ClientSessionCache = s.sessions
		s.conn = tls.Client(raw, cfg)
	}
}

func (s *Socket) check() {
	if s.closed {
		panic(py.NewOSError(syscall.EBADF, ""))
	}
	if s.conn == nil {
		panic(py.NewOSError(syscall.ENOTCONN, ""))
	}
}

func (s *Socket) handshake() {
	s.check()
	var err error
	py.WithoutGIL(func() { err = s.conn.Handshake() })
	if err != nil {
		panic(s.ioError(err))
	}
	s.done = true
}

func (s *Socket) ioError(err error) *py.BaseException {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return newSSLError(EOFErrorType, 8, "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:992)")
	}
	var ne *net.OpError
	if errorsAs(err, &ne) {
		if se, ok := ne.Err.(*os.SyscallError); ok {
			return py.NewOSError(se.Err, "")
		}
	}
	return ErrorFromGo(err)
}

func (s *Socket) read(n int) py.Object {
	s.check()
	if !s.done {
		s.handshake()
	}
	buf := make([]byte, n)
	var got int
	var err error
	py.WithoutGIL(func() { got, err = s.conn.Read(buf) })
	if err != nil && got == 0 {
		if err == io.EOF {
			return py.Bytes("")
		}
		if err == io.ErrUnexpectedEOF && s.ragged {
			return py.Bytes("")
		}
		panic(s.ioError(err))
	}
	return py.Bytes(buf[:got])
}

func (s *Socket) write(b []byte) int {
	s.check()
	if !s.done {
		s.handshake()
	}
	var n int
	var err error
	py.WithoutGIL(func() { n, err = s.conn.Write(b) })
	if err != nil {
		panic(s.ioError(err))
	}
	return n
}

func (s *Socket) close() {
	if s.closed {
		return
	}
	s.closed = true
	if s.raw != nil {
		s.raw.Close()
	}
	syscall.Close(s.fd)
}

func initSocketType() {
	t := SocketType
	addInfoMethods(t, func(o py.Object) sslInfo { return sockOf(o) })
	py.AddGetter(t, "server_side", func(o py.Object) py.Object { return py.NewBool(sockOf(o).serverSide) }, nil)
	py.AddGetter(t, "server_hostname", func(o py.Object) py.Object { return sockOf(o).hostname }, nil)
	// Before the connection exists ssl.py keeps the session for it and
	// reports none.
	py.AddGetter(t, "session", func(o py.Object) py.Object {
		s := sockOf(o)
		if s.conn == nil {
			return py.None
		}
		return s.sessions.current()
	}, func(o, v py.Object) {
		s := sockOf(o)
		s.session = v
		if s.conn != nil {
			setSession(s.sessions, s.ctx, s.serverSide, s.done, v)
		}
	})
	py.AddGetter(t, "session_reused", func(o py.Object) py.Object {
		s := sockOf(o)
		if s.conn == nil {
			return py.None
		}
		cs, ok := s.state()
		return py.NewBool(ok && cs.DidResume)
	}, nil)
	method(t, "do_handshake", []string{"block"}, 0, func(self py.Object, p []py.Object) py.Object {
		sockOf(self).handshake()
		return py.None
	})
	method(t, "connect", []string{"addr"}, 1, func(self py.Object, p []py.Object) py.Object {
		s := sockOf(self)
		if s.conn != nil {
			panic(py.NewError(py.ValueErrorType, "attempt to connect already-connected SSLSocket!"))
		}
		fam, _ := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_DOMAIN)
		tmp := py.Call(py.GetAttr(py.Import("socket"), "socket"), py.Int(fam), py.Int(syscall.SOCK_STREAM), py.Int(0), py.Int(s.fd))
		if s.timeout != nil {
			// A socket with a timeout is non-blocking underneath: its
			// connect waits for the connection as the timeout allows.
			py.CallMethod(tmp, "settimeout", s.timeout)
		}
		py.CallMethod(tmp, "connect", p[0])
		py.CallMethod(tmp, "detach")
		s.attach()
		s.handshake()
		return py.None
	})
	method(t, "recv", []string{"buflen", "flags"}, 0, func(self py.Object, p []py.Object) py.Object {
		n := 1024
		if p[0] != nil {
			n = py.Index(p[0])
		}
		return sockOf(self).read(n)
	})
	method(t, "read", []string{"len", "buffer"}, 0, func(self py.Object, p []py.Object) py.Object {
		n := 1024
		if p[0] != nil {
			n = py.Index(p[0])
		}
		return sockOf(self).read(n)
	})
	// recv_into(buffer, nbytes=0, flags=0) and makefile(), for servers
	// that read a TLS connection through files (socketserver's handlers).
	method(t, "recv_into", []string{"buffer", "nbytes", "flags"}, 1, func(self py.Object, p []py.Object) py.Object {
		n := py.Len(p[0])
		if p[1] != nil && py.Index(p[1]) > 0 {
			n = min(n, py.Index(p[1]))
		}
		data, _ := py.BytesLike(sockOf(self).read(n))
		if ba, ok := p[0].(*py.ByteArray); ok {
			copy(ba.B, data)
		} else {
			py.SetItem(p[0], py.NewSlice(py.Int(0), py.Int(len(data)), py.None), py.Bytes(data))
		}
		return py.Int(len(data))
	})
	py.AddMethod(t, "makefile", func(a []py.Object, kw []string) py.Object {
		return socket.MakeFile(a[0], func() {}, a[1:], kw)
	})
	method(t, "_decref_socketios", nil, 0, func(self py.Object, p []py.Object) py.Object { return py.None })
	for _, name := range []string{"send", "write"} {
		method(t, name, []string{"data", "flags"}, 1, func(self py.Object, p []py.Object) py.Object {
			b, ok := py.BytesLike(p[0])
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", p[0].Type().Name)))
			}
			return py.Int(sockOf(self).write(b))
		})
	}
	method(t, "sendall", []string{"data", "flags"}, 1, func(self py.Object, p []py.Object) py.Object {
		b, ok := py.BytesLike(p[0])
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", p[0].Type().Name)))
		}
		sockOf(self).write(b)
		return py.None
	})
	method(t, "unwrap", nil, 0, func(self py.Object, p []py.Object) py.Object {
		s := sockOf(self)
		s.check()
		var err error
		py.WithoutGIL(func() { err = s.conn.CloseWrite() })
		if err != nil {
			panic(s.ioError(err))
		}
		s.raw.Close()
		s.conn, s.raw, s.done = nil, nil, false
		fam, _ := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_DOMAIN)
		fd := s.fd
		s.closed = true
		return py.Call(py.GetAttr(py.Import("socket"), "socket"), py.Int(fam), py.Int(syscall.SOCK_STREAM), py.Int(0), py.Int(fd))
	})
	method(t, "fileno", nil, 0, func(self py.Object, p []py.Object) py.Object {
		s := sockOf(self)
		if s.closed {
			return py.Int(-1)
		}
		return py.Int(s.fd)
	})
	method(t, "getpeername", nil, 0, func(self py.Object, p []py.Object) py.Object {
		s := sockOf(self)
		fam, _ := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_DOMAIN)
		tmp := py.Call(py.GetAttr(py.Import("socket"), "socket"), py.Int(fam), py.Int(syscall.SOCK_STREAM), py.Int(0), py.Int(s.fd))
		defer py.CallMethod(tmp, "detach")
		return py.CallMethod(tmp, "getpeername")
	})
	method(t, "getsockname", nil, 0, func(self py.Object, p []py.Object) py.Object {
		s := sockOf(self)
		fam, _ := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_DOMAIN)
		tmp := py.Call(py.GetAttr(py.Import("socket"), "socket"), py.Int(fam), py.Int(syscall.SOCK_STREAM), py.Int(0), py.Int(s.fd))
		defer py.CallMethod(tmp, "detach")
		return py.CallMethod(tmp, "getsockname")
	})
	// shutdown(how) shuts the socket down without a TLS close_notify, as
	// CPython's (which drops the SSL object first).
	method(t, "shutdown", []string{"how"}, 1, func(self py.Object, p []py.Object) py.Object {
		s := sockOf(self)
		if s.closed || s.fd < 0 {
			panic(py.NewOSError(syscall.EBADF, ""))
		}
		if err := syscall.Shutdown(s.fd, py.Index(p[0])); err != nil {
			panic(py.NewOSError(err, ""))
		}
		return py.None
	})
	method(t, "close", nil, 0, func(self py.Object, p []py.Object) py.Object {
		sockOf(self).close()
		return py.None
	})
	method(t, "__enter__", nil, 0, func(self py.Object, p []py.Object) py.Object { return self })
	py.AddMethod(t, "__exit__", func(a []py.Object, kw []string) py.Object {
		sockOf(a[0]).close()
		return py.None
	})
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }
