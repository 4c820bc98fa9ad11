package py

import "unsafe"

// Hand-written state machines (asyncio.sleep, Queue.get, Lock.acquire, ...)
// keep their state next to the coroutine, in one allocation: an SMKind
// pairs a Code with a body receiving its state S by pointer, and New makes
// a coroutine of that kind (a CoroutineOf[S]) with a single allocation.
//
//	var sleepKind = py.NewSMKind(sleepCode, func(co *py.CoFrame, s *sleepState) py.Object { ... })
//	c, s := sleepKind.New()
//	s.delay = delay

// CoroutineOf is a compiled coroutine carrying the state S of its body.
type CoroutineOf[S any] struct {
	Coroutine
	State S
}

// SMKind is one kind of state-machine coroutine.
type SMKind[S any] struct {
	code *Code
	run  func(co *CoFrame) Object
}

// NewSMKind makes a kind of state-machine coroutine; make kinds once (in
// package variables), not per coroutine.
func NewSMKind[S any](code *Code, body func(co *CoFrame, s *S) Object) *SMKind[S] {
	return &SMKind[S]{code: code, run: func(co *CoFrame) Object {
		c := (*CoroutineOf[S])(unsafe.Pointer(co.coroutine()))
		return body(co, &c.State)
	}}
}

// New makes a coroutine of kind k; it returns the coroutine and its state
// to initialise.
func (k *SMKind[S]) New() (*Coroutine, *S) {
	c := &CoroutineOf[S]{}
	c.Code, c.sm = k.code, k.run
	trackUnawaited(&c.Coroutine)
	return &c.Coroutine, &c.State
}

// coroutine is the Coroutine whose frame co is (every CoFrame is the frame
// field of a Coroutine).
func (co *CoFrame) coroutine() *Coroutine {
	return (*Coroutine)(unsafe.Add(unsafe.Pointer(co), -int(unsafe.Offsetof(Coroutine{}.frame))))
}
