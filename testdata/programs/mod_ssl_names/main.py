# ssl's module-level names beyond the context classes (enums and constants,
# PROTOCOL_TLSv1* contexts, RAND_*, get_default_verify_paths, the deprecated
# wrap_socket and match_hostname, cert_time_to_seconds, verify_flags) and
# SSLSession: a client resumes the session of its first connection.
import os
import ssl
import subprocess
import tempfile
import time
import warnings

warnings.simplefilter("always")


def show(label, fn, *args, **kw):
    try:
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter("always")
            r = fn(*args, **kw)
        for w in ws:
            print(" ", label, "warns", w.category.__name__, w.message)
        print(label, "->", repr(r) if not isinstance(r, ssl.SSLContext) else "SSLContext")
        return r
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# Constants and enums, as ssl has them.
print(ssl.ALERT_DESCRIPTION_UNKNOWN_CA, repr(ssl.ALERT_DESCRIPTION_HANDSHAKE_FAILURE), len(ssl.AlertDescription))
print(repr(ssl.SSL_ERROR_EOF), [e.name for e in ssl.SSLErrorNumber])
print(repr(ssl.VERIFY_CRL_CHECK_CHAIN), repr(ssl.VERIFY_X509_STRICT | ssl.VERIFY_X509_TRUSTED_FIRST))
print([p.name for p in ssl._SSLMethod], repr(ssl.OP_IGNORE_UNEXPECTED_EOF))
print(ssl.PEM_HEADER, ssl.PEM_FOOTER)
print(type(ssl.OPENSSL_VERSION).__name__, ssl.OPENSSL_VERSION_INFO >= (1, 1, 1), ssl.OPENSSL_VERSION_NUMBER >= 0x10101000)
print(ssl.socket_error is OSError, ssl.SOCK_STREAM, ssl.SOL_SOCKET, ssl.SO_TYPE, ssl.socket.__name__,
      ssl.create_connection.__name__, ssl.namedtuple.__name__)
print(ssl.get_protocol_name(ssl.PROTOCOL_TLS_CLIENT), ssl.get_protocol_name(5), ssl.get_protocol_name(99))
print(ssl.DefaultVerifyPaths._fields)
paths = ssl.get_default_verify_paths()
print(paths.openssl_cafile_env, paths.openssl_capath_env, type(paths.cafile).__name__, paths.capath)

# RAND_*
print(len(ssl.RAND_bytes(16)), ssl.RAND_bytes(0), ssl.RAND_status())
show("RAND_bytes(-1)", ssl.RAND_bytes, -1)
r = show("RAND_pseudo_bytes", lambda: (len(ssl.RAND_pseudo_bytes(5)[0]), ssl.RAND_pseudo_bytes(5)[1]))
show("RAND_add str", ssl.RAND_add, "seed", 1.0)
show("RAND_add bytes", ssl.RAND_add, b"seed", 2)
show("RAND_add int", ssl.RAND_add, 5, 2)
show("RAND_add entropy str", ssl.RAND_add, b"x", "e")

# cert_time_to_seconds
for t in ["Jan  5 09:34:43 2018 GMT", "May  9 00:00:00 2007 GMT", "dec 31 23:59:59 2099 GMT",
          "Feb 29 12:00:00 2024 GMT", "Jan  5 09:34:61 2018 GMT", "Foo  5 09:34:43 2018 GMT",
          "Jan  5 09:34:43 2018 UTC", "Jan  5 09:34:43 2018 GMT extra", "Jan 5 9:4:3 1970 GMT", ""]:
    show("cert_time_to_seconds(%r)" % (t,), ssl.cert_time_to_seconds, t)
show("cert_time_to_seconds(5)", ssl.cert_time_to_seconds, 5)

