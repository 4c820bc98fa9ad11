package ssl

import (
	"crypto/rand"
	"fmt"
	"os"
	"runtime"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/enum"
)

// The OpenSSL version the module reports. The module is not OpenSSL: it
// offers OpenSSL 3.0's API (what CPython 3.11 is built against) on Go's
// crypto/tls, and says so in the version string. Programs that compare
// OPENSSL_VERSION_INFO to gate a feature (TLS 1.3, post-handshake
// options) see the level of API the module has.
var (
	openSSLVersion     = "OpenSSL 3.0.0 API on Go crypto/tls (" + runtime.Version() + ")"
	openSSLVersionInfo = [5]int{3, 0, 0, 0, 15}
)

const openSSLVersionNumber = 0x3000000f

var alertDescriptionEnum, errorNumberEnum, verifyFlagsEnum *py.Type

// alertDescriptions are the TLS alert codes (RFC 8446, section 6) under
// ssl's names.
var alertDescriptions = []struct {
	name string
	code int
}{
	{"CLOSE_NOTIFY", 0}, {"UNEXPECTED_MESSAGE", 10}, {"BAD_RECORD_MAC", 20}, {"RECORD_OVERFLOW", 22},
	{"DECOMPRESSION_FAILURE", 30}, {"HANDSHAKE_FAILURE", 40}, {"BAD_CERTIFICATE", 42},
	{"UNSUPPORTED_CERTIFICATE", 43}, {"CERTIFICATE_REVOKED", 44}, {"CERTIFICATE_EXPIRED", 45},
	{"CERTIFICATE_UNKNOWN", 46}, {"ILLEGAL_PARAMETER", 47}, {"UNKNOWN_CA", 48}, {"ACCESS_DENIED", 49},
	{"DECODE_ERROR", 50}, {"DECRYPT_ERROR", 51}, {"PROTOCOL_VERSION", 70}, {"INSUFFICIENT_SECURITY", 71},
	{"INTERNAL_ERROR", 80}, {"USER_CANCELLED", 90}, {"NO_RENEGOTIATION", 100}, {"UNSUPPORTED_EXTENSION", 110},
	{"CERTIFICATE_UNOBTAINABLE", 111}, {"UNRECOGNIZED_NAME", 112}, {"BAD_CERTIFICATE_STATUS_RESPONSE", 113},
	{"BAD_CERTIFICATE_HASH_VALUE", 114}, {"UNKNOWN_PSK_IDENTITY", 115},
}

// SSL_ERROR_* are OpenSSL's SSL_get_error codes, which SSLError's errno
// carries.
var errorNumbers = []struct {
	name string
	code int
}{
	{"SSL_ERROR_SSL", 1}, {"SSL_ERROR_WANT_READ", 2}, {"SSL_ERROR_WANT_WRITE", 3},
	{"SSL_ERROR_WANT_X509_LOOKUP", 4}, {"SSL_ERROR_SYSCALL", 5}, {"SSL_ERROR_ZERO_RETURN", 6},
	{"SSL_ERROR_WANT_CONNECT", 7}, {"SSL_ERROR_EOF", 8}, {"SSL_ERROR_INVALID_ERROR_CODE", 10},
}

// Certificate-verification flags (X509_V_FLAG_*).
const (
	verifyCRLCheckLeaf     = 0x4
	verifyCRLCheckChain    = 0x8 | verifyCRLCheckLeaf
	verifyX509Strict       = 0x20
	verifyAllowProxyCerts  = 0x40
	verifyX509TrustedFirst = 0x8000
	verifyX509PartialChain = 0x80000
)

func makeNameEnums() {
	var pairs []py.Object
	for _, a := range alertDescriptions {
		pairs = append(pairs, py.Str("ALERT_DESCRIPTION_"+a.name), py.Int(a.code))
	}
	alertDescriptionEnum = enum.NewClass("AlertDescription", "ssl", "IntEnum", py.DictFromPairs(pairs...))
	pairs = nil
	for _, e := range errorNumbers {
		pairs = append(pairs, py.Str(e.name), py.Int(e.code))
	}
	errorNumberEnum = enum.NewClass("SSLErrorNumber", "ssl", "IntEnum", py.DictFromPairs(pairs...))
	verifyFlagsEnum = enum.NewClass("VerifyFlags", "ssl", "IntFlag", py.DictFromPairs(
		py.Str("VERIFY_DEFAULT"), py.Int(0), py.Str("VERIFY_CRL_CHECK_LEAF"), py.Int(verifyCRLCheckLeaf),
		py.Str("VERIFY_CRL_CHECK_CHAIN"), py.Int(verifyCRLCheckChain), py.Str("VERIFY_X509_STRICT"), py.Int(verifyX509Strict),
		py.Str("VERIFY_ALLOW_PROXY_CERTS"), py.Int(verifyAllowProxyCerts),
		py.Str("VERIFY_X509_TRUSTED_FIRST"), py.Int(verifyX509TrustedFirst),
		py.Str("VERIFY_X509_PARTIAL_CHAIN"), py.Int(verifyX509PartialChain)))
}

