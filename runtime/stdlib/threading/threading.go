// Package threading is Python's threading module on py.StartThread: each
// Thread is a goroutine that holds the interpreter lock while it runs
// Python code; blocking waits release it.
package threading

import (
	"fmt"
	"os"
	"sync"
	gotime "time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// ThreadType is threading.Thread (subclassable: Python code overrides run()).
var ThreadType *py.Type

// state is the Go side of a Thread object.
type state struct {
	started, finished bool
	done              chan struct{}
	pt                *py.Thread
	ident             py.Object
}

var (
	states  map[py.Object]*state
	byPy    map[*py.Thread]py.Object
	counter = 0
	mainObj py.Object
	// nativeIDs are per-thread native ids (fake, stable).
	excepthook py.Object
)

func st(o py.Object) *state {
	s, ok := states[o]
	if !ok {
		panic(py.NewError(py.RuntimeErrorType, "thread.__init__() not called"))
	}
	return s
}

func newName() string {
	counter++
	return fmt.Sprintf("Thread-%d", counter)
}

// CurrentThread is threading.current_thread().
func CurrentThread() py.Object {
	t := py.Current()
	if o, ok := byPy[t]; ok {
		return o
	}
	if t == py.MainThread {
		return mainThread()
	}
	// A thread started by the runtime (an executor worker): a dummy.
	o := py.Call(dummyThreadType)
	py.SetAttr(o, "_name", py.Str(t.Name))
	s := st(o)
	s.started, s.pt, s.ident = true, t, py.Int(t.Ident)
	byPy[t] = o
	return o
}

var dummyThreadType *py.Type
var mainThreadType *py.Type

func mainThread() py.Object {
	if mainObj == nil {
		o := py.Call(mainThreadType)
		py.SetAttr(o, "_name", py.Str("MainThread"))
		s := st(o)
		s.started, s.pt, s.ident = true, py.MainThread, py.Int(py.MainThread.Ident)
		mainObj = o
		byPy[py.MainThread] = o
	}
	return mainObj
}

func printThreadException(self py.Object, e *py.BaseException) {
	if e.Type().IsSubtype(py.SystemExitType) {
		return
	}
	// threading.excepthook is read when the thread fails, as CPython's
	// invoke_excepthook does: a program's replacement gets ExceptHookArgs.
	if m, ok := py.SysModules.GetStr("threading"); ok {
		if hook := py.LookupAttr(m, "excepthook"); hook != nil && hook != defaultExcepthook && hook != py.None {
			if helpers, ok := py.SysModules.GetStr("_threading_timer"); ok {
				args := py.Call(py.GetAttr(helpers, "ExceptHookArgs"),
					py.NewTuple(e.Type(), e, py.GetAttr(e, "__traceback__"), self))
				py.Call(hook, args)
				return
			}
		}
	}
	printDefault(self, e)
}

func printDefault(thread py.Object, e *py.BaseException) {
	if excepthook != nil {
		py.FlushStdout()
		fmt.Fprintf(os.Stderr, "Exception in thread %s:\n", py.StrOf(py.GetAttr(thread, "name")))
		py.PrintException(os.Stderr, e)
	}
}

// defaultExcepthook is threading.excepthook as the module starts:
// excepthook(args) prints what an uncaught exception in args.thread
// prints.
var defaultExcepthook *py.BuiltinFunction

// waitChan waits for ch to be closed, at most timeout seconds (None: no
// limit). In the main thread a signal interrupts the wait: its handler
// runs, and what it raises (KeyboardInterrupt) ends the wait.
func waitChan(ch chan struct{}, timeout py.Object) bool {
	var expired <-chan gotime.Time
	if timeout != nil && timeout != py.None {
		d := float64(py.ToFloat(timeout).(py.Float))
		if d < 0 {
			d = 0
		}
		t := gotime.NewTimer(gotime.Duration(d * 1e9))
		defer t.Stop()
		expired = t.C
	}
	wake := py.SignalWakeup()
	for {
		ok, woke := false, false
		py.WithoutGIL(func() {
			select {
			case <-ch:
				ok = true
			case <-expired:
			case <-wake:
				woke = true
			}
		})
		if !woke {
			return ok
		}
		py.CheckSignals()
	}
}

func def(t *py.Type, name string, fn func(args []py.Object, kw []string) py.Object) {
	py.AddMethod(t, name, fn)
}

func setup2() {
	excepthook = py.True
	def(ThreadType, "__init__", func(args []py.Object, kw []string) py.Object {
		self := args[0]
		a := py.ParseArgs("Thread", args[1:], kw, []string{"group", "target", "name", "args", "kwargs", "daemon"}, 0)
		orNone := func(o py.Object) py.Object {
			if o == nil {
				return py.None
			}
			return o
		}
		name := a[2]
		if name == nil || name == py.None {
			n := newName()
			if a[1] != nil && a[1] != py.None {
				if tn := py.LookupAttr(a[1], "__name__"); tn != nil {
					n += " (" + py.StrOf(tn) + ")"
				}
			}
			name = py.Str(n)
		} else {
			name = py.Str(py.StrOf(name))
		}
		py.SetAttr(self, "_target", orNone(a[1]))
		py.SetAttr(self, "_name", name)
		targs := a[3]
		if targs == nil {
			targs = py.EmptyTuple
		}
		py.SetAttr(self, "_args", targs)
		kwargs := a[4]
		if kwargs == nil || kwargs == py.None {
			kwargs = py.NewDict()
		}
		py.SetAttr(self, "_kwargs", kwargs)
		daemon := py.False
		if a[5] != nil && a[5] != py.None {
			daemon = py.NewBool(py.Truth(a[5]))
		} else if cur := py.Current(); cur != nil {
			if o, ok := byPy[cur]; ok && o != mainObj {
				daemon = py.NewBool(py.Truth(py.GetAttr(o, "daemon")))
			}
		}
		py.SetAttr(self, "_daemonic", daemon)
		states[self] = &state{done: make(chan struct{}), ident: py.None}
		return py.None
	})
	def(ThreadType, "run", func(args []py.Object, kw []string) py.Object {
		self := args[0]
		target := py.GetAttr(self, "_target")
		if target != py.None {
			var names []string
			var vals []py.Object
			names, vals = py.MergeKw("run", names, vals, py.GetAttr(self, "_kwargs"))
			py.CallEx(target, py.AppendStar(nil, py.GetAttr(self, "_args")), names, vals)
		}
		return py.None
	})
	def(ThreadType, "start", func(args []py.Object, kw []string) py.Object {
		self := args[0]
		s := st(self)
		if s.started {
			panic(py.NewError(py.RuntimeErrorType, "threads can only be started once"))
		}
		s.started = true
		ctx := py.Current().Context.Copy()
		_ = ctx
		started := make(chan struct{})
		s.pt = py.StartThread(py.StrOf(py.GetAttr(self, "name")), nil, func() {
			t := py.Current()
			byPy[t] = self
			s.ident = py.Int(t.Ident)
			close(started)
			defer func() {
				if r := recover(); r != nil {
					printThreadException(self, py.Recovered(r))
				}
				s.finished = true
				delete(byPy, t)
				close(s.done)
			}()
			py.CallMethod(self, "run")
		})
		s.ident = py.Int(s.pt.Ident)
		py.WithoutGIL(func() { <-started })
		return py.None
	})
	def(ThreadType, "join", func(args []py.Object, kw []string) py.Object {
		self := args[0]
		a := py.ParseArgs("join", args[1:], kw, []string{"timeout"}, 0)
		s := st(self)
		if !s.started {
			panic(py.NewError(py.RuntimeErrorType, "cannot join thread before it is started"))
		}
		if self == CurrentThread() {
			panic(py.NewError(py.RuntimeErrorType, "cannot join current thread"))
		}
		if s.done != nil && self != mainObj {
			waitChan(s.done, a[0])
		}
		return py.None
	})
	def(ThreadType, "is_alive", func(args []py.Object, kw []string) py.Object {
		s := st(args[0])
		return py.NewBool(s.started && !s.finished)
	})
	def(ThreadType, "getName", func(args []py.Object, kw []string) py.Object { return py.GetAttr(args[0], "name") })
	def(ThreadType, "setName", func(args []py.Object, kw []string) py.Object {
		py.SetAttr(args[0], "name", args[1])
		return py.None
	})
	def(ThreadType, "isDaemon", func(args []py.Object, kw []string) py.Object { return py.GetAttr(args[0], "daemon") })
	def(ThreadType, "setDaemon", func(args []py.Object, kw []string) py.Object {
		py.SetAttr(args[0], "daemon", args[1])
		return py.None
	})
	def(ThreadType, "__repr__", func(args []py.Object, kw []string) py.Object {
		self := args[0]
		s := st(self)
		status := "initial"
		if s.started {
			status = "started"
		}
		if s.finished {
			status = "stopped"
		}
		if py.Truth(py.GetAttr(self, "daemon")) {
			status += " daemon"
		}
		if s.ident != py.None {
			status += " " + py.Repr(s.ident)
		}
		return py.Str(fmt.Sprintf("<%s(%s, %s)>", self.Type().Name, py.StrOf(py.GetAttr(self, "name")), status))
	})
	prop := func(name string, get func(self py.Object) py.Object, set func(self, v py.Object)) {
		p := &py.Property{Get: py.NewBuiltin(name, func(args []py.Object, kw []string) py.Object { return get(args[0]) })}
		if set != nil {
			p.Set = py.NewBuiltin(name, func(args []py.Object, kw []string) py.Object { set(args[0], args[1]); return py.None })
		}
		ThreadType.Dict.SetStr(name, p)
	}
	prop("name", func(self py.Object) py.Object { return py.GetAttr(self, "_name") },
		func(self, v py.Object) { py.SetAttr(self, "_name", py.Str(py.StrOf(v))) })
	prop("ident", func(self py.Object) py.Object { return st(self).ident }, nil)
	prop("native_id", func(self py.Object) py.Object {
		s := st(self)
		if s.ident == py.None {
			return py.None
		}
		return py.Int(os.Getpid() + int(py.Index(s.ident)-int(py.MainThread.Ident))/4096)
	}, nil)
	prop("daemon", func(self py.Object) py.Object { return py.GetAttr(self, "_daemonic") },
		func(self, v py.Object) {
			if st(self).started {
				panic(py.NewError(py.RuntimeErrorType, "cannot set daemon status of active thread"))
			}
			py.SetAttr(self, "_daemonic", py.NewBool(py.Truth(v)))
		})

	py.RegisterModule("threading", func(m *py.Module) {
		m.Set("Thread", ThreadType)
		m.Set("Lock", LockType)
		m.Set("RLock", RLockType)
		m.Set("Event", EventType)
		m.Set("Condition", ConditionType)
		m.Set("Semaphore", SemaphoreType)
		m.Set("BoundedSemaphore", BoundedSemaphoreType)
		m.Set("local", LocalType)
		m.Set("TIMEOUT_MAX", py.Float(9223372036.0))
		m.AddFunc("current_thread", func(args []py.Object, kw []string) py.Object { return CurrentThread() })
		m.AddFunc("currentThread", func(args []py.Object, kw []string) py.Object { return CurrentThread() })
		m.AddFunc("main_thread", func(args []py.Object, kw []string) py.Object { return mainThread() })
		m.AddFunc("get_ident", func(args []py.Object, kw []string) py.Object { return py.Int(py.Current().Ident) })
		m.AddFunc("get_native_id", func(args []py.Object, kw []string) py.Object {
			return py.GetAttr(CurrentThread(), "native_id")
		})
		m.AddFunc("active_count", func(args []py.Object, kw []string) py.Object { return py.Int(len(liveThreads())) })
		m.AddFunc("enumerate", func(args []py.Object, kw []string) py.Object { return py.NewList(liveThreads()...) })
		m.Set("excepthook", defaultExcepthook)
		m.Set("__excepthook__", defaultExcepthook)
		m.Set("ThreadError", py.RuntimeErrorType)
		m.AddFunc("activeCount", func(args []py.Object, kw []string) py.Object {
			py.CallMethod(py.Import("warnings"), "warn", py.Str("activeCount() is deprecated, use active_count() instead"),
				py.DeprecationWarningType, py.Int(2))
			return py.Int(len(liveThreads()))
		})
		// Tracing and profiling hooks cannot be honoured by compiled code;
		// settrace/setprofile accept a function, and these report none set.
		m.AddFunc("gettrace", func(args []py.Object, kw []string) py.Object { return py.None })
		m.AddFunc("getprofile", func(args []py.Object, kw []string) py.Object { return py.None })
		// Goroutine stacks grow on demand: no size to set, 0 is "default".
		m.AddFunc("stack_size", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("stack_size", args, kw, []string{"size"}, 0)
			if a[0] != nil {
				if n := py.Index(a[0]); n != 0 && n < 32768 {
					panic(py.NewError(py.ValueErrorType, "size not valid: "+fmt.Sprint(n)+" bytes"))
				}
			}
			return py.Int(0)
		})
		// _dangling: CPython's WeakSet of the Thread objects not yet
		// collected, which test.support compares before and after a test;
		// here the threads made and not finished, a new set at each read.
		m.Getattr = func(name string) (py.Object, bool) {
			if name != "_dangling" {
				return nil, false
			}
			s := py.NewSet()
			for o, st := range states {
				if o != mainObj && !st.finished && o.Type() != dummyThreadType {
					s.Add(o)
				}
			}
			return s, true
		}
		m.AddFunc("settrace", func(args []py.Object, kw []string) py.Object { return py.None })
		m.AddFunc("setprofile", func(args []py.Object, kw []string) py.Object { return py.None })
		// Timer is Python, from the tool's runtime/python/_threading_timer.py
		// (which every program importing threading links), on the classes
		// above.
		if py.Translated("_threading_timer") {
			helpers := py.Import("_threading_timer")
			for _, n := range []string{"Timer", "Barrier", "BrokenBarrierError", "ExceptHookArgs", "WeakSet"} {
				m.Set(n, py.GetAttr(helpers, n))
			}
		}
	})
}

func liveThreads() []py.Object {
	out := []py.Object{mainThread()}
	for o, s := range states {
		if o != mainObj && s.started && !s.finished && o.Type() != dummyThreadType {
			out = append(out, o)
		}
	}
	return out
}

var _ sync.Mutex

// initVars1 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars1() {
	ThreadType = py.NewClass("Thread", "Thread", "threading", nil, py.NewDict())
	states = map[py.Object]*state{}
	byPy = map[*py.Thread]py.Object{}
	dummyThreadType = py.NewClass("_DummyThread", "_DummyThread", "threading", []py.Object{ThreadType}, py.NewDict())
	mainThreadType = py.NewClass("_MainThread", "_MainThread", "threading", []py.Object{ThreadType}, py.NewDict())
	defaultExcepthook = py.NewBuiltin("excepthook", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("excepthook", args, kw, []string{"args"}, 1)
		items := py.AppendStar(nil, a[0])
		if len(items) != 4 {
			panic(py.NewError(py.TypeErrorType, "_thread._ExceptHookArgs expected"))
		}
		if e, ok := items[1].(*py.BaseException); ok {
			if e.Type().IsSubtype(py.SystemExitType) {
				return py.None
			}
			printDefault(items[3], e)
		}
		return py.None
	})
}
