package py

import (
	"iter"
	"runtime"
)

// coStack is an execution stack that can suspend in the middle of Go calls:
// the body of a generator, a coroutine driven by send(), or an async
// generator. It runs as a runtime coroutine (iter.Pull), so switching to it
// and back costs tens of nanoseconds and no scheduler round trip.
//
// A coroutine awaited with `await coro()` does not get a stack of its own:
// its body runs as a plain call on the awaiter's stack, as CPython's
// `yield from` behaves; suspending anywhere inside yields from the innermost
// stack (Thread.stack).
type coStack struct {
	next func() (Object, bool)
	stop func()
	// yield is iter.Pull's yield for the running body.
	yield func(Object) bool
	// What the resumer passes in: a value to send or an exception to throw.
	sendVal  Object
	throwExc *BaseException
	result   Object
	started  bool
	finished bool
	running  bool
	// handling is the thread's handled exception while the body is
	// suspended, restored on resumption (CPython's gi_exc_state).
	handling *BaseException
	// base is depthLeft as the body was last resumed, inside its frame;
	// the levels taken below it survive a suspension (see suspend).
	base int
}

func newStack(body func() Object) *coStack {
	s := &coStack{}
	s.next, s.stop = iter.Pull(func(yield func(Object) bool) {
		s.yield = yield
		s.result = body()
	})
	return s
}

// resume runs the stack until it suspends (returning the yielded value) or
// finishes (done, with its return value in s.result). An exception out of
// the body propagates as a panic.
func (s *coStack) resume(send Object, throw *BaseException) (yielded Object, done bool) {
	t := current
	prevStack, prevHandling := t.stack, t.handling
	t.stack, t.handling = s, s.handling
	s.sendVal, s.throwExc = send, throw
	s.started, s.running = true, true
	depth := SaveDepth()
	defer func() {
		RestoreDepth(depth)
		s.running = false
		t := current
		s.handling = t.handling
		t.stack, t.handling = prevStack, prevHandling
	}()
	// The body is a Python frame, entered anew at each resumption.
	enterFrame()
	s.base = depthLeft
	v, ok := s.next()
	if !ok {
		s.finished = true
		return nil, true
	}
	return v, false
}

// suspend hands v to whoever resumed this stack and waits to be resumed;
// it returns what the resumer sent or wants thrown.
func (s *coStack) suspend(v Object) (Object, *BaseException) {
	// The frames inside the stack stay entered across the suspension, on
	// top of whatever depth the next resumer runs at.
	inside := s.base - depthLeft
	defer func() { depthLeft = s.base - inside }()
	for {
		if !s.yield(v) {
			// The puller was stopped: unwind without running more Python code.
			panic(errStackAbandoned)
		}
		send, throw := s.sendVal, s.throwExc
		s.sendVal, s.throwExc = nil, nil
		if send == stackProbe && throw == nil {
			pcs := make([]uintptr, 128)
			probedPCs = pcs[:runtime.Callers(2, pcs)]
			continue
		}
		return send, throw
	}
}

// Where a suspended stackful coroutine stands (for a Task's repr and
// get_stack) is found lazily: ProbeStack resumes it with stackProbe, and
// the suspension point records its Go stack and suspends again with the
// same value. Capturing the stack at every suspension instead would cost
// microseconds per await.
var (
	stackProbe Object = &coSuspendMarker{}
	probedPCs  []uintptr
)

// ProbeStack returns the Go call stack of a suspended stackful coroutine
// (nil for others).
func (c *Coroutine) ProbeStack() []uintptr {
	if c.sm != nil || c.stack == nil || c.state != coSuspended || c.stack.running {
		return nil
	}
	probedPCs = nil
	c.stack.resume(stackProbe, nil)
	pcs := probedPCs
	probedPCs = nil
	return pcs
}

var errStackAbandoned = NewError(GeneratorExitType, "")

// Suspend yields v (a Future, for asyncio) from the innermost running stack
// and returns what it is resumed with. It is how an awaitable implemented in
// Go (asyncio.Future) waits: a send value, or an exception to raise.
func Suspend(v Object) (Object, *BaseException) {
	s := current.stack
	if s == nil {
		panic(NewError(RuntimeErrorType, "await outside of a coroutine stack"))
	}
	return s.suspend(v)
}

// DirectAwaitable is implemented by awaitables written in Go (Futures,
// Tasks): Await calls AwaitDirect on the awaiting stack, which may Suspend.
type DirectAwaitable interface {
	Object
	AwaitDirect() Object
}

// Iterable protocol for resumable objects: generators, coroutines and
// __await__ iterators driven by `yield from` or a Task.
type resumer interface {
	// resumeWith sends v or throws e into the object; it returns the value
	// yielded, or done=true with the return value. Exceptions propagate as
	// panics (StopIteration never escapes: it becomes done).
	resumeWith(v Object, e *BaseException) (yielded Object, done bool, result Object)
}

