package py

import "sync"

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
	// Locals holds per-thread values of runtime packages (e.g. the running
	// event loop), keyed by a package-private key.
	Locals map[any]any
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
	gil.Unlock()
	defer func() {
		gil.Lock()
		current = t
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
		gil.Lock()
		current = t
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
