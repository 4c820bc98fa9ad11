package threading

import (
	"fmt"
	gotime "time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Lock is threading.Lock (and the base of RLock): a one-slot channel, so
// a blocked acquire waits without the interpreter lock.
type Lock struct {
	ch    chan struct{}
	owner *py.Thread
	count int
	rlock bool
}

var (
	LockType  *py.Type
	RLockType *py.Type
)

func (l *Lock) Type() *py.Type {
	if l.rlock {
		return RLockType
	}
	return LockType
}

func newLock(r bool) *Lock { return &Lock{ch: make(chan struct{}, 1), rlock: r} }

func timeoutArg(blocking, timeout py.Object) (bool, float64) {
	b := blocking == nil || py.Truth(blocking)
	t := -1.0
	if timeout != nil && timeout != py.None {
		t = float64(py.ToFloat(timeout).(py.Float))
	}
	if !b && t != -1 {
		panic(py.NewError(py.ValueErrorType, "can't specify a timeout for a non-blocking call"))
	}
	if t < 0 && t != -1 {
		panic(py.NewError(py.ValueErrorType, "timeout value must be a non-negative number"))
	}
	return b, t
}

// Acquire is lock.acquire(blocking, timeout).
func (l *Lock) Acquire(blocking bool, timeout float64) bool {
	me := py.Current()
	if l.rlock && l.owner == me && l.count > 0 {
		l.count++
		return true
	}
	select {
	case l.ch <- struct{}{}:
		l.owner, l.count = me, 1
		return true
	default:
	}
	if !blocking {
		return false
	}
	// In the main thread a signal interrupts the wait: its handler runs
	// and, if it raises (KeyboardInterrupt), the lock is not taken.
	wake := py.SignalWakeup()
	var deadline gotime.Time
	if timeout >= 0 {
		deadline = gotime.Now().Add(gotime.Duration(timeout * 1e9))
	}
	ok, woke := false, false
	for !ok {
		py.WithoutGIL(func() {
			woke = false
			var expired <-chan gotime.Time
			if timeout >= 0 {
				t := gotime.NewTimer(gotime.Until(deadline))
				defer t.Stop()
				expired = t.C
			}
			select {
			case l.ch <- struct{}{}:
				ok = true
			case <-expired:
			case <-wake:
				woke = true
			}
		})
		if !woke {
			break
		}
		py.CheckSignals()
	}
	if ok {
		l.owner, l.count = me, 1
	}
	return ok
}

// Release is lock.release().
func (l *Lock) Release() {
	if l.rlock {
		if l.owner != py.Current() || l.count == 0 {
			panic(py.NewError(py.RuntimeErrorType, "cannot release un-acquired lock"))
		}
		l.count--
		if l.count > 0 {
			return
		}
	}
	select {
	case <-l.ch:
		l.owner, l.count = nil, 0
	default:
		panic(py.NewError(py.RuntimeErrorType, "release unlocked lock"))
	}
}

func (l *Lock) locked() bool { return len(l.ch) > 0 }

// Event is threading.Event.
type Event struct {
	ch  chan struct{}
	set bool
}

var EventType *py.Type

func (*Event) Type() *py.Type { return EventType }

// Semaphore is threading.Semaphore / BoundedSemaphore.
type Semaphore struct {
	value, initial int
	bounded        bool
	cond           *Condition
}

var (
	SemaphoreType        *py.Type
	BoundedSemaphoreType *py.Type
)

func (s *Semaphore) Type() *py.Type {
	if s.bounded {
		return BoundedSemaphoreType
	}
	return SemaphoreType
}

// Condition is threading.Condition.
type Condition struct {
	lock    py.Object
	waiters []chan struct{}
}

var ConditionType *py.Type

func (*Condition) Type() *py.Type { return ConditionType }

func (c *Condition) wait(timeout py.Object) bool {
	l, ok := c.lock.(*Lock)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "Condition needs a threading lock"))
	}
	if l.owner != py.Current() && !(len(l.ch) > 0 && !l.rlock) {
		panic(py.NewError(py.RuntimeErrorType, "cannot wait on un-acquired lock"))
	}
	w := make(chan struct{})
	c.waiters = append(c.waiters, w)
	count := l.count
	if l.rlock {
		l.count = 1
	}
	l.Release()
	got := false
	// The lock is taken again even when the wait raises (a signal's
	// handler in the main thread), as Condition.wait's finally does.
	defer func() {
		if !got {
			for i, x := range c.waiters {
				if x == w {
					c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
					break
				}
			}
		}
		me := py.Current()
		py.WithoutGIL(func() { l.ch <- struct{}{} })
		l.owner, l.count = me, count
	}()
	got = waitChan(w, timeout)
	return got
}

