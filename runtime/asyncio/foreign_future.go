package asyncio

import "github.com/py2goasync/py2goasync/runtime/py"

// runUntilCompleteForeign is run_until_complete over a future that is not
// one of ours: what a task factory may return (any object with the Future
// methods, as asyncio.isfuture accepts duck-typed futures). It goes
// through the object's methods, as CPython's base_events does for every
// future.
func (l *Loop) runUntilCompleteForeign(fut py.Object, newTask bool) py.Object {
	cb := py.NewBuiltin("_run_until_complete_cb", func(args []py.Object, kw []string) py.Object {
		fo := args[0]
		if !py.Truth(py.CallMethod(fo, "cancelled")) {
			exc := py.CallMethod(fo, "exception")
			if exc != py.None && (exc.Type().IsSubtype(py.SystemExitType) || exc.Type().IsSubtype(py.KeyboardInterruptType)) {
				// The loop stops as these propagate out of run_forever.
				return py.None
			}
		}
		py.CallMethod(foreignFutureLoop(fo), "stop")
		return py.None
	})
	py.CallMethod(fut, "add_done_callback", cb)
	func() {
		defer func() {
			r := recover()
			if r != nil && newTask && py.Truth(py.CallMethod(fut, "done")) && !py.Truth(py.CallMethod(fut, "cancelled")) {
				// Retrieve the exception so it is not logged as never
				// retrieved: the caller gets it anyway.
				py.CallMethod(fut, "exception")
			}
			py.CallMethod(fut, "remove_done_callback", cb)
			if r != nil {
				panic(r)
			}
		}()
		l.RunForever()
	}()
	if !py.Truth(py.CallMethod(fut, "done")) {
		runtimeError("Event loop stopped before Future completed.")
	}
	return py.CallMethod(fut, "result")
}

// foreignFutureLoop is futures._get_loop: the future's get_loop(), else
// its _loop attribute.
func foreignFutureLoop(fut py.Object) py.Object {
	if m := py.LookupAttr(fut, "get_loop"); m != nil {
		return py.Call(m)
	}
	return py.GetAttr(fut, "_loop")
}
