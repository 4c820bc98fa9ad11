package asyncio

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The event loop policy object (get_event_loop_policy) and Unix signal
// handlers on the loop (add_signal_handler / remove_signal_handler).

// policy is DefaultEventLoopPolicy (_UnixDefaultEventLoopPolicy). The
// default policy (get_event_loop_policy() until another is set) keeps
// its loops in the runtime's per-thread table; any other instance (a
// program's DefaultEventLoopPolicy() or subclass) keeps them in its own
// _local, through BaseDefaultEventLoopPolicy's methods, as in CPython.
type policy struct {
	cls  *py.Type
	dict *py.Dict
}

var policyType *py.Type

func policyAlloc(t *py.Type) py.Object {
	return &policy{cls: t, dict: py.NewDict()}
}

var thePolicy *policy

func (p *policy) InstanceDict() *py.Dict { return p.dict }

// baseDefaultPolicyCall calls BaseDefaultEventLoopPolicy's method name
// (a[0] is self).
func baseDefaultPolicyCall(name string, a []py.Object, kw []string) py.Object {
	m, _ := baseDefaultPolicyType.Dict.GetStr(name)
	return py.CallKw(m, a, kw)
}

// customPolicy is the policy set_event_loop_policy installed (a Python
// object), nil for the default one: get_event_loop, set_event_loop and
// new_event_loop go through it as CPython's module functions do.
var customPolicy py.Object

// policyMade: a policy exists (events._event_loop_policy is not None), as
// after CPython's first get_event_loop_policy() or a set_event_loop_policy.
var policyMade bool

func currentPolicy() py.Object {
	if customPolicy != nil {
		return customPolicy
	}
	return thePolicy
}

func policyNewEventLoop() py.Object {
	if customPolicy != nil {
		return py.CallMethod(customPolicy, "new_event_loop")
	}
	return newEventLoop()
}

func policySetEventLoop(l py.Object) {
	if customPolicy != nil {
		if l == nil {
			l = py.None
		}
		py.CallMethod(customPolicy, "set_event_loop", l)
		return
	}
	setEventLoop(l)
}

func (p *policy) Type() *py.Type {
	if p.cls != nil {
		return p.cls
	}
	return policyType
}

