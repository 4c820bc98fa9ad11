package asyncio

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Barrier is asyncio.Barrier, built like CPython's on a Condition.
type Barrier struct {
	loopBound
	cond    *Condition
	parties int
	state   string // filling, draining, resetting, broken
	count   int
}

var BarrierType *py.Type

func barrierAlloc(t *py.Type) py.Object {
	return &Barrier{loopBound: loopBound{cls: t}, state: "filling"}
}

func (b *Barrier) String() string {
	extra := b.state
	if b.state != "broken" {
		extra += fmt.Sprintf(", waiters:%d/%d", b.nWaiting(), b.parties)
	}
	return objRepr(b, extra)
}

func (b *Barrier) nWaiting() int {
	if b.state == "filling" {
		return b.count
	}
	return 0
}

// waitCoro is barrier.wait():
//
//	async with self._cond:
//	    await self._block()
//	    try:
//	        index = self._count; self._count += 1
//	        if index + 1 == self._parties: await self._release()
//	        else: await self._wait()
//	        return index
//	    finally:
//	        self._count -= 1; self._exit()
//
// with _block, _release and _wait (Condition.wait_for loops) inlined.
func (b *Barrier) waitCoro() *py.Coroutine {
	c, s := barrierWaitKind.New()
	s.b = b
	return c
}

type barrierWait struct {
	b     *Barrier
	index int
	// exc is the exception raised inside the try statement, pending while
	// its finally clause runs.
	exc *py.BaseException
}

var barrierWaitKind *py.CoroutineKind[barrierWait]

func barrierWaitBody(co *py.CoFrame, s *barrierWait) py.Object {
	b := s.b
	switch co.PC {
	case 1:
		goto acquiring
	case 2:
		goto blocking
	case 3:
		goto waiting
	}
	co.Await(1, b.cond.acquireAwaitable())
acquiring:
	if co.Step() {
		return py.CoSuspend
	}
	// _block: wait while the barrier drains or resets.
block:
	if b.state == "draining" || b.state == "resetting" {
		co.Await(2, b.cond.waitCoro())
		goto blocking
	}
	if b.state == "broken" {
		b.exitCond(py.NewError(BrokenBarrierErrorType, "Barrier aborted"))
	}
	s.index = b.count
	b.count++
	if s.index+1 == b.parties {
		// _release
		b.state = "draining"
		b.cond.Notify(len(b.cond.waiters))
		goto finally
	}
	// _wait: wait for the end of filling.
wait:
	if b.state == "filling" {
		co.Await(3, b.cond.waitCoro())
		goto waiting
	}
	if b.state == "broken" || b.state == "resetting" {
		s.exc = py.NewError(BrokenBarrierErrorType, "Abort or reset of barrier")
	}
	goto finally
blocking:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else if exc != nil {
		b.exitCond(exc)
	}
	goto block
waiting:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else if exc != nil {
		s.exc = exc
		goto finally
	}
	goto wait
finally:
	b.count--
	b.exit()
	b.exitCond(s.exc)
	return py.Int(s.index)
}

// exitCond ends `async with self._cond` (its __aexit__ releases the lock)
// and raises exc, the exception leaving the block, if any.
func (b *Barrier) exitCond(exc *py.BaseException) {
	if e := catch(b.cond.release); e != nil {
		panic(withContext(e, exc))
	}
	if exc != nil {
		panic(exc)
	}
}

// barrierWithCond is `async with self._cond: f(self)` for a body without
// awaits (reset, abort).
type barrierWithCond struct {
	b *Barrier
	f func(b *Barrier)
}

func newBarrierWithCondKind(code *py.Code) *py.CoroutineKind[barrierWithCond] {
	return py.NewSMKind(code, func(co *py.CoFrame, s *barrierWithCond) py.Object {
		if co.PC == 1 {
			goto acquiring
		}
		co.Await(1, s.b.cond.acquireAwaitable())
	acquiring:
		if co.Step() {
			return py.CoSuspend
		}
		s.b.exitCond(catch(func() { s.f(s.b) }))
		return py.None
	})
}

var (
	barrierResetKind *py.CoroutineKind[barrierWithCond]
	barrierAbortKind *py.CoroutineKind[barrierWithCond]
)

func barrierReset(b *Barrier) {
	if b.count > 0 {
		b.state = "resetting"
	} else {
		b.state = "filling"
	}
	b.cond.Notify(len(b.cond.waiters))
}

func barrierAbort(b *Barrier) {
	b.state = "broken"
	b.cond.Notify(len(b.cond.waiters))
}

type barrierSelf struct{ b *Barrier }

var (
	// __aenter__ is `return await self.wait()`.
	barrierAenterKind *py.CoroutineKind[barrierSelf]
	barrierAexitKind  *py.CoroutineKind[barrierSelf]
)

func barrierAenterBody(co *py.CoFrame, s *barrierSelf) py.Object {
	if co.PC == 1 {
		goto waiting
	}
	co.Await(1, s.b.waitCoro())
waiting:
	if co.Step() {
		return py.CoSuspend
	}
	return co.Value
}

func barrierAexitBody(co *py.CoFrame, s *barrierSelf) py.Object {
	return py.None
}

func (b *Barrier) exit() {
	if b.count == 0 {
		if b.state == "resetting" || b.state == "draining" {
			b.state = "filling"
		}
		b.cond.Notify(len(b.cond.waiters))
	}
}

func setupBarrier() {
	t := BarrierType
	bOf := func(o py.Object) *Barrier { return o.(*Barrier) }
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		p := parse("Barrier", a[1:], kw, []string{"parties"}, 1)
		n := py.Index(p[0])
		if n < 1 {
			valueError("parties must be > 0")
		}
		b := bOf(a[0])
		b.parties = n
		b.cond = &Condition{loopBound: loopBound{cls: ConditionType}, lock: &Lock{loopBound: loopBound{cls: LockType}}}
		return py.None
	})
	reprMethod(t)
	smMethod(t, "wait", func(self py.Object) py.Object { return bOf(self).waitCoro() })
	def(t, "__aenter__", func(a []py.Object, kw []string) py.Object {
		c, s := barrierAenterKind.New()
		s.b = bOf(a[0])
		return c
	})
	def(t, "__aexit__", func(a []py.Object, kw []string) py.Object {
		c, _ := barrierAexitKind.New()
		return c
	})
	smMethod(t, "reset", func(self py.Object) py.Object {
		c, s := barrierResetKind.New()
		s.b, s.f = bOf(self), barrierReset
		return c
	})
	smMethod(t, "abort", func(self py.Object) py.Object {
		c, s := barrierAbortKind.New()
		s.b, s.f = bOf(self), barrierAbort
		return c
	})
	getter(t, "parties", func(o py.Object) py.Object { return py.Int(bOf(o).parties) })
	getter(t, "n_waiting", func(o py.Object) py.Object { return py.Int(bOf(o).nWaiting()) })
	getter(t, "broken", func(o py.Object) py.Object { return py.NewBool(bOf(o).state == "broken") })
}
