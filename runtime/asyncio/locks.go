package asyncio

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// asyncio.locks: Lock, Event, Condition, Semaphore, BoundedSemaphore,
// Barrier, with CPython's wake-up order.

// loopBound is mixins._LoopBoundMixin.
type loopBound struct {
	cls  *py.Type
	dict *py.Dict
	loop *Loop
	// other is a `_loop` assigned that is not a py2goasync loop (tests set
	// the private attribute): no running loop is it.
	other py.Object
}

type hasLoopBound interface{ bound() *loopBound }

func (b *loopBound) bound() *loopBound { return b }

// loopAttr adds mixins._LoopBoundMixin's `_loop` attribute (None until the
// object first needs its loop; assignable, as the private attribute is).
func loopAttr(t *py.Type) {
	py.AddGetter(t, "_loop", func(o py.Object) py.Object {
		b := o.(hasLoopBound).bound()
		if b.other != nil {
			return b.other
		}
		if b.loop == nil {
			return py.None
		}
		return b.loop
	}, func(o, v py.Object) {
		b := o.(hasLoopBound).bound()
		b.loop, b.other = nil, nil
		if l, ok := v.(*Loop); ok {
			b.loop = l
		} else if !isNone(v) {
			b.other = v
		}
	})
}

func (b *loopBound) Type() *py.Type { return b.cls }
func (b *loopBound) InstanceDict() *py.Dict {
	if b.dict == nil {
		b.dict = py.NewDict()
	}
	return b.dict
}

func (b *loopBound) getLoop(self py.Object) *Loop {
	l := runningLoop()
	if b.loop == nil && b.other == nil {
		b.loop = l
	}
	if l != b.loop || b.other != nil {
		runtimeError("%s is bound to a different event loop", py.Repr(self))
	}
	return l
}

func objRepr(o py.Object, extra string) string {
	return fmt.Sprintf("<%s object at %p [%s]>", o.Type().FullName(), o, extra)
}

func removeFut(list []*Future, f *Future) []*Future {
	for i, x := range list {
		if x == f {
			copy(list[i:], list[i+1:])
			list[len(list)-1] = nil
			return list[:len(list)-1]
		}
	}
	return list
}

func waitersExtra(extra string, n int) string {
	if n > 0 {
		return fmt.Sprintf("%s, waiters:%d", extra, n)
	}
	return extra
}

// Lock is asyncio.Lock.
type Lock struct {
	loopBound
	waiters []*Future
	locked  bool
}

var LockType *py.Type

func (lk *Lock) String() string {
	extra := "unlocked"
	if lk.locked {
		extra = "locked"
	}
	return objRepr(lk, waitersExtra(extra, len(lk.waiters)))
}

// free reports whether acquire() can take the lock at once: it is unlocked
// and every waiter was cancelled.
func (lk *Lock) free() bool {
	if lk.locked {
		return false
	}
	for _, w := range lk.waiters {
		if !w.Cancelled() {
			return false
		}
	}
	return true
}

// tryAcquire takes the lock if acquire() would not wait, reporting whether
// it did.
func (lk *Lock) tryAcquire() bool {
	if !lk.free() {
		return false
	}
	lk.locked = true
	return true
}

// acquireCoro is lock.acquire(): a state machine that waits for the lock.
func (lk *Lock) acquireCoro() *py.Coroutine {
	c, s := lockAcquireKind.New()
	s.lk = lk
	return c
}

// Acquire is `await lock.acquire()` for Go code running on a coroutine
// stack.
func (lk *Lock) Acquire() py.Object { return py.Await(lk.acquireCoro()) }

type lockAcquire struct {
	lk  *Lock
	fut *Future
}

var lockAcquireKind *py.CoroutineKind[lockAcquire]

func lockAcquireBody(co *py.CoFrame, s *lockAcquire) py.Object {
	lk := s.lk
	if co.PC == 1 {
		goto waiting
	}
	if lk.tryAcquire() {
		return py.True
	}
	s.fut = NewFuture(lk.getLoop(lk))
	lk.waiters = append(lk.waiters, s.fut)
	co.Await(1, s.fut)
waiting:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else {
		// finally: self._waiters.remove(fut)
		lk.waiters = removeFut(lk.waiters, s.fut)
		if exc != nil {
			if isCancelled(exc) && !lk.locked {
				lk.wakeUpFirst()
			}
			panic(exc)
		}
	}
	lk.locked = true
	return py.True
}

