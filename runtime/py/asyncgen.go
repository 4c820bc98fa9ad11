package py

import (
	"fmt"
)

// Hooks for classes implemented in Go outside this package (asyncio's
// Future, Task, loop, ...). They live here, in a file owned by the asyncio
// runtime, to keep the rest of package py untouched.

// NewNativeType makes a class implemented in Go, with a single base, whose
// instances (of it or of a Python subclass) are made by alloc. alloc may be
// nil to inherit the base's allocator.
func NewNativeType(name, module string, base *Type, alloc func(t *Type) Object) *Type {
	if base == nil {
		base = ObjectType
	}
	t := newBuiltinType(name, base)
	t.Module = module
	t.newInstance = alloc
	return t
}

// SetNoNew makes a native class impossible to instantiate from Python
// ("cannot create 'X' instances").
func (t *Type) SetNoNew() { t.noNew = true }

// EnterMain takes the GIL for the main thread, for Go tests and embedders
// that call Python-level code without RunMain. It is a no-op when the
// calling program already holds it.
func EnterMain() {
	if current == nil {
		acquireMain()
	}
}

// SetAllocator sets how instances of t (and of its Python subclasses) are
// made, for classes defined elsewhere whose instances are Go values
// (contextvars.ContextVar, Context).
func (t *Type) SetAllocator(alloc func(t *Type) Object) { t.newInstance = alloc }

// Range calls f for each variable bound in c, in no particular order
// (CPython's contexts are hash tries), until f returns false.
func (c *Context) Range(f func(v *ContextVar, x Object) bool) {
	for k, v := range c.vars {
		if !f(k, v) {
			return
		}
	}
}

// Async generators.
//
// The body of an async generator runs on its own stack, like a generator.
// It suspends for two reasons: `yield v` (Yield suspends with a wrapped
// value) and `await` of a pending future (Suspend from inside the body,
// which yields the future itself). The awaitables returned by __anext__,
// asend, athrow and aclose drive the stack: a wrapped value ends the
// awaitable with that value, anything else is passed out to whoever awaits
// the awaitable (the Task) and the answer passed back in, as CPython's
// async_generator_asend does with `yield from` semantics.

// AsyncGenerator is the object an `async def` with `yield` returns.
type AsyncGenerator struct {
	// c's Code, stack and state are the generator's; c.sm is the state
	// machine of a compiled async generator.
	c Coroutine
	// runningAsync is ag_running_async: an awaitable is driving the body.
	runningAsync bool
	hooksInited  bool
	closing      bool
}

type asyncGenWrapped struct{ v Object }

var (
	AsyncGeneratorType  = newBuiltinType("async_generator", ObjectType)
	asyncGenASendType   = newBuiltinType("async_generator_asend", ObjectType)
	asyncGenAThrowType  = newBuiltinType("async_generator_athrow", ObjectType)
	asyncGenWrappedType = newBuiltinType("async_generator_wrapped_value", ObjectType)
	anextAwaitableType  = newBuiltinType("anext_awaitable", ObjectType)
)

func (*AsyncGenerator) Type() *Type  { return AsyncGeneratorType }
func (*asyncGenWrapped) Type() *Type { return asyncGenWrappedType }

// NewAsyncGenerator makes an async generator object; body runs on the
// first __anext__/asend.
func NewAsyncGenerator(code *Code, body func(g *AsyncGenerator) Object) *AsyncGenerator {
	code.noteBody(body)
	g := &AsyncGenerator{}
	g.c.Code = code
	g.c.frame.Value = bodyFunc(func() Object { return body(g) })
	madeGenerator(g)
	return g
}

// NewAsyncGeneratorSM makes an async generator whose body is a compiled
// state machine (see CoFrame); its yields are co.AsyncYield.
func NewAsyncGeneratorSM(code *Code, body func(co *CoFrame) Object) *AsyncGenerator {
	code.noteBody(body)
	g := &AsyncGenerator{}
	g.c.Code, g.c.sm = code, body
	madeGenerator(g)
	return g
}