func (c *Condition) notify(n int) {
	for n > 0 && len(c.waiters) > 0 {
		close(c.waiters[0])
		c.waiters = c.waiters[1:]
		n--
	}
}

// Local is threading.local: attributes per thread.
type Local struct {
	dicts map[*py.Thread]*py.Dict
	cls   *py.Type
}

var LocalType *py.Type

func (l *Local) Type() *py.Type { return l.cls }
func (l *Local) InstanceDict() *py.Dict {
	t := py.Current()
	d, ok := l.dicts[t]
	if !ok {
		d = py.NewDict()
		l.dicts[t] = d
	}
	return d
}

func lockMethods(t *py.Type) {
	def(t, "acquire", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("acquire", args[1:], kw, []string{"blocking", "timeout"}, 0)
		b, to := timeoutArg(a[0], a[1])
		return py.NewBool(args[0].(*Lock).Acquire(b, to))
	})
	def(t, "release", func(args []py.Object, kw []string) py.Object { args[0].(*Lock).Release(); return py.None })
	def(t, "__enter__", func(args []py.Object, kw []string) py.Object {
		return py.NewBool(args[0].(*Lock).Acquire(true, -1))
	})
	def(t, "__exit__", func(args []py.Object, kw []string) py.Object { args[0].(*Lock).Release(); return py.None })
	def(t, "locked", func(args []py.Object, kw []string) py.Object { return py.NewBool(args[0].(*Lock).locked()) })
	def(t, "__repr__", func(args []py.Object, kw []string) py.Object {
		l := args[0].(*Lock)
		state := "unlocked"
		if l.locked() {
			state = "locked"
		}
		if l.rlock {
			var owner py.Object = py.Int(0)
			if l.owner != nil {
				owner = py.Int(l.owner.Ident)
			}
			return py.Str(fmt.Sprintf("<%s _thread.RLock object owner=%s count=%d at %s>", state, py.Repr(owner), l.count, fmt.Sprintf("0x%x", py.Id(l))))
		}
		return py.Str(fmt.Sprintf("<%s _thread.lock object at 0x%x>", state, py.Id(l)))
	})
}

