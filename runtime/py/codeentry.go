package py

import (
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Which Go function runs which Python code. A traceback names a Go frame
// by its Python line, but one line can hold several scopes (a function's
// `return [f(x) for x in xs]` holds a <listcomp>): the Go function that
// runs a code's body, noted here when the runtime is handed it, names the
// frame exactly.

// codeBodies maps the entry PC of a Go function running a code's body to
// the code.
var codeBodies sync.Map // uintptr -> *Code

// codeBodyNames maps the name of a Go function running a code's body to
// the code, for frames of functions inlined into their caller (a Go frame
// of an inlined call has the entry PC of the function it was inlined into).
var codeBodyNames sync.Map // string -> *Code

// noteBody records that the Go function fn runs c's body. It is called on
// every function, generator and coroutine creation, so the common case (the
// body seen last time) is one atomic load. A new body is only queued: the
// tables above are filled when a traceback first looks a frame up
// (flushBodies), which keeps runtime.FuncForPC and the sync.Map stores off
// the path of a module's import (its def statements).
func (c *Code) noteBody(fn any) {
	if c == nil || fn == nil {
		return
	}
	pc := funcPC(fn)
	if atomic.LoadUint64(&c.bodyPC) == uint64(pc) {
		return
	}
	atomic.StoreUint64(&c.bodyPC, uint64(pc))
	pendingBodiesMu.Lock()
	pendingBodies = append(pendingBodies, bodyNote{pc, c})
	n := len(pendingBodies)
	pendingBodiesMu.Unlock()
	if n >= maxPendingBodies {
		// A code whose body alternates between Go functions would
		// otherwise queue without bound.
		flushBodies()
	}
}

const maxPendingBodies = 1 << 14

// funcPC is the entry PC of the Go func value fn holds, what
// reflect.Value.Pointer gives, without reflect's checks: a func value is
// a pointer to a closure record whose first word is the code pointer
// (nested defs note their body at every creation).
func funcPC(fn any) uintptr {
	if reflect.TypeOf(fn).Kind() != reflect.Func {
		return reflect.ValueOf(fn).Pointer()
	}
	rec := (*[2]unsafe.Pointer)(unsafe.Pointer(&fn))[1]
	if rec == nil {
		return 0
	}
	return *(*uintptr)(rec)
}

// bodyNote is a body noted but not yet entered in the tables.
type bodyNote struct {
	pc uintptr
	c  *Code
}

var (
	pendingBodiesMu sync.Mutex
	pendingBodies   []bodyNote
)

// flushBodies enters the noted bodies in the tables, in the order they
// were noted (a later note of the same Go function wins, as it did when
// entered at once).
func flushBodies() {
	pendingBodiesMu.Lock()
	notes := pendingBodies
	pendingBodies = nil
	pendingBodiesMu.Unlock()
	for _, n := range notes {
		codeBodies.Store(n.pc, n.c)
		if f := runtime.FuncForPC(n.pc); f != nil {
			codeBodyNames.Store(f.Name(), n.c)
		}
	}
}

// codeOfEntry is the code whose body the Go function entered at pc runs.
func codeOfEntry(pc uintptr) *Code {
	flushBodies()
	if c, ok := codeBodies.Load(pc); ok {
		return c.(*Code)
	}
	return nil
}

// codeOfFrame is the code whose body the Go frame f runs, nil if none.
func codeOfFrame(f *runtime.Frame) *Code {
	if f.Func != nil {
		return codeOfEntry(f.Entry)
	}
	// Inlined: f.Entry is the entry of the function it was inlined into.
	flushBodies()
	if c, ok := codeBodyNames.Load(f.Function); ok {
		return c.(*Code)
	}
	return nil
}

// RunComprehension runs a list, set or dict comprehension's function on
// its first iterable. The comprehension is a frame of its own in CPython
// 3.11; this call between it and the enclosing function's Go frame keeps
// the two apart in tracebacks.
//
//go:noinline
func RunComprehension(body func(Object) Object, it Object) Object { return body(it) }

// RunComprehensionItems is RunComprehension for a list comprehension
// giving its items as a slice: a list nobody could see (the star argument
// of a call) is not made.
//
//go:noinline
func RunComprehensionItems(body func(Object) []Object, it Object) []Object { return body(it) }