// Release is lock.release().
func (lk *Lock) Release() {
	if !lk.locked {
		runtimeError("Lock is not acquired.")
	}
	lk.locked = false
	lk.wakeUpFirst()
}

func (lk *Lock) wakeUpFirst() {
	if len(lk.waiters) == 0 {
		return
	}
	if f := lk.waiters[0]; !f.Done() {
		f.SetResult(py.True)
	}
}

var (
	acquireCode *py.Code
	aenterCode  *py.Code
	aexitCode   *py.Code
	waitCodeEv  *py.Code
)

// Event is asyncio.Event.
type Event struct {
	loopBound
	waiters []*Future
	value   bool
}

var EventType *py.Type

func (ev *Event) String() string {
	extra := "unset"
	if ev.value {
		extra = "set"
	}
	return objRepr(ev, waitersExtra(extra, len(ev.waiters)))
}

func (ev *Event) Set() {
	if !ev.value {
		ev.value = true
		for _, f := range ev.waiters {
			if !f.Done() {
				f.SetResult(py.True)
			}
		}
	}
}

// waitCoro is event.wait(): a state machine that waits for the flag.
func (ev *Event) waitCoro() *py.Coroutine {
	c, s := eventWaitKind.New()
	s.ev = ev
	return c
}

// Wait is `await event.wait()` for Go code running on a coroutine stack.
func (ev *Event) Wait() py.Object { return py.Await(ev.waitCoro()) }

type eventWait struct {
	ev     *Event
	fut    *Future
	futBuf Future
}

var eventWaitKind *py.CoroutineKind[eventWait]

func eventWaitBody(co *py.CoFrame, s *eventWait) py.Object {
	ev := s.ev
	if co.PC == 1 {
		goto waiting
	}
	if ev.value {
		return py.True
	}
	s.fut = waiterFuture(&s.futBuf, ev.getLoop(ev))
	ev.waiters = append(ev.waiters, s.fut)
	co.Await(1, s.fut)
waiting:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else {
		ev.waiters = removeFut(ev.waiters, s.fut)
		if exc != nil {
			panic(exc)
		}
	}
	return py.True
}

// Condition is asyncio.Condition.
type Condition struct {
	loopBound
	lock    py.Object
	waiters []*Future
}

var ConditionType *py.Type

func conditionAlloc(t *py.Type) py.Object {
	return &Condition{loopBound: loopBound{cls: t}}
}

func (c *Condition) isLocked() bool {
	if lk, ok := c.lock.(*Lock); ok {
		return lk.locked
	}
	return py.Truth(py.CallMethod(c.lock, "locked"))
}

func (c *Condition) String() string {
	extra := "unlocked"
	if c.isLocked() {
		extra = "locked"
	}
	return objRepr(c, waitersExtra(extra, len(c.waiters)))
}

// acquireAwaitable is self.acquire(): the lock's acquire coroutine.
func (c *Condition) acquireAwaitable() py.Object {
	if lk, ok := c.lock.(*Lock); ok && lk.cls == LockType {
		return lk.acquireCoro()
	}
	return py.CallMethod(c.lock, "acquire")
}

// acquire is `await self.acquire()` for Go code running on a coroutine
// stack.
func (c *Condition) acquire() py.Object { return py.Await(c.acquireAwaitable()) }

func (c *Condition) release() {
	if lk, ok := c.lock.(*Lock); ok && lk.cls == LockType {
		lk.Release()
		return
	}
	py.CallMethod(c.lock, "release")
}

// waitCoro is condition.wait(): release the lock, wait to be notified,
// reacquire the lock (even when cancelled).
func (c *Condition) waitCoro() *py.Coroutine {
	co, s := condWaitKind.New()
	s.c = c
	return co
}

// Wait is `await condition.wait()` for Go code running on a coroutine
// stack.
func (c *Condition) Wait() py.Object { return py.Await(c.waitCoro()) }

type condWait struct {
	c      *Condition
	fut    *Future
	futBuf Future
	// exc is the exception the wait raised, pending while the lock is
	// reacquired (the finally clause); cancelled records that a reacquire
	// was cancelled.
	exc       *py.BaseException
	cancelled bool
}

var condWaitKind *py.CoroutineKind[condWait]

