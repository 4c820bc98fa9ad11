// Package ssl is Python's ssl module on Go's crypto/tls: SSLContext (the
// client and server protocols, certificate chains, verification settings,
// ALPN), the SSLError family, SSLObject (what an asyncio TLS transport
// reports as its ssl_object) and a blocking SSLSocket from wrap_socket.
//
// It is not OpenSSL: cipher names are Go's (the same as OpenSSL's for TLS
// 1.3), error messages keep CPython's "[SSL: REASON] text" shape with
// reasons derived from Go's errors, and the OpenSSL-only knobs (options
// bits, set_ciphers strings, verify flags) are accepted where they cannot
// change the outcome and rejected with NotImplementedError where they
// could (CRL checking). OPENSSL_VERSION says what it is; its number is the
// OpenSSL API level it offers (3.0). Client sessions (SSLSession) are
// crypto/tls's resumable sessions; a context keeps one ticket key so its
// servers resume each other's.
package ssl

import (
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/enum"
)

// Protocol, verify-mode and version numbers as CPython's _ssl has them.
const (
	ProtocolTLS       = 2
	protocolTLSv1     = 3
	protocolTLSv1_1   = 4
	protocolTLSv1_2   = 5
	ProtocolTLSClient = 16
	ProtocolTLSServer = 17

	CertNone     = 0
	CertOptional = 1
	CertRequired = 2

	versionMinSupported = -2
	versionMaxSupported = -1
)

// Context is ssl.SSLContext.
type Context struct {
	protocol      int
	verifyMode    int
	checkHostname bool
	certs         []tls.Certificate
	caPEM         [][]byte
	caDER         [][]byte
	systemRoots   bool
	alpn          []string
	minVersion    int
	maxVersion    int
	options       int
	verifyFlags   int
	fixedVersion  uint16   // PROTOCOL_TLSv1*: the one version spoken, else 0
	ticketKey     [32]byte // a server context's session-ticket key
	cls           *py.Type
	dict          *py.Dict
}

var (
	// ContextType is ssl.SSLContext.
	ContextType = py.NewType("SSLContext", "ssl", nil)
	// ObjectType is ssl.SSLObject.
	ObjectType = py.NewType("SSLObject", "ssl", nil)
	// SocketType is ssl.SSLSocket.
	SocketType = py.NewType("SSLSocket", "ssl", nil)

	ErrorType, ZeroReturnErrorType, WantReadErrorType, WantWriteErrorType *py.Type
	SyscallErrorType, EOFErrorType, CertVerificationErrorType             *py.Type

	verifyModeEnum, methodEnum, versionEnum, purposeEnum, optionsEnum *py.Type
)

func (c *Context) Type() *py.Type {
	if c.cls != nil {
		return c.cls
	}
	return ContextType
}

func (c *Context) InstanceDict() *py.Dict { return c.dict }

// AsContext returns the Context o is, or nil.
func AsContext(o py.Object) *Context {
	c, _ := o.(*Context)
	return c
}

// NewContext is SSLContext(protocol).
func NewContext(protocol int) *Context {
	c := &Context{protocol: protocol, minVersion: 771, maxVersion: versionMaxSupported, verifyFlags: verifyX509TrustedFirst, dict: py.NewDict()}
	// Connections of one context resume each other's sessions: Go's
	// automatic ticket keys belong to one tls.Config, made per connection.
	rand.Read(c.ticketKey[:])
	switch protocol {
	case ProtocolTLSClient:
		c.verifyMode, c.checkHostname = CertRequired, true
	case protocolTLSv1, protocolTLSv1_1, protocolTLSv1_2:
		c.fixedVersion = uint16(tls.VersionTLS10 + protocol - protocolTLSv1)
		c.minVersion = versionMinSupported
	case ProtocolTLSServer, ProtocolTLS:
	default:
		panic(py.NewError(py.ValueErrorType, "invalid or unsupported protocol version "+fmt.Sprint(protocol)))
	}
	return c
}

// CreateDefaultContext is ssl.create_default_context() for server
// authentication (a client's context).
func CreateDefaultContext() *Context {
	c := NewContext(ProtocolTLSClient)
	c.systemRoots = true
	return c
}

