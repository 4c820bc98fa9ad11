package asyncio

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

// asyncio.protocols and asyncio.transports: the abstract classes, made as
// a class statement would make them so that programs subclass them.

func pyClass(name, module string, bases []*py.Type, methods map[string]goFn) *py.Type {
	return pyClassSlots(name, module, bases, nil, methods)
}

// pyClassSlots is pyClass for a class with __slots__ (slots, which may be
// empty; nil for none), as asyncio's protocols and transports declare:
// their instances have no __dict__.
func pyClassSlots(name, module string, bases []*py.Type, slots []string, methods map[string]goFn) *py.Type {
	ns := py.NewDict()
	ns.SetStr("__module__", py.Str(module))
	if slots != nil {
		items := make([]py.Object, len(slots))
		for i, s := range slots {
			items[i] = py.Str(s)
		}
		ns.SetStr("__slots__", py.NewTuple(items...))
	}
	for n, fn := range methods {
		ns.SetStr(n, py.NewMethod(n, fn))
	}
	objs := make([]py.Object, len(bases))
	for i, b := range bases {
		objs[i] = b
	}
	return py.NewClass(name, name, module, objs, ns)
}

func noop(a []py.Object, kw []string) py.Object { return py.None }

func notImplemented(a []py.Object, kw []string) py.Object {
	raiseNoArg(py.NotImplementedErrorType)
	return nil
}

var (
	BaseProtocolType       *py.Type
	ProtocolType           *py.Type
	BufferedProtocolType   *py.Type
	DatagramProtocolType   *py.Type
	SubprocessProtocolType *py.Type

	BaseTransportType       *py.Type
	ReadTransportType       *py.Type
	WriteTransportType      *py.Type
	TransportType           *py.Type
	DatagramTransportType   *py.Type
	SubprocessTransportType *py.Type
)

func baseTransportGetExtraInfo(a []py.Object, kw []string) py.Object {
	p := parse("get_extra_info", a[1:], kw, []string{"name", "default"}, 1)
	return py.CallMethod(py.GetAttr(a[0], "_extra"), "get", p[0], orNone(p[1]))
}

func baseTransportInit(a []py.Object, kw []string) py.Object {
	p := parse("BaseTransport", a[1:], kw, []string{"extra"}, 0)
	extra := orNone(p[0])
	if isNone(extra) {
		extra = py.NewDict()
	}
	py.SetAttr(a[0], "_extra", extra)
	return py.None
}

func writeTransportWritelines(a []py.Object, kw []string) py.Object {
	p := parse("writelines", a[1:], kw, []string{"list_of_data"}, 1)
	data := py.CallMethod(py.Bytes(""), "join", p[0])
	return py.CallMethod(a[0], "write", data)
}

// AbstractServerType is events.AbstractServer: every method raises
// NotImplementedError (the coroutine methods when awaited); the
// context manager closes and waits as in CPython.
var AbstractServerType *py.Type

func abstractServerFn() *py.Type {
	notImplAsync := func(name string, line int) goFn {
		return func(a []py.Object, kw []string) py.Object {
			return py.NewCoroutine(goCode(name, "events.py", line), func() py.Object {
				raiseNoArg(py.NotImplementedErrorType)
				return nil
			})
		}
	}
	return pyClass("AbstractServer", "asyncio.events", nil, map[string]goFn{
		"close": notImplemented, "get_loop": notImplemented, "is_serving": notImplemented,
		"start_serving": notImplAsync("start_serving", 179),
		"serve_forever": notImplAsync("serve_forever", 189),
		"wait_closed":   notImplAsync("wait_closed", 199),
		"__aenter__": func(a []py.Object, kw []string) py.Object {
			self := a[0]
			return py.NewCoroutine(goCode("__aenter__", "events.py", 171), func() py.Object { return self })
		},
		"__aexit__": func(a []py.Object, kw []string) py.Object {
			self := a[0]
			return py.NewCoroutine(goCode("__aexit__", "events.py", 174), func() py.Object {
				py.CallMethod(self, "close")
				py.Await(py.CallMethod(self, "wait_closed"))
				return py.None
			})
		},
	})
}

func registerProtocols(m *py.Module) {
	m.Set("AbstractServer", AbstractServerType)
	for _, t := range []*py.Type{BaseProtocolType, ProtocolType, BufferedProtocolType, DatagramProtocolType,
		SubprocessProtocolType, BaseTransportType, ReadTransportType, WriteTransportType, TransportType,
		DatagramTransportType, SubprocessTransportType} {
		m.Set(t.Name, t)
	}
}
