package py

import "fmt"

// Code describes a Python function: what reprs, tracebacks and argument
// binding need to know about it.
type Code struct {
	Name     string
	Qualname string
	Module   string
	File     string
	Line     int
	// Params names the parameters in binding order: positional ones
	// (NumPosOnly of them positional-only), then *args if VarArgs, then
	// keyword-only ones (NumKwOnly), then **kwargs if VarKw.
	Params     []string
	NumPos     int
	NumPosOnly int
	NumKwOnly  int
	VarArgs    bool
	VarKw      bool
	Flags      CodeFlags
	// Doc is the docstring ("" when there is none).
	Doc string
	// InitStores is set on an __init__ whose body only stores its
	// parameters into self's attributes, in order (init_plan.go).
	InitStores []InitStore
	// AwaitLines maps a compiled coroutine's resume points to source
	// lines (for reprs and get_stack); index 0 is unused.
	AwaitLines []int32
	// bodyPC is the entry PC of the Go function last noted as running
	// this code's body (see noteBody); read and written atomically.
	bodyPC uint64
	// Locals are the function's other local variables (co_varnames after
	// the parameters); FreeVars and CellVars are co_freevars and
	// co_cellvars, sorted as CPython sorts them.
	Locals   []string
	FreeVars []string
	CellVars []string
	// coFlags overrides the co_flags computed from the fields above
	// (code.replace(co_flags=...)); origin is the Code replace() copied.
	coFlags int
	origin  *Code
	// iterableCoroutine is set on a generator function's code once a
	// function of it took a code with CO_ITERABLE_COROUTINE
	// (types.coroutine): its generators are awaitable.
	iterableCoroutine bool
	// positions is co_positions of a frame's snapshot code in a
	// traceback: the one instruction the frame was running.
	positions []Object
	// genKind is the GeneratorKind making this code's generators when it
	// reuses finished ones (nil otherwise).
	genKind genRecycler
}

// CodeFlags describe what kind of function a Code is.
type CodeFlags uint8

const (
	// CodeCoroutine marks an `async def` without yield.
	CodeCoroutine CodeFlags = 1 << iota
	// CodeGenerator marks a def containing yield.
	CodeGenerator
	// CodeAsyncGenerator marks an `async def` containing yield.
	CodeAsyncGenerator
	// CodeCatches marks a compiled coroutine with try statements around
	// awaits: its body runs under a recover that resumes it at a handler.
	CodeCatches
	// CodeDrains marks a generator made in Go (NewGeneratorSM) whose body
	// answers a drain request (DrainPC, see Generator.DrainTo).
	CodeDrains
)

// DrainPC is the resume point a CodeDrains body is called at by DrainTo:
// it returns a new *List of every item it would still yield, which nothing
// else holds (it is then exhausted; DrainTo may take the list's items as
// they are), or nil (it is resumed item by item instead), its own
// resume point left as it was.
const DrainPC int32 = -1

// coState is the life cycle of a coroutine or generator.
type coState uint8

const (
	coCreated coState = iota
	coRunning
	coSuspended
	coClosed
)

// Coroutine is the object an `async def` function returns.
type Coroutine struct {
	Code  *Code
	stack *coStack
	// sm and frame are set for a compiled (stackless) coroutine. Another
	// runs its body on a stack: frame.Value holds the body (a bodyFunc).
	sm    func(co *CoFrame) Object
	frame CoFrame
	state coState
	// inline is set while the body runs directly on an awaiter's stack.
	inline bool
	// noWarn suppresses the never-awaited warning.
	noWarn bool
	// covered is set while Generator.nextCovered (coveredStep) or
	// CoFrame.Next (coveredLoop) runs a generator's body: the delegating
	// body's runner closes it if an exception leaves it running.
	covered coveredBy
	// recycle says whether a finished generator's memory may go back to
	// its GeneratorKind (see OwnedGenOf).
	recycle recycleState
	// plainGen marks a compiled generator (sm set) whose code has no
	// handlers of its own (no CodeCatches): NextCovered and CoFrame.Next
	// test this one byte on every item instead of sm and the code's flags.
	plainGen bool
}

