package ssl

import (
	"crypto/tls"
	"net"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// What asyncio's TLS transports (runtime/asyncio's SSLProtocol) use of a
// context. asyncio reaches these methods through an interface of its own,
// not by importing this package: a program links crypto/tls only when it
// can import ssl.

// WrapAsyncio is wrap_bio for an asyncio TLS transport: the context's
// checks for a connection on that side (hostname: the server's name, a
// str, or None), then a TLS connection over conn and the SSLObject
// reporting on it (SetHandshakeDone marks it usable once the transport
// finished the handshake).
func (c *Context) WrapAsyncio(conn net.Conn, serverSide bool, hostname py.Object) (net.Conn, py.Object) {
	host := ""
	var tc *tls.Conn
	if serverSide {
		c.CheckServer()
		tc = tls.Server(conn, c.Config(true, ""))
	} else {
		c.CheckClient(hostname)
		if h, ok := hostname.(py.Str); ok {
			host = string(h)
		}
		tc = tls.Client(conn, c.Config(false, host))
	}
	return tc, newObject(c, tc, serverSide, hostname)
}

// TLSError is the SSLError subclass CPython raises for err, an error of a
// connection WrapAsyncio made.
func (c *Context) TLSError(err error) *py.BaseException { return ErrorFromGo(err) }
