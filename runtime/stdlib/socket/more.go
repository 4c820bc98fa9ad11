package socket

import (
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// addMore adds socket.py's module-level names other modules use.
func addMore(m *py.Module) {
	// The sentinel for "use the global default timeout" (ftplib, nntplib,
	// ssl, http.client take it as a default argument).
	defaultTimeout := py.Call(py.ObjectType)
	m.Set("_GLOBAL_DEFAULT_TIMEOUT", defaultTimeout)

	// create_server(address, *, family=AF_INET, backlog=None,
	// reuse_port=False, dualstack_ipv6=False), as socket.py's.
	m.AddFunc("create_server", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("create_server", args, kw, []string{"address", "family", "backlog", "reuse_port", "dualstack_ipv6"}, 1)
		family := py.Object(py.Int(syscall.AF_INET))
		if a[1] != nil {
			family = a[1]
		}
		if a[4] != nil && py.Truth(a[4]) {
			if py.Index(family) != syscall.AF_INET6 {
				panic(py.NewError(py.ValueErrorType, "dualstack_ipv6 requires AF_INET6 family"))
			}
		}
		sock := py.Call(SocketType, family, py.Int(syscall.SOCK_STREAM))
		ok := false
		defer func() {
			if !ok {
				py.CallMethod(sock, "close")
			}
		}()
		py.CallMethod(sock, "setsockopt", py.Int(syscall.SOL_SOCKET), py.Int(syscall.SO_REUSEADDR), py.Int(1))
		if a[3] != nil && py.Truth(a[3]) {
			py.CallMethod(sock, "setsockopt", py.Int(syscall.SOL_SOCKET), py.Int(15), py.Int(1))
		}
		if py.Index(family) == syscall.AF_INET6 {
			v6only := 1
			if a[4] != nil && py.Truth(a[4]) {
				v6only = 0
			}
			py.CallMethod(sock, "setsockopt", py.Int(syscall.IPPROTO_IPV6), py.Int(syscall.IPV6_V6ONLY), py.Int(v6only))
		}
		py.CallMethod(sock, "bind", a[0])
		if a[2] == nil || a[2] == py.None {
			py.CallMethod(sock, "listen")
		} else {
			py.CallMethod(sock, "listen", a[2])
		}
		ok = true
		return sock
	})
	m.AddFunc("has_dualstack_ipv6", func(args []py.Object, kw []string) py.Object { return py.True })

	// create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
	// source_address=None, *, all_errors=False), as socket.py's: each
	// address getaddrinfo gives, in turn, until one connects.
	m.AddFunc("create_connection", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("create_connection", args, kw, []string{"address", "timeout", "source_address", "all_errors"}, 1)
		addr := py.AppendStar(nil, a[0])
		if len(addr) != 2 {
			panic(py.NewError(py.TypeErrorType, "create_connection() address must be a (host, port) pair"))
		}
		infos := py.AppendStar(nil, py.Call(py.GetAttr(m, "getaddrinfo"), addr[0], addr[1], py.Int(0), py.Int(syscall.SOCK_STREAM)))
		var errs []py.Object
		for _, info := range infos {
			it := py.AppendStar(nil, info)
			var sock py.Object
			err := py.Catch(func() {
				sock = py.Call(SocketType, it[0], it[1], it[2])
				if a[1] != nil && a[1] != defaultTimeout {
					py.CallMethod(sock, "settimeout", a[1])
				}
				if a[2] != nil && a[2] != py.None {
					py.CallMethod(sock, "bind", a[2])
				}
				py.CallMethod(sock, "connect", it[4])
			})
			if err == nil {
				return sock
			}
			if sock != nil {
				py.CallMethod(sock, "close")
			}
			if !err.Type().IsSubtype(py.OSErrorType) {
				panic(err)
			}
			errs = append(errs, err)
		}
		if len(errs) == 0 {
			panic(py.NewError(py.OSErrorType, "getaddrinfo returns an empty list"))
		}
		if a[3] != nil && py.Truth(a[3]) {
			panic(py.Call(py.ExceptionGroupType, py.Str("create_connection failed"), py.NewList(errs...)))
		}
		panic(errs[len(errs)-1])
	})
}