var CoroutineType = newBuiltinType("coroutine", ObjectType)

func (*Coroutine) Type() *Type { return CoroutineType }

// NewCoroutine makes a coroutine object whose body is run later.
func NewCoroutine(code *Code, body func() Object) *Coroutine {
	code.noteBody(body)
	c := &Coroutine{Code: code}
	c.frame.Value = bodyFunc(body)
	trackUnawaited(c)
	return c
}

// Started reports whether the coroutine ever ran.
func (c *Coroutine) Started() bool { return c.state != coCreated || c.stack != nil && c.stack.started }

// Done reports whether the coroutine has finished or been closed.
func (c *Coroutine) Done() bool { return c.state == coClosed }

// Running is cr_running.
func (c *Coroutine) Running() bool {
	return c.state == coRunning || c.stack != nil && c.stack.running
}

// Suspended reports whether it is waiting at an await (cr_suspended).
func (c *Coroutine) Suspended() bool { return c.state == coSuspended }

func (c *Coroutine) String() string {
	return fmt.Sprintf("<coroutine object %s at %s>", c.Code.Qualname, addr(c))
}

// Await is `await x` inside a coroutine.
func Await(x Object) Object {
	switch c := x.(type) {
	case *Coroutine:
		if c.state == coCreated && c.stack == nil && c.sm == nil {
			return c.runInline()
		}
		c.checkAwaitable()
		return yieldFrom(c)
	case DirectAwaitable:
		return c.AwaitDirect()
	case *awaitedIter:
		return yieldFrom(c.it)
	}
	return yieldFrom(awaitIter(x))
}

func (c *Coroutine) runInline() (result Object) {
	c.state, c.inline = coRunning, true
	depth := SaveDepth()
	defer func() { c.state, c.inline = coClosed, false; RestoreDepth(depth) }()
	enterFrame()
	return c.body()()
}

// bodyFunc is the body of a coroutine run on a stack, kept in the frame it
// has no other use for (a coroutine is a field fewer).
type bodyFunc func() Object

func (bodyFunc) Type() *Type { return NoneTypeType }

// body is the body of c, a coroutine run on a stack.
func (c *Coroutine) body() bodyFunc { return c.frame.Value.(bodyFunc) }

func (c *Coroutine) checkAwaitable() {
	switch {
	case c.state == coClosed:
		panic(NewError(RuntimeErrorType, "cannot reuse already awaited coroutine"))
	case c.Running() || c.state == coSuspended:
		panic(NewError(RuntimeErrorType, "coroutine is being awaited already"))
	}
}

// isIterableCoroutine is gen_is_coroutine: a generator made by a function
// that types.coroutine marked.
func isIterableCoroutine(o Object) bool {
	g, ok := o.(*Generator)
	return ok && (g.c.Code.iterableCoroutine || g.c.Code.root().iterableCoroutine || g.c.Code.coFlags&coIterableCoroutine != 0)
}

// awaitIter is _PyCoro_GetAwaitableIter: x itself when it is a coroutine
// generator, else x.__await__(), checked as CPython checks it.
func awaitIter(x Object) Object {
	if isIterableCoroutine(x) {
		if x.(*Generator).yieldingFrom() != nil {
			panic(NewError(RuntimeErrorType, "coroutine is being awaited already"))
		}
		return x
	}
	m := LookupSpecial(x, "__await__")
	if m == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("object %s can't be used in 'await' expression", x.Type().Name)))
	}
	it := Call(m)
	if _, ok := it.(*Coroutine); ok || isIterableCoroutine(it) {
		panic(NewError(TypeErrorType, "__await__() returned a coroutine"))
	}
	if LookupSpecial(it, "__next__") == nil && !isResumer(it) {
		panic(NewError(TypeErrorType, fmt.Sprintf("__await__() returned non-iterator of type '%s'", it.Type().Name)))
	}
	return it
}

func isResumer(o Object) bool { _, ok := o.(resumer); return ok }

