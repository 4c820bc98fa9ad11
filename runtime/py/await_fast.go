package py

// Await fast paths. `await obj.m(args)` makes a coroutine and at once runs
// it. When the method is a runtime builtin whose coroutine would finish
// without suspending (Queue.put with room, acquire of a free Lock), no code
// can run between the call and the await's end, so no one can observe the
// coroutine object: compiled code lets the method do its work directly and
// skips making it. The method's await fast path reports whether it could;
// if not, the call and the await happen as usual.

// SetAwaitFast gives a builtin method returning a coroutine its await fast
// path; fn is func(self) (Object, bool) or func(self, a) (Object, bool),
// or for an __aexit__ func(self, exc *BaseException) (Object, bool) (exc nil
// for none); it returns the await's result and true when it finished
// without suspending, having done nothing otherwise. The first two may
// instead return a StandIn and false (not for __aexit__): the await drives
// the stand-in in place of the coroutine. (nil, false): the call and the
// await happen as usual.
func (f *BuiltinFunction) SetAwaitFast(fn any) {
	if f.entries == nil {
		f.entries = &builtinEntries{}
	}
	switch g := fn.(type) {
	case func(Object) (Object, bool):
		f.entries.await0 = g
	case func(Object, Object) (Object, bool):
		f.entries.await1 = g
	case func(Object, *BaseException) (Object, bool):
		f.entries.awaitExit = g
	default:
		panic("py: SetAwaitFast: unsupported signature")
	}
}

// SetAwaitFastMethod gives the builtin method t.name an await fast path.
// A method's fn0 or fn1 runs before the instance dict is consulted (the
// usual shadowing test costs an interface assertion per await, a third of
// a Queue round trip's method lookups): it must decline, returning
// (nil, false), when self's instance dict holds name (ShadowedByInstance,
// or a test of the concrete type's dict). Declining is always safe: the
// call then happens as usual.
func SetAwaitFastMethod(t *Type, name string, fn any) {
	builtinMethod(t, name).SetAwaitFast(fn)
}

// Stand-ins: the coroutine of some builtin coroutine functions does
// nothing anyone can see before it first suspends (asyncio.sleep(0) yields
// at once; Queue.get() of an empty queue appends a future to the getters
// and yields it). Awaited by a compiled coroutine, such a coroutine need
// not exist: the method's await fast path returns a StandIn, which the
// frame drives as a StepAwaitable (no coroutine to allocate, no two
// resumptions of it per step). The one place the coroutine could be seen
// is cr_await (gi_yieldfrom) of the awaiting coroutine: reading it
// materializes the coroutine, suspended where the stand-in is, and the
// coroutine replaces the stand-in (CoFrame.Awaiting).
type StandIn interface {
	StepAwaitable
	// Materialize makes the coroutine, suspended where the stand-in is.
	Materialize() *Coroutine
}

// SuspendedOf makes a coroutine of kind k as it is once suspended at
// resume point pc, awaiting aw (nil: at a bare yield): what a stand-in's
// Materialize returns.
func SuspendedOf[S any](k *CoroutineKind[S], pc int32, aw Object) (*Coroutine, *S) {
	c := &CoroutineOf[S]{}
	c.Code, c.sm = k.code, k.body
	c.state = coSuspended
	c.frame.PC, c.frame.aw = pc, aw
	return &c.Coroutine, &c.State
}

// awaitStandIn starts the await of a stand-in at resume point pc.
func (co *CoFrame) awaitStandIn(pc int32, s Object) {
	co.PC, co.aw, co.first = pc, s, true
	co.io, co.throw = None, nil
}

// stepThrowing is AwaitStep with e thrown in while the awaiting frame
// handles own: what comes out is chained to own, as an exception thrown
// into a generator is to what that generator handles (throwInto).
func stepThrowing(a StepAwaitable, first bool, send Object, e, own *BaseException) (Object, bool, Object) {
	defer func() {
		if r := recover(); r != nil {
			if x, ok := r.(*BaseException); ok {
				chainContext(x, own)
			}
			panic(r)
		}
	}()
	return a.AwaitStep(first, send, e)
}

// ShadowedByInstance reports whether o's instance dict holds name (an
// await fast path's test, see SetAwaitFastMethod).
func ShadowedByInstance(o Object, name string) bool { return shadowedByInstance(o, name) }

// awaitEntries is builtinMethodOf's hit test without its instance dict
// test: the fast paths of a site whose method is a builtin one with an
// await fast path, which tests the dict itself (SetAwaitFastMethod); nil
// otherwise. The caller tests o.Type() == c.t (a call that would keep
// awaitEntries from inlining).
func awaitEntries(o Object, c *AttrCache) *builtinEntries {
	if c.goType == typeWord(o) && c.epoch == typeEpoch && c.builtin != nil {
		return c.builtin.entries
	}
	return nil
}