func condWaitBody(co *py.CoFrame, s *condWait) py.Object {
	c := s.c
	switch co.PC {
	case 1:
		goto waiting
	case 2:
		goto reacquiring
	}
	if !c.isLocked() {
		runtimeError("cannot wait on un-acquired lock")
	}
	c.release()
	// try: fut = self._get_loop().create_future(); ...
	if s.exc = catch(func() { s.fut = waiterFuture(&s.futBuf, c.getLoop(c)) }); s.exc != nil {
		goto reacquire
	}
	c.waiters = append(c.waiters, s.fut)
	co.Await(1, s.fut)
waiting:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else {
		c.waiters = removeFut(c.waiters, s.fut)
		s.exc = exc
	}
reacquire:
	// finally: reacquire the lock, retrying when cancelled.
	if aw, exc := c.tryAcquireAwaitable(); exc != nil {
		panic(withContext(exc, s.exc))
	} else {
		co.Await(2, aw)
	}
reacquiring:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else if exc != nil {
		if !isCancelled(exc) {
			panic(withContext(exc, s.exc))
		}
		s.cancelled = true
		goto reacquire
	}
	if s.cancelled {
		e := py.NewException(CancelledErrorType)
		if s.exc != nil {
			e.Context = s.exc
		}
		py.Throw(e)
	}
	if s.exc != nil {
		panic(s.exc)
	}
	return py.True
}

// tryAcquireAwaitable is acquireAwaitable returning the exception that
// getting the awaitable raised.
func (c *Condition) tryAcquireAwaitable() (aw py.Object, exc *py.BaseException) {
	exc = catch(func() { aw = c.acquireAwaitable() })
	return aw, exc
}

// withContext gives e, raised in a finally clause run for pending, its
// implicit context.
func withContext(e, pending *py.BaseException) *py.BaseException {
	if pending != nil && e != pending && e.Context == nil {
		e.Context = pending
	}
	return e
}

// waitForCoro is condition.wait_for(predicate).
func (c *Condition) waitForCoro(pred py.Object) *py.Coroutine {
	co, s := condWaitForKind.New()
	s.c, s.pred = c, pred
	return co
}

type condWaitFor struct {
	c            *Condition
	pred, result py.Object
}

var condWaitForKind *py.CoroutineKind[condWaitFor]

func condWaitForBody(co *py.CoFrame, s *condWaitFor) py.Object {
	if co.PC == 1 {
		goto waiting
	}
	s.result = py.Call0(s.pred)
check:
	if py.Truth(s.result) {
		return s.result
	}
	co.Await(1, s.c.waitCoro())
waiting:
	if co.Step() {
		return py.CoSuspend
	}
	s.result = py.Call0(s.pred)
	goto check
}

func (c *Condition) Notify(n int) {
	if !c.isLocked() {
		runtimeError("cannot notify on un-acquired lock")
	}
	idx := 0
	for _, f := range c.waiters {
		if idx >= n {
			break
		}
		if !f.Done() {
			idx++
			f.SetResult(py.False)
		}
	}
}

// Semaphore is asyncio.Semaphore (and BoundedSemaphore when bounded).
type Semaphore struct {
	loopBound
	waiters []*Future
	value   int
	limit   int // a BoundedSemaphore's initial value
	bounded bool
}

var (
	SemaphoreType        *py.Type
	BoundedSemaphoreType *py.Type
)

func boundedSemaphoreAlloc(t *py.Type) py.Object {
	return &Semaphore{loopBound: loopBound{cls: t}, value: 1, limit: 1, bounded: true}
}

func (s *Semaphore) locked() bool {
	if s.value == 0 {
		return true
	}
	for _, w := range s.waiters {
		if !w.Cancelled() {
			return true
		}
	}
	return false
}

func (s *Semaphore) String() string {
	extra := "locked"
	if !s.locked() {
		extra = fmt.Sprintf("unlocked, value:%d", s.value)
	}
	return objRepr(s, waitersExtra(extra, len(s.waiters)))
}

// tryAcquire takes one unit if acquire() would not wait, reporting whether
// it did.
func (s *Semaphore) tryAcquire() bool {
	if s.locked() {
		return false
	}
	s.value--
	return true
}

// acquireCoro is semaphore.acquire().
func (s *Semaphore) acquireCoro() *py.Coroutine {
	c, st := semAcquireKind.New()
	st.s = s
	return c
}

// Acquire is `await semaphore.acquire()` for Go code running on a
// coroutine stack.
func (s *Semaphore) Acquire() py.Object { return py.Await(s.acquireCoro()) }

type semAcquire struct {
	s   *Semaphore
	fut *Future
}

var semAcquireKind *py.CoroutineKind[semAcquire]