// ServerSide reports whether the context was made for servers.
func (c *Context) ServerSide() bool { return c.protocol == ProtocolTLSServer }

func (c *Context) pool() *x509.CertPool {
	var p *x509.CertPool
	if c.systemRoots {
		p, _ = x509.SystemCertPool()
	}
	if p == nil {
		p = x509.NewCertPool()
	}
	for _, b := range c.caPEM {
		p.AppendCertsFromPEM(b)
	}
	for _, d := range c.caDER {
		if cert, err := x509.ParseCertificate(d); err == nil {
			p.AddCert(cert)
		}
	}
	return p
}

func tlsVersion(v int, min bool) uint16 {
	switch v {
	case 769:
		return tls.VersionTLS10
	case 770:
		return tls.VersionTLS11
	case 771:
		return tls.VersionTLS12
	case 772:
		return tls.VersionTLS13
	}
	if min {
		return tls.VersionTLS10
	}
	return tls.VersionTLS13
}

// Config is the crypto/tls configuration for one connection; hostname is
// the server name a client checks and sends (SNI), "" for none.
func (c *Context) Config(serverSide bool, hostname string) *tls.Config {
	cfg := &tls.Config{
		Certificates: c.certs,
		NextProtos:   c.alpn,
		MinVersion:   tlsVersion(c.minVersion, true),
		MaxVersion:   tlsVersion(c.maxVersion, false),
	}
	if c.fixedVersion != 0 {
		cfg.MinVersion, cfg.MaxVersion = c.fixedVersion, c.fixedVersion
	}
	cfg.SetSessionTicketKeys([][32]byte{c.ticketKey})
	roots := c.pool()
	if serverSide {
		cfg.ClientCAs = roots
		switch c.verifyMode {
		case CertOptional:
			cfg.ClientAuth = tls.VerifyClientCertIfGiven
		case CertRequired:
			cfg.ClientAuth = tls.RequireAndVerifyClientCert
		}
		return cfg
	}
	cfg.ServerName = hostname
	if c.verifyMode == CertNone {
		cfg.InsecureSkipVerify = true
		return cfg
	}
	if c.checkHostname && hostname != "" {
		cfg.RootCAs = roots
		return cfg
	}
	// The chain is verified, the name is not.
	cfg.InsecureSkipVerify = true
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		if len(cs.PeerCertificates) == 0 {
			return errors.New("peer did not return a certificate")
		}
		inter := x509.NewCertPool()
		for _, ic := range cs.PeerCertificates[1:] {
			inter.AddCert(ic)
		}
		_, err := cs.PeerCertificates[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter})
		return err
	}
	return cfg
}

// CheckClient raises what CPython raises before a client connection when
// the settings cannot work together.
func (c *Context) CheckClient(hostname py.Object) {
	if c.protocol == ProtocolTLSServer {
		panic(py.NewError(py.ValueErrorType, "Cannot create a client socket with a PROTOCOL_TLS_SERVER context"))
	}
	if c.checkHostname && (hostname == nil || hostname == py.None) {
		panic(py.NewError(py.ValueErrorType, "check_hostname requires server_hostname"))
	}
}

// CheckServer is CheckClient for the server side.
func (c *Context) CheckServer() {
	if c.protocol == ProtocolTLSClient {
		panic(py.NewError(py.ValueErrorType, "Cannot create a server socket with a PROTOCOL_TLS_CLIENT context"))
	}
}

func newSSLError(cls *py.Type, errno int, msg string) *py.BaseException {
	e := py.NewException(cls, py.Int(errno), py.Str(msg))
	e.Dict.SetStr("errno", py.Int(errno))
	e.Dict.SetStr("strerror", py.Str(msg))
	return e
}

