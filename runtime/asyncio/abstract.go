package asyncio

import "github.com/py2goasync/py2goasync/runtime/py"

// events.AbstractEventLoop and AbstractEventLoopPolicy: every method
// raises NotImplementedError (the coroutine methods when awaited), as in
// events.py; the Go loop and policy override them.

var abstractLoopMethods = []string{"run_forever", "run_until_complete", "stop", "is_running", "is_closed", "close",
	"_timer_handle_cancelled", "call_soon", "call_later", "call_at", "time", "create_future", "create_task",
	"call_soon_threadsafe", "run_in_executor", "set_default_executor", "add_reader", "remove_reader", "add_writer",
	"remove_writer", "add_signal_handler", "remove_signal_handler", "set_task_factory", "get_task_factory",
	"get_exception_handler", "set_exception_handler", "default_exception_handler", "call_exception_handler",
	"get_debug", "set_debug"}

// abstractLoopCoroutines are the coroutine methods, with their line in
// events.py (for tracebacks).
var abstractLoopCoroutines map[string]int

var abstractPolicyMethods = []string{"get_event_loop", "set_event_loop", "new_event_loop", "get_child_watcher",
	"set_child_watcher"}

func setupAbstract() {
	for _, n := range abstractLoopMethods {
		def(abstractEventLoopType, n, notImplemented)
	}
	for n, line := range abstractLoopCoroutines {
		n, line := n, line
		def(abstractEventLoopType, n, func(a []py.Object, kw []string) py.Object {
			return py.NewCoroutine(goCode(n, "events.py", line), func() py.Object {
				raiseNoArg(py.NotImplementedErrorType)
				return nil
			})
		})
	}
	for _, n := range abstractPolicyMethods {
		def(abstractEventLoopPolicyTy, n, notImplemented)
	}
}
