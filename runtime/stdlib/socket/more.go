package socket

import "github.com/py2goasync/py2goasync/runtime/py"

// addMore adds socket.py's module-level names other modules use.
func addMore(m *py.Module) {
	// The sentinel for "use the global default timeout" (ftplib, nntplib,
	// ssl, http.client take it as a default argument).
	m.Set("_GLOBAL_DEFAULT_TIMEOUT", py.Call(py.ObjectType))
}
