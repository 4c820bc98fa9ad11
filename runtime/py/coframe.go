package py

import "fmt"

// Compiled coroutines: the translator turns an `async def` whose awaits all
// sit in simple positions into a resumable function (a state machine) that
// needs no stack of its own. Its locals live in the enclosing Go closure;
// CoFrame keeps where it stopped (PC) and what it is awaiting. Resuming it is
// a plain call, so a Task step costs a function call rather than two
// coroutine switches, and creating a Task allocates no stack.
//
// The generated body has this shape:
//
//	func(co *py.CoFrame) py.Object {
//		switch co.PC {
//		case 1:
//			goto r1
//		}
//		...
//		co.Await(1, x)
//	r1:
//		if co.Step() {
//			return py.CoSuspend
//		}
//		v = co.Value
//		...
//		return result
//	}

// CoFrame is the state of a compiled coroutine between resumptions.
type CoFrame struct {
	// PC is the resume point: 0 before the first step, then the number of
	// the await the body is suspended at.
	PC int32
	// Handler is the resume point of the innermost try statement whose
	// body is running (0 for none): an exception out of the body resumes
	// the frame there, where Catch takes the exception.
	Handler int16
	first   bool // the next Step is the await's first
	// fresh is set while the frame is suspended at a yield whose value is
	// a list nothing else holds (SuspendFresh): a loop may recycle it.
	fresh bool
	// Value is the result of the await that just finished.
	Value Object
	aw    Object // what the pending await delegates to
	// io carries the value sent in on resumption and the value yielded
	// out on suspension.
	io    Object
	throw *BaseException
	// h is the exception state of a body with handlers of its own
	// (CodeCatches), allocated by its first resumption.
	h *coHandling
}

// coHandling is a compiled body's exception state: caught is the
// exception delivered to a handler; handling is the one the body is
// handling (sys.exc_info, __context__), kept across suspensions; outer is
// the thread's when the frame was resumed.
type coHandling struct {
	caught, handling, outer *BaseException
}

// CoSuspend is what a compiled coroutine body returns when it suspends; the
// value to hand to its driver is in the frame.
var CoSuspend Object = &coSuspendMarker{}

type coSuspendMarker struct{}

func (*coSuspendMarker) Type() *Type { return NoneTypeType }

// StepAwaitable is an awaitable written in Go (an asyncio Future) that a
// compiled coroutine can await without a stack: AwaitStep runs one step of
// `await x`, first being true on the first. It returns the value to yield,
// or done with the await's result; exceptions propagate as panics.
type StepAwaitable interface {
	Object
	AwaitStep(first bool, send Object, throw *BaseException) (yielded Object, done bool, result Object)
}

// NewCoroutineSM makes a coroutine object whose body is a compiled state
// machine (code.AwaitLines maps its resume points to source lines).
func NewCoroutineSM(code *Code, body func(co *CoFrame) Object) *Coroutine {
	code.noteBody(body)
	c := &Coroutine{Code: code, sm: body}
	trackUnawaited(c)
	return c
}

// Await starts `await x` at resume point pc; Step drives it.
func (co *CoFrame) Await(pc int32, x Object) {
	co.PC, co.fresh = pc, false
	// A coroutine first: a concrete type test is cheaper than a type
	// switch with an interface case.
	if c, ok := x.(*Coroutine); ok {
		c.checkAwaitable()
	} else if _, ok := x.(StepAwaitable); !ok {
		x = awaitIter(x)
	}
	co.aw, co.first = x, true
	co.io, co.throw = None, nil
}

