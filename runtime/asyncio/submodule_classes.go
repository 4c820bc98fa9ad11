package asyncio

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/enum"
)

// Classes and functions of asyncio's submodules that the package itself
// does not export: events.BaseDefaultEventLoopPolicy,
// base_subprocess.WriteSubprocessPipeProto/ReadSubprocessPipeProto,
// sslproto's states, SSLAgainErrors and add_flowcontrol_defaults, and
// staggered.staggered_race. They behave as CPython's Python classes do
// (state in instance attributes), for programs that use or subclass them.

// BaseDefaultEventLoopPolicy: a loop per thread in self._local (a
// threading.local), made on demand in the main thread by _loop_factory.
// The runtime's DefaultEventLoopPolicy is its subclass with the
// runtime's own per-thread state.
var baseDefaultPolicyType *py.Type

func baseDefaultPolicyGetEventLoop(a []py.Object, kw []string) py.Object {
	parse("get_event_loop", a[1:], kw, nil, 0)
	self := a[0]
	local := py.GetAttr(self, "_local")
	th := py.Import("threading")
	cur := py.Call(py.GetAttr(th, "current_thread"))
	if isNone(py.GetAttr(local, "_loop")) && !py.Truth(py.GetAttr(local, "_set_called")) &&
		cur == py.Call(py.GetAttr(th, "main_thread")) {
		py.CallMethod(self, "set_event_loop", py.CallMethod(self, "new_event_loop"))
	}
	l := py.GetAttr(local, "_loop")
	if isNone(l) {
		runtimeError("There is no current event loop in thread %s.", py.Repr(py.GetAttr(cur, "name")))
	}
	return l
}

func baseDefaultPolicySetEventLoop(a []py.Object, kw []string) py.Object {
	p := parse("set_event_loop", a[1:], kw, []string{"loop"}, 1)
	local := py.GetAttr(a[0], "_local")
	py.SetAttr(local, "_set_called", py.True)
	if !isNone(p[0]) && !py.IsInstance(p[0], abstractEventLoopType) {
		typeError("loop must be an instance of AbstractEventLoop or None, not '%s'", p[0].Type().Name)
	}
	py.SetAttr(local, "_loop", p[0])
	return py.None
}

func baseDefaultPolicyNewEventLoop(a []py.Object, kw []string) py.Object {
	parse("new_event_loop", a[1:], kw, nil, 0)
	return py.Call(py.GetAttr(a[0], "_loop_factory"))
}

// policyLocalClass makes BaseDefaultEventLoopPolicy._Local, a subclass of
// threading.local (made when first needed: threading is another module).
func policyLocalClass() py.Object {
	if c, ok := baseDefaultPolicyType.Dict.GetStr("_Local"); ok {
		return c
	}
	ns := py.NewDict()
	ns.SetStr("__module__", py.Str("asyncio.events"))
	ns.SetStr("__qualname__", py.Str("BaseDefaultEventLoopPolicy._Local"))
	ns.SetStr("_loop", py.None)
	ns.SetStr("_set_called", py.False)
	c := py.NewClass("_Local", "BaseDefaultEventLoopPolicy._Local", "asyncio.events",
		[]py.Object{py.GetAttr(py.Import("threading"), "local")}, ns)
	py.SetAttr(baseDefaultPolicyType, "_Local", c)
	return c
}

func setupSubmoduleClasses() {
	// Set as a class statement would (type.__setattr__ updates the slots).
	py.SetAttr(baseDefaultPolicyType, "__init__", py.NewMethod("__init__", func(a []py.Object, kw []string) py.Object {
		parse("BaseDefaultEventLoopPolicy", a[1:], kw, nil, 0)
		policyLocalClass()
		py.SetAttr(a[0], "_local", py.Call(py.GetAttr(a[0], "_Local")))
		return py.None
	}))
	py.SetAttr(baseDefaultPolicyType, "_loop_factory", py.None)
	// DefaultEventLoopPolicy (_UnixDefaultEventLoopPolicy) derives from it.
	policyType.Bases = []*py.Type{baseDefaultPolicyType}
	policyType.MRO = append([]*py.Type{policyType}, baseDefaultPolicyType.MRO...)
	policyType.Dict.SetStr("_loop_factory", LoopType)
}

