package asyncio

import (
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Exceptions of asyncio.exceptions.
var (
	CancelledErrorType        *py.Type
	InvalidStateErrorType     *py.Type
	SendfileNotAvailableType  *py.Type
	IncompleteReadErrorType   *py.Type
	LimitOverrunErrorType     *py.Type
	BrokenBarrierErrorType    *py.Type
	QueueEmptyType            *py.Type
	QueueFullType             *py.Type
	abstractEventLoopType     *py.Type
	abstractEventLoopPolicyTy *py.Type
)

func newTimer(secs float64) *time.Timer {
	return time.NewTimer(time.Duration(secs * float64(time.Second)))
}

func setupModule() {
	def(IncompleteReadErrorType, "__init__", func(a []py.Object, kw []string) py.Object {
		p := parse("IncompleteReadError", a[1:], kw, []string{"partial", "expected"}, 2)
		e := a[0].(*py.BaseException)
		exp := "undefined"
		if !isNone(p[1]) {
			exp = py.Repr(p[1])
		}
		e.Args = py.NewTuple(py.Str(py.StrOf(py.Int(py.Len(p[0]))) + " bytes read on a total of " + exp + " expected bytes"))
		e.Dict.SetStr("partial", p[0])
		e.Dict.SetStr("expected", p[1])
		return py.None
	})
	def(LimitOverrunErrorType, "__init__", func(a []py.Object, kw []string) py.Object {
		p := parse("LimitOverrunError", a[1:], kw, []string{"message", "consumed"}, 2)
		e := a[0].(*py.BaseException)
		e.Args = py.NewTuple(p[0])
		e.Dict.SetStr("consumed", p[1])
		return py.None
	})
	// __reduce__: (type(self), (self.partial, self.expected)) and
	// (type(self), (self.args[0], self.consumed)), as asyncio.exceptions'.
	def(IncompleteReadErrorType, "__reduce__", func(a []py.Object, kw []string) py.Object {
		e := a[0]
		return py.NewTuple(e.Type(), py.NewTuple(py.GetAttr(e, "partial"), py.GetAttr(e, "expected")))
	})
	def(LimitOverrunErrorType, "__reduce__", func(a []py.Object, kw []string) py.Object {
		e := a[0]
		return py.NewTuple(e.Type(), py.NewTuple(py.GetItem(py.GetAttr(e, "args"), py.Int(0)), py.GetAttr(e, "consumed")))
	})
	LoopType.Bases = []*py.Type{abstractEventLoopType}
	LoopType.MRO = []*py.Type{LoopType, abstractEventLoopType, py.ObjectType}
	py.RegisterModule("asyncio", initModule)
	py.RegisterModule("asyncio.subprocess", initSubprocessModule)
	py.RegisterModule("concurrent", func(m *py.Module) {
		m.Set("futures", py.Import("concurrent.futures"))
	})
	py.RegisterModule("concurrent.futures", initConcurrent)
}

func initConcurrent(m *py.Module) {
	m.Set("Future", ConcFutureType)
	m.Set("ThreadPoolExecutor", ThreadPoolExecutorTyp)
	m.Set("ProcessPoolExecutor", ProcessPoolExecutorTyp)
	m.Set("CancelledError", ConcCancelledErrType)
	m.Set("TimeoutError", py.TimeoutErrorType)
	m.Set("FIRST_COMPLETED", py.Str(firstCompleted))
	m.Set("FIRST_EXCEPTION", py.Str(firstException))
	m.Set("ALL_COMPLETED", py.Str(allCompleted))
	// wait, as_completed, Executor and BrokenExecutor are Python, from the
	// tool's runtime/python/_concurrent_futures_extras.py (linked with
	// every program importing concurrent.futures), over the Go futures.
	if py.Translated("_concurrent_futures_extras") {
		extras := py.Import("_concurrent_futures_extras")
		for _, n := range []string{"wait", "as_completed", "Executor", "BrokenExecutor"} {
			m.Set(n, py.GetAttr(extras, n))
		}
	}
}

func optLoop(o py.Object) *Loop {
	if isNone(o) {
		return nil
	}
	return asLoop(o)
}

func initModule(m *py.Module) {
	// `import asyncio` imports every submodule in CPython, so
	// asyncio.streams & co. are attributes: imported here on first use.
	m.Getattr = func(name string) (py.Object, bool) {
		if _, ok := submoduleNames[name]; ok || name == "subprocess" {
			return py.Import("asyncio." + name), true
		}
		return nil, false
	}
	for _, t := range []*py.Type{CancelledErrorType, InvalidStateErrorType, SendfileNotAvailableType,
		IncompleteReadErrorType, LimitOverrunErrorType, BrokenBarrierErrorType, QueueEmptyType, QueueFullType,
		FutureType, TaskType, HandleType, TimerHandleType, RunnerType} {
		m.Set(t.Name, t)
	}
	m.Set("TimeoutError", py.TimeoutErrorType)
	m.Set("AbstractEventLoop", abstractEventLoopType)
	m.Set("BaseEventLoop", LoopType)
	m.Set("SelectorEventLoop", LoopType)
	m.Set("AbstractEventLoopPolicy", abstractEventLoopPolicyTy)
	m.Set("FIRST_COMPLETED", py.Str(firstCompleted))
	m.Set("FIRST_EXCEPTION", py.Str(firstException))
	m.Set("ALL_COMPLETED", py.Str(allCompleted))

	m.AddFunc("run", runFn).SetFast(func(_, main py.Object) py.Object { return Run(main, py.None) })
	sleepFn := m.AddFunc("sleep", func(a []py.Object, kw []string) py.Object {
		if len(a) == 1 && len(kw) == 0 {
			return Sleep(a[0], py.None)
		}
		p := parse("sleep", a, kw, []string{"delay", "result"}, 1)
		return Sleep(p[0], orNone(p[1]))
	})
	sleepFn.SetFast(func(_, delay py.Object) py.Object { return Sleep(delay, py.None) })
	sleepFn.SetAwaitFast(sleepAwaitFast)
	m.AddFunc("get_running_loop", func(a []py.Object, kw []string) py.Object {
		parse("get_running_loop", a, kw, nil, 0)
		return GetRunningLoop()
	})
	m.AddFunc("_get_running_loop", func(a []py.Object, kw []string) py.Object {
		if l := runningLoop(); l != nil {
			return l
		}
		return py.None
	})
	m.AddFunc("get_event_loop", func(a []py.Object, kw []string) py.Object {
		parse("get_event_loop", a, kw, nil, 0)
		return GetEventLoop()
	})
	m.AddFunc("set_event_loop", func(a []py.Object, kw []string) py.Object {
		p := parse("set_event_loop", a, kw, []string{"loop"}, 1)
		policySetEventLoop(p[0])
		return py.None
	})
	m.AddFunc("new_event_loop", func(a []py.Object, kw []string) py.Object {
		parse("new_event_loop", a, kw, nil, 0)
		return policyNewEventLoop()
	})
	m.AddFunc("create_task", createTaskFn).SetFast(func(_, coro py.Object) py.Object {
		return setCreatedAt(GetRunningLoop().CreateTask(coro, py.None, nil), "tasks.py", 384)
	})
	m.AddFunc("ensure_future", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("ensure_future", a, kw, 1, 1, []string{"loop"})
		if _, ok := asFuture(pos[0]); !ok && isDuckFuture(pos[0]) {
			// A future of another implementation is returned as it is.
			if l := orNone(kwv[0]); !isNone(l) && l != foreignLoopOf(pos[0]) {
				valueError("The future belongs to a different loop than the one specified as the loop argument")
			}
			return pos[0]
		}
		return ensureFuture(pos[0], optLoop(kwv[0]))
	})
	m.AddFunc("gather", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("gather", a, kw, 0, -1, []string{"return_exceptions"})
		return Gather(pos, kwv[0] != nil && py.Truth(kwv[0]))
	})
	m.AddFunc("shield", func(a []py.Object, kw []string) py.Object {
		p := parse("shield", a, kw, []string{"arg"}, 1)
		return Shield(p[0])
	})
	m.AddFunc("wait_for", func(a []py.Object, kw []string) py.Object {
		p := parse("wait_for", a, kw, []string{"fut", "timeout"}, 2)
		return WaitFor(p[0], p[1])
	})
	m.AddFunc("wait", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("wait", a, kw, 1, 1, []string{"timeout", "return_when"})
		rw := kwv[1]
		if rw == nil {
			rw = py.Str(allCompleted)
		}
		return Wait(pos[0], orNone(kwv[0]), rw)
	})
	m.AddFunc("as_completed", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("as_completed", a, kw, 1, 1, []string{"timeout"})
		return asCompleted(pos[0], orNone(kwv[0]))
	})
	m.AddFunc("current_task", func(a []py.Object, kw []string) py.Object {
		p := parse("current_task", a, kw, []string{"loop"}, 0)
		var l *Loop
		if isNone(p[0]) {
			l = GetRunningLoop()
		} else if _, ok := p[0].(*Loop); !ok {
			// Another implementation's loop (_enter_task's table).
			if cur, ok := foreignCurrent[p[0]]; ok {
				return cur
			}
			return py.None
		} else {
			l = asLoop(p[0])
		}
		if l.currentTask == nil {
			return py.None
		}
		return l.currentTask
	})
	m.AddFunc("all_tasks", func(a []py.Object, kw []string) py.Object {
		p := parse("all_tasks", a, kw, []string{"loop"}, 0)
		var l *Loop
		var lo py.Object
		if isNone(p[0]) {
			l = GetRunningLoop()
			lo = l
		} else if x, ok := p[0].(*Loop); ok {
			l, lo = x, x
		} else {
			lo = p[0]
		}
		var s *py.Set
		if l != nil {
			s = allTasks(l).(*py.Set)
		} else {
			s = py.NewSet()
		}
		for _, t := range append([]py.Object(nil), foreignTasks...) {
			if foreignLoopOf(t) == lo && !py.Truth(py.CallMethod(t, "done")) {
				s.Add(t)
			}
		}
		return s
	})
	m.AddFunc("iscoroutine", func(a []py.Object, kw []string) py.Object {
		p := parse("iscoroutine", a, kw, []string{"obj"}, 1)
		return py.NewBool(IsCoroutine(p[0]))
	})
	m.AddFunc("iscoroutinefunction", func(a []py.Object, kw []string) py.Object {
		p := parse("iscoroutinefunction", a, kw, []string{"func"}, 1)
		return py.NewBool(isCoroutineFunction(p[0]))
	})
	m.AddFunc("isfuture", func(a []py.Object, kw []string) py.Object {
		p := parse("isfuture", a, kw, []string{"obj"}, 1)
		if _, ok := asFuture(p[0]); ok {
			return py.True
		}
		return py.NewBool(isDuckFuture(p[0]))
	})
	m.AddFunc("wrap_future", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("wrap_future", a, kw, 1, 1, []string{"loop"})
		if _, ok := asFuture(pos[0]); ok || isDuckFuture(pos[0]) {
			return pos[0]
		}
		cf, ok := pos[0].(*ConcFuture)
		if !ok {
			typeError("concurrent.futures.Future is expected, got %s", py.Repr(pos[0]))
		}
		l := optLoop(kwv[0])
		if l == nil {
			l = asLoop(GetEventLoop())
		}
		return wrapFuture(cf, l)
	})
	m.AddFunc("to_thread", func(a []py.Object, kw []string) py.Object {
		if len(a)-len(kw) < 1 {
			typeError("to_thread() missing 1 required positional argument: 'func'")
		}
		return ToThread(a[0], a[1:], kw)
	})
	m.AddFunc("run_coroutine_threadsafe", func(a []py.Object, kw []string) py.Object {
		p := parse("run_coroutine_threadsafe", a, kw, []string{"coro", "loop"}, 2)
		return runCoroutineThreadsafe(p[0], asLoop(p[1]))
	})
	registerLoopMethods()
	registerTransportMethods()
	registerProtocols(m)
	registerExtras(m)
	registerChildWatchers(m)
	registerTaskInternals(m)
}