func setup0() {
	py.SetCall(LockType, func(t *py.Type, args []py.Object, kw []string) py.Object { return newLock(false) })
	py.SetCall(RLockType, func(t *py.Type, args []py.Object, kw []string) py.Object { return newLock(true) })
	lockMethods(LockType)
	lockMethods(RLockType)
	def(LockType, "acquire_lock", func(args []py.Object, kw []string) py.Object {
		return py.NewBool(args[0].(*Lock).Acquire(true, -1))
	})
	def(LockType, "release_lock", func(args []py.Object, kw []string) py.Object { args[0].(*Lock).Release(); return py.None })

	py.SetCall(EventType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		return &Event{ch: make(chan struct{})}
	})
	def(EventType, "set", func(args []py.Object, kw []string) py.Object {
		e := args[0].(*Event)
		if !e.set {
			e.set = true
			close(e.ch)
		}
		return py.None
	})
	def(EventType, "clear", func(args []py.Object, kw []string) py.Object {
		e := args[0].(*Event)
		if e.set {
			e.set = false
			e.ch = make(chan struct{})
		}
		return py.None
	})
	def(EventType, "is_set", func(args []py.Object, kw []string) py.Object { return py.NewBool(args[0].(*Event).set) })
	def(EventType, "isSet", func(args []py.Object, kw []string) py.Object { return py.NewBool(args[0].(*Event).set) })
	def(EventType, "wait", func(args []py.Object, kw []string) py.Object {
		e := args[0].(*Event)
		a := py.ParseArgs("wait", args[1:], kw, []string{"timeout"}, 0)
		if e.set {
			return py.True
		}
		waitChan(e.ch, a[0])
		return py.NewBool(e.set)
	})
	def(EventType, "__repr__", func(args []py.Object, kw []string) py.Object {
		e := args[0].(*Event)
		s := "unset"
		if e.set {
			s = "set"
		}
		return py.Str(fmt.Sprintf("<threading.Event at 0x%x: %s>", py.Id(e), s))
	})

	py.SetCall(ConditionType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("Condition", args, kw, []string{"lock"}, 0)
		l := a[0]
		if l == nil || l == py.None {
			l = newLock(true)
		}
		return &Condition{lock: l}
	})
	def(ConditionType, "acquire", func(args []py.Object, kw []string) py.Object {
		return py.CallKw(py.GetAttr(args[0].(*Condition).lock, "acquire"), args[1:], kw)
	})
	def(ConditionType, "release", func(args []py.Object, kw []string) py.Object {
		return py.CallMethod(args[0].(*Condition).lock, "release")
	})
	def(ConditionType, "__enter__", func(args []py.Object, kw []string) py.Object {
		return py.CallMethod(args[0].(*Condition).lock, "__enter__")
	})
	def(ConditionType, "__exit__", func(args []py.Object, kw []string) py.Object {
		return py.CallMethod(args[0].(*Condition).lock, "release")
	})
	def(ConditionType, "wait", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("wait", args[1:], kw, []string{"timeout"}, 0)
		return py.NewBool(args[0].(*Condition).wait(a[0]))
	})
	def(ConditionType, "wait_for", func(args []py.Object, kw []string) py.Object {
		c := args[0].(*Condition)
		a := py.ParseArgs("wait_for", args[1:], kw, []string{"predicate", "timeout"}, 1)
		var deadline gotime.Time
		if a[1] != nil && a[1] != py.None {
			deadline = gotime.Now().Add(gotime.Duration(float64(py.ToFloat(a[1]).(py.Float)) * 1e9))
		}
		for {
			r := py.Call(a[0])
			if py.Truth(r) {
				return r
			}
			var to py.Object
			if !deadline.IsZero() {
				left := gotime.Until(deadline).Seconds()
				if left <= 0 {
					return r
				}
				to = py.Float(left)
			}
			c.wait(to)
		}
	})
	def(ConditionType, "notify", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("notify", args[1:], kw, []string{"n"}, 0)
		n := 1
		if a[0] != nil {
			n = py.Index(a[0])
		}
		args[0].(*Condition).notify(n)
		return py.None
	})
	def(ConditionType, "notify_all", func(args []py.Object, kw []string) py.Object {
		c := args[0].(*Condition)
		c.notify(len(c.waiters))
		return py.None
	})

	newSem := func(bounded bool) func(t *py.Type, args []py.Object, kw []string) py.Object {
		return func(t *py.Type, args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("Semaphore", args, kw, []string{"value"}, 0)
			v := 1
			if a[0] != nil {
				v = py.Index(a[0])
			}
			if v < 0 {
				panic(py.NewError(py.ValueErrorType, "semaphore initial value must be >= 0"))
			}
			return &Semaphore{value: v, initial: v, bounded: bounded, cond: &Condition{lock: newLock(false)}}
		}
	}
	py.SetCall(SemaphoreType, newSem(false))
	py.SetCall(BoundedSemaphoreType, newSem(true))
	acquire := func(s *Semaphore, blocking bool, timeout py.Object) bool {
		l := s.cond.lock.(*Lock)
		l.Acquire(true, -1)
		defer l.Release()
		for s.value == 0 {
			if !blocking {
				return false
			}
			if !s.cond.wait(timeout) && timeout != nil && timeout != py.None {
				return false
			}
		}
		s.value--
		return true
	}
	release := func(s *Semaphore, n int) {
		l := s.cond.lock.(*Lock)
		l.Acquire(true, -1)
		defer l.Release()
		if s.bounded && s.value+n > s.initial {
			panic(py.NewError(py.ValueErrorType, "Semaphore released too many times"))
		}
		s.value += n
		s.cond.notify(n)
	}
	def(SemaphoreType, "acquire", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("acquire", args[1:], kw, []string{"blocking", "timeout"}, 0)
		return py.NewBool(acquire(args[0].(*Semaphore), a[0] == nil || py.Truth(a[0]), a[1]))
	})
	def(SemaphoreType, "__enter__", func(args []py.Object, kw []string) py.Object {
		return py.NewBool(acquire(args[0].(*Semaphore), true, nil))
	})
	def(SemaphoreType, "release", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("release", args[1:], kw, []string{"n"}, 0)
		n := 1
		if a[0] != nil {
			n = py.Index(a[0])
		}
		release(args[0].(*Semaphore), n)
		return py.None
	})
	def(SemaphoreType, "__exit__", func(args []py.Object, kw []string) py.Object {
		release(args[0].(*Semaphore), 1)
		return py.None
	})

	py.SetSubclassable(LocalType)
	py.SetNewInstance(LocalType, func(t *py.Type) py.Object { return &Local{dicts: map[*py.Thread]*py.Dict{}, cls: t} })
	py.SetCall(LocalType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		return &Local{dicts: map[*py.Thread]*py.Dict{}, cls: t}
	})
}

// initVars0 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars0() {
	LockType = py.NewType("lock", "_thread", nil)
	RLockType = py.NewType("RLock", "_thread", nil)
	EventType = py.NewType("Event", "threading", nil)
	SemaphoreType = py.NewType("Semaphore", "threading", nil)
	BoundedSemaphoreType = py.NewType("BoundedSemaphore", "threading", SemaphoreType)
	ConditionType = py.NewType("Condition", "threading", nil)
	LocalType = py.NewType("local", "_thread", nil)
}