func (c *Coroutine) resumeWith(v Object, e *BaseException) (Object, bool, Object) {
	switch {
	case c.state == coClosed:
		// Sent or thrown into, an exhausted coroutine says so (gen_send_ex2).
		panic(NewError(RuntimeErrorType, "cannot reuse already awaited coroutine"))
	case c.Running():
		panic(NewError(ValueErrorType, "coroutine already executing"))
	case c.sm != nil:
		defer coroutineStopCheck(c)
		return c.resumeSM(v, e)
	case c.stack == nil:
		if v != nil && v != None && e == nil {
			panic(NewError(TypeErrorType, "can't send non-None value to a just-started coroutine"))
		}
		if e != nil {
			// Throwing into a coroutine that never started finishes it.
			c.state = coClosed
			panic(e)
		}
		c.stack = newStack(c.body())
	}
	c.state = coRunning
	defer coroutineStopCheck(c)
	yielded, done := c.stack.resumeChecked(v, e, func() { c.state = coClosed })
	if done {
		c.state = coClosed
		// The finished coroutine may stay referenced (trackUnawaited holds
		// up to a thousand): it must not keep its return value alive.
		r := c.stack.result
		c.stack.result = nil
		return nil, true, r
	}
	c.state = coSuspended
	return yielded, false, nil
}

// coroutineStopCheck, deferred around the run of a coroutine's body, makes
// a StopIteration leaving it a RuntimeError (PEP 479), as for generators.
func coroutineStopCheck(c *Coroutine) {
	if r := recover(); r != nil {
		if x, ok := r.(*BaseException); ok && x.cls.IsSubtype(StopIterationType) {
			c.state = coClosed
			panic(stopIterationRaised(r, "github.com/py2goasync/py2goasync/runtime/py.(*Coroutine).resumeWith", "coroutine"))
		}
		panic(r)
	}
}

// resumeChecked resumes s and runs onPanic if the body raised.
func (s *coStack) resumeChecked(v Object, e *BaseException, onPanic func()) (Object, bool) {
	ok := false
	defer func() {
		if !ok {
			onPanic()
		}
	}()
	y, done := s.resume(v, e)
	ok = true
	return y, done
}

// Send is coro.send(v): StopIteration carries the return value out.
func (c *Coroutine) Send(v Object) Object {
	y, done, res := c.resumeWith(v, nil)
	if done {
		panic(newStopIteration(res))
	}
	return y
}

// Throw is coro.throw(e).
func (c *Coroutine) Throw(e *BaseException) Object {
	y, done, res := c.resumeWith(None, e)
	if done {
		panic(newStopIteration(res))
	}
	return y
}

// Close is coro.close().
func (c *Coroutine) Close() {
	switch {
	case c.state == coClosed:
		return
	case c.sm != nil:
		if c.state == coCreated {
			c.state = coClosed
			return
		}
		c.closeSM("coroutine")
		return
	case c.stack == nil || !c.stack.started:
		c.state = coClosed
		return
	}
	closeStack(c.stack, "coroutine", func() { c.state = coClosed })
}

// closeStack throws GeneratorExit into a suspended stack and checks that it
// finishes, as generator.close() does.
func closeStack(s *coStack, kind string, markClosed func()) {
	defer markClosed()
	closeThrowing(kind, func(exit *BaseException) bool {
		_, done := s.resume(None, exit)
		return done
	})
}

// closeThrowing is close() of a generator or coroutine: throw (which
// resumes it with exit) must end it, by finishing or by letting
// GeneratorExit (or StopIteration) out; a value yielded instead is an error.
func closeThrowing(kind string, throw func(exit *BaseException) (done bool)) {
	exit := NewException(GeneratorExitType)
	finishedOK := false
	depth := SaveDepth()
	func() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(*BaseException); ok && (e == exit || e.cls.IsSubtype(GeneratorExitType) || e.cls.IsSubtype(StopIterationType)) {
					RestoreDepth(depth)
					finishedOK = true
					return
				}
				panic(r)
			}
		}()
		finishedOK = throw(exit)
	}()
	if !finishedOK {
		panic(NewError(RuntimeErrorType, kind+" ignored GeneratorExit"))
	}
}

func newStopIteration(v Object) *BaseException {
	var e *BaseException
	if v == nil || v == None {
		e = NewException(StopIterationType)
	} else {
		e = NewException(StopIterationType, v)
	}
	e.Dict.SetStr("value", orNone(v))
	return e
}

