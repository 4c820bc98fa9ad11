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

var BarrierType = newType("Barrier", "asyncio.locks", nil, func(t *py.Type) py.Object {
	return &Barrier{loopBound: loopBound{cls: t}, state: "filling"}
})

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

func (b *Barrier) waitFor(pred func() bool) {
	for !pred() {
		b.cond.Wait()
	}
}

// withCond runs f holding the condition's lock (async with self._cond).
func (b *Barrier) withCond(f func()) {
	b.cond.acquire()
	defer b.cond.release()
	f()
}

func (b *Barrier) Wait() py.Object {
	var index int
	b.withCond(func() {
		b.waitFor(func() bool { return b.state != "draining" && b.state != "resetting" })
		if b.state == "broken" {
			raise(BrokenBarrierErrorType, "Barrier aborted")
		}
		defer func() {
			b.count--
			b.exit()
		}()
		index = b.count
		b.count++
		if index+1 == b.parties {
			b.state = "draining"
			b.cond.Notify(len(b.cond.waiters))
		} else {
			b.waitFor(func() bool { return b.state != "filling" })
			if b.state == "broken" || b.state == "resetting" {
				raise(BrokenBarrierErrorType, "Abort or reset of barrier")
			}
		}
	})
	return py.Int(index)
}

func (b *Barrier) exit() {
	if b.count == 0 {
		if b.state == "resetting" || b.state == "draining" {
			b.state = "filling"
		}
		b.cond.Notify(len(b.cond.waiters))
	}
}

func init() {
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
	coroMethod(t, "wait", goCode("wait", "locks.py", 462), func(self py.Object, a []py.Object, kw []string) py.Object {
		return bOf(self).Wait()
	})
	coroMethod(t, "__aenter__", goCode("__aenter__", "locks.py", 455), func(self py.Object, a []py.Object, kw []string) py.Object {
		return bOf(self).Wait()
	})
	coroMethod(t, "__aexit__", goCode("__aexit__", "locks.py", 459), func(self py.Object, a []py.Object, kw []string) py.Object {
		return py.None
	})
	coroMethod(t, "reset", goCode("reset", "locks.py", 533), func(self py.Object, a []py.Object, kw []string) py.Object {
		b := bOf(self)
		b.withCond(func() {
			if b.count > 0 {
				b.state = "resetting"
			} else {
				b.state = "filling"
			}
			b.cond.Notify(len(b.cond.waiters))
		})
		return py.None
	})
	coroMethod(t, "abort", goCode("abort", "locks.py", 551), func(self py.Object, a []py.Object, kw []string) py.Object {
		b := bOf(self)
		b.withCond(func() {
			b.state = "broken"
			b.cond.Notify(len(b.cond.waiters))
		})
		return py.None
	})
	getter(t, "parties", func(o py.Object) py.Object { return py.Int(bOf(o).parties) })
	getter(t, "n_waiting", func(o py.Object) py.Object { return py.Int(bOf(o).nWaiting()) })
	getter(t, "broken", func(o py.Object) py.Object { return py.NewBool(bOf(o).state == "broken") })
}