// Step advances the pending await with what the coroutine was resumed
// with. It reports true when the awaitable yielded (the body must return
// CoSuspend); otherwise the await is over and its result is in Value.
func (co *CoFrame) Step() bool {
	// An await that finished at once (awaited): Value holds its result.
	if co.aw == nil {
		return false
	}
	// `yield from` a compiled generator resumed by next(): nothing to pass
	// in (io and throw nil), so the delegate runs as next() runs it,
	// without resumeWith's checks (see Generator.nextSM). first only
	// matters to a StepAwaitable, which a generator is not.
	if co.io == nil && co.throw == nil {
		if g, ok := co.aw.(*Generator); ok && g.c.state&1 == 0 && g.c.sm != nil {
			var (
				y, res Object
				done   bool
			)
			// The body running this Step is a generator's without
			// handlers: its runner covers the delegate (nextCovered).
			if co.coroutine().Code.Flags&(CodeGenerator|CodeCatches) == CodeGenerator {
				y, done, res = g.nextCovered()
			} else {
				y, done, res = g.nextSM()
			}
			if done {
				co.aw, co.Value = nil, res
				return false
			}
			co.io = y
			return true
		}
	}
	return co.step()
}

// step is Step past its fast path.
func (co *CoFrame) step() bool {
	send, throw := co.io, co.throw
	// Stored only when set: a pointer store costs a write barrier while
	// the GC marks, and a resumption by next() sets neither.
	if send != nil || throw != nil {
		co.io, co.throw = nil, nil
	}
	var (
		y, res Object
		done   bool
	)
	// `yield from` a compiled generator sent None: as next() (Step's
	// fast path), io having been taken.
	if g, ok := co.aw.(*Generator); ok && throw == nil && g.c.state&1 == 0 && g.c.sm != nil {
		if _, none := send.(NoneType); send == nil || none {
			if co.coroutine().Code.Flags&(CodeGenerator|CodeCatches) == CodeGenerator {
				y, done, res = g.nextCovered()
			} else {
				y, done, res = g.nextSM()
			}
			co.first = false
			if done {
				co.aw, co.Value = nil, res
				return false
			}
			co.io = y
			return true
		}
	}
	if send == nil {
		send = None
	}
	// A coroutine first: a concrete type test is cheaper than the
	// interface one, and most awaits are of coroutines.
	if a, ok := co.aw.(*Coroutine); ok {
		if throw != nil && throw.cls.IsSubtype(GeneratorExitType) {
			co.closeAwaited(throw)
		}
		if throw != nil && co.h != nil {
			y, done, res = throwInto(a, send, throw, co.h.handling)
		} else {
			y, done, res = a.resumeWith(send, throw)
		}
	} else if a, ok := co.aw.(StepAwaitable); ok {
		if throw != nil && co.h != nil {
			y, done, res = stepThrowing(a, co.first, send, throw, co.h.handling)
		} else {
			y, done, res = a.AwaitStep(co.first, send, throw)
		}
	} else if co.aw == nil {
		// An await that finished at once (awaited): Value holds its result.
		return false
	} else {
		if throw != nil && throw.cls.IsSubtype(GeneratorExitType) {
			co.closeAwaited(throw)
		}
		if throw != nil && co.h != nil {
			y, done, res = throwInto(co.aw, send, throw, co.h.handling)
		} else {
			y, done, res = resumeObject(co.aw, send, throw)
		}
	}
	co.first = false
	if done {
		co.aw, co.Value = nil, res
		return false
	}
	co.io = y
	return true
}

// Next is Next(it) for a for loop holding a yield in a compiled generator
// body. A compiled generator iterated there, by a body without handlers,
// is resumed covered, aw linking it for the runner's closeDelegates while
// it runs: nextCovered's work done here, one call per item instead of two
// (the loop ran its checkpoint just before). Its Go name is the resumer
// closeDelegates gives a StopIteration out of it (coveredLoopFunc).
func (co *CoFrame) Next(it Object) (Object, bool) {
	g, ok := it.(*Generator)
	// Both the generator resumed and this body (a generator's: the
	// translator spells co.Next in no other) are compiled, without
	// handlers of their own.
	if !ok || g.c.state&1 != 0 || !g.c.plainGen || !co.coroutine().plainGen {
		return co.nextSlow(it)
	}
	c := &g.c
	co.aw = g
	c.state = coRunning
	c.covered = coveredLoop
	enterFrame()
	r := c.sm(&c.frame)
	depthLeft++
	c.covered = coveredNot
	co.aw = nil
	return c.ran(r)
}