func verifyError(code int, reason string) *py.BaseException {
	e := newSSLError(CertVerificationErrorType, 1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "+reason+" (_ssl.c:1006)")
	e.Dict.SetStr("verify_code", py.Int(code))
	e.Dict.SetStr("verify_message", py.Str(reason))
	e.Dict.SetStr("library", py.Str("SSL"))
	e.Dict.SetStr("reason", py.Str("CERTIFICATE_VERIFY_FAILED"))
	return e
}

// ErrorFromGo converts an error of crypto/tls into the SSLError subclass
// CPython raises for the same failure.
func ErrorFromGo(err error) *py.BaseException {
	var ua x509.UnknownAuthorityError
	var ci x509.CertificateInvalidError
	var he x509.HostnameError
	var cv *tls.CertificateVerificationError
	switch {
	case errors.As(err, &he):
		if strings.Contains(he.Host, ":") || strings.Count(he.Host, ".") == 3 && strings.Trim(he.Host, "0123456789.") == "" {
			return verifyError(64, fmt.Sprintf("IP address mismatch, certificate is not valid for '%s'.", he.Host))
		}
		return verifyError(62, fmt.Sprintf("Hostname mismatch, certificate is not valid for '%s'.", he.Host))
	case errors.As(err, &ua):
		if c := ua.Cert; c != nil && string(c.RawIssuer) == string(c.RawSubject) {
			return verifyError(18, "self-signed certificate")
		}
		return verifyError(20, "unable to get local issuer certificate")
	case errors.As(err, &ci):
		if ci.Reason == x509.Expired {
			return verifyError(10, "certificate has expired")
		}
		return verifyError(1, ci.Error())
	case errors.As(err, &cv):
		return verifyError(1, cv.Err.Error())
	}
	msg := err.Error()
	if strings.HasPrefix(msg, "remote error: tls: ") {
		alert := strings.TrimPrefix(msg, "remote error: tls: ")
		reason := "TLSV1_ALERT_" + strings.ToUpper(strings.ReplaceAll(alert, " ", "_"))
		if alert == "bad certificate" || alert == "unknown certificate authority" {
			reason = "SSLV3_ALERT_" + strings.ToUpper(strings.ReplaceAll(alert, " ", "_"))
		}
		e := newSSLError(ErrorType, 1, fmt.Sprintf("[SSL: %s] %s (_ssl.c:2580)", reason, alert))
		e.Dict.SetStr("library", py.Str("SSL"))
		e.Dict.SetStr("reason", py.Str(reason))
		return e
	}
	if strings.Contains(msg, "received record with version") || strings.Contains(msg, "does not look like a TLS handshake") {
		e := newSSLError(ErrorType, 1, "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:2580)")
		e.Dict.SetStr("library", py.Str("SSL"))
		e.Dict.SetStr("reason", py.Str("WRONG_VERSION_NUMBER"))
		return e
	}
	e := newSSLError(ErrorType, 1, "[SSL] "+msg)
	e.Dict.SetStr("library", py.Str("SSL"))
	e.Dict.SetStr("reason", py.None)
	return e
}

func readFile(name py.Object) []byte {
	path := py.StrOf(py.Call(py.GetAttr(py.Import("os"), "fspath"), name))
	b, err := os.ReadFile(path)
	if err != nil {
		panic(py.NewOSError(err, ""))
	}
	return b
}

func pemError() *py.BaseException {
	e := newSSLError(ErrorType, 9, "[SSL] PEM lib (_ssl.c:3900)")
	e.Dict.SetStr("library", py.Str("SSL"))
	e.Dict.SetStr("reason", py.Str("PEM lib"))
	return e
}

func (c *Context) loadCertChain(certfile, keyfile, password py.Object) {
	certPEM := readFile(certfile)
	keyPEM := certPEM
	if keyfile != nil && keyfile != py.None {
		keyPEM = readFile(keyfile)
	}
	if password != nil && password != py.None {
		panic(py.NewError(py.NotImplementedErrorType, "load_cert_chain: encrypted private keys are not supported"))
	}
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		panic(pemError())
	}
	c.certs = append(c.certs[:0:0], cert)
}