func semAcquireBody(co *py.CoFrame, st *semAcquire) py.Object {
	s := st.s
	if co.PC == 1 {
		goto waiting
	}
	if s.tryAcquire() {
		return py.True
	}
	st.fut = NewFuture(s.getLoop(s))
	s.waiters = append(s.waiters, st.fut)
	co.Await(1, st.fut)
waiting:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else {
		s.waiters = removeFut(s.waiters, st.fut)
		if exc != nil {
			if isCancelled(exc) && !st.fut.Cancelled() {
				s.value++
				s.wakeUpNext()
			}
			panic(exc)
		}
	}
	if s.value > 0 {
		s.wakeUpNext()
	}
	return py.True
}

func (s *Semaphore) Release() {
	if s.bounded && s.value >= s.limit {
		valueError("BoundedSemaphore released too many times")
	}
	s.value++
	s.wakeUpNext()
}

func (s *Semaphore) wakeUpNext() {
	for _, f := range s.waiters {
		if !f.Done() {
			s.value--
			f.SetResult(py.True)
			return
		}
	}
}

func coroMethod(t *py.Type, name string, code *py.Code, body func(self py.Object, a []py.Object, kw []string) py.Object) {
	def(t, name, func(a []py.Object, kw []string) py.Object {
		self, rest := a[0], a[1:]
		return py.NewCoroutine(code, func() py.Object { return body(self, rest, kw) })
	})
}

// smMethod defines a method without arguments returning a coroutine.
func smMethod(t *py.Type, name string, f func(self py.Object) py.Object) {
	def(t, name, func(a []py.Object, kw []string) py.Object {
		return f(a[0])
	})
	py.SetFastMethod(t, name, f)
}

// syncMethod defines a method returning a coroutine whose body runs to
// its end without awaiting (an async def without awaits): a state machine
// rather than a Go body needing a coroutine stack. The body gets self and
// the call's other arguments.
func syncMethod(t *py.Type, name string, code *py.Code, body func(self py.Object, a []py.Object) py.Object) {
	kind := py.NewSMKind(code, func(co *py.CoFrame, s *syncCall) py.Object { return s.body(s.self, s.args) })
	def(t, name, func(a []py.Object, kw []string) py.Object {
		c, s := kind.New()
		s.body, s.self, s.args = body, a[0], a[1:]
		return c
	})
	// Awaiting the coroutine at once runs the body: the await fast path
	// runs it without making the coroutine (py.SetAwaitFast).
	if name == "__aexit__" {
		py.SetAwaitFastMethod(t, name, func(self py.Object, exc *py.BaseException) (py.Object, bool) {
			if exc == nil {
				return body(self, []py.Object{py.None, py.None, py.None}), true
			}
			return body(self, []py.Object{exc.Type(), exc, py.None}), true
		})
	} else {
		py.SetAwaitFastMethod(t, name, func(self py.Object) (py.Object, bool) {
			if py.ShadowedByInstance(self, name) {
				return nil, false
			}
			return body(self, nil), true
		})
	}
}

type syncCall struct {
	body func(self py.Object, a []py.Object) py.Object
	self py.Object
	args []py.Object
}

// contextManagerMethods are _ContextManagerMixin's __aenter__ (await
// self.acquire(), return None) and __aexit__ (self.release()).
func contextManagerMethods(t *py.Type) {
	def(t, "__aenter__", func(a []py.Object, kw []string) py.Object {
		c, s := aenterKind.New()
		s.self = a[0]
		return c
	})
	def(t, "__aexit__", func(a []py.Object, kw []string) py.Object {
		c, s := aexitKind.New()
		s.self = a[0]
		return c
	})
	// `async with lock:` on a free lock suspends nowhere: the await fast
	// paths take and release it without making the coroutines.
	py.SetAwaitFastMethod(t, "__aenter__", func(self py.Object) (py.Object, bool) {
		if acquireAtOnce(self) {
			return py.None, true
		}
		return nil, false
	})
	py.SetAwaitFastMethod(t, "__aexit__", func(self py.Object, exc *py.BaseException) (py.Object, bool) {
		releaseOf(self)
		return py.None, true
	})
}

// acquireAtOnce is `await self.acquire()` for a free Lock or Semaphore
// whose acquire is the builtin one: it takes it and reports true. It does
// nothing and reports false when acquiring could wait.
func acquireAtOnce(self py.Object) bool {
	switch x := self.(type) {
	case *Lock:
		return x.cls == LockType && noInstanceAttrs(x.dict) && x.tryAcquire()
	case *Semaphore:
		return (x.cls == SemaphoreType || x.cls == BoundedSemaphoreType) && noInstanceAttrs(x.dict) && x.tryAcquire()
	}
	return false
}

