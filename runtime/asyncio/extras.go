package asyncio

import "github.com/py2goasync/py2goasync/runtime/py"

// shutdownAsyncgensCoro is loop.shutdown_asyncgens(), a resumable
// function rather than a coroutine on a stack of its own: a loop with no
// async generators left (most asyncio.run calls) finishes it in one step
// with no stack switch.
func (l *Loop) shutdownAsyncgensCoro() *py.Coroutine {
	var gens []py.Object
	return py.NewCoroutineSM(shutdownAsyncgensCode, func(co *py.CoFrame) py.Object {
		if co.PC == 1 {
			goto resume
		}
		l.asyncgensShutdownCalled = true
		if len(l.rare().asyncgens) == 0 {
			return py.None
		}
		gens = l.rare_.asyncgens
		l.rare_.asyncgens = nil
		{
			aws := make([]py.Object, len(gens))
			for i, g := range gens {
				aws[i] = py.CallMethod(g, "aclose")
			}
			co.Await(1, Gather(aws, true))
		}
	resume:
		if co.Step() {
			return py.CoSuspend
		}
		for i, r := range co.Value.(*py.List).Items {
			if e, ok := r.(*py.BaseException); ok && e.Type().IsSubtype(py.ExceptionType) {
				ctx := py.NewDict()
				ctx.SetStr("message", py.Str("an error occurred during closing of asynchronous generator "+py.Repr(gens[i])))
				ctx.SetStr("exception", e)
				ctx.SetStr("asyncgen", gens[i])
				l.callExceptionHandler(ctx)
			}
		}
		return py.None
	})
}

func registerExtras(m *py.Module) {
	for _, t := range []*py.Type{LockType, EventType, ConditionType, SemaphoreType, BoundedSemaphoreType, BarrierType,
		QueueType, PriorityQueueType, LifoQueueType, TimeoutType, TaskGroupType} {
		m.Set(t.Name, t)
	}
	m.Set("StreamReader", StreamReaderType)
	m.Set("StreamReaderProtocol", streamProtocolType)
	m.Set("StreamWriter", StreamWriterType)
	// asyncio.subprocess itself is imported on first use (it imports
	// logging for its logger).
	m.Set("create_subprocess_exec", createSubprocessExec)
	m.Set("create_subprocess_shell", createSubprocessShell)
	m.Set("Server", ServerType)
	m.AddFunc("start_server", startServerFn)
	m.AddFunc("open_connection", openConnectionFn)
	m.AddFunc("start_unix_server", startUnixServerFn)
	m.AddFunc("open_unix_connection", openUnixConnectionFn)
	m.AddFunc("get_event_loop_policy", func(a []py.Object, kw []string) py.Object {
		policyMade = true
		return currentPolicy()
	})
	m.AddFunc("set_event_loop_policy", func(a []py.Object, kw []string) py.Object {
		p := parse("set_event_loop_policy", a, kw, []string{"policy"}, 1)
		if !isNone(p[0]) && !py.IsInstance(p[0], abstractEventLoopPolicyTy) {
			typeError("policy must be an instance of AbstractEventLoopPolicy or None, not '%s'", p[0].Type().Name)
		}
		policyMade = !isNone(p[0])
		if isNone(p[0]) || p[0] == thePolicy {
			customPolicy = nil
		} else {
			customPolicy = p[0]
		}
		return py.None
	})
	m.Set("DefaultEventLoopPolicy", policyType)
	m.AddFunc("timeout", timeoutFn)
	m.AddFunc("timeout_at", timeoutAtFn)
}