// AsyncYield is `yield v` in a compiled async generator: the value is
// marked so the generator's awaitables tell it from a future the body
// passes out to the task.
func (co *CoFrame) AsyncYield(pc int32, v Object) Object {
	return co.Suspend(pc, &asyncGenWrapped{v})
}

func (g *AsyncGenerator) String() string {
	return fmt.Sprintf("<async_generator object %s at %s>", g.c.Code.Qualname, addr(g))
}

// Done reports whether the generator is exhausted or closed.
func (g *AsyncGenerator) Done() bool { return g.c.state == coClosed }

// Yield is a `yield v` expression in an async generator's body.
func (g *AsyncGenerator) Yield(v Object) Object {
	send, throw := g.c.stack.suspend(&asyncGenWrapped{v})
	if throw != nil {
		throw.recordRaise(2)
		panic(throw)
	}
	return send
}

// SetAsyncGenFirstIter installs the current thread's firstiter hook
// (sys.set_asyncgen_hooks), returning the previous one.
func SetAsyncGenFirstIter(f func(g *AsyncGenerator)) func(g *AsyncGenerator) {
	return swapAsyncGenHook(&current.asyncGenFirstIter, f)
}

// swapAsyncGenHook installs one of the current thread's async generator
// hooks, returning the previous one.
func swapAsyncGenHook(hook *func(g *AsyncGenerator), f func(g *AsyncGenerator)) func(g *AsyncGenerator) {
	prev := *hook
	*hook = f
	return prev
}

func (g *AsyncGenerator) initHooks() {
	if g.hooksInited {
		return
	}
	g.hooksInited = true
	if f := current.asyncGenFirstIter; f != nil {
		f(g)
	}
}

// step resumes the body once. It reports a wrapped yielded value (isValue),
// another suspension (a future to pass out), or the end of the body.
func (g *AsyncGenerator) step(v Object, e *BaseException) (y Object, isValue bool, finished bool) {
	switch {
	case g.c.state == coClosed:
		if e != nil {
			panic(e)
		}
		return nil, false, true
	case g.c.state == coRunning || g.c.stack != nil && g.c.stack.running:
		panic(NewError(ValueErrorType, "async generator already executing"))
	case g.c.state == coCreated && g.c.stack == nil:
		if e != nil {
			g.c.state = coClosed
			panic(e)
		}
		if v != nil && v != None {
			panic(NewError(TypeErrorType, "can't send non-None value to a just-started async generator"))
		}
		if g.c.sm == nil {
			g.c.stack = newStack(g.c.body())
		}
	}
	g.c.state = coRunning
	ok := false
	defer func() {
		if !ok {
			g.c.state = coClosed
			if r := recover(); r != nil {
				exc := Recovered(r)
				if exc.cls.IsSubtype(StopAsyncIterationType) || exc.cls.IsSubtype(StopIterationType) {
					n := NewError(RuntimeErrorType, "async generator raised "+exc.cls.Name)
					n.Cause, n.Context, n.SuppressContext = exc, exc, true
					panic(n)
				}
				panic(exc)
			}
		}
	}()
	var yv Object
	var done bool
	if g.c.sm != nil {
		yv, done, _ = g.c.resumeSM(v, e)
	} else {
		yv, done = g.c.stack.resume(v, e)
	}
	ok = true
	if done {
		g.c.state = coClosed
		return nil, false, true
	}
	g.c.state = coSuspended
	if w, isW := yv.(*asyncGenWrapped); isW {
		return w.v, true, false
	}
	return yv, false, false
}

// asyncGenASend is the awaitable of __anext__() and asend(v).
type asyncGenASend struct {
	gen   *AsyncGenerator
	val   Object
	state uint8 // 0 init, 1 iter, 2 closed
}

func (*asyncGenASend) Type() *Type { return asyncGenASendType }

func (a *asyncGenASend) String() string {
	return fmt.Sprintf("<async_generator_asend object at %s>", addr(a))
}