type lockSelf struct{ self py.Object }

var (
	aenterKind *py.CoroutineKind[lockSelf]
	aexitKind  *py.CoroutineKind[lockSelf]
)

func aenterBody(co *py.CoFrame, s *lockSelf) py.Object {
	if co.PC == 1 {
		goto acquiring
	}
	co.Await(1, acquireOf(s.self))
acquiring:
	if co.Step() {
		return py.CoSuspend
	}
	return py.None
}

func aexitBody(co *py.CoFrame, s *lockSelf) py.Object {
	releaseOf(s.self)
	return py.None
}

// acquireOf is self.acquire() for a Lock, Semaphore or Condition: the
// builtin one unless a subclass or the instance overrides it.
func acquireOf(self py.Object) py.Object {
	switch x := self.(type) {
	case *Lock:
		if x.cls == LockType && noInstanceAttrs(x.dict) {
			return x.acquireCoro()
		}
	case *Semaphore:
		if (x.cls == SemaphoreType || x.cls == BoundedSemaphoreType) && noInstanceAttrs(x.dict) {
			return x.acquireCoro()
		}
	case *Condition:
		if x.cls == ConditionType && noInstanceAttrs(x.dict) {
			return x.acquireAwaitable()
		}
	}
	return py.CallMethod(self, "acquire")
}

func noInstanceAttrs(d *py.Dict) bool { return d == nil || d.Len() == 0 }

// shadows reports whether the instance dict holds name: an await fast
// path declines then (py.SetAwaitFastMethod).
func (b *loopBound) shadows(name string) bool {
	if noInstanceAttrs(b.dict) {
		return false
	}
	_, ok := b.dict.GetStr(name)
	return ok
}

// releaseOf is self.release() for a Lock, Semaphore or Condition.
func releaseOf(self py.Object) {
	switch x := self.(type) {
	case *Lock:
		if x.cls == LockType && noInstanceAttrs(x.dict) {
			x.Release()
			return
		}
	case *Semaphore:
		if (x.cls == SemaphoreType || x.cls == BoundedSemaphoreType) && noInstanceAttrs(x.dict) {
			x.Release()
			return
		}
	case *Condition:
		if x.cls == ConditionType && noInstanceAttrs(x.dict) {
			x.release()
			return
		}
	}
	py.CallMethod(self, "release")
}

func reprMethod(t *py.Type) {
	def(t, "__repr__", func(a []py.Object, kw []string) py.Object {
		return py.Str(a[0].(interface{ String() string }).String())
	})
}

