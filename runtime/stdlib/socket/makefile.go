package socket

import (
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// socket.makefile and socket.SocketIO, as socket.py's: a RawIOBase over
// the socket's recv_into/send, under io's buffered and text layers. The
// descriptor stays open while a file made by makefile() is, even after
// socket.close() (CPython's _io_refs).

var socketIOClass *py.Type

func sockOfIO(self py.Object) py.Object { return py.GetAttr(self, "_sock") }

func ioCheckClosed(self py.Object) {
	if py.Truth(py.GetAttr(self, "closed")) {
		panic(py.NewError(py.ValueErrorType, "I/O operation on closed socket."))
	}
}

func socketIO() *py.Type {
	if socketIOClass != nil {
		return socketIOClass
	}
	ioMod := py.Import("io")
	ns := py.NewDict()
	ns.SetStr("__module__", py.Str("socket"))
	m := func(name string, fn func(self py.Object, args []py.Object) py.Object) {
		ns.SetStr(name, py.NewMethod(name, func(a []py.Object, kw []string) py.Object { return fn(a[0], a[1:]) }))
	}
	m("__init__", func(self py.Object, args []py.Object) py.Object {
		if len(args) != 2 {
			panic(py.NewError(py.TypeErrorType, "SocketIO(sock, mode)"))
		}
		mode := py.StrOf(args[1])
		switch mode {
		case "r", "w", "rw", "rb", "wb", "rwb":
		default:
			panic(py.NewError(py.ValueErrorType, "invalid mode: "+py.Repr(args[1])))
		}
		py.Call(py.GetAttr(py.GetAttr(ioMod, "RawIOBase"), "__init__"), self)
		py.SetAttr(self, "_sock", args[0])
		if !strings.Contains(mode, "b") {
			mode += "b"
		}
		py.SetAttr(self, "_mode", py.Str(mode))
		py.SetAttr(self, "_reading", py.NewBool(strings.Contains(mode, "r")))
		py.SetAttr(self, "_writing", py.NewBool(strings.Contains(mode, "w")))
		py.SetAttr(self, "_timeout_occurred", py.False)
		return py.None
	})
	m("readinto", func(self py.Object, args []py.Object) py.Object {
		ioCheckClosed(self)
		if py.Truth(py.GetAttr(self, "_timeout_occurred")) {
			panic(py.NewException(py.OSErrorType, py.Str("cannot read from timed out object")))
		}
		var r py.Object
		e := py.Catch(func() { r = py.CallMethod(sockOfIO(self), "recv_into", args[0]) })
		if e == nil {
			return r
		}
		if e.Type().IsSubtype(py.TimeoutErrorType) {
			py.SetAttr(self, "_timeout_occurred", py.True)
		} else if e.Type().IsSubtype(py.BlockingIOErrorType) {
			return py.None
		}
		panic(e)
	})
	m("write", func(self py.Object, args []py.Object) py.Object {
		ioCheckClosed(self)
		var r py.Object
		e := py.Catch(func() { r = py.CallMethod(sockOfIO(self), "send", args[0]) })
		if e == nil {
			return r
		}
		if e.Type().IsSubtype(py.BlockingIOErrorType) {
			return py.None
		}
		panic(e)
	})
	m("readable", func(self py.Object, args []py.Object) py.Object {
		ioCheckClosed(self)
		return py.GetAttr(self, "_reading")
	})
	m("writable", func(self py.Object, args []py.Object) py.Object {
		ioCheckClosed(self)
		return py.GetAttr(self, "_writing")
	})
	m("seekable", func(self py.Object, args []py.Object) py.Object {
		ioCheckClosed(self)
		return py.False
	})
	m("fileno", func(self py.Object, args []py.Object) py.Object {
		ioCheckClosed(self)
		return py.CallMethod(sockOfIO(self), "fileno")
	})
	m("close", func(self py.Object, args []py.Object) py.Object {
		if py.Truth(py.GetAttr(self, "closed")) {
			return py.None
		}
		py.Call(py.GetAttr(py.GetAttr(ioMod, "RawIOBase"), "close"), self)
		py.CallMethod(sockOfIO(self), "_decref_socketios")
		return py.None
	})
	ns.SetStr("name", newPropertyFunc(func(self py.Object) py.Object {
		if py.Truth(py.GetAttr(self, "closed")) {
			return py.Int(-1)
		}
		return py.CallMethod(sockOfIO(self), "fileno")
	}))
	ns.SetStr("mode", newPropertyFunc(func(self py.Object) py.Object { return py.GetAttr(self, "_mode") }))
	socketIOClass = py.NewClass("SocketIO", "SocketIO", "socket", []py.Object{py.GetAttr(ioMod, "RawIOBase")}, ns)
	return socketIOClass
}

func newPropertyFunc(get func(self py.Object) py.Object) *py.Property {
	return &py.Property{Get: py.NewBuiltin("getter", func(a []py.Object, kw []string) py.Object { return get(a[0]) }),
		Set: py.None, Del: py.None, Doc: py.None}
}

func (s *Socket) decrefIO() {
	if s.ioRefs > 0 {
		s.ioRefs--
	}
	if s.closing && s.ioRefs == 0 {
		s.realClose()
	}
}

func (s *Socket) realClose() {
	if s.fd >= 0 {
		syscall.Close(s.fd)
		s.fd = -1
	}
}

// makefile(mode="r", buffering=None, *, encoding=None, errors=None,
// newline=None).
func makefile(args []py.Object, kw []string) py.Object {
	s := self(args)
	return MakeFile(s, func() { s.ioRefs++ }, args[1:], kw)
}

// MakeFile is socket.makefile for any socket-like object with recv_into,
// send, fileno and _decref_socketios (ssl's SSLSocket too); incref counts
// the new file as the socket's.
func MakeFile(s py.Object, incref func(), args []py.Object, kw []string) py.Object {
	setup() // ssl calls it for its sockets
	a := py.ParseArgs("makefile", args, kw, []string{"mode", "buffering", "encoding", "errors", "newline"}, 0)
	mode := "r"
	if a[0] != nil {
		mode = py.StrOf(a[0])
	}
	for _, c := range mode {
		if !strings.ContainsRune("rwb", c) {
			panic(py.NewError(py.ValueErrorType, "invalid mode "+py.Repr(py.Str(mode))+" (only r, w, b allowed)"))
		}
	}
	writing := strings.Contains(mode, "w")
	reading := strings.Contains(mode, "r") || !writing
	binary := strings.Contains(mode, "b")
	rawmode := ""
	if reading {
		rawmode += "r"
	}
	if writing {
		rawmode += "w"
	}
	raw := py.Call(socketIO(), s, py.Str(rawmode))
	incref()
	ioMod := py.Import("io")
	buffering := -1
	if a[1] != nil && a[1] != py.None {
		buffering = py.Index(a[1])
	}
	if buffering < 0 {
		buffering = py.Index(py.GetAttr(ioMod, "DEFAULT_BUFFER_SIZE"))
	}
	if buffering == 0 {
		if !binary {
			panic(py.NewError(py.ValueErrorType, "unbuffered streams must be binary"))
		}
		return raw
	}
	var buffer py.Object
	switch {
	case reading && writing:
		buffer = py.Call(py.GetAttr(ioMod, "BufferedRWPair"), raw, raw, py.Int(buffering))
	case reading:
		buffer = py.Call(py.GetAttr(ioMod, "BufferedReader"), raw, py.Int(buffering))
	default:
		buffer = py.Call(py.GetAttr(ioMod, "BufferedWriter"), raw, py.Int(buffering))
	}
	if binary {
		return buffer
	}
	opt := func(o py.Object) py.Object {
		if o == nil {
			return py.None
		}
		return o
	}
	encoding := py.Call(py.GetAttr(ioMod, "text_encoding"), opt(a[2]))
	text := py.Call(py.GetAttr(ioMod, "TextIOWrapper"), buffer, encoding, opt(a[3]), opt(a[4]))
	py.SetAttr(text, "mode", py.Str(mode))
	return text
}
