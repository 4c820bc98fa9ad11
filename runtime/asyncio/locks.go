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
	if b.loop == nil {
		b.loop = l
	}
	if l != b.loop {
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

var LockType = newType("Lock", "asyncio.locks", nil, func(t *py.Type) py.Object { return &Lock{loopBound: loopBound{cls: t}} })

func (lk *Lock) String() string {
	extra := "unlocked"
	if lk.locked {
		extra = "locked"
	}
	return objRepr(lk, waitersExtra(extra, len(lk.waiters)))
}

// Acquire is `await lock.acquire()` (the body of the coroutine).
func (lk *Lock) Acquire() py.Object {
	if !lk.locked {
		free := true
		for _, w := range lk.waiters {
			if !w.Cancelled() {
				free = false
				break
			}
		}
		if free {
			lk.locked = true
			return py.True
		}
	}
	fut := NewFuture(lk.getLoop(lk))
	lk.waiters = append(lk.waiters, fut)
	e := catch(func() {
		defer func() { lk.waiters = removeFut(lk.waiters, fut) }()
		fut.AwaitDirect()
	})
	if e != nil {
		if isCancelled(e) && !lk.locked {
			lk.wakeUpFirst()
		}
		panic(e)
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
	acquireCode = goCode("acquire", "locks.py", 87)
	aenterCode  = goCode("__aenter__", "locks.py", 13)
	aexitCode   = goCode("__aexit__", "locks.py", 19)
	waitCodeEv  = goCode("wait", "locks.py", 200)
)

// Event is asyncio.Event.
type Event struct {
	loopBound
	waiters []*Future
	value   bool
}

var EventType = newType("Event", "asyncio.locks", nil, func(t *py.Type) py.Object { return &Event{loopBound: loopBound{cls: t}} })

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

func (ev *Event) Wait() py.Object {
	if ev.value {
		return py.True
	}
	fut := NewFuture(ev.getLoop(ev))
	ev.waiters = append(ev.waiters, fut)
	defer func() { ev.waiters = removeFut(ev.waiters, fut) }()
	fut.AwaitDirect()
	return py.True
}

// Condition is asyncio.Condition.
type Condition struct {
	loopBound
	lock    py.Object
	waiters []*Future
}

var ConditionType = newType("Condition", "asyncio.locks", nil, func(t *py.Type) py.Object {
	return &Condition{loopBound: loopBound{cls: t}}
})

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

func (c *Condition) acquire() py.Object {
	if lk, ok := c.lock.(*Lock); ok {
		return lk.Acquire()
	}
	return py.Await(py.CallMethod(c.lock, "acquire"))
}

func (c *Condition) release() {
	if lk, ok := c.lock.(*Lock); ok {
		lk.Release()
		return
	}
	py.CallMethod(c.lock, "release")
}

func (c *Condition) Wait() py.Object {
	if !c.isLocked() {
		runtimeError("cannot wait on un-acquired lock")
	}
	c.release()
	var result py.Object
	e := catch(func() {
		fut := NewFuture(c.getLoop(c))
		c.waiters = append(c.waiters, fut)
		defer func() { c.waiters = removeFut(c.waiters, fut) }()
		fut.AwaitDirect()
		result = py.True
	})
	cancelled := false
	for {
		e2 := catch(func() { c.acquire() })
		if e2 == nil {
			break
		}
		if !isCancelled(e2) {
			panic(e2)
		}
		cancelled = true
	}
	if cancelled {
		py.Raise(py.NewException(CancelledErrorType))
	}
	if e != nil {
		panic(e)
	}
	return result
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

// Semaphore is asyncio.Semaphore (and BoundedSemaphore when bound > 0).
type Semaphore struct {
	loopBound
	waiters []*Future
	value   int
	bound   int
	bounded bool
}

var (
	SemaphoreType        = newType("Semaphore", "asyncio.locks", nil, func(t *py.Type) py.Object { return &Semaphore{loopBound: loopBound{cls: t}, value: 1} })
	BoundedSemaphoreType = newType("BoundedSemaphore", "asyncio.locks", SemaphoreType, func(t *py.Type) py.Object {
		return &Semaphore{loopBound: loopBound{cls: t}, value: 1, bound: 1, bounded: true}
	})
)

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

func (s *Semaphore) Acquire() py.Object {
	if !s.locked() {
		s.value--
		return py.True
	}
	fut := NewFuture(s.getLoop(s))
	s.waiters = append(s.waiters, fut)
	e := catch(func() {
		defer func() { s.waiters = removeFut(s.waiters, fut) }()
		fut.AwaitDirect()
	})
	if e != nil {
		if isCancelled(e) && !fut.Cancelled() {
			s.value++
			s.wakeUpNext()
		}
		panic(e)
	}
	if s.value > 0 {
		s.wakeUpNext()
	}
	return py.True
}

func (s *Semaphore) Release() {
	if s.bounded && s.value >= s.bound {
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

func reprMethod(t *py.Type) {
	def(t, "__repr__", func(a []py.Object, kw []string) py.Object {
		return py.Str(a[0].(interface{ String() string }).String())
	})
}

func init() {
	// Lock.
	t := LockType
	lockOf := func(o py.Object) *Lock { return o.(*Lock) }
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		_, kwv := parseKwOnly("Lock", a[1:], kw, 0, 0, []string{"loop"})
		if kwv[0] != nil {
			typeError("As of 3.10, the *loop* parameter was removed from Lock() since it is no longer necessary")
		}
		return py.None
	})
	reprMethod(t)
	def(t, "locked", func(a []py.Object, kw []string) py.Object { return py.NewBool(lockOf(a[0]).locked) })
	def(t, "release", func(a []py.Object, kw []string) py.Object { lockOf(a[0]).Release(); return py.None })
	coroMethod(t, "acquire", acquireCode, func(self py.Object, a []py.Object, kw []string) py.Object {
		return lockOf(self).Acquire()
	})
	coroMethod(t, "__aenter__", aenterCode, func(self py.Object, a []py.Object, kw []string) py.Object {
		lockOf(self).Acquire()
		return py.None
	})
	coroMethod(t, "__aexit__", aexitCode, func(self py.Object, a []py.Object, kw []string) py.Object {
		lockOf(self).Release()
		return py.None
	})

	// Event.
	t = EventType
	evOf := func(o py.Object) *Event { return o.(*Event) }
	reprMethod(t)
	def(t, "is_set", func(a []py.Object, kw []string) py.Object { return py.NewBool(evOf(a[0]).value) })
	def(t, "set", func(a []py.Object, kw []string) py.Object { evOf(a[0]).Set(); return py.None })
	def(t, "clear", func(a []py.Object, kw []string) py.Object { evOf(a[0]).value = false; return py.None })
	coroMethod(t, "wait", waitCodeEv, func(self py.Object, a []py.Object, kw []string) py.Object {
		return evOf(self).Wait()
	})

	// Condition.
	t = ConditionType
	condOf := func(o py.Object) *Condition { return o.(*Condition) }
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		p := parse("Condition", a[1:], kw, []string{"lock"}, 0)
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
	coroMethod(t, "acquire", acquireCode, func(self py.Object, a []py.Object, kw []string) py.Object {
		return condOf(self).acquire()
	})
	coroMethod(t, "__aenter__", aenterCode, func(self py.Object, a []py.Object, kw []string) py.Object {
		condOf(self).acquire()
		return py.None
	})
	coroMethod(t, "__aexit__", aexitCode, func(self py.Object, a []py.Object, kw []string) py.Object {
		condOf(self).release()
		return py.None
	})
	coroMethod(t, "wait", goCode("wait", "locks.py", 264), func(self py.Object, a []py.Object, kw []string) py.Object {
		return condOf(self).Wait()
	})
	coroMethod(t, "wait_for", goCode("wait_for", "locks.py", 306), func(self py.Object, a []py.Object, kw []string) py.Object {
		c := condOf(self)
		pred := a[0]
		r := py.Call(pred)
		for !py.Truth(r) {
			c.Wait()
			r = py.Call(pred)
		}
		return r
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
		p := parse("Semaphore", a[1:], kw, []string{"value"}, 0)
		s := semOf(a[0])
		v := 1
		if p[0] != nil {
			v = py.Index(p[0])
		}
		if v < 0 {
			valueError("Semaphore initial value must be >= 0")
		}
		s.value, s.bound = v, v
		return py.None
	})
	reprMethod(t)
	def(t, "locked", func(a []py.Object, kw []string) py.Object { return py.NewBool(semOf(a[0]).locked()) })
	def(t, "release", func(a []py.Object, kw []string) py.Object { semOf(a[0]).Release(); return py.None })
	coroMethod(t, "acquire", goCode("acquire", "locks.py", 366), func(self py.Object, a []py.Object, kw []string) py.Object {
		return semOf(self).Acquire()
	})
	coroMethod(t, "__aenter__", aenterCode, func(self py.Object, a []py.Object, kw []string) py.Object {
		semOf(self).Acquire()
		return py.None
	})
	coroMethod(t, "__aexit__", aexitCode, func(self py.Object, a []py.Object, kw []string) py.Object {
		semOf(self).Release()
		return py.None
	})
	getter(t, "_value", func(o py.Object) py.Object { return py.Int(semOf(o).value) })
}