func (c *Context) loadVerifyLocations(cafile, capath, cadata py.Object) {
	none := func(o py.Object) bool { return o == nil || o == py.None }
	if none(cafile) && none(capath) && none(cadata) {
		panic(py.NewError(py.TypeErrorType, "cafile, capath and cadata cannot be all omitted"))
	}
	if !none(cafile) {
		b := readFile(cafile)
		if !x509.NewCertPool().AppendCertsFromPEM(b) {
			panic(pemError())
		}
		c.caPEM = append(c.caPEM, b)
	}
	if !none(capath) {
		dir := py.StrOf(py.Call(py.GetAttr(py.Import("os"), "fspath"), capath))
		entries, err := os.ReadDir(dir)
		if err != nil {
			panic(py.NewOSError(err, ""))
		}
		for _, e := range entries {
			if b, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
				c.caPEM = append(c.caPEM, b)
			}
		}
	}
	if !none(cadata) {
		switch d := cadata.(type) {
		case py.Str:
			if !x509.NewCertPool().AppendCertsFromPEM([]byte(d)) {
				panic(newSSLError(ErrorType, 0, "no start line: cadata does not contain a certificate"))
			}
			c.caPEM = append(c.caPEM, []byte(d))
		default:
			b, ok := py.BytesLike(cadata)
			if !ok {
				panic(py.NewError(py.TypeErrorType, "cadata should be an ASCII string or a bytes-like object"))
			}
			for len(b) > 0 {
				cert, err := x509.ParseCertificate(b)
				if err != nil {
					// Possibly several concatenated DER certificates:
					// x509 rejects trailing data, so split by ASN.1 length.
					n := derLen(b)
					if n <= 0 || n > len(b) {
						panic(newSSLError(ErrorType, 0, "not enough data: cadata does not contain a certificate"))
					}
					if cert, err = x509.ParseCertificate(b[:n]); err != nil {
						panic(newSSLError(ErrorType, 0, "not enough data: cadata does not contain a certificate"))
					}
					c.caDER = append(c.caDER, cert.Raw)
					b = b[n:]
					continue
				}
				c.caDER = append(c.caDER, cert.Raw)
				break
			}
		}
	}
}

// derLen is the length of the DER element at the start of b (tag, length
// and contents), or 0.
func derLen(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	l := int(b[1])
	if l < 0x80 {
		return 2 + l
	}
	n := l & 0x7f
	if n > 4 || len(b) < 2+n {
		return 0
	}
	l = 0
	for _, x := range b[2 : 2+n] {
		l = l<<8 | int(x)
	}
	return 2 + n + l
}

// caCerts lists the certificates loaded with load_verify_locations.
func (c *Context) caCerts() []*x509.Certificate {
	var out []*x509.Certificate
	for _, b := range c.caPEM {
		for {
			var blk *pem.Block
			blk, b = pem.Decode(b)
			if blk == nil {
				break
			}
			if blk.Type == "CERTIFICATE" {
				if cert, err := x509.ParseCertificate(blk.Bytes); err == nil {
					out = append(out, cert)
				}
			}
		}
	}
	for _, d := range c.caDER {
		if cert, err := x509.ParseCertificate(d); err == nil {
			out = append(out, cert)
		}
	}
	return out
}

func enumMember(t *py.Type, v int) py.Object { return py.Call(t, py.Int(v)) }