// setModuleNames adds the constants, enums and functions of ssl beyond
// the context and socket classes.
func setModuleNames(m *py.Module) {
	m.Set("AlertDescription", alertDescriptionEnum)
	for _, a := range alertDescriptions {
		n := "ALERT_DESCRIPTION_" + a.name
		m.Set(n, py.GetAttr(alertDescriptionEnum, n))
	}
	m.Set("SSLErrorNumber", errorNumberEnum)
	for _, e := range errorNumbers {
		m.Set(e.name, py.GetAttr(errorNumberEnum, e.name))
	}
	m.Set("VerifyFlags", verifyFlagsEnum)
	for _, n := range []string{"VERIFY_DEFAULT", "VERIFY_CRL_CHECK_LEAF", "VERIFY_CRL_CHECK_CHAIN", "VERIFY_X509_STRICT",
		"VERIFY_ALLOW_PROXY_CERTS", "VERIFY_X509_TRUSTED_FIRST", "VERIFY_X509_PARTIAL_CHAIN"} {
		m.Set(n, py.GetAttr(verifyFlagsEnum, n))
	}
	for _, n := range []string{"PROTOCOL_TLSv1", "PROTOCOL_TLSv1_1", "PROTOCOL_TLSv1_2"} {
		m.Set(n, py.GetAttr(methodEnum, n))
	}
	m.Set("OP_IGNORE_UNEXPECTED_EOF", py.GetAttr(optionsEnum, "OP_IGNORE_UNEXPECTED_EOF"))
	m.Set("SSLSession", SessionType)
	m.Set("_SSLMethod", methodEnum)

	m.Set("OPENSSL_VERSION", py.Str(openSSLVersion))
	info := make([]py.Object, len(openSSLVersionInfo))
	for i, v := range openSSLVersionInfo {
		info[i] = py.Int(v)
	}
	m.Set("OPENSSL_VERSION_INFO", py.NewTuple(info...))
	m.Set("OPENSSL_VERSION_NUMBER", py.Int(openSSLVersionNumber))
	m.Set("PEM_HEADER", py.Str("-----BEGIN CERTIFICATE-----"))
	m.Set("PEM_FOOTER", py.Str("-----END CERTIFICATE-----"))

	// ssl.py's own imports are part of its namespace; programs reach them
	// as ssl.socket, ssl.create_connection, ...
	sock := py.Import("socket")
	for _, n := range []string{"socket", "SOCK_STREAM", "SOL_SOCKET", "SO_TYPE", "create_connection"} {
		m.Set(n, py.GetAttr(sock, n))
	}
	m.Set("socket_error", py.OSErrorType)
	m.Set("namedtuple", py.GetAttr(py.Import("collections"), "namedtuple"))

	m.AddFunc("RAND_bytes", func(a []py.Object, kw []string) py.Object {
		p := py.ParseArgs("RAND_bytes", a, kw, []string{"n"}, 1)
		return py.Bytes(randomBytes(py.Index(p[0])))
	})
	m.AddFunc("RAND_pseudo_bytes", func(a []py.Object, kw []string) py.Object {
		p := py.ParseArgs("RAND_pseudo_bytes", a, kw, []string{"n"}, 1)
		deprecated("ssl.RAND_pseudo_bytes() is deprecated")
		return py.NewTuple(py.Bytes(randomBytes(py.Index(p[0]))), py.True)
	})
	m.AddFunc("RAND_status", func(a []py.Object, kw []string) py.Object {
		py.ParseArgs("RAND_status", a, kw, nil, 0)
		return py.True
	})
	// The kernel's generator needs no seeding: the data is checked and
	// dropped, as a seeded OpenSSL would mix it into a pool already full.
	m.AddFunc("RAND_add", func(a []py.Object, kw []string) py.Object {
		p := py.ParseArgs("RAND_add", a, kw, []string{"string", "entropy"}, 2)
		if _, ok := p[0].(py.Str); !ok {
			if _, ok := py.BytesLike(p[0]); !ok {
				panic(py.NewError(py.TypeErrorType, "a bytes-like object is required, not '"+p[0].Type().Name+"'"))
			}
		}
		switch p[1].(type) {
		case py.Float, py.Int, py.Bool, *py.BigInt:
		default:
			if py.LookupSpecial(p[1], "__float__") == nil && py.LookupSpecial(p[1], "__index__") == nil {
				panic(py.NewError(py.TypeErrorType, "must be real number, not "+p[1].Type().Name))
			}
		}
		return py.None
	})

	m.AddFunc("get_protocol_name", func(a []py.Object, kw []string) py.Object {
		p := py.ParseArgs("get_protocol_name", a, kw, []string{"protocol_code"}, 1)
		if n, ok := p[0].(py.Int); ok {
			for _, name := range []string{"PROTOCOL_TLS", "PROTOCOL_TLSv1", "PROTOCOL_TLSv1_1", "PROTOCOL_TLSv1_2",
				"PROTOCOL_TLS_CLIENT", "PROTOCOL_TLS_SERVER"} {
				if py.Index(py.GetAttr(methodEnum, name)) == int(n) {
					return py.Str(name)
				}
			}
		} else if p[0].Type() == methodEnum {
			return py.GetAttr(p[0], "name")
		}
		return py.Str("<unknown>")
	})

	defaultPaths := py.NamedTuple("DefaultVerifyPaths", "ssl",
		[]string{"cafile", "capath", "openssl_cafile_env", "openssl_cafile", "openssl_capath_env", "openssl_capath"}, nil)
	m.Set("DefaultVerifyPaths", defaultPaths)
	m.AddFunc("get_default_verify_paths", func(a []py.Object, kw []string) py.Object {
		py.ParseArgs("get_default_verify_paths", a, kw, nil, 0)
		file, dir := defaultCAFile(), defaultCADir
		cafile, capath := py.Object(py.None), py.Object(py.None)
		if f := envOr("SSL_CERT_FILE", file); isFile(f) {
			cafile = py.Str(f)
		}
		if d := envOr("SSL_CERT_DIR", dir); isDir(d) {
			capath = py.Str(d)
		}
		return py.Call(defaultPaths, cafile, capath, py.Str("SSL_CERT_FILE"), py.Str(file), py.Str("SSL_CERT_DIR"), py.Str(dir))
	})
}