// AwaitDirect drives the generator until it yields a value.
func (a *asyncGenASend) AwaitDirect() Object {
	if a.state == 2 {
		panic(NewError(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()"))
	}
	g := a.gen
	if g.runningAsync {
		a.state = 2
		panic(NewError(RuntimeErrorType, "anext(): asynchronous generator is already running"))
	}
	send, throw := a.val, (*BaseException)(nil)
	if send == nil {
		send = None
	}
	a.state = 1
	g.runningAsync = true
	defer func() {
		g.runningAsync = false
		a.state = 2
	}()
	for {
		y, isValue, finished := g.step(send, throw)
		if finished {
			panic(NewException(StopAsyncIterationType))
		}
		if isValue {
			return y
		}
		send, throw = Suspend(y)
	}
}

// AwaitStep is asend/__anext__ awaited by a compiled coroutine: each step
// resumes the body once; a yielded value ends the await, anything else (a
// future) is passed out to the task and its answer passed back in.
func (a *asyncGenASend) AwaitStep(first bool, send Object, throw *BaseException) (Object, bool, Object) {
	g := a.gen
	if first {
		if a.state == 2 {
			panic(NewError(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()"))
		}
		if g.runningAsync {
			a.state = 2
			panic(NewError(RuntimeErrorType, "anext(): asynchronous generator is already running"))
		}
		send, throw = a.val, nil
		if send == nil {
			send = None
		}
		a.state = 1
		g.runningAsync = true
	}
	over := true
	defer func() {
		if over {
			g.runningAsync = false
			a.state = 2
		}
	}()
	y, isValue, finished := g.step(send, throw)
	switch {
	case finished:
		panic(NewException(StopAsyncIterationType))
	case isValue:
		return nil, true, y
	}
	over = false
	return y, false, nil
}

// asyncGenAThrow is the awaitable of athrow() and aclose().
type asyncGenAThrow struct {
	gen   *AsyncGenerator
	exc   *BaseException // nil: aclose()
	state uint8
	// driver runs AwaitDirect when a Task drives the awaitable itself, as
	// the event loop's async generator finalizer has it do (resumeWith).
	driver *Coroutine
}

// resumeWith lets a Task drive aclose()/athrow() as a coroutine: it runs
// AwaitDirect on a coroutine stack of its own.
func (a *asyncGenAThrow) resumeWith(v Object, e *BaseException) (Object, bool, Object) {
	if a.driver == nil {
		a.driver = &Coroutine{Code: athrowCode, frame: CoFrame{Value: bodyFunc(a.AwaitDirect)}}
	}
	return a.driver.resumeWith(v, e)
}

var athrowCode = &Code{Name: "aclose", Qualname: "aclose"}

func (*asyncGenAThrow) Type() *Type { return asyncGenAThrowType }

func (a *asyncGenAThrow) String() string {
	return fmt.Sprintf("<async_generator_athrow object at %s>", addr(a))
}

func (a *asyncGenAThrow) AwaitDirect() Object {
	if a.state == 2 {
		panic(NewError(RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()"))
	}
	g := a.gen
	if g.runningAsync {
		a.state = 2
		msg := "athrow(): asynchronous generator is already running"
		if a.exc == nil {
			msg = "aclose(): asynchronous generator is already running"
		}
		panic(NewError(RuntimeErrorType, msg))
	}
	a.state = 1
	defer func() { a.state = 2 }()
	if g.c.state == coClosed || g.c.state == coCreated && g.c.stack == nil {
		g.c.state = coClosed
		if a.exc == nil {
			return None
		}
		panic(NewException(StopAsyncIterationType))
	}
	g.runningAsync = true
	defer func() { g.runningAsync = false }()
	throw := a.exc
	if throw == nil {
		throw = NewException(GeneratorExitType)
	}
	var send Object = None
	first := true
	for {
		var (
			y        Object
			isValue  bool
			finished bool
		)
		if a.exc == nil {
			// aclose(): GeneratorExit or StopAsyncIteration from the body
			// mean it closed properly.
			var closedOK bool
			depth := SaveDepth()
			func() {
				defer func() {
					if r := recover(); r != nil {
						RestoreDepth(depth)
						e := Recovered(r)
						if e.cls.IsSubtype(GeneratorExitType) || e.cls.IsSubtype(StopAsyncIterationType) {
							closedOK = true
							return
						}
						if e.cls.IsSubtype(RuntimeErrorType) && e.Cause != nil && e.Cause.cls.IsSubtype(StopAsyncIterationType) {
							closedOK = true
							return
						}
						panic(e)
					}
				}()
				var t *BaseException
				if first {
					t = throw
				}
				y, isValue, finished = g.step(send, t)
			}()
			if closedOK || finished {
				g.c.state = coClosed
				return None
			}
			if isValue {
				panic(NewError(RuntimeErrorType, "async generator ignored GeneratorExit"))
			}
		} else {
			var t *BaseException
			if first {
				t = throw
			}
			y, isValue, finished = g.step(send, t)
			if finished {
				panic(NewException(StopAsyncIterationType))
			}
			if isValue {
				return y
			}
		}
		first = false
		var thr *BaseException
		send, thr = Suspend(y)
		if thr != nil {
			// Pass a thrown exception (a cancellation) into the body.
			throw, first = thr, true
		}
	}
}

// ASend returns g.asend(v) (v nil: __anext__()).
func (g *AsyncGenerator) ASend(v Object) Object {
	g.initHooks()
	return &asyncGenASend{gen: g, val: v}
}

// AClose returns g.aclose().
func (g *AsyncGenerator) AClose() Object {
	g.initHooks()
	return &asyncGenAThrow{gen: g}
}

// AIter is aiter(x): the iterator `async for` uses.
func AIter(x Object) Object {
	if g, ok := x.(*AsyncGenerator); ok {
		return g
	}
	m := LookupSpecial(x, "__aiter__")
	if m == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("'async for' requires an object with __aiter__ method, got %s", x.Type().Name)))
	}
	it := Call(m)
	if _, ok := it.(*AsyncGenerator); !ok && LookupSpecial(it, "__anext__") == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("'async for' received an object from __aiter__ that does not implement __anext__: %s", it.Type().Name)))
	}
	return it
}