func makeEnums() {
	mk := func(name string, base string, pairs ...py.Object) *py.Type {
		return enum.NewClass(name, "ssl", base, py.DictFromPairs(pairs...))
	}
	verifyModeEnum = mk("VerifyMode", "IntEnum",
		py.Str("CERT_NONE"), py.Int(0), py.Str("CERT_OPTIONAL"), py.Int(1), py.Str("CERT_REQUIRED"), py.Int(2))
	methodEnum = mk("_SSLMethod", "IntEnum",
		py.Str("PROTOCOL_TLS"), py.Int(2), py.Str("PROTOCOL_TLSv1"), py.Int(3), py.Str("PROTOCOL_TLSv1_1"), py.Int(4),
		py.Str("PROTOCOL_TLSv1_2"), py.Int(5), py.Str("PROTOCOL_TLS_CLIENT"), py.Int(16), py.Str("PROTOCOL_TLS_SERVER"), py.Int(17))
	versionEnum = mk("TLSVersion", "IntEnum",
		py.Str("MINIMUM_SUPPORTED"), py.Int(-2), py.Str("MAXIMUM_SUPPORTED"), py.Int(-1),
		py.Str("SSLv3"), py.Int(768), py.Str("TLSv1"), py.Int(769), py.Str("TLSv1_1"), py.Int(770),
		py.Str("TLSv1_2"), py.Int(771), py.Str("TLSv1_3"), py.Int(772))
	optionsEnum = mk("Options", "IntFlag",
		py.Str("OP_ALL"), py.Int(0x80000050), py.Str("OP_IGNORE_UNEXPECTED_EOF"), py.Int(0x80), py.Str("OP_NO_SSLv2"), py.Int(0), py.Str("OP_NO_SSLv3"), py.Int(0x2000000),
		py.Str("OP_NO_TLSv1"), py.Int(0x4000000), py.Str("OP_NO_TLSv1_2"), py.Int(0x8000000),
		py.Str("OP_NO_TLSv1_1"), py.Int(0x10000000), py.Str("OP_NO_TLSv1_3"), py.Int(0x20000000),
		py.Str("OP_CIPHER_SERVER_PREFERENCE"), py.Int(0x400000), py.Str("OP_SINGLE_DH_USE"), py.Int(0),
		py.Str("OP_SINGLE_ECDH_USE"), py.Int(0), py.Str("OP_NO_COMPRESSION"), py.Int(0x20000),
		py.Str("OP_NO_TICKET"), py.Int(0x4000), py.Str("OP_NO_RENEGOTIATION"), py.Int(0x40000000),
		py.Str("OP_ENABLE_MIDDLEBOX_COMPAT"), py.Int(0x100000))
	// CPython's members are _ASN1Object namedtuples; here the value is the
	// OID alone.
	purposeEnum = enum.NewClass("Purpose", "ssl", "Enum", py.DictFromPairs(
		py.Str("SERVER_AUTH"), py.Str("1.3.6.1.5.5.7.3.1"),
		py.Str("CLIENT_AUTH"), py.Str("1.3.6.1.5.5.7.3.2")))
}

func makeErrors() {
	strFn := py.NewFunction(&py.Code{Name: "__str__", Qualname: "SSLError.__str__", Module: "ssl", Params: []string{"self"}, NumPos: 1}, nil, nil,
		func(a []py.Object) py.Object {
			e := a[0].(*py.BaseException)
			if s, ok := e.Dict.GetStr("strerror"); ok {
				if str, ok := s.(py.Str); ok {
					return str
				}
			}
			return py.Str(py.StrOf(e.Args))
		})
	cls := func(name string, bases ...*py.Type) *py.Type {
		bs := make([]py.Object, len(bases))
		for i, b := range bases {
			bs[i] = b
		}
		ns := py.NewDict()
		ns.SetStr("__module__", py.Str("ssl"))
		return py.NewClass(name, name, "ssl", bs, ns)
	}
	ErrorType = cls("SSLError", py.OSErrorType)
	ErrorType.Dict.SetStr("__str__", strFn)
	ZeroReturnErrorType = cls("SSLZeroReturnError", ErrorType)
	WantReadErrorType = cls("SSLWantReadError", ErrorType)
	WantWriteErrorType = cls("SSLWantWriteError", ErrorType)
	SyscallErrorType = cls("SSLSyscallError", ErrorType)
	EOFErrorType = cls("SSLEOFError", ErrorType)
	CertVerificationErrorType = cls("SSLCertVerificationError", ErrorType, py.ValueErrorType)
}