func orNone(v Object) Object {
	if v == nil {
		return None
	}
	return v
}

// Generator is the object a generator function returns. A compiled
// generator (NewGeneratorSM) keeps its state machine in c; the others run
// their body on a stack. c's Code, stack and state are the generator's.
type Generator struct {
	c Coroutine
}

var GeneratorType = newBuiltinType("generator", ObjectType)

func (*Generator) Type() *Type { return GeneratorType }

// NewGenerator makes a generator object; body runs on its first next().
func NewGenerator(code *Code, body func(g *Generator) Object) *Generator {
	code.noteBody(body)
	g := &Generator{}
	g.c.Code = code
	// Made here, not at the first next(), for want of a field of body's type.
	g.c.frame.Value = bodyFunc(func() Object { return body(g) })
	madeGenerator(g)
	return g
}

// NewGeneratorSM makes a generator whose body is a compiled state machine
// (see CoFrame): a yield is a resume point, so stepping it is a call.
func NewGeneratorSM(code *Code, body func(co *CoFrame) Object) *Generator {
	code.noteBody(body)
	g := &Generator{}
	g.c.Code, g.c.sm = code, body
	g.c.plainGen = code.Flags&CodeCatches == 0
	madeGenerator(g)
	return g
}

// Yield is a `yield v` expression in the generator's body.
func (g *Generator) Yield(v Object) Object {
	send, throw := g.c.stack.suspend(v)
	if throw != nil {
		// Chained to what the generator is handling (gen_send_ex2).
		chainContext(throw, Current().handling)
		throw.recordRaise(2)
		panic(throw)
	}
	return send
}

