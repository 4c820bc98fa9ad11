package ssl

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The module-level helpers of ssl.py that predate SSLContext (all but
// cert_time_to_seconds deprecated in 3.11), with ssl.py's behaviour.

func setLegacyFuncs(m *py.Module) {
	m.AddFunc("wrap_socket", legacyWrapSocket)
	m.AddFunc("match_hostname", matchHostname)
	m.AddFunc("cert_time_to_seconds", certTimeToSeconds)
}

func legacyWrapSocket(a []py.Object, kw []string) py.Object {
	p := py.ParseArgs("wrap_socket", a, kw, []string{"sock", "keyfile", "certfile", "server_side", "cert_reqs",
		"ssl_version", "ca_certs", "do_handshake_on_connect", "suppress_ragged_eofs", "ciphers"}, 1)
	deprecated("ssl.wrap_socket() is deprecated, use SSLContext.wrap_socket()")
	given := func(i int) bool { return p[i] != nil && py.Truth(p[i]) }
	if given(3) && !given(2) {
		panic(py.NewError(py.ValueErrorType, "certfile must be specified for server-side operations"))
	}
	if given(1) && !given(2) {
		panic(py.NewError(py.ValueErrorType, "certfile must be specified"))
	}
	proto := ProtocolTLS
	if p[5] != nil {
		proto = py.Index(p[5])
	}
	c := NewContext(proto)
	reqs := py.Object(py.Int(CertNone))
	if p[4] != nil {
		reqs = p[4]
	}
	py.SetAttr(c, "verify_mode", reqs)
	if given(6) {
		c.loadVerifyLocations(p[6], nil, nil)
	}
	if given(2) {
		keyfile := p[1]
		if keyfile == nil {
			keyfile = py.None
		}
		c.loadCertChain(p[2], keyfile, py.None)
	}
	if given(9) {
		py.CallMethod(c, "set_ciphers", p[9])
	}
	serverSide := py.Object(py.False)
	if p[3] != nil {
		serverSide = p[3]
	}
	return wrapSocket(c, []py.Object{p[0], serverSide, p[7], p[8], nil, nil})
}

// certTimeToSeconds is cert_time_to_seconds: a certificate's notBefore or
// notAfter ("May  9 00:00:00 2007 GMT", the C locale's month) in seconds
// since the Epoch. The month is matched here; the rest is time.strptime's
// (the resolver links _strptime with programs naming this function).
func certTimeToSeconds(a []py.Object, kw []string) py.Object {
	p := py.ParseArgs("cert_time_to_seconds", a, kw, []string{"cert_time"}, 1)
	t := p[0]
	const rest = " %d %H:%M:%S %Y GMT"
	month := 0
	if s, ok := t.(py.Str); ok {
		head := py.StrOf(py.CallMethod(py.GetItem(s, py.NewSlice(py.None, py.Int(3), py.None)), "title"))
		if i := strings.Index("JanFebMarAprMayJunJulAugSepOctNovDec", head); len(head) == 3 && i%3 == 0 {
			month = i/3 + 1
		}
	} else {
		// Anything else fails as ssl.py's slicing and title() do.
		py.CallMethod(py.GetItem(t, py.NewSlice(py.None, py.Int(3), py.None)), "title")
	}
	if month == 0 {
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("time data %s does not match format \"%%b%s\"", py.Repr(t), rest)))
	}
	tail := py.GetItem(t, py.NewSlice(py.Int(3), py.None, py.None))
	tt := py.CallMethod(py.Import("time"), "strptime", tail, py.Str(rest))
	field := func(i int) int64 { return int64(py.Index(py.GetItem(tt, py.Int(i)))) }
	days := daysFromCivil(field(0), int64(month), 1) + field(2) - 1
	return py.Int(days*86400 + field(3)*3600 + field(4)*60 + field(5))
}

// daysFromCivil is the number of days from 1970-01-01 to the given date of
// the proleptic Gregorian calendar (calendar.timegm's arithmetic).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func certificateError(msg string) *py.BaseException {
	return py.NewException(CertVerificationErrorType, py.Str(msg))
}