func init() {
	py.RegisterModule("ssl", func(m *py.Module) {
		initTypes()
		m.Set("SSLContext", ContextType)
		m.Set("SSLObject", ObjectType)
		m.Set("SSLSocket", SocketType)
		m.Set("MemoryBIO", MemoryBIOType)
		m.Set("SSLError", ErrorType)
		m.Set("SSLZeroReturnError", ZeroReturnErrorType)
		m.Set("SSLWantReadError", WantReadErrorType)
		m.Set("SSLWantWriteError", WantWriteErrorType)
		m.Set("SSLSyscallError", SyscallErrorType)
		m.Set("SSLEOFError", EOFErrorType)
		m.Set("SSLCertVerificationError", CertVerificationErrorType)
		m.Set("CertificateError", CertVerificationErrorType)
		m.Set("VerifyMode", verifyModeEnum)
		m.Set("TLSVersion", versionEnum)
		m.Set("Purpose", purposeEnum)
		m.Set("Options", optionsEnum)
		for _, n := range []string{"CERT_NONE", "CERT_OPTIONAL", "CERT_REQUIRED"} {
			m.Set(n, py.GetAttr(verifyModeEnum, n))
		}
		for _, n := range []string{"PROTOCOL_TLS", "PROTOCOL_TLS_CLIENT", "PROTOCOL_TLS_SERVER"} {
			m.Set(n, py.GetAttr(methodEnum, n))
		}
		m.Set("PROTOCOL_SSLv23", py.GetAttr(methodEnum, "PROTOCOL_TLS"))
		for _, n := range []string{"OP_ALL", "OP_NO_SSLv2", "OP_NO_SSLv3", "OP_NO_TLSv1", "OP_NO_TLSv1_1", "OP_NO_TLSv1_2",
			"OP_NO_TLSv1_3", "OP_CIPHER_SERVER_PREFERENCE", "OP_SINGLE_DH_USE", "OP_SINGLE_ECDH_USE", "OP_NO_COMPRESSION",
			"OP_NO_TICKET", "OP_NO_RENEGOTIATION", "OP_ENABLE_MIDDLEBOX_COMPAT"} {
			m.Set(n, py.GetAttr(optionsEnum, n))
		}
		for n, v := range map[string]bool{"HAS_SNI": true, "HAS_ALPN": true, "HAS_ECDH": true, "HAS_NPN": false,
			"HAS_TLSv1": true, "HAS_TLSv1_1": true, "HAS_TLSv1_2": true, "HAS_TLSv1_3": true, "HAS_SSLv2": false,
			"HAS_SSLv3": false, "HAS_NEVER_CHECK_COMMON_NAME": true} {
			m.Set(n, py.NewBool(v))
		}
		m.Set("CHANNEL_BINDING_TYPES", py.NewList(py.Str("tls-unique")))
		setModuleNames(m)
		setLegacyFuncs(m)
		m.AddFunc("create_default_context", createDefaultContext)
		m.AddFunc("get_server_certificate", func(a []py.Object, kw []string) py.Object {
			panic(py.NewError(py.NotImplementedErrorType, "ssl.get_server_certificate is not supported"))
		})
		m.AddFunc("DER_cert_to_PEM_cert", func(a []py.Object, kw []string) py.Object {
			p := py.ParseArgs("DER_cert_to_PEM_cert", a, kw, []string{"der_cert_bytes"}, 1)
			b, _ := py.BytesLike(p[0])
			return py.Str(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: b}))
		})
		m.AddFunc("PEM_cert_to_DER_cert", func(a []py.Object, kw []string) py.Object {
			p := py.ParseArgs("PEM_cert_to_DER_cert", a, kw, []string{"pem_cert_string"}, 1)
			blk, _ := pem.Decode([]byte(py.StrOf(p[0])))
			if blk == nil {
				panic(py.NewError(py.ValueErrorType, "Invalid PEM encoding; must start with -----BEGIN CERTIFICATE-----"))
			}
			return py.Bytes(blk.Bytes)
		})
	})
}

var typesReady bool

func initTypes() {
	if typesReady {
		return
	}
	typesReady = true
	makeEnums()
	makeNameEnums()
	makeErrors()
	initContextType()
	initObjectType()
	initSocketType()
	initMemoryBIOType()
	initSessionType()
}

// Init makes the module's classes (asyncio uses them without importing
// the module).
func Init() { initTypes() }

func createDefaultContext(a []py.Object, kw []string) py.Object {
	initTypes()
	p := py.ParseArgs("create_default_context", a, kw, []string{"purpose", "cafile", "capath", "cadata"}, 0)
	var c *Context
	if p[0] != nil && p[0] != py.None && p[0] == py.GetAttr(purposeEnum, "CLIENT_AUTH") {
		c = NewContext(ProtocolTLSServer)
		c.systemRoots = true
	} else if p[0] != nil && p[0] != py.None && p[0] != py.GetAttr(purposeEnum, "SERVER_AUTH") {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s is not a Purpose", py.Repr(p[0]))))
	} else {
		c = CreateDefaultContext()
	}
	if p[1] != nil && p[1] != py.None || p[2] != nil && p[2] != py.None || p[3] != nil && p[3] != py.None {
		c.systemRoots = false
		c.loadVerifyLocations(p[1], p[2], p[3])
	}
	return c
}