// YieldFrom is `yield from it` in the generator's body.
func (g *Generator) YieldFrom(it Object) Object {
	switch it.(type) {
	case *Coroutine:
		if !isIterableCoroutine(g) {
			panic(NewError(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator"))
		}
	case *Generator:
	default:
		it = GetIter(it)
	}
	// A body run on a stack keeps what it delegates to in frame.aw, as a
	// compiled body does.
	g.c.frame.aw = it
	defer func() { g.c.frame.aw = nil }()
	return yieldFrom(it)
}

// yieldingFrom is gi_yieldfrom (_PyGen_yf): what the suspended generator
// delegates to, nil if nothing.
func (g *Generator) yieldingFrom() Object {
	if g.c.state != coSuspended {
		return nil
	}
	if g.c.sm != nil {
		return g.c.frame.Awaiting()
	}
	return g.c.frame.aw
}

func (g *Generator) resumeWith(v Object, e *BaseException) (y Object, done bool, res Object) {
	switch {
	case g.c.state == coClosed:
		if e != nil {
			panic(e)
		}
		return nil, true, None
	case g.c.state == coRunning || g.c.stack != nil && g.c.stack.running:
		panic(NewError(ValueErrorType, "generator already executing"))
	case g.c.state == coCreated && g.c.stack == nil:
		if v != nil && v != None && e == nil {
			panic(NewError(TypeErrorType, "can't send non-None value to a just-started generator"))
		}
		if e != nil {
			g.c.state = coClosed
			panic(e)
		}
		if g.c.sm == nil {
			g.c.stack = newStack(g.c.body())
		}
	}
	if g.c.sm != nil {
		return g.resumeSM(v, e)
	}
	g.c.state = coRunning
	defer func() {
		if r := recover(); r != nil {
			g.c.state = coClosed
			panic(generatorRaised(r, "github.com/py2goasync/py2goasync/runtime/py.(*Generator).resumeWith"))
		}
	}()
	y, done = g.c.stack.resume(v, e)
	res = g.c.stack.result
	if done {
		g.c.state = coClosed
		return nil, true, res
	}
	g.c.state = coSuspended
	return y, false, nil
}

// resumeSM resumes a compiled body: Coroutine.resumeSM's work done here
// under one deferred method (a generator resumption is the inner loop of
// a for over a generator). resumeWith's checks cover resumeSM's for a
// just-started frame.
func (g *Generator) resumeSM(v Object, e *BaseException) (y Object, done bool, res Object) {
	c := &g.c
	co := &c.frame
	// A resumption by next() leaves io nil (Received reads nil as None)
	// and throw is nil between resumptions: no stores, no write barriers.
	if _, none := v.(NoneType); v != nil && !none {
		co.io = v
	}
	if e != nil {
		co.throw = e
	}
	c.state = coRunning
	if c.Code.Flags&CodeCatches != 0 {
		h := co.h
		if h == nil {
			h = &coHandling{}
			co.h = h
		}
		t := current
		h.outer = t.handling
		if h.handling != nil {
			t.handling = h.handling
		}
	}
	// resumeDone tells a raise from a return by c.state, set below only
	// when the body returned.
	defer g.resumeDone()
	enterFrame()
	r := c.run(co)
	depthLeft++
	if _, suspended := r.(*coSuspendMarker); suspended {
		c.state = coSuspended
		y = co.io
		co.io = nil
		return y, false, nil
	}
	c.state = coClosed
	return nil, true, r
}

// resumeDone is resumeSM's deferred work: the thread's handled exception
// given back, and a body that raised closed (a StopIteration out of it
// becomes RuntimeError).
func (g *Generator) resumeDone() {
	c := &g.c
	if c.Code.Flags&CodeCatches != 0 {
		h := c.frame.h
		current.handling, h.outer = h.outer, nil
	}
	if c.state == coRunning {
		r := g.closeDelegates(recover())
		c.state = coClosed
		c.frame.aw = nil
		if r != nil {
			panic(generatorRaised(r, generatorResumer))
		}
	}
}

// nextRaised is nextSM's resumeDone, given what the deferred function
// recovered (recover must be called by the deferred function itself);
// resumer is the Go name of the function that ran the body.
func (g *Generator) nextRaised(r any, resumer string) {
	r = g.closeDelegates(r)
	g.c.state = coClosed
	g.c.frame.aw = nil
	if r != nil {
		panic(generatorRaised(r, resumer))
	}
}

// generatorResumer names the function running resumeDone, for the
// traceback of the RuntimeError a StopIteration becomes.
const generatorResumer = "github.com/py2goasync/py2goasync/runtime/py.(*Generator).resumeSM"

// generatorRaised is what leaves a generator whose body raised r, called
// from the function named resumer while r unwinds: a StopIteration becomes
// RuntimeError (PEP 479). The StopIteration's traceback ends at the
// generator's frame; the RuntimeError's starts at the resumer's caller.
func generatorRaised(r any, resumer string) any {
	return stopIterationRaised(r, resumer, "generator")
}

// stopIterationRaised is generatorRaised for a generator or coroutine
// (kind names it in the message).
func stopIterationRaised(r any, resumer, kind string) any {
	if e, ok := r.(*BaseException); ok && e.cls.IsSubtype(StopIterationType) {
		e = Recovered(e)
		// An awaited coroutine run as a plain call inside the body turned
		// it into RuntimeError first, where it left that coroutine.
		if k, caller, inner := innermostGeneratorFrame(resumer, false); inner {
			kind, resumer = k, caller
		}
		return pep479Error(e, resumer, kind)
	}
	return r
}

// Next advances the generator; ok is false when it is exhausted.
func (g *Generator) Next() (Object, bool) {
	// A compiled generator just made or suspended (coCreated and
	// coSuspended are the states with bit 0 clear) needs none of
	// resumeWith's checks.
	if g.c.state&1 == 0 && g.c.sm != nil {
		y, done, _ := g.nextSM()
		return y, !done
	}
	y, done, _ := g.resumeWith(None, nil)
	return y, !done
}

// nextSM is next() of a compiled generator just made or suspended:
// resumeSM without a value or exception to pass in, and without a
// function between it and the body. `yield from` and next() share it, so
// it returns what resumeWith returns.
func (g *Generator) nextSM() (y Object, done bool, res Object) {
	c := &g.c
	if c.Code.Flags&CodeCatches != 0 {
		return g.resumeSM(nil, nil)
	}
	co := &c.frame
	c.state = coRunning
	// The check inline in the deferred function: a method value would
	// add a wrapper call to every resumption.
	defer func() {
		if g.c.state == coRunning {
			g.nextRaised(recover(), "github.com/py2goasync/py2goasync/runtime/py.(*Generator).nextSM")
		}
	}()
	enterFrame()
	r := c.sm(co)
	depthLeft++
	if _, suspended := r.(*coSuspendMarker); suspended {
		c.state = coSuspended
		y = co.io
		co.io = nil
		return y, false, nil
	}
	c.state = coClosed
	return nil, true, r
}

// nextItem is nextSM for Next (a for loop's step, next()): the item, and
// false once the generator is exhausted, its return value dropped.
func (g *Generator) nextItem() (Object, bool) {
	c := &g.c
	if c.Code.Flags&CodeCatches != 0 {
		y, done, _ := g.resumeSM(nil, nil)
		return y, !done
	}
	c.state = coRunning
	defer func() {
		if g.c.state == coRunning {
			g.nextRaised(recover(), nextItemFunc)
		}
	}()
	enterFrame()
	r := c.sm(&c.frame)
	depthLeft++
	return c.ran(r)
}

// ran settles a run of the body that returned r: the value it yielded
// (true) when it suspended, else nothing, the coroutine closed.
func (c *Coroutine) ran(r Object) (Object, bool) {
	if _, suspended := r.(*coSuspendMarker); suspended {
		c.state = coSuspended
		y := c.frame.io
		c.frame.io = nil
		return y, true
	}
	c.state = coClosed
	return nil, false
}

// nextItemFunc is nextItem's Go name, for the traceback of the
// RuntimeError a StopIteration out of the body becomes.
const nextItemFunc = "github.com/py2goasync/py2goasync/runtime/py.(*Generator).nextItem"

// LoopCover is where a plain function's (or module body's) loops note the
// generator NextCovered is running, for the function's deferred
// CoverLoops.
type LoopCover struct{ g *Generator }

// NextCovered is Next for a for loop of a function whose deferred
// CoverLoops(cover) no handler stands between (the loop is not inside a
// try or with statement of the function's own Go function): a compiled
// generator without handlers is resumed with no deferred function of its
// own, cover holding it while its body runs. Should an exception leave
// the body, CoverLoops does nextItem's deferred work as the function
// unwinds.
func NextCovered(it Object, cover *LoopCover) (Object, bool) {
	g, ok := it.(*Generator)
	if !ok || g.c.state&1 != 0 || !g.c.plainGen {
		return Next(it)
	}
	Checkpoint()
	// The resumption itself here, not in a function of its own: one
	// call per item (the loop's) instead of two.
	c := &g.c
	c.state = coRunning
	cover.g = g
	enterFrame()
	r := c.sm(&c.frame)
	depthLeft++
	cover.g = nil
	return c.ran(r)
}

// nextLoopFunc is NextCovered's Go name, for the traceback of the
// RuntimeError a StopIteration out of the body becomes.
const nextLoopFunc = "github.com/py2goasync/py2goasync/runtime/py.NextCovered"

// CoverLoops is deferred by a function whose loops step generators by
// NextCovered: when an exception leaves the body of the one cover holds,
// that generator is closed (with what it resumed covered) and a
// StopIteration becomes RuntimeError, as nextItem's deferred function
// would have done.
func CoverLoops(cover *LoopCover) {
	if g := cover.g; g != nil {
		cover.g = nil
		if g.c.state == coRunning {
			g.nextRaised(recover(), nextLoopFunc)
		}
	}
}

// DrainTo appends to args what g, a CodeDrains generator just made or
// suspended, would still yield, and exhausts it: for a consumer taking
// every item with no Python code between them (list(g), f(*g)), what
// resuming it item by item would give. ok is false, args unchanged, for
// any other generator or when its body declines.
func (g *Generator) DrainTo(args []Object) (out []Object, ok bool) {
	c := &g.c
	if c.Code.Flags&CodeDrains == 0 || c.state&1 != 0 || c.sm == nil {
		return args, false
	}
	co := &c.frame
	state, pc := c.state, co.PC
	c.state = coRunning
	defer func() {
		if g.c.state == coRunning {
			g.nextRaised(recover(), "github.com/py2goasync/py2goasync/runtime/py.(*Generator).nextSM")
		}
	}()
	enterFrame()
	co.PC = DrainPC
	r := c.sm(co)
	co.PC = pc
	depthLeft++
	l, drained := r.(*List)
	if !drained {
		c.state = state
		return args, false
	}
	c.state = coClosed
	if len(args) == 0 {
		// The body made l for this drain alone.
		return l.Items, true
	}
	return append(args, l.Items...), true
}

// nextCovered is nextSM for the delegate of a `yield from` in the body of
// a compiled generator without handlers (CoFrame.Step): nothing between
// that body's runner (nextSM, resumeSM) and this resumption can catch an
// exception, and the runner's deferred work closes the delegates an
// exception left running (closeDelegates), so the resumption needs no
// defer of its own. In a chain of `yield from`s only the outermost
// resumption pays for one.
//
//go:noinline
func (g *Generator) nextCovered() (y Object, done bool, res Object) {
	c := &g.c
	if c.Code.Flags&CodeCatches != 0 {
		return g.nextSM()
	}
	co := &c.frame
	c.state = coRunning
	c.covered = coveredStep
	enterFrame()
	r := c.sm(co)
	depthLeft++
	c.covered = coveredNot
	if _, suspended := r.(*coSuspendMarker); suspended {
		c.state = coSuspended
		y = co.io
		co.io = nil
		return y, false, nil
	}
	c.state = coClosed
	return nil, true, r
}

// coveredBy is the resumer running a covered generator's body.
type coveredBy uint8

const (
	coveredNot  coveredBy = iota
	coveredStep           // Generator.nextCovered
	coveredLoop           // CoFrame.Next
)

// coveredFuncs are the resumers' Go names, for the traceback of the
// RuntimeError a StopIteration out of a covered delegate becomes.
var coveredFuncs = [...]string{
	coveredStep: "github.com/py2goasync/py2goasync/runtime/py.(*Generator).nextCovered",
	coveredLoop: "github.com/py2goasync/py2goasync/runtime/py.(*CoFrame).Next",
}

// closeDelegates is the part of g's runner's deferred work that covers
// the delegates g's body resumed covered (nextCovered, CoFrame.Next):
// those the exception r left running are closed, and a StopIteration out
// of the innermost (the one that raised it) becomes RuntimeError, as its
// own runner would have made it. It returns what leaves them.
func (g *Generator) closeDelegates(r any) any {
	d, ok := g.c.frame.aw.(*Generator)
	if !ok || d.c.covered == coveredNot {
		return r
	}
	// covered is cleared on the way down: a delegate that was asked to
	// delegate to a running generator of the chain (ValueError: generator
	// already executing) makes the chain a cycle.
	var innermost coveredBy
	for ok && d.c.covered != coveredNot {
		innermost = d.c.covered
		d.c.covered = coveredNot
		next := d.c.frame.aw
		d.c.state = coClosed
		d.c.frame.aw = nil
		d, ok = next.(*Generator)
	}
	if r != nil {
		r = generatorRaised(r, coveredFuncs[innermost])
	}
	return r
}

// Send is gen.send(v).
func (g *Generator) Send(v Object) Object {
	y, done, res := g.resumeWith(v, nil)
	if done {
		panic(newStopIteration(res))
	}
	return y
}

// Throw is gen.throw(e).
func (g *Generator) Throw(e *BaseException) Object {
	y, done, res := g.resumeWith(None, e)
	if done {
		panic(newStopIteration(res))
	}
	return y
}

// Close is gen.close().
func (g *Generator) Close() {
	switch {
	case g.c.state == coClosed:
		return
	case g.c.sm != nil:
		if g.c.state == coCreated {
			g.c.state = coClosed
			return
		}
		g.c.closeSM("generator")
		return
	case g.c.stack == nil || !g.c.stack.started:
		g.c.state = coClosed
		return
	}
	closeStack(g.c.stack, "generator", func() { g.c.state = coClosed })
}

func (g *Generator) String() string {
	return fmt.Sprintf("<generator object %s at %s>", g.c.Code.Qualname, addr(g))
}
