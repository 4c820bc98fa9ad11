package py

import (
	"fmt"
	"math"
)

// Recursion depth, as CPython 3.11 counts it (tstate->recursion_remaining):
// every Python frame entered (a function call, a generator or coroutine
// resumption) and the C-level recursion points CPython guards (repr, str
// and comparison of objects, calls of objects without a fast call path)
// take one unit; going past sys.getrecursionlimit() raises RecursionError.
//
// Go's own stack overflow is fatal (never a panic), so this counter is what
// keeps deep recursion catchable: with the default limit of 1000 the Go
// stack stays a few megabytes deep, far below Go's 1 GB maximum.
//
// depthLeft belongs to the thread holding the GIL; a thread letting the GIL
// go saves its depth (thread.go). It is a package variable rather than a
// Thread field so that a call costs a decrement and an increment of one
// memory word.
//
// Exceptions unwind as Go panics, which skip the increments after the
// calls they leave: every place that recovers an exception and carries on
// restores the depth it saved (py.Try, a coroutine's handlers, Resume, the
// iteration helpers that swallow StopIteration, ...).
var (
	recursionLimit = 1000
	// The main thread starts inside its module's frame.
	depthLeft = 1000 - 1
)

// enterFrame takes one level for a Python frame, raising RecursionError
// past the limit. Small enough to be inlined at the call entry points.
func enterFrame() {
	// Compare, then decrement: two instructions on memory. The panic is
	// spelled here rather than in recursionError so that the compiler
	// sees a path that never returns (no registers saved for it).
	if depthLeft <= 0 {
		panic(recursionError(""))
	}
	depthLeft--
}

// EnterFrame takes one level for a Python frame that generated code runs
// itself: a list, set or dict comprehension, a function of its own in
// CPython 3.11. LeaveFrame gives it back when the comprehension finishes.
func EnterFrame() {
	if depthLeft <= 0 {
		panic(recursionError(""))
	}
	depthLeft--
}

// LeaveFrame gives back the level EnterFrame took.
func LeaveFrame() { depthLeft++ }

// EnterRecursiveCall is Py_EnterRecursiveCall for Go code that recurses
// through objects (a container's repr, an encoder walking nested lists):
// it takes one level and raises "maximum recursion depth exceeded" + where
// past the limit. Pair it with LeaveRecursiveCall on the normal path (an
// exception needs no leave: whoever catches it restores the depth).
func EnterRecursiveCall(where string) {
	if depthLeft <= 0 {
		panic(recursionError(where))
	}
	depthLeft--
}

// LeaveRecursiveCall gives back the level EnterRecursiveCall took.
func LeaveRecursiveCall() { depthLeft++ }

// recursionError makes the RecursionError to raise, its traceback
// recorded.
//
//go:noinline
func recursionError(where string) *BaseException {
	e := NewError(RecursionErrorType, "maximum recursion depth exceeded"+where)
	// Raised inside an except clause, it chains to what is handled.
	if t := current; t != nil && t.handling != nil {
		e.Context = t.handling
	}
	e.recordRaise(2)
	return e
}

// EnterFrames takes n levels for Go code standing for n Python frames of
// CPython's (the event loop: asyncio.run, run_until_complete,
// run_forever, _run_once, Handle._run), so that the depth a coroutine
// reaches matches CPython's. It returns the depth to restore when that
// code returns: defer py.RestoreDepth(py.EnterFrames(n)).
func EnterFrames(n int) int {
	d := SaveDepth()
	if depthLeft < n {
		framesExhausted()
	}
	depthLeft -= n
	return d
}

// framesExhausted is EnterFrames' RecursionError, out of line so that
// EnterFrames inlines into the event loop's step of each callback.
//
//go:noinline
func framesExhausted() {
	depthLeft = 0
	panic(recursionError(""))
}

// RecursionDepth is the running thread's current depth.
func RecursionDepth() int { return recursionLimit - depthLeft }

// SaveDepth returns the running thread's depth, for RestoreDepth after Go
// code recovered an exception raised below it. The depth is counted from
// the bottom, not as the levels left: sys.setrecursionlimit between the
// save and the restore (a context manager lowering the limit, a generator
// resumed under one limit and finishing under another) changes the levels
// left, never the depth.
func SaveDepth() int { return recursionLimit - depthLeft }

// RestoreDepth sets the depth SaveDepth returned, giving back the levels
// an exception's unwinding left taken.
func RestoreDepth(d int) { depthLeft = recursionLimit - d }

// IndexCInt is o.__index__() as a C int (_PyLong_AsInt): OverflowError
// outside its range.
func IndexCInt(o Object) int {
	var v int
	if _, big := UnwrapValue(o).(*BigInt); !big {
		v = Index(o)
	}
	if _, big := UnwrapValue(o).(*BigInt); big || v > math.MaxInt32 || v < math.MinInt32 {
		panic(NewError(OverflowErrorType, "Python int too large to convert to C int"))
	}
	return v
}

// RecursionLimit is sys.getrecursionlimit().
func RecursionLimit() int { return recursionLimit }

// SetRecursionLimit is sys.setrecursionlimit(limit).
func SetRecursionLimit(limit Object) {
	v := IndexCInt(limit)
	if v < 1 {
		panic(NewError(ValueErrorType, "recursion limit must be greater or equal than 1"))
	}
	// CPython counts the call of setrecursionlimit itself.
	if depth := recursionLimit - depthLeft + 1; depth >= v {
		panic(NewError(RecursionErrorType, fmt.Sprintf("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", v, depth)))
	}
	depthLeft += v - recursionLimit
	recursionLimit = v
}

// Catch runs f and returns the Python exception it raised, or nil. Go code
// that catches an exception and carries on must use it (or save and
// restore the depth itself): the frames the exception unwound gave back
// none of the levels they took, and forgetting them leaks depth until a
// loop of such catches raises a false RecursionError.
func Catch(f func()) (exc *BaseException) {
	d := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			RestoreDepth(d)
			exc = Recovered(r)
		}
	}()
	f()
	return nil
}

// CatchMatching is Catch for one kind of exception: it returns the
// exception f raised if it matches typ (an exception class or a tuple of
// them, as in an except clause) and raises again any other.
func CatchMatching(typ Object, f func()) *BaseException {
	e := Catch(f)
	if e != nil && !ExceptionMatches(e, typ) {
		panic(e)
	}
	return e
}

// callSlot calls the special method m that t has for o (o's __hash__,
// __eq__, ...). A Go builtin takes no Python frame, so one dispatching
// back to o through the same slot would recurse on the Go stack without
// end, and Go's stack overflow is fatal: such a call takes one level, as
// CPython's C recursion checks do.
func callSlot(m, o Object, t *Type, args ...Object) Object {
	if _, ok := m.(*BuiltinFunction); ok {
		EnterRecursiveCall("")
		r := Call(bindDescriptor(m, o, t), args...)
		LeaveRecursiveCall()
		return r
	}
	return Call(bindDescriptor(m, o, t), args...)
}