// ANext awaits the next item of an async iterator for `async for`; ok is
// false when it raised StopAsyncIteration.
func ANext(it Object) (v Object, ok bool) {
	var aw Object
	if g, isGen := it.(*AsyncGenerator); isGen {
		aw = g.ASend(nil)
	} else {
		m := LookupSpecial(it, "__anext__")
		if m == nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("'async for' requires an iterator with __anext__ method, got %s", it.Type().Name)))
		}
		aw = anextChecked(Call(m))
	}
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			if e, isExc := r.(*BaseException); isExc && e.cls.IsSubtype(StopAsyncIterationType) {
				RestoreDepth(depth)
				v, ok = nil, false
				return
			}
			panic(r)
		}
	}()
	return Await(aw), true
}

// anextAwaitable is anext(it, default).
type anextAwaitable struct {
	inner Object
	dflt  Object
}

func (*anextAwaitable) Type() *Type { return anextAwaitableType }

func (a *anextAwaitable) AwaitDirect() (v Object) {
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			if e, isExc := r.(*BaseException); isExc && e.cls.IsSubtype(StopAsyncIterationType) {
				RestoreDepth(depth)
				v = a.dflt
				return
			}
			panic(r)
		}
	}()
	return Await(a.inner)
}

func asyncAnext(it, dflt Object) Object {
	var aw Object
	if g, ok := it.(*AsyncGenerator); ok {
		aw = g.ASend(nil)
	} else {
		m := LookupSpecial(it, "__anext__")
		if m == nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not an async iterator", it.Type().Name)))
		}
		aw = Call(m)
	}
	if dflt == nil {
		return aw
	}
	return &anextAwaitable{inner: aw, dflt: dflt}
}