// WriteSubprocessPipeProto(proc, fd) and ReadSubprocessPipeProto: the
// protocols of a BaseSubprocessTransport's pipes, reporting to proc's
// _pipe_data_received / _pipe_connection_lost. (The runtime's own
// subprocess transport connects its pipes with a Go protocol, an
// instance of ReadSubprocessPipeProto's subclass.)
var (
	writeSubprocessPipeProtoType *py.Type
	readSubprocessPipeProtoType  *py.Type
)

func writeSubprocessPipeProtoConnectionMade(a []py.Object, kw []string) py.Object {
	p := parse("connection_made", a[1:], kw, []string{"transport"}, 1)
	py.SetAttr(a[0], "pipe", p[0])
	return py.None
}

func writeSubprocessPipeProtoRepr(a []py.Object, kw []string) py.Object {
	return py.Str(fmt.Sprintf("<%s fd=%s pipe=%s>", a[0].Type().Name,
		py.StrOf(py.GetAttr(a[0], "fd")), py.Repr(py.GetAttr(a[0], "pipe"))))
}

func writeSubprocessPipeProtoConnectionLost(a []py.Object, kw []string) py.Object {
	p := parse("connection_lost", a[1:], kw, []string{"exc"}, 1)
	self := a[0]
	py.SetAttr(self, "disconnected", py.True)
	py.CallMethod(py.GetAttr(self, "proc"), "_pipe_connection_lost", py.GetAttr(self, "fd"), p[0])
	py.SetAttr(self, "proc", py.None)
	return py.None
}

func writeSubprocessPipeProtoPauseWriting(a []py.Object, kw []string) py.Object {
	py.CallMethod(py.GetAttr(py.GetAttr(a[0], "proc"), "_protocol"), "pause_writing")
	return py.None
}

func writeSubprocessPipeProtoResumeWriting(a []py.Object, kw []string) py.Object {
	py.CallMethod(py.GetAttr(py.GetAttr(a[0], "proc"), "_protocol"), "resume_writing")
	return py.None
}

func writeSubprocessPipeProtoInit(a []py.Object, kw []string) py.Object {
	p := parse("WriteSubprocessPipeProto", a[1:], kw, []string{"proc", "fd"}, 2)
	py.SetAttr(a[0], "proc", p[0])
	py.SetAttr(a[0], "fd", p[1])
	py.SetAttr(a[0], "pipe", py.None)
	py.SetAttr(a[0], "disconnected", py.False)
	return py.None
}

func readSubprocessPipeProtoDataReceived(a []py.Object, kw []string) py.Object {
	p := parse("data_received", a[1:], kw, []string{"data"}, 1)
	py.CallMethod(py.GetAttr(a[0], "proc"), "_pipe_data_received", py.GetAttr(a[0], "fd"), p[0])
	return py.None
}

func setupSubmoduleClasses2() {
	pipeProtoType.Bases = []*py.Type{readSubprocessPipeProtoType}
	pipeProtoType.MRO = append([]*py.Type{pipeProtoType}, readSubprocessPipeProtoType.MRO...)
}

// addFlowcontrolDefaults is sslproto.add_flowcontrol_defaults(high, low, kb).
func addFlowcontrolDefaults(a []py.Object, kw []string) py.Object {
	p := parse("add_flowcontrol_defaults", a, kw, []string{"high", "low", "kb"}, 3)
	h, lo := flowDefaults(p[0], p[1], py.Index(p[2]))
	return py.NewTuple(py.Int(h), py.Int(lo))
}