func setupPolicy() {
	t := policyType
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		if a[0] == thePolicy {
			parse("DefaultEventLoopPolicy", a[1:], kw, nil, 0)
			return py.None
		}
		return baseDefaultPolicyCall("__init__", a, kw)
	})
	def(t, "get_event_loop", func(a []py.Object, kw []string) py.Object {
		if a[0] != thePolicy {
			return baseDefaultPolicyCall("get_event_loop", a, kw)
		}
		return defaultGetEventLoop()
	})
	def(t, "set_event_loop", func(a []py.Object, kw []string) py.Object {
		if a[0] != thePolicy {
			return baseDefaultPolicyCall("set_event_loop", a, kw)
		}
		p := parse("set_event_loop", a[1:], kw, []string{"loop"}, 1)
		setEventLoop(p[0])
		return py.None
	})
	def(t, "new_event_loop", func(a []py.Object, kw []string) py.Object {
		if a[0] != thePolicy {
			return baseDefaultPolicyCall("new_event_loop", a, kw)
		}
		return newEventLoop()
	})
	def(t, "get_child_watcher", func(a []py.Object, kw []string) py.Object { return getChildWatcher(nil, nil) })
	def(t, "set_child_watcher", func(a []py.Object, kw []string) py.Object {
		p := parse("set_child_watcher", a[1:], kw, []string{"watcher"}, 1)
		setChildWatcher(p[0])
		return py.None
	})

	l := LoopType
	// SelectorEventLoop(selector=None): the runtime's loop waits through
	// Go's netpoller whatever selector it is given.
	LoopType.SetAllocator(func(t *py.Type) py.Object {
		lp := NewLoop()
		if t != LoopType {
			lp.more().cls = t
		}
		return lp
	})
	// BaseEventLoop's _default_executor (read by test helpers that shut
	// it down before closing a loop).
	l.Dict.SetStr("_default_executor", &py.Property{Get: py.NewBuiltin("_default_executor", func(a []py.Object, kw []string) py.Object {
		if ex := selfLoop(a[0]).rare().defaultExecutor; ex != nil {
			return ex
		}
		return py.None
	})})
	def(l, "__init__", func(a []py.Object, kw []string) py.Object {
		parse("SelectorEventLoop", a[1:], kw, []string{"selector"}, 0)
		return py.None
	})
	def(l, "add_signal_handler", func(a []py.Object, kw []string) py.Object {
		if len(a) < 3 {
			typeError("add_signal_handler() missing required arguments")
		}
		lp := selfLoop(a[0])
		if IsCoroutine(a[2]) || isCoroutineFunction(a[2]) {
			typeError("coroutines cannot be used with add_signal_handler()")
		}
		sig := checkSignal(a[1])
		lp.checkClosed()
		if sig == int(syscall.SIGKILL) || sig == int(syscall.SIGSTOP) {
			panic(py.NewException(py.RuntimeErrorType, py.Str("sig "+py.StrOf(a[1])+" cannot be caught")))
		}
		lp.removeSignalHandler(sig)
		h := &Handle{loop: lp, cb: a[2], args: append([]py.Object(nil), a[3:]...), ctx: py.Current().Context.Copy()}
		deliver := func() {
			lp.PostThreadsafe(func() {
				if !h.cancelled {
					lp.ready.push(&Handle{loop: lp, cb: h.cb, args: h.args, ctx: h.ctx})
				}
			})
		}
		var release func()
		if py.ClaimSignal != nil {
			release = py.ClaimSignal(sig, deliver)
		} else {
			release = watchSignal(sig, deliver)
		}
		r := lp.more()
		if r.signalHandlers == nil {
			r.signalHandlers = map[int]func(){}
		}
		r.signalHandlers[sig] = func() {
			release()
			h.cancelled = true
		}
		return py.None
	})
	def(l, "remove_signal_handler", func(a []py.Object, kw []string) py.Object {
		p := parse("remove_signal_handler", a[1:], kw, []string{"sig"}, 1)
		return py.NewBool(selfLoop(a[0]).removeSignalHandler(checkSignal(p[0])))
	})
}

// checkSignal is unix_events' _check_signal: sig must be an int naming a
// signal of signal.valid_signals() (Linux's 1-64 but the two the C
// library keeps for its threads).
func checkSignal(o py.Object) int {
	// (Without the host's enum module, the runtime's IntEnum members,
	// signal.Signals among them, are not int instances: their __index__
	// is taken.)
	if !py.IsInstance(o, py.IntType) && (py.Translated("enum") || py.LookupSpecial(o, "__index__") == nil) {
		typeError("sig must be an int, not %s", py.Repr(o))
	}
	// (A big int is no signal; Index would raise for it.)
	_, big := py.UnwrapValue(o).(*py.BigInt)
	if big {
		valueError("invalid signal number %s", py.StrOf(o))
	}
	sig := py.Index(o)
	if sig < 1 || sig > 64 || sig == 32 || sig == 33 {
		valueError("invalid signal number %s", py.StrOf(o))
	}
	return sig
}

// watchSignal runs deliver for each arrival of sig until release is called,
// for programs without the signal module (which otherwise receives it:
// ClaimSignal).
func watchSignal(sig int, deliver func()) (release func()) {
	ch := make(chan os.Signal, 1)
	stop := make(chan struct{})
	done := make(chan struct{})
	signal.Notify(ch, syscall.Signal(sig))
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-ch:
				deliver()
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(stop)
		<-done
	}
}

func (l *Loop) removeSignalHandler(sig int) bool {
	stop, ok := l.rare().signalHandlers[sig]
	if !ok {
		return false
	}
	delete(l.rare_.signalHandlers, sig)
	stop()
	return true
}

func (l *Loop) removeAllSignalHandlers() {
	for sig := range l.rare().signalHandlers {
		l.removeSignalHandler(sig)
	}
}