func throwArg(args []Object) *BaseException {
	return throwArgs("throw", args)
}

// throwArgs is what gen.throw(typ[, val[, tb]]) raises into the generator
// (_gen_throw): a class is instantiated as PyErr_NormalizeException does
// (with val as its argument, or its arguments when a tuple, or val itself
// when already an instance), an instance takes no separate value; a
// traceback argument must be a traceback or None.
func throwArgs(name string, args []Object) *BaseException {
	if len(args) == 0 {
		panic(NewError(TypeErrorType, name+" expected at least 1 argument, got 0"))
	}
	if len(args) > 3 {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s expected at most 3 arguments, got %d", name, len(args))))
	}
	var val, tb Object
	if len(args) > 1 {
		val = args[1]
	}
	if len(args) > 2 {
		tb = args[2]
	}
	if tb == None {
		tb = nil
	}
	if _, ok := tb.(*tracebackObject); tb != nil && !ok {
		panic(NewError(TypeErrorType, name+"() third argument must be a traceback object"))
	}
	var e *BaseException
	switch v := args[0].(type) {
	case *BaseException:
		if val != nil && val != None {
			panic(NewError(TypeErrorType, "instance exception may not have a separate value"))
		}
		e = v
	case *Type:
		if !v.IsSubtype(BaseExceptionType) {
			panic(NewError(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not type"))
		}
		e = normalizeException(v, val)
	default:
		panic(NewError(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not "+args[0].Type().Name))
	}
	if tb != nil {
		setTraceback(e, tb)
	}
	return e
}

// normalizeException is PyErr_NormalizeException for a class and a value:
// the value itself when it is an instance of the class, else the class
// called with it (its items when a tuple, nothing when None). A class
// whose call makes no exception gives the TypeError saying so, which is
// then what is raised.
func normalizeException(t *Type, val Object) (e *BaseException) {
	if x, ok := val.(*BaseException); ok && x.cls.IsSubtype(t) {
		return x
	}
	defer func() {
		if r := recover(); r != nil {
			e = Recovered(r)
		}
	}()
	var r Object
	switch v := val.(type) {
	case nil, NoneType:
		r = Call(t)
	case *Tuple:
		r = Call(t, v.Items...)
	default:
		r = Call(t, val)
	}
	x, ok := r.(*BaseException)
	if !ok {
		return NewError(TypeErrorType, fmt.Sprintf("calling %s should have returned an instance of BaseException, not %s", Repr(t), typeName(r)))
	}
	return x
}

// awaitableDriver lets Python code drive an awaitable by hand
// (aw.__await__().send(None) ...): it runs AwaitDirect on a stack of its
// own.
type awaitableDriver struct {
	aw    DirectAwaitable
	stack *coStack
}

var awaitableDriverType = newBuiltinType("awaitable_iterator", ObjectType)

func (*awaitableDriver) Type() *Type { return awaitableDriverType }

func (d *awaitableDriver) resumeWith(v Object, e *BaseException) (Object, bool, Object) {
	if d.stack == nil {
		d.stack = newStack(func() Object { return d.aw.AwaitDirect() })
	}
	if d.stack.finished {
		if e != nil {
			panic(e)
		}
		panic(NewException(StopIterationType))
	}
	y, done := d.stack.resume(v, e)
	if done {
		return nil, true, d.stack.result
	}
	return y, false, nil
}

func driverMethods(t *Type) {
	method(t, "__await__", func(a []Object, kw []string) Object {
		return &awaitableDriver{aw: a[0].(DirectAwaitable)}
	})
	method(t, "send", func(a []Object, kw []string) Object {
		d := &awaitableDriver{aw: a[0].(DirectAwaitable)}
		y, done, res := d.resumeWith(a[1], nil)
		if done {
			panic(newStopIteration(res))
		}
		return y
	})
	method(t, "throw", func(a []Object, kw []string) Object {
		d := &awaitableDriver{aw: a[0].(DirectAwaitable)}
		y, done, res := d.resumeWith(None, throwArg(a[1:]))
		if done {
			panic(newStopIteration(res))
		}
		return y
	})
	method(t, "close", func(a []Object, kw []string) Object { return None })
}

func init() {
	t := AsyncGeneratorType
	t.noNew = true
	self := func(o Object) *AsyncGenerator { return o.(*AsyncGenerator) }
	method(t, "__aiter__", func(a []Object, kw []string) Object { return a[0] })
	method(t, "__anext__", func(a []Object, kw []string) Object { return self(a[0]).ASend(nil) })
	method(t, "asend", func(a []Object, kw []string) Object {
		p := ParseArgs("asend", a[1:], kw, []string{"value"}, 1)
		return self(a[0]).ASend(p[0])
	})
	method(t, "athrow", func(a []Object, kw []string) Object {
		g := self(a[0])
		g.initHooks()
		return &asyncGenAThrow{gen: g, exc: throwArgs("athrow", a[1:])}
	})
	method(t, "aclose", func(a []Object, kw []string) Object { return self(a[0]).AClose() })
	method(t, "__repr__", func(a []Object, kw []string) Object { return Str(self(a[0]).String()) })
	AddGetter(t, "ag_running", func(o Object) Object { return NewBool(self(o).runningAsync) }, nil)
	AddGetter(t, "__name__", func(o Object) Object { return Str(self(o).c.Code.Name) }, nil)
	AddGetter(t, "__qualname__", func(o Object) Object { return Str(self(o).c.Code.Qualname) }, nil)
	AddGetter(t, "ag_await", func(o Object) Object { return None }, nil)
	AddGetter(t, "ag_frame", func(o Object) Object {
		// A snapshot frame (f_back None, as a suspended generator's is).
		if self(o).c.state == coClosed {
			return None
		}
		return &frameObject{code: self(o).c.Code}
	}, nil)
	for _, at := range []*Type{asyncGenASendType, asyncGenAThrowType, anextAwaitableType} {
		at.noNew = true
		driverMethods(at)
	}
	awaitableDriverType.noNew = true
	method(awaitableDriverType, "__iter__", func(a []Object, kw []string) Object { return a[0] })
	method(awaitableDriverType, "__next__", func(a []Object, kw []string) Object {
		y, done, res := a[0].(*awaitableDriver).resumeWith(None, nil)
		if done {
			panic(newStopIteration(res))
		}
		return y
	})
	method(awaitableDriverType, "send", func(a []Object, kw []string) Object {
		y, done, res := a[0].(*awaitableDriver).resumeWith(a[1], nil)
		if done {
			panic(newStopIteration(res))
		}
		return y
	})
	method(awaitableDriverType, "throw", func(a []Object, kw []string) Object {
		y, done, res := a[0].(*awaitableDriver).resumeWith(None, throwArg(a[1:]))
		if done {
			panic(newStopIteration(res))
		}
		return y
	})
	method(awaitableDriverType, "close", func(a []Object, kw []string) Object { return None })

	builtin("aiter", func(a []Object, kw []string) Object {
		p := ParseArgs("aiter", a, kw, []string{"async_iterable"}, 1)
		if g, ok := p[0].(*AsyncGenerator); ok {
			return g
		}
		m := LookupSpecial(p[0], "__aiter__")
		if m == nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not an async iterable", p[0].Type().Name)))
		}
		it := Call(m)
		if _, ok := it.(*AsyncGenerator); !ok && LookupSpecial(it, "__anext__") == nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("aiter() returned not an async iterator of type '%s'", it.Type().Name)))
		}
		return it
	})
	builtin("anext", func(a []Object, kw []string) Object {
		p := ParseArgs("anext", a, kw, []string{"aiterator", "default"}, 1)
		return asyncAnext(p[0], p[1])
	})
	Builtins.Dict.setIdent("StopAsyncIteration", StopAsyncIterationType)
}