// nextSlow is Next past its fast path: a generator with handlers of its
// own is resumed covered by nextCovered (which gives it a runner), when
// this body has none.
func (co *CoFrame) nextSlow(it Object) (Object, bool) {
	if g, ok := it.(*Generator); ok && g.c.state&1 == 0 && g.c.sm != nil && co.coroutine().Code.Flags&(CodeGenerator|CodeCatches) == CodeGenerator {
		Checkpoint()
		co.aw = g
		y, done, _ := g.nextCovered()
		co.aw = nil
		return y, !done
	}
	return Next(it)
}

// closeAwaited is close() of the awaiter reaching the await: what it awaits
// is closed first, then GeneratorExit goes on up.
func (co *CoFrame) closeAwaited(exit *BaseException) {
	a := co.aw
	co.aw = nil
	if _, ok := a.(resumer); ok {
		closeObject(a)
	}
	panic(exit)
}

// StepCatch is Step for hand-written state machines that clean up when the
// await raises: it returns the exception instead of propagating it.
func (co *CoFrame) StepCatch() (suspended bool, exc *BaseException) {
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			RestoreDepth(depth)
			co.aw = nil
			exc = Recovered(r)
		}
	}()
	return co.Step(), nil
}

// Awaiting is what the suspended frame waits on (cr_await), or nil; a
// stand-in becomes the coroutine it stands for (await_fast.go).
func (co *CoFrame) Awaiting() Object {
	if s, ok := co.aw.(StandIn); ok {
		co.aw = s.Materialize()
	}
	return co.aw
}

func (c *Coroutine) resumeSM(v Object, e *BaseException) (Object, bool, Object) {
	co := &c.frame
	if c.state == coCreated {
		if _, none := v.(NoneType); v != nil && !none && e == nil {
			panic(NewError(TypeErrorType, "can't send non-None value to a just-started coroutine"))
		}
		if e != nil {
			c.state = coClosed
			panic(e)
		}
	}
	co.io, co.throw = v, e
	c.state = coRunning
	// Only a body with handlers of its own (CodeCatches) can leave an
	// exception handled across a suspension: other resumptions need not
	// save and restore the thread's.
	catches := c.Code.Flags&CodeCatches != 0
	t, h := current, co.h
	if catches {
		if h == nil {
			h = &coHandling{}
			co.h = h
		}
		h.outer = t.handling
		if h.handling != nil {
			t.handling = h.handling
		}
	}
	ok := false
	defer func() {
		if catches {
			t.handling, h.outer = h.outer, nil
		}
		if !ok {
			c.state = coClosed
			co.aw = nil
		}
	}()
	// The body is a Python frame entered anew at each resumption (an
	// exception leaves the level taken: whoever catches it restores).
	enterFrame()
	r := c.run(co)
	depthLeft++
	ok = true
	return c.stepped(r)
}

// resumeSMOpen is resumeSM without its deferred function, for a caller
// that recovers what the body raises and then calls smFailed with the
// thread's handled exception as it was before this call (py.Resume: one
// deferred function per task step instead of two).
func (c *Coroutine) resumeSMOpen(v Object, e *BaseException) (Object, bool, Object) {
	co := &c.frame
	if c.state == coCreated {
		if _, none := v.(NoneType); v != nil && !none && e == nil {
			panic(NewError(TypeErrorType, "can't send non-None value to a just-started coroutine"))
		}
		if e != nil {
			c.state = coClosed
			panic(e)
		}
	}
	co.io, co.throw = v, e
	c.state = coRunning
	if c.Code.Flags&CodeCatches == 0 {
		enterFrame()
		r := c.sm(co)
		depthLeft++
		return c.stepped(r)
	}
	t, h := current, co.h
	if h == nil {
		h = &coHandling{}
		co.h = h
	}
	h.outer = t.handling
	if h.handling != nil {
		t.handling = h.handling
	}
	enterFrame()
	r := c.run(co)
	depthLeft++
	t.handling, h.outer = h.outer, nil
	return c.stepped(r)
}

