package asyncio

// TCP streams (open_connection, start_server) are built on the selector
// transports: see streamproto.go, tcp.go and transports.go.

// ServerType is asyncio.Server (base_events.Server), what create_server
// and start_server return.
var ServerType = newType("Server", "asyncio.base_events", AbstractServerType, nil)

// Server is the Go type of asyncio.Server.
type Server = protoServer

// transportSocketType is asyncio.trsock.TransportSocket.
var transportSocketType = newType("TransportSocket", "asyncio.trsock", nil, nil)