// setCreatedAt records, in debug mode, the asyncio source line that made t.
func setCreatedAt(t py.Object, file string, line int) py.Object {
	if tk, ok := t.(*Task); ok && tk.loop.debug {
		tk.extra().createdAt = stdlibPath(file, line)
	}
	return t
}

func isCoroutineFunction(f py.Object) bool {
	switch v := f.(type) {
	case *py.Function:
		if b, ok := v.InstanceDict().GetStr("_is_coroutine"); ok && py.Truth(b) {
			return true
		}
		return isAsyncFunction(v)
	case *py.Method:
		return isCoroutineFunction(v.Func)
	}
	return false
}

// IsAsyncFunction reports whether a function object was made by async def;
// the translator marks them with a flag in their code (Code.Flags) or the
// "_is_coroutine_function" attribute.
var IsAsyncFunction func(f *py.Function) bool

func isAsyncFunction(f *py.Function) bool {
	if IsAsyncFunction != nil {
		return IsAsyncFunction(f)
	}
	if f.Code.Flags&py.CodeCoroutine != 0 {
		return true
	}
	if b, ok := f.InstanceDict().GetStr("__is_async__"); ok {
		return py.Truth(b)
	}
	return false
}

func runCoroutineThreadsafe(coro py.Object, l *Loop) py.Object {
	if !IsCoroutine(coro) {
		typeError("A coroutine object is required")
	}
	cf := newConcFuture()
	l.callSoonThreadsafe(&Handle{name: "callback()", fn: func() {
		var fo py.Object
		if e := catch(func() { fo = ensureFuture(coro, l) }); e != nil {
			if cf.state == cfPending {
				cf.state = cfRunning
				cf.setException(e)
			}
			panic(e)
		}
		f, _ := asFuture(fo)
		f.addCallback(&doneCallback{cbHead: cbHead{name: &cbCallSetState}, fn: func(py.Object) {
			if cf.isDone() {
				return
			}
			switch {
			case f.Cancelled():
				cf.cancel()
			case f.exc() != nil:
				f.clearLogTraceback()
				cf.state = cfRunning
				cf.setException(f.exc())
			default:
				cf.state = cfRunning
				cf.setResult(orNone(f.res()))
			}
		}})
		cf.addDoneCallback(func(*ConcFuture) {
			if cf.state == cfCancelled || cf.state == cfCancelledNotified {
				if py.Current() == l.thread {
					f.Cancel(py.None)
				} else {
					l.callSoonThreadsafe(&Handle{fn: func() { f.Cancel(py.None) }})
				}
			}
		})
	}})
	return cf
}