// smFailed is resumeSM's deferred work when the body raised out of a
// resumption by resumeSMOpen: outer is the thread's handled exception
// before it.
func (c *Coroutine) smFailed(outer *BaseException) {
	if c.Code.Flags&CodeCatches != 0 && c.frame.h != nil {
		current.handling, c.frame.h.outer = outer, nil
	}
	c.state = coClosed
	c.frame.aw = nil
}

// stepped finishes a resumption whose body returned r.
func (c *Coroutine) stepped(r Object) (Object, bool, Object) {
	// r == CoSuspend, without the interface comparison (runtime.ifaceeq).
	if _, suspended := r.(*coSuspendMarker); suspended {
		c.state = coSuspended
		y := c.frame.io
		c.frame.io = nil
		return y, false, nil
	}
	c.state = coClosed
	return nil, true, r
}

// run runs the body from co.PC; an exception inside a try statement's
// body resumes it at the statement's handler.
func (c *Coroutine) run(co *CoFrame) Object {
	if c.Code.Flags&CodeCatches == 0 {
		return c.sm(co)
	}
	depth := SaveDepth()
	for {
		r, exc, out := c.runCatching(co)
		if out != nil {
			panic(out)
		}
		if exc == nil {
			return r
		}
		RestoreDepth(depth)
		co.PC, co.h.caught = int32(co.Handler), exc
	}
}

// runCatching runs the body until it returns or raises: exc is what a
// try statement of the body catches, out an exception raised after the
// body left its try statements, which run raises again once this frame
// is gone (a catch further out takes the innermost runCatching on the
// stack for its own: raised from here, the caller's frames would be lost).
func (c *Coroutine) runCatching(co *CoFrame) (r Object, exc *BaseException, out *BaseException) {
	defer func() {
		if x := recover(); x != nil {
			if co.Handler == 0 {
				if e, ok := x.(*BaseException); ok {
					// Recorded now if the runtime raised it: the
					// frames it was raised in are still on the stack.
					out = Recovered(e)
					return
				}
				panic(x) // a Go runtime error: its faulting frames stay
			}
			exc = Recovered(x).leftGenerator(compiledCatcher, true)
			exc.markCaughtBy(compiledCatcher, 0)
		}
	}()
	return c.sm(co), nil, nil
}

const compiledCatcher = "github.com/py2goasync/py2goasync/runtime/py.(*Coroutine).runCatching"

// Catch starts the handler of a try statement: the exception that left
// the try body (and any handler it raised from) becomes the one being
// handled, on top of prev, what was handled when the statement started.
func (co *CoFrame) Catch(prev *BaseException) {
	e := co.h.caught
	co.h.caught = nil
	co.h.handling = prev
	co.EnterHandler(e)
}

// Handling is the exception the body is handling.
func (co *CoFrame) Handling() *BaseException { return co.h.handling }

// EnterHandler makes e the exception being handled (an except clause or
// a finally clause with an exception pending) and returns the previous.
func (co *CoFrame) EnterHandler(e *BaseException) *BaseException {
	prev := co.h.handling
	co.h.handling = e
	current.handling = e
	return prev
}

// ExitHandler restores the handled exception saved by EnterHandler.
func (co *CoFrame) ExitHandler(prev *BaseException) {
	co.h.handling = prev
	if prev != nil {
		current.handling = prev
	} else {
		current.handling = co.h.outer
	}
}

// Rethrow ends a handler that did not match: the exception propagates on
// unchanged.
func (co *CoFrame) Rethrow(prev *BaseException) {
	e := co.h.handling
	co.ExitHandler(prev)
	panic(e)
}

// closeSM throws GeneratorExit into a suspended compiled coroutine (or
// generator: kind names it in the error).
func (c *Coroutine) closeSM(kind string) {
	defer func() { c.state = coClosed }()
	closeThrowing(kind, func(exit *BaseException) bool {
		_, done, _ := c.resumeSM(None, exit)
		return done
	})
}