// AwaitMethodIC0 starts `await o.name()` at resume point pc, like
// Await(pc, CallMethodIC0(o, name, c)); Step drives it.
func (co *CoFrame) AwaitMethodIC0(pc int32, o Object, name string, c *AttrCache) {
	if e := awaitEntries(o, c); e != nil && e.await0 != nil && o.Type() == c.t {
		if v, done := e.await0(o); done {
			co.awaited(pc, v)
		} else if v != nil {
			co.awaitStandIn(pc, v)
		} else {
			co.Await(pc, awaitCall0(o, name, c))
		}
		return
	}
	if b, ok := builtinMethodOf(o, name, c); ok && b.entries != nil {
		e := b.entries
		if e.await0 != nil {
			if v, done := e.await0(o); done {
				co.awaited(pc, v)
				return
			} else if v != nil {
				co.awaitStandIn(pc, v)
				return
			}
		}
		if e.fast0 != nil {
			co.Await(pc, e.fast0(o))
			return
		}
	}
	co.Await(pc, awaitCall0(o, name, c))
}

// AwaitMethodIC1 starts `await o.name(a)` at resume point pc.
func (co *CoFrame) AwaitMethodIC1(pc int32, o Object, name string, c *AttrCache, a Object) {
	if e := awaitEntries(o, c); e != nil && e.await1 != nil && o.Type() == c.t {
		if v, done := e.await1(o, a); done {
			co.awaited(pc, v)
		} else if v != nil {
			co.awaitStandIn(pc, v)
		} else {
			co.Await(pc, awaitCall1(o, name, c, a))
		}
		return
	}
	if b, ok := builtinMethodOf(o, name, c); ok && b.entries != nil {
		e := b.entries
		if e.await1 != nil {
			if v, done := e.await1(o, a); done {
				co.awaited(pc, v)
				return
			} else if v != nil {
				co.awaitStandIn(pc, v)
				return
			}
		}
		if e.fast1 != nil {
			co.Await(pc, e.fast1(o, a))
			return
		}
	} else if _, ok := o.(*Module); ok {
		// `await module.f(a)` (asyncio.sleep(0)): f's await fast path,
		// if it has one, else CallMethodIC1's call of the attribute.
		f := moduleAttr(o, name, c)
		if b, ok := f.(*BuiltinFunction); ok && b.entries != nil && b.entries.await1 != nil && (!b.method || b.Self != nil) {
			if v, done := b.entries.await1(b.Self, a); done {
				co.awaited(pc, v)
				return
			} else if v != nil {
				co.awaitStandIn(pc, v)
				return
			}
		}
		if _, ok := f.(*Function); ok {
			co.Await(pc, awaitCallFn1(f, a))
		} else {
			// A function of the runtime's asyncio (sleep) stands for an
			// async def: what it raises belongs to the await.
			co.Await(pc, Call1(f, a))
		}
		return
	}
	co.Await(pc, awaitCall1(o, name, c, a))
}

// AwaitMeth1 is the method of `await o.name(a)` when a can run code:
// looked up by AwaitLookup1 before a is evaluated, as the call's method
// is (method_hit.go). await is the await fast path of the builtin method
// that lookup found, called with self (nil: none); m is the method, for
// the call.
type AwaitMeth1 struct {
	await func(self, a Object) (Object, bool)
	self  Object
	m     Meth1
}

// AwaitLookup1 is the lookup of `await o.name(a)`: AwaitMethodIC1's
// entries, tested before the argument runs. A builtin method's fast path
// is kept only when the method is what o.name finds now (no instance
// value shadows it), so that an argument adding or deleting such a value
// cannot change which is called.
func AwaitLookup1(o Object, name string, c *AttrCache) AwaitMeth1 {
	if e := awaitEntries(o, c); e != nil && e.await1 != nil && e.fast1 != nil && o.Type() == c.t && !(c.dictable && shadowedByInstance(o, name)) {
		return AwaitMeth1{e.await1, o, Meth1{e.fast1, o}}
	}
	return awaitLookup1(o, name, c)
}

// awaitLookup1 is AwaitLookup1 past the site's await entry.
func awaitLookup1(o Object, name string, c *AttrCache) AwaitMeth1 {
	if b, ok := builtinMethodOf(o, name, c); ok && b.entries != nil && b.entries.fast1 != nil {
		return AwaitMeth1{b.entries.await1, o, Meth1{b.entries.fast1, o}}
	} else if _, ok := o.(*Module); ok {
		// `await module.f(a)`: f's await fast path, if it has one.
		f := moduleAttr(o, name, c)
		if b, ok := f.(*BuiltinFunction); ok && b.entries != nil && b.entries.await1 != nil && (!b.method || b.Self != nil) {
			return AwaitMeth1{b.entries.await1, b.Self, Meth1{callAny1, f}}
		}
		return AwaitMeth1{m: Meth1{callAny1, f}}
	}
	return AwaitMeth1{m: LoadMethod1(MethodHit1(o, name, c))}
}