// enumClass is an enum.Enum of module whose members' values are their
// names (sslproto's states).
func enumClass(name, module string, members ...string) py.Object {
	ns := py.NewDict()
	for _, m := range members {
		ns.SetStr(m, py.Str(m))
	}
	return enum.NewClass(name, module, "Enum", ns)
}

func setupSubmoduleClasses3() {
	t := sslProtocolType
	// SSLProtocol(loop, app_protocol, sslcontext, waiter, server_side=False,
	// server_hostname=None, call_connection_made=True,
	// ssl_handshake_timeout=None, ssl_shutdown_timeout=None): a protocol
	// to give a transport (create_connection's factory), whose
	// _app_transport the application protocol talks to.
	py.SetCall(t, func(_ *py.Type, args []py.Object, kw []string) py.Object {
		p := parse("SSLProtocol", args, kw, []string{"loop", "app_protocol", "sslcontext", "waiter", "server_side",
			"server_hostname", "call_connection_made", "ssl_handshake_timeout", "ssl_shutdown_timeout"}, 4)
		var waiter *Future
		if !isNone(p[3]) {
			f, ok := asFuture(p[3])
			if !ok {
				typeError("waiter must be a Future or None")
			}
			waiter = f
		}
		callConnMade := p[6] == nil || py.Truth(p[6])
		return newSSLProto(asLoop(p[0]), p[1], p[2], waiter, p[4] != nil && py.Truth(p[4]), orNone(p[5]),
			callConnMade, orNone(p[7]), orNone(p[8]))
	})
	appTr := func(a []py.Object, kw []string) py.Object { return a[0].(*sslProto).appTr }
	def(t, "_get_app_transport", appTr)
	getter(t, "_app_transport", func(o py.Object) py.Object { return o.(*sslProto).appTr })
	getter(t, "_app_protocol", func(o py.Object) py.Object { return o.(*sslProto).app })
}

func initSSLProtoNames(m *py.Module) {
	m.Set("SSLProtocolState", enumClass("SSLProtocolState", "asyncio.sslproto",
		"UNWRAPPED", "DO_HANDSHAKE", "WRAPPED", "FLUSHING", "SHUTDOWN"))
	m.Set("AppProtocolState", enumClass("AppProtocolState", "asyncio.sslproto",
		"STATE_INIT", "STATE_CON_MADE", "STATE_EOF", "STATE_CON_LOST"))
	ssl := importSSL()
	m.Set("ssl", ssl)
	m.Set("SSLAgainErrors", py.NewTuple(py.GetAttr(ssl, "SSLWantReadError"), py.GetAttr(ssl, "SSLSyscallError")))
	m.AddFunc("add_flowcontrol_defaults", addFlowcontrolDefaults)
	m.Set("SSLProtocol", sslProtocolType)
	m.Set("_SSLProtocolTransport", sslTransportType)
}