func randomBytes(n int) []byte {
	if n < 0 {
		panic(py.NewError(py.ValueErrorType, "num must be positive"))
	}
	b := make([]byte, n)
	rand.Read(b)
	return b
}

func deprecated(msg string) {
	py.CallMethod(py.Import("warnings"), "warn", py.Str(msg), py.DeprecationWarningType, py.Int(2))
}

// Where Go's crypto/x509 looks for the system's trusted certificates on
// Linux (the first file that exists, and the directory): what the module
// verifies against, so what get_default_verify_paths reports.
var defaultCAFiles = []string{
	"/etc/ssl/certs/ca-certificates.crt",
	"/etc/pki/tls/certs/ca-bundle.crt",
	"/etc/ssl/ca-bundle.pem",
	"/etc/pki/tls/cacert.pem",
	"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
	"/etc/ssl/cert.pem",
}

const defaultCADir = "/etc/ssl/certs"

func defaultCAFile() string {
	for _, f := range defaultCAFiles {
		if isFile(f) {
			return f
		}
	}
	return defaultCAFiles[0]
}

func envOr(name, def string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return def
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// checkVerifyFlags is the verify_flags setter's argument check. CRL
// checking needs certificate revocation lists, which crypto/tls does not
// consult: accepting the flag would let a revoked certificate through.
func checkVerifyFlags(v py.Object) int {
	if _, ok := v.(py.Int); !ok && !py.IsInstance(v, py.IntType) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("argument must be int, not %s", v.Type().Name)))
	}
	n := py.Index(v)
	if n&verifyCRLCheckLeaf != 0 {
		panic(py.NewError(py.NotImplementedErrorType, "VERIFY_CRL_CHECK_LEAF and VERIFY_CRL_CHECK_CHAIN are not supported: crypto/tls does not check revocation lists"))
	}
	return n
}
