package asyncio

import "github.com/py2goasync/py2goasync/runtime/py"

// TCP streams (open_connection, start_server) are built on the selector
// transports: see streamproto.go, tcp.go and transports.go.

// ServerType is asyncio.Server (base_events.Server), what create_server
// and start_server return.
var ServerType *py.Type

// Server is the Go type of asyncio.Server.
type Server = protoServer

// transportSocketType is asyncio.trsock.TransportSocket.
var transportSocketType *py.Type