// AwaitMethod1 starts `await o.name(a)` at resume point pc, the method
// looked up by AwaitLookup1.
func (co *CoFrame) AwaitMethod1(pc int32, m AwaitMeth1, a Object) {
	if m.await != nil {
		if v, done := m.await(m.self, a); done {
			co.awaited(pc, v)
			return
		} else if v != nil {
			co.awaitStandIn(pc, v)
			return
		}
	}
	co.Await(pc, awaitCallMeth1(m.m, a))
}

// awaited records an await at pc that finished at once with v: the Step
// that follows has nothing to drive.
func (co *CoFrame) awaited(pc int32, v Object) {
	co.PC, co.aw, co.Value = pc, nil, v
	co.io, co.throw = None, nil
}

// finishedAwait is an awaitable whose await ends at once with v: what a
// fast path leaves where a coroutine would otherwise be awaited.
type finishedAwait struct{ v Object }

var finishedNone = &finishedAwait{None}

func finished(v Object) Object {
	if _, none := v.(NoneType); none {
		return finishedNone
	}
	return &finishedAwait{v}
}

func (*finishedAwait) Type() *Type { return CoroutineType }

func (f *finishedAwait) AwaitStep(first bool, send Object, throw *BaseException) (Object, bool, Object) {
	if throw != nil {
		panic(throw)
	}
	return nil, true, f.v
}

// AwaitDirect0 starts `await v()` at resume point pc in a compiled
// coroutine, where fn is the plain body of the never-suspending async def
// f (see DirectAwait0): the body runs on the awaiting frame, no coroutine
// object is made, and the Step that follows has nothing to drive. When v
// is no longer f (or f's __code__ was assigned), the call and the await
// happen as usual.
func (co *CoFrame) AwaitDirect0(pc int32, v Object, f *Function, fn func(*Dict) Object) {
	if v != Object(f) || f == nil || f.codeSwapped {
		co.Await(pc, Call0(v))
		return
	}
	enterDirect()
	r := fn(f.globals)
	depthLeft++
	co.awaited(pc, r)
}

// AwaitDirect1 is AwaitDirect0 for `await v(a)`.
func (co *CoFrame) AwaitDirect1(pc int32, v Object, f *Function, fn func(*Dict, Object) Object, a Object) {
	if v != Object(f) || f == nil || f.codeSwapped {
		co.Await(pc, Call1(v, a))
		return
	}
	enterDirect()
	r := fn(f.globals, a)
	depthLeft++
	co.awaited(pc, r)
}

// AwaitDirect2 is AwaitDirect0 for `await v(a, b)`.
func (co *CoFrame) AwaitDirect2(pc int32, v Object, f *Function, fn func(*Dict, Object, Object) Object, a, b Object) {
	if v != Object(f) || f == nil || f.codeSwapped {
		co.Await(pc, Call2(v, a, b))
		return
	}
	enterDirect()
	r := fn(f.globals, a, b)
	depthLeft++
	co.awaited(pc, r)
}

// AwaitDirect3 is AwaitDirect0 for `await v(a, b, c)`.
func (co *CoFrame) AwaitDirect3(pc int32, v Object, f *Function, fn func(*Dict, Object, Object, Object) Object, a, b, c Object) {
	if v != Object(f) || f == nil || f.codeSwapped {
		co.Await(pc, Call3(v, a, b, c))
		return
	}
	enterDirect()
	r := fn(f.globals, a, b, c)
	depthLeft++
	co.awaited(pc, r)
}

// enterDirect takes the frame level of a body run on the awaiting frame.
func enterDirect() {
	if depthLeft <= 0 {
		panic(recursionError(""))
	}
	depthLeft--
}

// awaitCall0, awaitCall1, awaitCallMeth1 and awaitCallFn1 make the call of `await
// o.m(...)` (a Python method's, mostly) for AwaitMethodIC0/1 and
// AwaitMethod1. pythonFrames tells their frames apart (awaitCallFuncs): the
// awaiting frame shows the call's position for what they raise, as
// CPython's CALL has it, not the await's (its span, which the rest of
// the await raises at).
//
//go:noinline
func awaitCall0(o Object, name string, c *AttrCache) Object { return CallMethodIC0(o, name, c) }

//go:noinline
func awaitCall1(o Object, name string, c *AttrCache, a Object) Object {
	return CallMethodIC1(o, name, c, a)
}

//go:noinline
func awaitCallMeth1(m Meth1, a Object) Object { return m.Call(a) }

//go:noinline
func awaitCallFn1(f, a Object) Object { return Call1(f, a) }
