package py

import (
	"runtime"
	"sync"
	"time"
)

// Thread is the interpreter state of one Python thread: the main thread,
// or a worker started by threading/to_thread/an executor.
//
// Only the goroutine holding the GIL runs Python code; it finds its state
// through Current(). Goroutines switch state only when they take the GIL,
// so a plain global is enough, as in CPython.
type Thread struct {
	// handling is the exception an except clause is handling right now
	// (sys.exc_info()), the implicit __context__ of a new raise.
	handling *BaseException
	// stack is the innermost generator/coroutine stack being run, the one
	// a suspension yields from; nil at a thread's base.
	stack *coStack
	// Context is the contextvars context Python code sees right now.
	Context *Context
	// Locals holds per-thread values of runtime packages, keyed by a
	// package-private key.
	Locals map[any]any
	// RunningLoop is the thread's running event loop (asyncio's, nil for
	// none): a field rather than a Locals entry, since every run of a loop
	// sets and restores it.
	RunningLoop any
	// The thread's async generator hooks (sys.set_asyncgen_hooks, an
	// event loop's while it runs).
	asyncGenFirstIter, asyncGenFinalizer func(g *AsyncGenerator)
	// Ident is threading.get_ident().
	Ident int64
	Name  string
}

var (
	gil       sync.Mutex
	current   *Thread
	nextIdent int64 = 140000000000000
)

// MainThread is the thread that runs the module body.
var MainThread = newThread("MainThread")

func newThread(name string) *Thread {
	nextIdent += 4096
	return &Thread{Ident: nextIdent, Name: name, Locals: map[any]any{}, Context: NewContext()}
}

// Current returns the running thread's state. The caller holds the GIL.
func Current() *Thread { return current }

// ThreadLocal returns the running thread's value for key, or nil.
func ThreadLocal(key any) any { return current.Locals[key] }

// SetThreadLocal sets the running thread's value for key.
func SetThreadLocal(key, v any) { current.Locals[key] = v }

// acquireMain takes the GIL for the main thread at program start.
func acquireMain() {
	gil.Lock()
	current = MainThread
}

// WithoutGIL runs f with the GIL released, for blocking work (sleeping,
// waiting for I/O or for another thread). f must not touch Python objects.
func WithoutGIL(f func()) {
	t := current
	depth := recursionLimit - depthLeft
	gil.Unlock()
	defer func() {
		acquireGIL()
		current = t
		depthLeft = recursionLimit - depth
	}()
	f()
}

// StartThread runs f on a new goroutine as a new Python thread that holds
// the GIL while it runs Python code. The caller holds the GIL; the new
// thread starts once the caller releases it.
func StartThread(name string, ctx *Context, f func()) *Thread {
	t := newThread(name)
	if ctx != nil {
		t.Context = ctx
	}
	go func() {
		acquireGIL()
		current = t
		depthLeft = recursionLimit
		defer gil.Unlock()
		f()
	}()
	return t
}

// Handling returns the exception being handled, or nil.
func (t *Thread) Handling() *BaseException { return t.handling }

// EnterHandler marks e as being handled (entering an except clause) and
// returns the previous state for ExitHandler.
func EnterHandler(e *BaseException) *BaseException {
	t := current
	prev := t.handling
	t.handling = e
	return prev
}

// ExitHandler restores the handled exception saved by EnterHandler.
func ExitHandler(prev *BaseException) { current.handling = prev }

// switchInterval is how long a thread waits for the GIL before asking the
// holder to let go (CPython's sys.getswitchinterval()).
const switchInterval = 5 * time.Millisecond

// A thread that has waited switchInterval for the GIL sets breakGILDrop
// in evalBreaker (signals.go); the holder gives the GIL up at its next
// Checkpoint.

// acquireGIL takes the GIL; a waiter that is kept out for switchInterval
// asks the holder to drop it, so a CPU-bound thread cannot starve the
// others (the event loop among them).
func acquireGIL() {
	if gil.TryLock() {
		return
	}
	timer := time.AfterFunc(switchInterval, func() { evalBreaker.Or(breakGILDrop) })
	gil.Lock()
	timer.Stop()
}

// Checkpoint lets another thread run if one has been waiting for the GIL
// long enough, and runs the Python handlers of signals that arrived (in
// the main thread). Generated code calls it on loop back-edges; iteration
// calls it too. One atomic load when there is nothing to do.
func Checkpoint() {
	if evalBreaker.Load() != 0 {
		checkpointSlow()
	}
}

func dropGIL() {
	evalBreaker.And(^breakGILDrop)
	t := current
	depth := recursionLimit - depthLeft
	gil.Unlock()
	// The waiter has been blocked for a while, so the mutex is in
	// starvation mode and hands the lock straight to it.
	runtime.Gosched()
	acquireGIL()
	current = t
	depthLeft = recursionLimit - depth
}
