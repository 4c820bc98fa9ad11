package asyncio

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

// Python-visible methods of the loop and of handles.

func selfLoop(o py.Object) *Loop { return asLoop(o) }

func ctxArg(o py.Object) *py.Context {
	if isNone(o) {
		return nil
	}
	c, ok := o.(*py.Context)
	if !ok {
		typeError("context must be a contextvars.Context, not %s", o.Type().Name)
	}
	return c
}

func checkCallable(fn py.Object, method string) {
	if _, ok := fn.(py.Callable); ok {
		return
	}
	if py.LookupSpecial(fn, "__call__") != nil {
		return
	}
	typeError("a callable object was expected by %s(), got %s", method, py.Repr(fn))
}

func registerLoopMethods() {
	t := LoopType
	def(t, "time", func(a []py.Object, kw []string) py.Object { return py.Float(selfLoop(a[0]).Time()) })
	def(t, "call_soon", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("call_soon", a[1:], kw, 1, -1, []string{"context"})
		l := selfLoop(a[0])
		l.checkClosed()
		if l.debug {
			checkCallable(pos[0], "call_soon")
		}
		return l.callSoonPy(pos[0], pos[1:], ctxArg(kwv[0]))
	})
	callSoon := func(l *Loop, cb py.Object, args []py.Object) py.Object {
		l.checkClosed()
		if l.debug {
			checkCallable(cb, "call_soon")
		}
		return l.callSoonPy(cb, args, nil)
	}
	py.SetFastMethod(t, "call_soon", func(self, cb py.Object) py.Object { return callSoon(selfLoop(self), cb, nil) })
	py.SetFastMethod(t, "call_soon", func(self, cb, arg py.Object) py.Object {
		return callSoon(selfLoop(self), cb, []py.Object{arg})
	})
	def(t, "call_soon_threadsafe", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("call_soon_threadsafe", a[1:], kw, 1, -1, []string{"context"})
		l := selfLoop(a[0])
		l.checkClosed()
		if l.debug {
			checkCallable(pos[0], "call_soon_threadsafe")
		}
		ctx := ctxArg(kwv[0])
		if ctx == nil {
			ctx = py.Current().Context.Copy()
		}
		return l.callSoonThreadsafe(&Handle{cb: pos[0], args: append([]py.Object(nil), pos[1:]...), ctx: ctx})
	})
	// callAt schedules pos[0](*pos[1:]) at when; whenObj, when not nil, is
	// the when call_at was given that is no float (an int): the handle
	// keeps it, as TimerHandle's _when does, for when() and its repr.
	callAt := func(l *Loop, when float64, whenObj py.Object, pos []py.Object, ctxo py.Object) py.Object {
		l.checkClosed()
		if l.debug {
			checkCallable(pos[0], "call_at")
		}
		ctx := ctxArg(ctxo)
		if ctx == nil {
			ctx = py.Current().Context.Copy()
		}
		h := &Handle{cb: pos[0], args: append([]py.Object(nil), pos[1:]...), ctx: ctx}
		if whenObj != nil {
			h.made = &madeHandle{when: whenObj, args: py.NewTuple(h.args...)}
		}
		return l.callAt(when, h)
	}
	def(t, "call_later", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("call_later", a[1:], kw, 2, -1, []string{"context"})
		if isNone(pos[0]) {
			typeError("delay must not be None")
		}
		l := selfLoop(a[0])
		return callAt(l, l.Time()+toFloat(pos[0]), nil, pos[1:], kwv[0])
	})
	def(t, "call_at", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("call_at", a[1:], kw, 2, -1, []string{"context"})
		if isNone(pos[0]) {
			typeError("when cannot be None")
		}
		var whenObj py.Object
		if _, ok := pos[0].(py.Float); !ok {
			whenObj = pos[0]
		}
		return callAt(selfLoop(a[0]), toFloat(pos[0]), whenObj, pos[1:], kwv[0])
	})
	def(t, "run_until_complete", func(a []py.Object, kw []string) py.Object {
		p := parse("run_until_complete", a[1:], kw, []string{"future"}, 1)
		return selfLoop(a[0]).runUntilCompleteFromPython(p[0])
	})
	def(t, "run_forever", func(a []py.Object, kw []string) py.Object {
		selfLoop(a[0]).RunForever()
		return py.None
	})
	def(t, "stop", func(a []py.Object, kw []string) py.Object {
		selfLoop(a[0]).stopping = true
		return py.None
	})
	def(t, "is_running", func(a []py.Object, kw []string) py.Object { return py.NewBool(selfLoop(a[0]).IsRunning()) })
	def(t, "is_closed", func(a []py.Object, kw []string) py.Object { return py.NewBool(selfLoop(a[0]).closed) })
	// getaddrinfo/getnameinfo: socket's, in the default executor.
	coroMethod(t, "getaddrinfo", goCode("getaddrinfo", "base_events.py", 856), func(self py.Object, a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("getaddrinfo", a, kw, 2, 2, []string{"family", "type", "proto", "flags"})
		args := []py.Object{py.None, py.GetAttr(py.Import("socket"), "getaddrinfo"), pos[0], pos[1]}
		for _, v := range kwv {
			if v == nil {
				v = py.Int(0)
			}
			args = append(args, v)
		}
		return py.Await(py.CallMethod(self, "run_in_executor", args...))
	})
	coroMethod(t, "getnameinfo", goCode("getnameinfo", "base_events.py", 868), func(self py.Object, a []py.Object, kw []string) py.Object {
		p := parse("getnameinfo", a, kw, []string{"sockaddr", "flags"}, 1)
		flags := p[1]
		if flags == nil {
			flags = py.Int(0)
		}
		return py.Await(py.CallMethod(self, "run_in_executor", py.None, py.GetAttr(py.Import("socket"), "getnameinfo"), p[0], flags))
	})
	// BaseEventLoop's private _ready deque and _scheduled heap, read-only
	// snapshots (tests count and drain them through run_once).
	getter(t, "_ready", func(o py.Object) py.Object {
		l := selfLoop(o)
		q := &l.ready
		items := make([]py.Object, 0, q.n)
		for i := 0; i < q.n; i++ {
			// A light entry becomes its Handle here, for good: the
			// snapshot's handles are the ones that run.
			items = append(items, l.materialize(q.at(i)))
		}
		return py.NewList(items...)
	})
	getter(t, "_scheduled", func(o py.Object) py.Object {
		h := selfLoop(o).scheduled
		items := make([]py.Object, len(h))
		for i, x := range h {
			items[i] = x
		}
		return py.NewList(items...)
	})
	def(t, "close", func(a []py.Object, kw []string) py.Object {
		selfLoop(a[0]).Close()
		return py.None
	})
	def(t, "create_future", func(a []py.Object, kw []string) py.Object { return NewFuture(selfLoop(a[0])) })
	py.SetFastMethod(t, "create_future", func(self py.Object) py.Object { return NewFuture(selfLoop(self)) })
	def(t, "create_task", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("create_task", a[1:], kw, 1, 1, []string{"name", "context"})
		return selfLoop(a[0]).CreateTask(pos[0], orNone(kwv[0]), ctxArg(kwv[1]))
	})
	def(t, "set_task_factory", func(a []py.Object, kw []string) py.Object {
		p := parse("set_task_factory", a[1:], kw, []string{"factory"}, 1)
		l := selfLoop(a[0])
		if isNone(p[0]) {
			l.more().taskFactory = nil
		} else {
			if _, ok := p[0].(py.Callable); !ok && py.LookupSpecial(p[0], "__call__") == nil {
				typeError("task factory must be a callable or None")
			}
			l.more().taskFactory = p[0]
		}
		return py.None
	})
	def(t, "get_task_factory", func(a []py.Object, kw []string) py.Object { return orNone(selfLoop(a[0]).rare().taskFactory) })
	def(t, "get_debug", func(a []py.Object, kw []string) py.Object { return py.NewBool(selfLoop(a[0]).debug) })
	def(t, "set_debug", func(a []py.Object, kw []string) py.Object {
		selfLoop(a[0]).debug = py.Truth(a[1])
		return py.None
	})
	py.AddGetter(t, "slow_callback_duration", func(o py.Object) py.Object { return py.Float(selfLoop(o).slowCallback()) },
		func(o, v py.Object) {
			r := selfLoop(o).more()
			r.slowCallback, r.slowSet = toFloat(v), true
		})
	def(t, "set_exception_handler", func(a []py.Object, kw []string) py.Object {
		p := parse("set_exception_handler", a[1:], kw, []string{"handler"}, 1)
		l := selfLoop(a[0])
		if isNone(p[0]) {
			l.more().exceptionHandler = nil
		} else {
			if _, ok := p[0].(py.Callable); !ok && py.LookupSpecial(p[0], "__call__") == nil {
				typeError("A callable object or None is expected, got %s", py.Repr(p[0]))
			}
			l.more().exceptionHandler = p[0]
		}
		return py.None
	})
	def(t, "get_exception_handler", func(a []py.Object, kw []string) py.Object {
		return orNone(selfLoop(a[0]).rare().exceptionHandler)
	})
	def(t, "call_exception_handler", func(a []py.Object, kw []string) py.Object {
		p := parse("call_exception_handler", a[1:], kw, []string{"context"}, 1)
		d, ok := p[0].(*py.Dict)
		if !ok {
			typeError("context must be a dict")
		}
		selfLoop(a[0]).callExceptionHandlerOwn(d)
		return py.None
	})
	def(t, "default_exception_handler", func(a []py.Object, kw []string) py.Object {
		p := parse("default_exception_handler", a[1:], kw, []string{"context"}, 1)
		d, ok := p[0].(*py.Dict)
		if !ok {
			typeError("context must be a dict")
		}
		selfLoop(a[0]).defaultExceptionHandler(d)
		return py.None
	})
	def(t, "run_in_executor", func(a []py.Object, kw []string) py.Object {
		if len(a) < 3 {
			typeError("run_in_executor() missing required arguments")
		}
		l := selfLoop(a[0])
		if l.debug {
			checkCallable(a[2], "run_in_executor")
		}
		return l.runInExecutor(a[1], a[2], append([]py.Object(nil), a[3:]...))
	})
	def(t, "set_default_executor", func(a []py.Object, kw []string) py.Object {
		e, ok := a[1].(*Executor)
		if !ok {
			typeError("executor must be ThreadPoolExecutor")
		}
		selfLoop(a[0]).more().defaultExecutor = selfExecutor(e)
		return py.None
	})
	def(t, "shutdown_default_executor", func(a []py.Object, kw []string) py.Object {
		return selfLoop(a[0]).shutdownDefaultExecutorCoro()
	})
	def(t, "shutdown_asyncgens", func(a []py.Object, kw []string) py.Object {
		return selfLoop(a[0]).shutdownAsyncgensCoro()
	})
	ownShutdownAsyncgens, _ = t.Dict.GetStr("shutdown_asyncgens")
	ownShutdownDefaultExecutor, _ = t.Dict.GetStr("shutdown_default_executor")
	def(t, "__repr__", func(a []py.Object, kw []string) py.Object { return py.Str(selfLoop(a[0]).String()) })

	h := HandleType
	self := func(o py.Object) *Handle { return o.(*Handle) }
	def(h, "cancel", func(a []py.Object, kw []string) py.Object { self(a[0]).Cancel(); return py.None })
	def(h, "cancelled", func(a []py.Object, kw []string) py.Object { return py.NewBool(self(a[0]).cancelled) })
	def(h, "__repr__", func(a []py.Object, kw []string) py.Object { return py.Str(self(a[0]).String()) })
	def(TimerHandleType, "when", func(a []py.Object, kw []string) py.Object {
		if hd := self(a[0]); hd.made != nil {
			return hd.made.when
		}
		return py.Float(self(a[0]).when)
	})
	// Handle(callback, args, loop, context=None) and TimerHandle(when,
	// callback, args, loop, context=None), as events.py makes them.
	newHandle := func(name string, timer bool) func(t *py.Type, args []py.Object, kw []string) py.Object {
		params := []string{"callback", "args", "loop", "context"}
		if timer {
			params = append([]string{"when"}, params...)
		}
		return func(t *py.Type, args []py.Object, kw []string) py.Object {
			p := parse(name, args, kw, params, len(params)-1)
			hd := &Handle{timer: timer, made: &madeHandle{}}
			if timer {
				hd.made.when = p[0]
				if f, ok := py.FloatValue(p[0]); ok {
					hd.when = f
				}
				p = p[1:]
			}
			hd.cb, hd.made.args = p[0], p[1]
			if !isNone(p[1]) {
				hd.args = py.AppendStar(nil, p[1])
			}
			if l, ok := p[2].(*Loop); ok {
				hd.loop = l
			} else {
				hd.made.loop = p[2]
			}
			if c, ok := orNone(p[3]).(*py.Context); ok {
				hd.ctx = c
			} else {
				hd.ctx = py.Current().Context.Copy()
			}
			return hd
		}
	}
	py.SetCall(h, newHandle("Handle", false))
	py.SetCall(TimerHandleType, newHandle("TimerHandle", true))
	py.AddGetter(h, "_callback", func(o py.Object) py.Object { return orNone(self(o).cb) }, nil)
	py.AddGetter(h, "_args", func(o py.Object) py.Object {
		hd := self(o)
		if hd.made != nil && !hd.cancelled {
			return hd.made.args
		}
		if hd.cb == nil {
			return py.None
		}
		return py.NewTuple(hd.args...)
	}, nil)
	py.AddGetter(h, "_cancelled", func(o py.Object) py.Object { return py.NewBool(self(o).cancelled) }, nil)
	py.AddGetter(h, "_loop", func(o py.Object) py.Object {
		if hd := self(o); hd.loop != nil {
			return hd.loop
		} else if hd.made != nil && hd.made.loop != nil {
			return hd.made.loop
		}
		return py.None
	}, nil)
	py.AddGetter(TimerHandleType, "_when", func(o py.Object) py.Object { return py.CallMethod(o, "when") }, nil)
	def(TimerHandleType, "__hash__", func(a []py.Object, kw []string) py.Object {
		return py.CallMethod(py.CallMethod(a[0], "when"), "__hash__")
	})
	timerCmp := func(name string, cmp func(x, y *Handle) bool) {
		def(TimerHandleType, name, func(a []py.Object, kw []string) py.Object {
			x := self(a[0])
			y, ok := a[1].(*Handle)
			if !ok || !y.timer {
				return py.NotImplemented
			}
			return py.NewBool(cmp(x, y))
		})
	}
	timerCmp("__lt__", func(x, y *Handle) bool { return x.when < y.when })
	timerCmp("__gt__", func(x, y *Handle) bool { return x.when > y.when })
	timerCmp("__le__", func(x, y *Handle) bool { return x.when < y.when || timerEq(x, y) })
	timerCmp("__ge__", func(x, y *Handle) bool { return x.when > y.when || timerEq(x, y) })
	timerCmp("__eq__", timerEq)
	timerCmp("__ne__", func(x, y *Handle) bool { return !timerEq(x, y) })
}

// timerEq is TimerHandle.__eq__: same time, callback, arguments and state.
func timerEq(x, y *Handle) bool {
	if x.when != y.when || x.cancelled != y.cancelled || len(x.args) != len(y.args) {
		return false
	}
	if (x.cb == nil) != (y.cb == nil) || (x.cb != nil && !py.Eq(x.cb, y.cb)) {
		return false
	}
	for i := range x.args {
		if !py.Eq(x.args[i], y.args[i]) {
			return false
		}
	}
	return true
}

// RichCompare gives TimerHandles events.py's comparisons (on the time;
// == also on the callback, arguments and state); a Handle compares by
// identity.
func (h *Handle) RichCompare(other py.Object, op py.CmpOp) (bool, bool) {
	y, ok := other.(*Handle)
	if !ok || !h.timer || !y.timer {
		return false, false
	}
	switch op {
	case py.OpLt:
		return h.when < y.when, true
	case py.OpGt:
		return h.when > y.when, true
	case py.OpLe:
		return h.when < y.when || timerEq(h, y), true
	case py.OpGe:
		return h.when > y.when || timerEq(h, y), true
	case py.OpEq:
		return timerEq(h, y), true
	}
	return !timerEq(h, y), true
}
