package asyncio

import (
	"os"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// asyncio's submodules (asyncio.events, asyncio.tasks, ...): CPython's
// asyncio is a package whose names live in submodules and are re-exported
// by asyncio/__init__.py. The runtime keeps one Go implementation; each
// submodule holds the names CPython's module of that name defines (its
// __all__ and the private helpers programs and tests import), taken from
// the asyncio module. A name the runtime does not implement is absent.
var submoduleNames map[string]string

// constants.py's values.
var asyncioConstants map[string]py.Object

// The registrations are spelled out: the translator finds the runtime's
// modules by reading these calls.
func setupSubmodules() {
	py.RegisterModule("asyncio.base_events", initSubmodule("base_events"))
	py.RegisterModule("asyncio.base_futures", initSubmodule("base_futures"))
	py.RegisterModule("asyncio.base_subprocess", initSubmodule("base_subprocess"))
	py.RegisterModule("asyncio.base_tasks", initSubmodule("base_tasks"))
	py.RegisterModule("asyncio.constants", initSubmodule("constants"))
	py.RegisterModule("asyncio.coroutines", initSubmodule("coroutines"))
	py.RegisterModule("asyncio.events", initSubmodule("events"))
	py.RegisterModule("asyncio.exceptions", initSubmodule("exceptions"))
	py.RegisterModule("asyncio.format_helpers", initSubmodule("format_helpers"))
	py.RegisterModule("asyncio.futures", initSubmodule("futures"))
	py.RegisterModule("asyncio.locks", initSubmodule("locks"))
	py.RegisterModule("asyncio.log", initSubmodule("log"))
	py.RegisterModule("asyncio.mixins", initSubmodule("mixins"))
	py.RegisterModule("asyncio.proactor_events", initSubmodule("proactor_events"))
	py.RegisterModule("asyncio.protocols", initSubmodule("protocols"))
	py.RegisterModule("asyncio.queues", initSubmodule("queues"))
	py.RegisterModule("asyncio.runners", initSubmodule("runners"))
	py.RegisterModule("asyncio.selector_events", initSubmodule("selector_events"))
	py.RegisterModule("asyncio.sslproto", initSubmodule("sslproto"))
	py.RegisterModule("asyncio.staggered", initSubmodule("staggered"))
	py.RegisterModule("asyncio.streams", initSubmodule("streams"))
	py.RegisterModule("asyncio.taskgroups", initSubmodule("taskgroups"))
	py.RegisterModule("asyncio.tasks", initSubmodule("tasks"))
	py.RegisterModule("asyncio.threads", initSubmodule("threads"))
	py.RegisterModule("asyncio.timeouts", initSubmodule("timeouts"))
	py.RegisterModule("asyncio.transports", initSubmodule("transports"))
	py.RegisterModule("asyncio.trsock", initSubmodule("trsock"))
	py.RegisterModule("asyncio.unix_events", initSubmodule("unix_events"))
}

func initSubmodule(name string) func(m *py.Module) {
	names := strings.Fields(submoduleNames[name])
	return func(m *py.Module) {
		a := py.Import("asyncio")
		var all []py.Object
		for _, n := range names {
			if v, ok := a.Dict.GetStr(n); ok {
				m.Set(n, v)
				if !strings.HasPrefix(n, "_") {
					all = append(all, py.Str(n))
				}
			}
		}
		m.Set("__all__", py.NewList(all...))
		initSubmoduleExtras(name, m, a)
	}
}

func initSubmoduleExtras(name string, m, a *py.Module) {
	addImportedNames(name, m, a)
	logger := func() py.Object {
		return py.Call(py.GetAttr(py.Import("logging"), "getLogger"), py.Str("asyncio"))
	}
	switch name {
	case "log":
		m.Set("logger", logger())
	case "base_events", "base_subprocess", "selector_events", "proactor_events", "sslproto",
		"unix_events", "streams":
		m.Set("logger", logger())
	case "constants":
		for k, v := range asyncioConstants {
			m.Set(k, v)
		}
	case "coroutines":
		m.AddFunc("_is_debug_mode", func(a []py.Object, kw []string) py.Object {
			return py.Bool(isDevMode() || os.Getenv("PYTHONASYNCIODEBUG") != "")
		})
	}
	switch name {
	case "base_events":
		m.Set("socket", py.Import("socket"))
	case "base_subprocess":
		m.Set("BaseSubprocessTransport", baseSubprocessTransportType)
		m.Set("WriteSubprocessPipeProto", writeSubprocessPipeProtoType)
		m.Set("ReadSubprocessPipeProto", readSubprocessPipeProtoType)
	case "proactor_events":
		// No proactor loop on Unix: the class exists for isinstance checks.
		m.Set("BaseProactorEventLoop", baseProactorEventLoopType)
	case "selector_events":
		m.Set("BaseSelectorEventLoop", LoopType)
	case "streams":
		m.Set("FlowControlMixin", flowControlMixinType)
	case "unix_events":
		m.Set("BaseChildWatcher", baseChildWatcherType)
	case "sslproto":
		initSSLProtoNames(m)
	case "staggered":
		m.AddFunc("staggered_race", staggeredRace)
		m.Set("__all__", py.NewTuple(py.Str("staggered_race")))
	case "events":
		m.Set("BaseDefaultEventLoopPolicy", baseDefaultPolicyType)
		policyLocalClass()
		m.Set("threading", py.Import("threading"))
		m.Getattr = func(name string) (py.Object, bool) {
			if name != "_event_loop_policy" {
				return nil, false
			}
			if !policyMade {
				return py.None, true
			}
			return currentPolicy(), true
		}
		// CPython's pure-Python twins of the C functions: the same ones.
		for _, n := range []string{"_get_running_loop", "_set_running_loop", "get_running_loop", "get_event_loop"} {
			if v, ok := a.Dict.GetStr(n); ok {
				m.Set("_py_"+n, v)
				m.Set("_c_"+n, v)
			}
		}
	case "tasks":
		// One Task implementation, in the C accelerator's place (_CTask);
		// CPython's pure-Python twins (_PyTask, _py_register_task, ...)
		// name the same objects (tests of them are excluded from the
		// cpythontests counts).
		if t, ok := a.Dict.GetStr("Task"); ok {
			m.Set("_CTask", t)
			m.Set("_PyTask", t)
		}
		for _, n := range []string{"_register_task", "_unregister_task", "_enter_task", "_leave_task"} {
			if v, ok := a.Dict.GetStr(n); ok {
				m.Set("_c"+n, v)
				m.Set("_py"+n, v)
			}
		}
	case "futures":
		if t, ok := a.Dict.GetStr("Future"); ok {
			m.Set("_CFuture", t)
			m.Set("_PyFuture", t)
		}
		// _set_result_unless_cancelled(fut, result) and
		// _copy_future_state(source, dest), as futures.py's.
		m.AddFunc("_set_result_unless_cancelled", func(args []py.Object, kw []string) py.Object {
			p := parse("_set_result_unless_cancelled", args, kw, []string{"fut", "result"}, 2)
			if py.Truth(py.CallMethod(p[0], "cancelled")) {
				return py.None
			}
			py.CallMethod(p[0], "set_result", p[1])
			return py.None
		})
		m.AddFunc("_copy_future_state", func(args []py.Object, kw []string) py.Object {
			p := parse("_copy_future_state", args, kw, []string{"source", "dest"}, 2)
			src, dst := p[0], p[1]
			if !py.Truth(py.CallMethod(src, "done")) {
				raise(py.AssertionErrorType, "")
			}
			if py.Truth(py.CallMethod(dst, "cancelled")) {
				return py.None
			}
			if py.Truth(py.CallMethod(dst, "done")) {
				raise(py.AssertionErrorType, "")
			}
			if py.Truth(py.CallMethod(src, "cancelled")) {
				py.CallMethod(dst, "cancel")
				return py.None
			}
			if exc := py.CallMethod(src, "exception"); !isNone(exc) {
				py.CallMethod(dst, "set_exception", convertFutureExc(exc))
			} else {
				py.CallMethod(dst, "set_result", py.CallMethod(src, "result"))
			}
			return py.None
		})
	}
}

// isDevMode is sys.flags.dev_mode.
func isDevMode() bool {
	f := py.GetAttr(py.Import("sys"), "flags")
	v := py.LookupAttr(f, "dev_mode")
	return v != nil && py.Truth(v)
}

var (
	baseSubprocessTransportType *py.Type
	baseProactorEventLoopType   *py.Type

	// The child watchers of asyncio.unix_events. The runtime waits for its
	// children itself (a goroutine per child), so a watcher has nothing to
	// do: each one is active once made, whatever loop it is attached to.
	AbstractChildWatcherType  *py.Type
	childWatcherMethods       map[string]goFn
	baseChildWatcherType      *py.Type
	safeChildWatcherType      *py.Type
	fastChildWatcherType      *py.Type
	multiLoopChildWatcherType *py.Type
	threadedChildWatcherType  *py.Type
	pidfdChildWatcherType     *py.Type
	childWatcher              py.Object
)

// Tasks and loops of other implementations (task-like objects, mocks)
// given to _register_task/_enter_task: CPython keeps them in the same
// tables as its own.
var (
	foreignTasks   []py.Object
	foreignCurrent map[py.Object]py.Object
)

func isTask(o py.Object) bool { _, ok := o.(*Task); return ok }

// foreignLoopOf is futures._get_loop(t) for a task-like object.
func foreignLoopOf(t py.Object) py.Object {
	if m := py.LookupAttr(t, "get_loop"); m != nil {
		return py.Call(m)
	}
	return py.GetAttr(t, "_loop")
}

// registerTaskInternals adds asyncio's _register_task, _unregister_task,
// _enter_task, _leave_task and _set_running_loop (for event loops written
// in Python; here on the runtime's loops and tasks).
func registerTaskInternals(m *py.Module) {
	task := func(fn string, o py.Object) *Task {
		t, ok := o.(*Task)
		if !ok {
			typeError("%s: expected a Task, got %s", fn, o.Type().Name)
		}
		return t
	}
	m.AddFunc("_register_task", func(a []py.Object, kw []string) py.Object {
		p := parse("_register_task", a, kw, []string{"task"}, 1)
		if _, ok := p[0].(*Task); !ok {
			// A task-like object of another implementation.
			for _, x := range foreignTasks {
				if x == p[0] {
					return py.None
				}
			}
			foreignTasks = append(foreignTasks, p[0])
			return py.None
		}
		t := task("_register_task", p[0])
		if t.idx < 0 {
			t.idx = int32(t.loop.tasks.Len())
			t.loop.tasks.add(t)
		}
		return py.None
	})
	m.AddFunc("_unregister_task", func(a []py.Object, kw []string) py.Object {
		p := parse("_unregister_task", a, kw, []string{"task"}, 1)
		if _, ok := p[0].(*Task); !ok {
			for i, x := range foreignTasks {
				if x == p[0] {
					foreignTasks = append(foreignTasks[:i:i], foreignTasks[i+1:]...)
					break
				}
			}
			return py.None
		}
		t := task("_unregister_task", p[0])
		t.unregister()
		return py.None
	})
	m.AddFunc("_enter_task", func(a []py.Object, kw []string) py.Object {
		p := parse("_enter_task", a, kw, []string{"loop", "task"}, 2)
		if _, ok := p[0].(*Loop); !ok || !isTask(p[1]) {
			if cur, ok := foreignCurrent[p[0]]; ok {
				runtimeError("Cannot enter into task %s while another task %s is being executed.", py.Repr(p[1]), py.Repr(cur))
			}
			foreignCurrent[p[0]] = p[1]
			return py.None
		}
		l, t := asLoop(p[0]), task("_enter_task", p[1])
		if cur := l.currentTask; cur != nil {
			runtimeError("Cannot enter into task %s while another task %s is being executed.", t.String(), cur.String())
		}
		l.currentTask = t
		return py.None
	})
	m.AddFunc("_leave_task", func(a []py.Object, kw []string) py.Object {
		p := parse("_leave_task", a, kw, []string{"loop", "task"}, 2)
		if _, ok := p[0].(*Loop); !ok || !isTask(p[1]) {
			cur, ok := foreignCurrent[p[0]]
			if !ok || cur != p[1] {
				curRepr := "None"
				if ok {
					curRepr = py.Repr(cur)
				}
				runtimeError("Leaving task %s does not match the current task %s.", py.Repr(p[1]), curRepr)
			}
			delete(foreignCurrent, p[0])
			return py.None
		}
		l, t := asLoop(p[0]), task("_leave_task", p[1])
		if l.currentTask != t {
			runtimeError("Leaving task %s does not match the current task %s.", t.String(), py.Repr(orNoneTask(l.currentTask)))
		}
		l.currentTask = nil
		return py.None
	})
	m.AddFunc("_set_running_loop", func(a []py.Object, kw []string) py.Object {
		p := parse("_set_running_loop", a, kw, []string{"loop"}, 1)
		if isNone(p[0]) {
			setRunningLoop(nil)
		} else {
			setRunningLoop(asLoop(p[0]))
		}
		return py.None
	})
}

// ThreadedChildWatcher's _threads (CPython's waiting threads by pid): the
// runtime's waits are goroutines, so there are none to join.
func threadedChildWatcher() *py.Type {
	t := pyClass("ThreadedChildWatcher", "asyncio.unix_events", []*py.Type{AbstractChildWatcherType}, childWatcherMethods)
	t.Dict.SetStr("_threads", &py.Property{Get: py.NewBuiltin("_threads", func(a []py.Object, kw []string) py.Object {
		return py.NewDict()
	})})
	return t
}

func registerChildWatchers(m *py.Module) {
	for _, t := range []*py.Type{AbstractChildWatcherType, safeChildWatcherType, fastChildWatcherType,
		multiLoopChildWatcherType, threadedChildWatcherType, pidfdChildWatcherType} {
		m.Set(t.Name, t)
	}
	m.AddFunc("get_child_watcher", getChildWatcher)
	m.AddFunc("set_child_watcher", func(a []py.Object, kw []string) py.Object {
		p := parse("set_child_watcher", a, kw, []string{"watcher"}, 1)
		setChildWatcher(p[0])
		return py.None
	})
}

func getChildWatcher(a []py.Object, kw []string) py.Object {
	if childWatcher == nil {
		childWatcher = py.Call(threadedChildWatcherType)
	}
	return childWatcher
}

func setChildWatcher(w py.Object) {
	if isNone(w) {
		childWatcher = nil
		return
	}
	childWatcher = w
}

func setupSubmodules2() {
	TaskType.Dict.SetStr("_log_destroy_pending", &py.Property{
		Get: py.NewBuiltin("_log_destroy_pending", func(a []py.Object, kw []string) py.Object {
			return py.Bool(!selfTask(a[0]).noLogDestroyPending)
		}),
		Set: py.NewBuiltin("_log_destroy_pending", func(a []py.Object, kw []string) py.Object {
			selfTask(a[0]).noLogDestroyPending = !py.Truth(a[1])
			return py.None
		}),
	})
}

// convertFutureExc is futures._convert_future_exc: concurrent.futures'
// CancelledError and InvalidStateError as asyncio's (TimeoutError is the
// builtin in both).
func convertFutureExc(exc py.Object) py.Object {
	t := exc.Type()
	args := py.GetAttr(exc, "args")
	switch {
	case t.IsSubtype(ConcCancelledErrType):
		return py.CallEx(CancelledErrorType, py.AppendStar(nil, args), nil, nil)
	case t.IsSubtype(ConcInvalidStateType):
		return py.CallEx(InvalidStateErrorType, py.AppendStar(nil, args), nil, nil)
	}
	return exc
}