# match_hostname
certs = {
    "san": {"subject": ((("commonName", "example.com"),),),
            "subjectAltName": (("DNS", "example.com"), ("DNS", "*.example.org"), ("IP Address", "10.0.0.1"),
                               ("IP Address", "2001:DB8::1\n"))},
    "cn": {"subject": ((("commonName", "Example.COM"),), (("commonName", "other.net"),))},
    "none": {"subject": ((("organizationName", "x"),),)},
}
for name, host in [("san", "example.com"), ("san", "EXAMPLE.com"), ("san", "a.example.org"), ("san", "a.b.example.org"),
                   ("san", "example.org"), ("san", "10.0.0.1"), ("san", "10.0.0.2"), ("san", "2001:db8::1"),
                   ("san", "127.1"), ("cn", "example.com"), ("cn", "other.net"), ("cn", "nope.net"), ("none", "x")]:
    show("match_hostname(%s, %r)" % (name, host), ssl.match_hostname, certs[name], host)
for dn in ["a*.example.com", "*.*.com", "*", "x.*.com"]:
    show("match_hostname(%r)" % dn, ssl.match_hostname, {"subjectAltName": (("DNS", dn),)}, "a.example.com")
show("match_hostname({})", ssl.match_hostname, {}, "x")
show("match_hostname(bad pair)", ssl.match_hostname, {"subjectAltName": (("DNS",),)}, "x")

# wrap_socket's own checks; contexts of one protocol version
show("wrap_socket server", ssl.wrap_socket, None, server_side=True)
show("wrap_socket keyfile", ssl.wrap_socket, None, keyfile="k.pem")
c = show("SSLContext(PROTOCOL_TLSv1_2)", ssl.SSLContext, ssl.PROTOCOL_TLSv1_2)
print(c.protocol, c.minimum_version, c.maximum_version, c.verify_mode, c.check_hostname)
show("minimum_version=", setattr, c, "minimum_version", ssl.TLSVersion.TLSv1_3)
show("SSLContext()", ssl.SSLContext)
c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(repr(c.verify_flags))
c.verify_flags = ssl.VERIFY_X509_STRICT | ssl.VERIFY_X509_PARTIAL_CHAIN
print(repr(c.verify_flags))
show("verify_flags='x'", setattr, c, "verify_flags", "x")
show("SSLSession()", ssl.SSLSession)

# Sessions: a client resumes the session of its first connection.
d = tempfile.mkdtemp()
cert, key = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost"], check=True, capture_output=True)
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(cert, key)
cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
cctx.load_verify_locations(cert)


def connect(session=None):
    ends = []
    for ctx, server in ((cctx, False), (sctx, True)):
        inc, out = ssl.MemoryBIO(), ssl.MemoryBIO()
        kw = {} if server else {"server_hostname": "localhost", "session": session}
        ends.append((ctx.wrap_bio(inc, out, server_side=server, **kw), inc, out))
    (c, cin, cout), (s, sin, sout) = ends
    for _ in range(10):
        for obj in (c, s):
            try:
                obj.do_handshake()
            except ssl.SSLWantReadError:
                pass
        sin.write(cout.read())
        cin.write(sout.read())
    s.write(b"hello")
    cin.write(sout.read())
    print("client reads", c.read(5))
    try:
        c.read(5)
    except ssl.SSLWantReadError:
        pass
    return c, s


c1, s1 = connect()
sess = c1.session
print("first:", type(sess).__name__, c1.session_reused, len(sess.id), sess.has_ticket,
      abs(sess.time - time.time()) < 60, sess.timeout > 0, sess.ticket_lifetime_hint > 0, sess == c1.session)
try:
    hash(sess)
except TypeError:
    print("sessions are unhashable")
c2, s2 = connect(sess)
print("second:", c2.session_reused, s2.session_reused, c2.session != sess)
show("session on server", setattr, s2, "session", sess)
show("session after handshake", setattr, c2, "session", sess)
show("session not a session", setattr, c2, "session", 5)
other = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
show("session of another context", other.wrap_bio, ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="localhost",
     session=sess)