// staggeredRace is staggered.staggered_race(coro_fns, delay, *, loop=None):
// the coroutine functions started one after another, each when the one
// before failed or delay seconds passed; the first to return wins and
// the others are cancelled. Returns (winner_result, winner_index,
// exceptions).
func staggeredRace(a []py.Object, kw []string) py.Object {
	p, kwo := parseKwOnly("staggered_race", a, kw, 2, 2, []string{"loop"})
	coroFns, delay, loopArg := p[0], p[1], kwo[0]
	return py.NewCoroutine(goCode("staggered_race", "staggered.py", 14), func() py.Object {
		var loop py.Object
		if loopArg != nil && py.Truth(loopArg) {
			loop = loopArg
		} else {
			loop = GetRunningLoop()
		}
		enumCoroFns := py.GetIter(py.Call(py.LoadBuiltin("enumerate"), coroFns))
		var winnerResult, winnerIndex py.Object = py.None, py.None
		exceptions := py.NewList()
		runningTasks := py.NewList()
		var runOneCoro func(previousFailed py.Object) py.Object
		runOneCoro = func(previousFailed py.Object) py.Object {
			return py.NewCoroutine(goCode("run_one_coro", "staggered.py", 80), func() py.Object {
				if !isNone(previousFailed) {
					if e := catch(func() {
						py.Await(WaitFor(py.CallMethod(previousFailed, "wait"), delay))
					}); e != nil && !e.Type().IsSubtype(py.TimeoutErrorType) {
						panic(e)
					}
				}
				item, ok := py.Next(enumCoroFns)
				if !ok {
					return py.None
				}
				thisIndex, coroFn := py.GetItem(item, py.Int(0)), py.GetItem(item, py.Int(1))
				idx := py.Index(thisIndex)
				thisFailed := py.Call(EventType)
				nextTask := py.CallMethod(loop, "create_task", runOneCoro(thisFailed))
				runningTasks.Items = append(runningTasks.Items, nextTask)
				if len(runningTasks.Items) != idx+2 {
					raise(py.AssertionErrorType, "")
				}
				exceptions.Items = append(exceptions.Items, py.None)
				if len(exceptions.Items) != idx+1 {
					raise(py.AssertionErrorType, "")
				}
				var result py.Object
				if e := catch(func() { result = py.Await(py.Call(coroFn)) }); e != nil {
					if e.Type().IsSubtype(py.SystemExitType) || e.Type().IsSubtype(py.KeyboardInterruptType) {
						panic(e)
					}
					py.SetItem(exceptions, thisIndex, e)
					py.CallMethod(thisFailed, "set")
					return py.None
				}
				if !isNone(winnerIndex) {
					raise(py.AssertionErrorType, "")
				}
				winnerIndex, winnerResult = thisIndex, result
				for i, t := range append([]py.Object(nil), runningTasks.Items...) {
					if i != idx {
						py.CallMethod(t, "cancel")
					}
				}
				return py.None
			})
		}
		firstTask := py.CallMethod(loop, "create_task", runOneCoro(py.None))
		runningTasks.Items = append(runningTasks.Items, firstTask)
		defer func() {
			for _, t := range append([]py.Object(nil), runningTasks.Items...) {
				py.CallMethod(t, "cancel")
			}
		}()
		doneCount := 0
		for doneCount != len(runningTasks.Items) {
			res := py.Await(Wait(runningTasks, py.None, py.Str(allCompleted)))
			done := py.GetItem(res, py.Int(0))
			doneCount = py.Len(done)
			for _, d := range py.AppendStar(nil, done) {
				if py.Truth(py.CallMethod(d, "done")) && !py.Truth(py.CallMethod(d, "cancelled")) {
					if exc := py.CallMethod(d, "exception"); py.Truth(exc) {
						py.Raise(exc)
					}
				}
			}
		}
		return py.NewTuple(winnerResult, winnerIndex, exceptions)
	})
}

func setupSubmoduleClasses4() {
	// BaseChildWatcher.__init__ (Safe and Fast derive from it) and
	// MultiLoopChildWatcher's: the callbacks by pid, which programs and
	// tests read or clear (the runtime waits for children itself).
	watcherInit := func(extra func(self py.Object)) py.Object {
		return py.NewMethod("__init__", func(a []py.Object, kw []string) py.Object {
			parse("__init__", a[1:], kw, nil, 0)
			py.SetAttr(a[0], "_callbacks", py.NewDict())
			if extra != nil {
				extra(a[0])
			}
			return py.None
		})
	}
	py.SetAttr(baseChildWatcherType, "__init__", watcherInit(func(self py.Object) { py.SetAttr(self, "_loop", py.None) }))
	py.SetAttr(fastChildWatcherType, "__init__", watcherInit(func(self py.Object) {
		py.SetAttr(self, "_loop", py.None)
		py.SetAttr(self, "_zombies", py.NewDict())
		py.SetAttr(self, "_forks", py.Int(0))
	}))
	py.SetAttr(multiLoopChildWatcherType, "__init__", watcherInit(func(self py.Object) { py.SetAttr(self, "_saved_sighandler", py.None) }))
}
