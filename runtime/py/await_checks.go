package py

import "fmt"

// The checks CPython makes of what `async with` and `async for` are
// handed to await (GET_AWAITABLE with its oparg, GET_ANEXT), with their
// own messages.

// hasAwait reports whether x can be awaited (_PyCoro_GetAwaitableIter would
// not fail for want of __await__).
func hasAwait(x Object) bool {
	switch x.(type) {
	case *Coroutine, StepAwaitable, DirectAwaitable, *awaitedIter:
		return true
	}
	return isIterableCoroutine(x) || LookupSpecial(x, "__await__") != nil
}

// checkAsyncWithAwaitable is format_awaitable_error: what __aenter__ or
// __aexit__ (which names) returned must implement __await__.
func checkAsyncWithAwaitable(x Object, which string) Object {
	if !hasAwait(x) {
		panic(NewError(TypeErrorType, fmt.Sprintf("'async with' received an object from %s that does not implement __await__: %s", which, x.Type().Name)))
	}
	return x
}

// asyncExit is the __aexit__ AsyncWithEnter hands to ExitWith when it is
// not a builtin method: ExitWith checks what it returns.
type asyncExit struct{ fn Object }

func (*asyncExit) Type() *Type { return ObjectType }

// awaitedIter is the iterator an awaitable's __await__() returned, already
// checked (GET_ANEXT gets it at once to word its error): awaiting it drives
// the iterator.
type awaitedIter struct{ it Object }

func (*awaitedIter) Type() *Type { return ObjectType }

func (a *awaitedIter) AwaitStep(first bool, send Object, throw *BaseException) (Object, bool, Object) {
	return resumeObject(a.it, send, throw)
}

func (a *awaitedIter) resumeWith(v Object, e *BaseException) (Object, bool, Object) {
	return resumeObject(a.it, v, e)
}

// anextChecked is GET_ANEXT's check of what __anext__() returned: an
// object that cannot be awaited raises TypeError from the error.
func anextChecked(x Object) Object {
	switch x.(type) {
	case *Coroutine, StepAwaitable, DirectAwaitable:
		return x
	}
	var it Object
	if exc := Catch(func() { it = awaitIter(x) }); exc != nil {
		e := NewError(TypeErrorType, fmt.Sprintf("'async for' received an invalid object from __anext__: %s", x.Type().Name))
		e.Cause, e.SuppressContext = exc, true
		chainContext(e, exc)
		panic(e)
	}
	if it == x {
		return x
	}
	return &awaitedIter{it: it}
}