// SuspendedLine is the source line a suspended compiled coroutine waits
// at; ok is false for other coroutines.
func (c *Coroutine) SuspendedLine() (int, bool) {
	if c.sm == nil || c.state != coSuspended {
		return 0, false
	}
	if pc, lines := int(c.frame.PC), c.Code.AwaitLines; pc > 0 && pc < len(lines) {
		return int(lines[pc]), true
	}
	return 0, false
}

// Compiled reports whether the coroutine is a compiled state machine.
func (c *Coroutine) Compiled() bool { return c.sm != nil }

// Suspend is a bare `yield v` at resume point pc: the body returns what it
// returns, and on resumption at pc calls Received.
func (co *CoFrame) Suspend(pc int32, v Object) Object {
	co.PC, co.io, co.fresh = pc, v, false
	return CoSuspend
}

// SuspendFresh is Suspend for `yield [a, ...] + x`, v being what
// ListDisplayAddFresh just returned: the frame notes whether that was a
// list it made, which only the resumer then holds (see FreshItem).
func (co *CoFrame) SuspendFresh(pc int32, v Object) Object {
	co.PC, co.io, co.fresh = pc, v, lastListFresh
	lastListFresh = false
	return CoSuspend
}

// Received is what a bare yield evaluates to once resumed: the value sent
// in, or the thrown exception raised.
func (co *CoFrame) Received() Object {
	// Inlined: a resumption by next() leaves both nil.
	if co.io == nil && co.throw == nil {
		return None
	}
	return co.received()
}

func (co *CoFrame) received() Object {
	send, throw := co.io, co.throw
	co.io, co.throw = nil, nil
	if throw != nil {
		// gen_send_ex2's _PyErr_ChainStackItem: the thrown exception
		// chains to what the generator itself is handling.
		if co.h != nil {
			chainContext(throw, co.h.handling)
		}
		Throw(throw)
	}
	if send == nil {
		return None
	}
	return send
}

// Context managers and async iteration in compiled coroutines: the
// translator spells `with`/`async with` as a try statement around the
// body (so returns, jumps and exceptions go through __exit__ as CPython
// sends them) and `async for` as a loop awaiting __anext__(); these give
// it the protocol's steps.

// WithCache is a with or async with statement's per-site cache of its
// manager type's __enter__/__exit__ (__aenter__/__aexit__). CPython looks
// them up on the type, so an instance's own attributes never shadow them.
type WithCache struct {
	t           *Type
	epoch       uint64
	enter, exit Object // the class attributes, unbound
}

// methods returns the manager's enter and exit class attributes.
func (c *WithCache) methods(mgr Object, async bool) (enter, exit Object) {
	t := mgr.Type()
	if c.t != t || c.epoch != typeEpoch {
		en, ex := contextMethods(t, async)
		c.t, c.epoch, c.enter, c.exit = t, typeEpoch, en, ex
	}
	return c.enter, c.exit
}

// WithEnter starts `with mgr`: it returns the __exit__ to give ExitWith and
// the value of __enter__().
func WithEnter(mgr Object, c *WithCache) (exit, value Object) {
	enter, exit := c.methods(mgr, false)
	return exitOf(exit, mgr), callWithSelf(enter, mgr)
}

// AsyncWithEnter starts `async with mgr`: it returns the __aexit__ to give
// ExitWith and the awaitable __aenter__() returned. A runtime manager whose
// __aenter__ would finish at once (a free asyncio.Lock) leaves a finished
// awaitable instead of a coroutine (see await_fast.go).
func AsyncWithEnter(mgr Object, c *WithCache) (exit, enter Object) {
	en, ex := c.methods(mgr, true)
	if b := unboundBuiltin(en); b != nil && b.entries != nil && b.entries.await0 != nil {
		if v, done := b.entries.await0(mgr); done {
			return exitOf(ex, mgr), finished(v)
		}
	}
	exit = exitOf(ex, mgr)
	if unboundBuiltin(exit) == nil {
		exit = &asyncExit{fn: exit}
	}
	return exit, checkAsyncWithAwaitable(callWithSelf(en, mgr), "__aenter__")
}