// Resume drives a coroutine or generator one step, as Task.__step does:
// it sends v (or throws e when non-nil) and reports the yielded value, or
// done with the return value, or the exception the body raised.
func Resume(o Object, v Object, e *BaseException) (yielded Object, done bool, result Object, exc *BaseException) {
	depth := SaveDepth()
	// A compiled coroutine that can be resumed (resumeWith's checks pass)
	// is resumed here directly: this function's recover also does
	// coroutineStopCheck's work, one deferred call instead of two.
	c, direct := o.(*Coroutine)
	direct = direct && c.sm != nil && (c.state == coCreated || c.state == coSuspended)
	// The thread's handled exception as the body found it (resumeSMOpen).
	var outer *BaseException
	defer func() {
		if r := recover(); r != nil {
			RestoreDepth(depth)
			if direct {
				// resumeSM's deferred work (when the body ran: not for
				// the checks before it), then PEP 479.
				if c.state == coRunning {
					c.smFailed(outer)
				}
				r = stopIterationRaised(r, resumeFunc, "coroutine")
			}
			exc = Recovered(r)
			// Caught by a Task's step, which in CPython has no frame: the
			// traceback starts at the coroutine.
			exc.MarkCaughtIn(resumeFunc)
		}
	}()
	if direct {
		outer = current.handling
		yielded, done, result = c.resumeSMOpen(v, e)
		return
	}
	yielded, done, result = resumeObject(o, v, e)
	return
}

const resumeFunc = "github.com/py2goasync/py2goasync/runtime/py.Resume"

func resumeObject(o Object, v Object, e *BaseException) (Object, bool, Object) {
	if c, ok := o.(*Coroutine); ok {
		return c.resumeWith(v, e)
	}
	if r, ok := o.(resumer); ok {
		return r.resumeWith(v, e)
	}
	// A Python-level iterator: call send()/throw()/__next__.
	var out Object
	stopped, result := catchStopIteration(func() {
		switch {
		case e != nil:
			out = CallMethod(o, "throw", e)
		case v == nil || v == None:
			out = CallMethod(o, "__next__")
		default:
			out = CallMethod(o, "send", v)
		}
	})
	if stopped {
		return nil, true, result
	}
	return out, false, nil
}

// catchStopIteration runs f and reports whether it raised StopIteration,
// with its value.
func catchStopIteration(f func()) (stopped bool, value Object) {
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*BaseException); ok && e.cls.IsSubtype(StopIterationType) {
				RestoreDepth(depth)
				stopped, value = true, StopIterationValue(e)
				return
			}
			panic(r)
		}
	}()
	f()
	return false, nil
}

// StopIterationValue is e.value for a StopIteration.
func StopIterationValue(e *BaseException) Object {
	if v, ok := e.Dict.GetStr("value"); ok {
		return v
	}
	if len(e.Args.Items) > 0 {
		return e.Args.Items[0]
	}
	return None
}

// yieldFrom delegates to a resumable object until it finishes, passing
// values and exceptions through the current stack: `yield from it`.
func yieldFrom(it Object) Object {
	var send Object = None
	var throw *BaseException
	for {
		var (
			v, res Object
			done   bool
		)
		if throw != nil {
			v, done, res = throwInto(it, send, throw, current.handling)
		} else {
			v, done, res = resumeObject(it, send, throw)
		}
		if done {
			return res
		}
		s := current.stack
		if s == nil {
			panic(NewError(RuntimeErrorType, "await outside of a coroutine stack"))
		}
		send, throw = s.suspend(v)
		if throw != nil && throw.cls.IsSubtype(GeneratorExitType) {
			if _, ok := it.(resumer); ok {
				closeObject(it)
			}
			panic(throw)
		}
	}
}

// throwInto throws e into what a `yield from` or await delegates to: an
// exception coming out of it is raised in the delegating generator, chained
// to what that generator handles (_gen_throw's gen_send_ex(gen, 1)).
func throwInto(it, send Object, e, own *BaseException) (v Object, done bool, res Object) {
	if own == nil {
		return resumeObject(it, send, e)
	}
	defer func() {
		if r := recover(); r != nil {
			if x, ok := r.(*BaseException); ok {
				chainContext(x, own)
			}
			panic(r)
		}
	}()
	return resumeObject(it, send, e)
}

func closeObject(o Object) {
	switch c := o.(type) {
	case *Coroutine:
		c.Close()
	case *Generator:
		c.Close()
	case *awaitedIter:
		closeObject(c.it)
	default:
		if m := LookupAttr(o, "close"); m != nil {
			Call(m)
		}
	}
}