// createTaskFn is asyncio.create_task(coro, *, name=None, context=None).
func createTaskFn(a []py.Object, kw []string) py.Object {
	if len(a) == 1 && len(kw) == 0 {
		return setCreatedAt(GetRunningLoop().CreateTask(a[0], py.None, nil), "tasks.py", 384)
	}
	pos, kwv := parseKwOnly("create_task", a, kw, 1, 1, []string{"name", "context"})
	l := GetRunningLoop()
	var ctx *py.Context
	if !isNone(kwv[1]) {
		ctx, _ = kwv[1].(*py.Context)
	}
	t := setCreatedAt(l.CreateTask(pos[0], py.None, ctx), "tasks.py", 386)
	if ctx == nil {
		setCreatedAt(t, "tasks.py", 384)
	}
	if !isNone(kwv[0]) {
		py.CallMethod(t, "set_name", kwv[0])
	}
	return t
}

// isDuckFuture is base_futures.isfuture for objects that are not the
// runtime's futures: obj.__class__ has _asyncio_future_blocking and the
// object's is not None (a Mock(spec=Future) is one, its __class__ being
// Future).
func isDuckFuture(o py.Object) bool {
	if _, ok := o.(*py.Coroutine); ok {
		// The coroutine type has no _asyncio_future_blocking and takes
		// no attributes.
		return false
	}
	cls := py.LookupAttr(o, "__class__")
	if cls == nil || py.LookupAttr(cls, "_asyncio_future_blocking") == nil {
		return false
	}
	v := py.LookupAttr(o, "_asyncio_future_blocking")
	return v != nil && !isNone(v)
}

// runFn is asyncio.run(main, *, debug=None), main also by keyword, with
// the errors of a Python function's argument binding in their order.
func runFn(a []py.Object, kw []string) py.Object {
	npos := len(a) - len(kw)
	var main, debug py.Object
	if npos >= 1 {
		main = a[0]
	}
	for i, k := range kw {
		switch v := a[npos+i]; k {
		case "main":
			if npos >= 1 {
				typeError("run() got multiple values for argument 'main'")
			}
			main = v
		case "debug":
			debug = v
		default:
			typeError("run() got an unexpected keyword argument '%s'", k)
		}
	}
	if npos > 1 {
		if debug != nil {
			typeError("run() takes 1 positional argument but %d positional arguments (and 1 keyword-only argument) were given", npos)
		}
		typeError("run() takes 1 positional argument but %d were given", npos)
	}
	if main == nil {
		typeError("run() missing 1 required positional argument: 'main'")
	}
	return Run(main, orNone(debug))
}