// contextMethods looks up a context manager type's __enter__/__exit__
// (__aenter__/__aexit__ when async), with CPython's errors.
func contextMethods(t *Type, async bool) (enter, exit Object) {
	names, protocol := [2]string{"__enter__", "__exit__"}, "context manager protocol"
	if async {
		names, protocol = [2]string{"__aenter__", "__aexit__"}, "asynchronous context manager protocol"
	}
	en, ex := t.Lookup(names[0]), t.Lookup(names[1])
	if en == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object does not support the %s", t.Name, protocol)))
	}
	if ex == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object does not support the %s (missed %s method)", t.Name, protocol, names[1])))
	}
	return en, ex
}

// unboundBuiltin is d as a builtin method descriptor (a method of a
// runtime type, not bound to an object), or nil.
func unboundBuiltin(d Object) *BuiltinFunction {
	if b, ok := d.(*BuiltinFunction); ok && b.method && b.Self == nil {
		return b
	}
	return nil
}

// exitOf is what ExitWith calls: a builtin method stays unbound (ExitWith
// passes the manager), anything else is bound to the manager as CPython
// binds it when the statement starts.
func exitOf(exit, mgr Object) Object {
	if unboundBuiltin(exit) != nil {
		return exit
	}
	return bindDescriptor(exit, mgr, mgr.Type())
}

// callWithSelf calls the class attribute d bound to self.
func callWithSelf(d, self Object) Object {
	switch f := d.(type) {
	case *Function:
		return Call1(f, self)
	case *BuiltinFunction:
		if f.method && f.Self == nil {
			return Call1(f, self)
		}
	}
	return Call0(bindDescriptor(d, self, self.Type()))
}

// ExitWith calls the exit WithEnter or AsyncWithEnter returned, for
// exception e, or with three Nones when e is nil.
func ExitWith(exit, mgr Object, e *BaseException) Object {
	if a, ok := exit.(*asyncExit); ok {
		if e == nil {
			return checkAsyncWithAwaitable(Call(a.fn, None, None, None), "__aexit__")
		}
		return checkAsyncWithAwaitable(Call(a.fn, e.Type(), e, exitTraceback(e)), "__aexit__")
	}
	if b := unboundBuiltin(exit); b != nil {
		if b.entries != nil && b.entries.awaitExit != nil {
			if v, done := b.entries.awaitExit(mgr, e); done {
				return finished(v)
			}
		}
		if e == nil {
			return Call(b, mgr, None, None, None)
		}
		return Call(b, mgr, e.Type(), e, exitTraceback(e))
	}
	if e == nil {
		return Call(exit, None, None, None)
	}
	return Call(exit, e.Type(), e, exitTraceback(e))
}

// ANextOf is the awaitable it.__anext__() returns, for `async for`.
func ANextOf(it Object) Object {
	if g, ok := it.(*AsyncGenerator); ok {
		return g.ASend(nil)
	}
	m := LookupSpecial(it, "__anext__")
	if m == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("'async for' requires an iterator with __anext__ method, got %s", it.Type().Name)))
	}
	return anextChecked(Call(m))
}

// StepNext is Step for the __anext__() await of `async for`: exhausted
// reports that it raised StopAsyncIteration.
func (co *CoFrame) StepNext() (suspended, exhausted bool) {
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*BaseException); ok && e.cls.IsSubtype(StopAsyncIterationType) {
				RestoreDepth(depth)
				co.aw = nil
				suspended, exhausted = false, true
				return
			}
			panic(r)
		}
	}()
	return co.Step(), false
}

// YieldFrom starts `yield from x` at resume point pc in a compiled
// generator; Step drives it.
func (co *CoFrame) YieldFrom(pc int32, x Object) {
	switch x.(type) {
	case *Generator, *Coroutine:
	default:
		x = GetIter(x)
	}
	co.PC, co.aw, co.first, co.fresh = pc, x, true, false
	// The body runs with io and throw nil (a resumption took them), and
	// Step reads nil as None.
	if co.io != nil || co.throw != nil {
		co.io, co.throw = nil, nil
	}
}