// dnsNameMatches is ssl.py's _dnsname_match: RFC 6125 matching with one
// wildcard allowed, as the whole leftmost label only.
func dnsNameMatches(dn, hostname py.Object) bool {
	if !py.Truth(dn) {
		return false
	}
	lower := func(o py.Object) string { return py.StrOf(py.CallMethod(o, "lower")) }
	s := py.StrOf(dn)
	switch n := strings.Count(s, "*"); {
	case n == 0:
		return lower(dn) == lower(hostname)
	case n > 1:
		panic(certificateError(fmt.Sprintf("too many wildcards in certificate DNS name: %s.", py.Repr(dn))))
	}
	left, remainder, sep := strings.Cut(s, ".")
	if strings.Contains(remainder, "*") {
		panic(certificateError(fmt.Sprintf("wildcard can only be present in the leftmost label: %s.", py.Repr(dn))))
	}
	if !sep {
		panic(certificateError(fmt.Sprintf("sole wildcard without additional labels are not support: %s.", py.Repr(dn))))
	}
	if left != "*" {
		panic(certificateError(fmt.Sprintf("partial wildcards in leftmost label are not supported: %s.", py.Repr(dn))))
	}
	hostLeft, hostRemainder, sep := strings.Cut(py.StrOf(hostname), ".")
	if hostLeft == "" || !sep {
		return false
	}
	return lower(py.Str(remainder)) == lower(py.Str(hostRemainder))
}

// ipAddress is ssl.py's _inet_paton: the packed address of a canonical
// dotted-quad IPv4 address or of an IPv6 address, else a ValueError.
func ipAddress(name py.Object) py.Object {
	sock := py.Import("_socket")
	if packed, ok := tryCall(func() py.Object { return py.CallMethod(sock, "inet_aton", name) }); ok {
		if py.Eq(py.CallMethod(sock, "inet_ntoa", packed), name) {
			return packed
		}
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("%s is not a quad-dotted IPv4 address.", py.Repr(name))))
	}
	if packed, ok := tryCall(func() py.Object { return py.CallMethod(sock, "inet_pton", py.GetAttr(sock, "AF_INET6"), name) }); ok {
		return packed
	}
	panic(py.NewError(py.ValueErrorType, fmt.Sprintf("%s is neither an IPv4 nor an IP6 address.", py.Repr(name))))
}

// tryCall runs f, reporting an OSError it raises as failure.
func tryCall(f func() py.Object) (result py.Object, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			e := py.Recovered(r)
			if !py.IsInstance(e, py.OSErrorType) {
				panic(r)
			}
			ok = false
		}
	}()
	return f(), true
}

func unpackPair(o py.Object) (py.Object, py.Object) {
	items := py.AppendStar(nil, o)
	switch {
	case len(items) > 2:
		panic(py.NewError(py.ValueErrorType, "too many values to unpack (expected 2)"))
	case len(items) < 2:
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("not enough values to unpack (expected 2, got %d)", len(items))))
	}
	return items[0], items[1]
}

func matchHostname(a []py.Object, kw []string) py.Object {
	p := py.ParseArgs("match_hostname", a, kw, []string{"cert", "hostname"}, 2)
	cert, hostname := p[0], p[1]
	deprecated("ssl.match_hostname() is deprecated")
	if !py.Truth(cert) {
		panic(py.NewError(py.ValueErrorType, "empty or no certificate, match_hostname needs a SSL socket or SSL context with either CERT_OPTIONAL or CERT_REQUIRED"))
	}
	var hostIP py.Object
	func() {
		defer func() {
			if r := recover(); r != nil {
				if !py.IsInstance(py.Recovered(r), py.ValueErrorType) {
					panic(r)
				}
				hostIP = nil
			}
		}()
		hostIP = ipAddress(hostname)
	}()
	var names []py.Object
	for _, entry := range py.AppendStar(nil, py.CallMethod(cert, "get", py.Str("subjectAltName"), py.EmptyTuple)) {
		key, value := unpackPair(entry)
		switch {
		case py.Eq(key, py.Str("DNS")):
			if hostIP == nil && dnsNameMatches(value, hostname) {
				return py.None
			}
			names = append(names, value)
		case py.Eq(key, py.Str("IP Address")):
			if hostIP != nil && py.Eq(ipAddress(py.CallMethod(value, "rstrip")), hostIP) {
				return py.None
			}
			names = append(names, value)
		}
	}
	if len(names) == 0 {
		// The subject counts only when subjectAltName names nothing.
		for _, rdn := range py.AppendStar(nil, py.CallMethod(cert, "get", py.Str("subject"), py.EmptyTuple)) {
			for _, attr := range py.AppendStar(nil, rdn) {
				key, value := unpackPair(attr)
				if py.Eq(key, py.Str("commonName")) {
					if dnsNameMatches(value, hostname) {
						return py.None
					}
					names = append(names, value)
				}
			}
		}
	}
	switch len(names) {
	case 0:
		panic(certificateError("no appropriate commonName or subjectAltName fields were found"))
	case 1:
		panic(certificateError(fmt.Sprintf("hostname %s doesn't match %s", py.Repr(hostname), py.Repr(names[0]))))
	}
	reprs := make([]string, len(names))
	for i, n := range names {
		reprs[i] = py.Repr(n)
	}
	panic(certificateError(fmt.Sprintf("hostname %s doesn't match either of %s", py.Repr(hostname), strings.Join(reprs, ", "))))
}