func setupLocks() {
	for _, t := range []*py.Type{LockType, EventType, ConditionType, SemaphoreType, BarrierType, QueueType} {
		loopAttr(t)
	}
	// The private `_waiters` deques, read-only: a snapshot list of the
	// waiting futures.
	waitersAttr := func(t *py.Type, of func(o py.Object) []*Future) {
		getter(t, "_waiters", func(o py.Object) py.Object {
			w := of(o)
			items := make([]py.Object, len(w))
			for i, f := range w {
				items[i] = f
			}
			return py.NewList(items...)
		})
	}
	waitersAttr(LockType, func(o py.Object) []*Future { return o.(*Lock).waiters })
	waitersAttr(EventType, func(o py.Object) []*Future { return o.(*Event).waiters })
	waitersAttr(ConditionType, func(o py.Object) []*Future { return o.(*Condition).waiters })
	waitersAttr(SemaphoreType, func(o py.Object) []*Future { return o.(*Semaphore).waiters })
	getter(ConditionType, "_lock", func(o py.Object) py.Object { return orNone(o.(*Condition).lock) })
	getter(BarrierType, "_count", func(o py.Object) py.Object { return py.Int(o.(*Barrier).count) })
	getter(BarrierType, "_state", func(o py.Object) py.Object { return py.Str(o.(*Barrier).state) })
	// Lock.
	t := LockType
	lockOf := func(o py.Object) *Lock { return o.(*Lock) }
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		parseKwOnly("Lock.__init__", a[1:], kw, 0, 0, nil)
		return py.None
	})
	reprMethod(t)
	def(t, "locked", func(a []py.Object, kw []string) py.Object { return py.NewBool(lockOf(a[0]).locked) })
	def(t, "release", func(a []py.Object, kw []string) py.Object { lockOf(a[0]).Release(); return py.None })
	smMethod(t, "acquire", func(self py.Object) py.Object { return lockOf(self).acquireCoro() })
	py.SetAwaitFastMethod(t, "acquire", func(self py.Object) (py.Object, bool) {
		if l := lockOf(self); !l.shadows("acquire") && l.tryAcquire() {
			return py.True, true
		}
		return nil, false
	})
	contextManagerMethods(t)

	// Event.
	t = EventType
	evOf := func(o py.Object) *Event { return o.(*Event) }
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		parseKwOnly("Event.__init__", a[1:], kw, 0, 0, nil)
		return py.None
	})
	reprMethod(t)
	def(t, "is_set", func(a []py.Object, kw []string) py.Object { return py.NewBool(evOf(a[0]).value) })
	def(t, "set", func(a []py.Object, kw []string) py.Object { evOf(a[0]).Set(); return py.None })
	def(t, "clear", func(a []py.Object, kw []string) py.Object { evOf(a[0]).value = false; return py.None })
	smMethod(t, "wait", func(self py.Object) py.Object { return evOf(self).waitCoro() })
	py.SetAwaitFastMethod(t, "wait", func(self py.Object) (py.Object, bool) {
		if e := evOf(self); e.value && !e.shadows("wait") {
			return py.True, true
		}
		return nil, false
	})

	// Condition.
	t = ConditionType
	condOf := func(o py.Object) *Condition { return o.(*Condition) }
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		p := parse("Condition.__init__", a[1:], kw, []string{"lock"}, 0)
		c := condOf(a[0])
		if isNone(p[0]) {
			c.lock = &Lock{loopBound: loopBound{cls: LockType}}
		} else {
			c.lock = p[0]
		}
		return py.None
	})
	reprMethod(t)
	def(t, "locked", func(a []py.Object, kw []string) py.Object { return py.NewBool(condOf(a[0]).isLocked()) })
	def(t, "release", func(a []py.Object, kw []string) py.Object { condOf(a[0]).release(); return py.None })
	smMethod(t, "acquire", func(self py.Object) py.Object { return condOf(self).acquireAwaitable() })
	contextManagerMethods(t)
	smMethod(t, "wait", func(self py.Object) py.Object { return condOf(self).waitCoro() })
	def(t, "wait_for", func(a []py.Object, kw []string) py.Object {
		p := parse("wait_for", a[1:], kw, []string{"predicate"}, 1)
		return condOf(a[0]).waitForCoro(p[0])
	})
	def(t, "notify", func(a []py.Object, kw []string) py.Object {
		p := parse("notify", a[1:], kw, []string{"n"}, 0)
		n := 1
		if p[0] != nil {
			n = py.Index(p[0])
		}
		condOf(a[0]).Notify(n)
		return py.None
	})
	def(t, "notify_all", func(a []py.Object, kw []string) py.Object {
		c := condOf(a[0])
		c.Notify(len(c.waiters))
		return py.None
	})

	// Semaphore and BoundedSemaphore.
	t = SemaphoreType
	semOf := func(o py.Object) *Semaphore { return o.(*Semaphore) }
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		fname := "Semaphore.__init__"
		if a[0].Type().IsSubtype(BoundedSemaphoreType) {
			fname = "BoundedSemaphore.__init__"
		}
		p := parse(fname, a[1:], kw, []string{"value"}, 0)
		s := semOf(a[0])
		v := 1
		if p[0] != nil {
			v = py.Index(p[0])
		}
		if v < 0 {
			valueError("Semaphore initial value must be >= 0")
		}
		s.value, s.limit = v, v
		return py.None
	})
	reprMethod(t)
	def(t, "locked", func(a []py.Object, kw []string) py.Object { return py.NewBool(semOf(a[0]).locked()) })
	def(t, "release", func(a []py.Object, kw []string) py.Object { semOf(a[0]).Release(); return py.None })
	smMethod(t, "acquire", func(self py.Object) py.Object { return semOf(self).acquireCoro() })
	py.SetAwaitFastMethod(t, "acquire", func(self py.Object) (py.Object, bool) {
		if sem := semOf(self); !sem.shadows("acquire") && sem.tryAcquire() {
			return py.True, true
		}
		return nil, false
	})
	contextManagerMethods(t)
	getter(t, "_value", func(o py.Object) py.Object { return py.Int(semOf(o).value) })
}
