package asyncio

import (
	"fmt"
	"math"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// asyncio.queues: Queue, PriorityQueue, LifoQueue.

type queueKind uint8

const (
	fifoQueue queueKind = iota
	priorityQueue
	lifoQueue
)

// Queue is asyncio.Queue and its variants.
type Queue struct {
	loopBound
	kind       queueKind
	maxsize    py.Object
	max        int
	items      []py.Object
	head       int
	getters    []*Future
	putters    []*Future
	unfinished int
	finished   *Event
	// spareGet is a stand-in of get() whose wait is over, to reuse.
	spareGet *queueGetWait
}

func newQueueType(name string, base *py.Type, kind queueKind) *py.Type {
	return newType(name, "asyncio.queues", base, func(t *py.Type) py.Object {
		return &Queue{loopBound: loopBound{cls: t}, kind: kind, maxsize: py.Int(0),
			finished: &Event{loopBound: loopBound{cls: EventType}, value: true}}
	})
}

var (
	QueueType         *py.Type
	PriorityQueueType *py.Type
	LifoQueueType     *py.Type
)

// NewQueue is asyncio.Queue(maxsize).
func NewQueue(maxsize int) *Queue {
	q := QueueType.Call(nil, nil).(*Queue)
	q.maxsize, q.max = py.Int(maxsize), maxsize
	return q
}

// waitOn appends f to waiters and starts awaiting it at resume point 1.
func waitOn(co *py.CoFrame, waiters *[]*Future, f *Future) {
	*waiters = append(*waiters, f)
	co.Await(1, f)
}

// waiterFuture is a new pending future for a state machine's wait: buf
// (embedded in its state, saving an allocation) the first time, a fresh
// one after.
func waiterFuture(buf *Future, l *Loop) *Future {
	if buf.cls == nil {
		return buf.init(l)
	}
	return NewFuture(l)
}

func (q *Queue) qsize() int { return len(q.items) - q.head }

func (q *Queue) full() bool { return q.max > 0 && q.qsize() >= q.max }

func (q *Queue) put(item py.Object) {
	switch q.kind {
	case priorityQueue:
		// heapq.heappush
		q.compact()
		q.items = append(q.items, item)
		pqSiftdown(q.items, 0, len(q.items)-1)
	default:
		q.items = append(q.items, item)
	}
}

func (q *Queue) compact() {
	if q.head > 0 {
		n := copy(q.items, q.items[q.head:])
		for i := n; i < len(q.items); i++ {
			q.items[i] = nil
		}
		q.items = q.items[:n]
		q.head = 0
	}
}

func (q *Queue) get() py.Object {
	switch q.kind {
	case lifoQueue:
		n := len(q.items) - 1
		it := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		return it
	case priorityQueue:
		h := q.items
		last := h[len(h)-1]
		h[len(h)-1] = nil
		h = h[:len(h)-1]
		q.items = h
		if len(h) > 0 {
			ret := h[0]
			h[0] = last
			pqSiftup(h, 0)
			return ret
		}
		return last
	}
	it := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 64 && q.head*2 > len(q.items) {
		q.compact()
	}
	return it
}

func less(a, b py.Object) bool {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			return x < y
		}
	}
	return py.Truth(py.Compare(a, b, py.OpLt))
}

func pqSiftdown(h []py.Object, start, pos int) {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if less(item, h[parent]) {
			h[pos] = h[parent]
			pos = parent
			continue
		}
		break
	}
	h[pos] = item
}

func pqSiftup(h []py.Object, pos int) {
	end, start, item := len(h), pos, h[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end && !less(h[child], h[right]) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	pqSiftdown(h, start, pos)
}

func wakeupNext(waiters *[]*Future) {
	for len(*waiters) > 0 {
		w := popFront(waiters)
		if !w.Done() {
			w.SetResult(py.None)
			break
		}
	}
}

// popFront removes the first of waiters; a list left empty keeps its
// array, so the next append does not allocate.
func popFront(waiters *[]*Future) *Future {
	ws := *waiters
	w := ws[0]
	ws[0] = nil
	if len(ws) == 1 {
		*waiters = ws[:0]
	} else {
		*waiters = ws[1:]
	}
	return w
}

// PutNowait is queue.put_nowait(item).
func (q *Queue) PutNowait(item py.Object) {
	if q.full() {
		raiseNoArg(QueueFullType)
	}
	q.put(item)
	q.unfinished++
	q.finished.value = false
	wakeupNext(&q.getters)
}

// GetNowait is queue.get_nowait().
func (q *Queue) GetNowait() py.Object {
	if q.qsize() == 0 {
		raiseNoArg(QueueEmptyType)
	}
	it := q.get()
	wakeupNext(&q.putters)
	return it
}

// putCoro is `queue.put(item)`: a state machine that waits for room.
func (q *Queue) putCoro(item py.Object) *py.Coroutine {
	c, s := queuePutKind.New()
	s.q, s.item = q, item
	return c
}

// queueOp is the state of Queue.put.
type queueOp struct {
	q    *Queue
	item py.Object
}

var (
	queuePutKind *py.CoroutineKind[queueOp]
	queueGetKind *py.CoroutineKind[queueGet]
)

func queuePutBody(co *py.CoFrame, s *queueOp) py.Object {
	q := s.q
	if co.PC == 1 {
		goto waiting
	}
check:
	if !q.full() {
		q.PutNowait(s.item)
		return py.None
	}
	waitOn(co, &q.putters, NewFuture(q.getLoop(q)))
waiting:
	// The future awaited (the frame forgets it when the await raises).
	putter := co.Awaiting().(*Future)
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else if exc != nil {
		putter.Cancel(py.None)
		q.putters = removeFut(q.putters, putter)
		if !q.full() && !putter.Cancelled() {
			wakeupNext(&q.putters)
		}
		panic(exc)
	}
	goto check
}

// getCoro is `queue.get()`: a state machine that waits for an item.
func (q *Queue) getCoro() *py.Coroutine {
	c, s := queueGetKind.New()
	s.q = q
	return c
}

// queueGet is the state of Queue.get; it waits on futBuf first.
type queueGet struct {
	q      *Queue
	futBuf Future
}

func queueGetBody(co *py.CoFrame, s *queueGet) py.Object {
	q := s.q
	if co.PC == 1 {
		goto waiting
	}
check:
	if q.qsize() != 0 {
		return q.GetNowait()
	}
	waitOn(co, &q.getters, waiterFuture(&s.futBuf, q.getLoop(q)))
waiting:
	getter := co.Awaiting().(*Future)
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else if exc != nil {
		getter.Cancel(py.None)
		q.getters = removeFut(q.getters, getter)
		if q.qsize() > 0 && !getter.Cancelled() {
			wakeupNext(&q.getters)
		}
		panic(exc)
	}
	goto check
}

// queueGetWait stands in for the coroutine of `await queue.get()` on an
// empty queue (py.StandIn): each step is queueGetBody's. fut is the first
// getter; cur the one waited on (a new one for each round that finds the
// queue empty again). Once its await is over nothing refers to it, and
// unless Python got to see its getter (Future.seen) the queue keeps it
// for its next get() that waits (Queue.spareGet).
type queueGetWait struct {
	q   *Queue
	cur *Future
	fut Future
}

func (*queueGetWait) Type() *py.Type { return py.CoroutineType }

func (w *queueGetWait) AwaitStep(first bool, send py.Object, throw *py.BaseException) (py.Object, bool, py.Object) {
	q := w.q
	if first {
		w.cur = w.fut.init(q.getLoop(q))
		q.getters = append(q.getters, w.cur)
		return w.cur.AwaitStep(true, send, nil)
	}
	getter := w.cur
	// Woken by put_nowait (the usual case) the getter has a result and
	// nothing is thrown in: await getter returns without raising.
	if throw != nil || getter.state != stateFinished || getter.exc() != nil {
		if exc := catch(func() { getter.AwaitStep(false, send, throw) }); exc != nil {
			getter.Cancel(py.None)
			q.getters = removeFut(q.getters, getter)
			if q.qsize() > 0 && !getter.Cancelled() {
				wakeupNext(&q.getters)
			}
			panic(exc)
		}
	}
	if q.qsize() != 0 {
		if w.cur == &w.fut && !w.fut.seen {
			w.cur = nil
			q.spareGet = w
		}
		return nil, true, q.GetNowait()
	}
	w.cur = NewFuture(q.getLoop(q))
	q.getters = append(q.getters, w.cur)
	return w.cur.AwaitStep(true, send, nil)
}

func (w *queueGetWait) Materialize() *py.Coroutine {
	w.cur.seen = true
	c, s := py.SuspendedOf(queueGetKind, 1, w.cur)
	s.q = w.q
	return c
}

type queueJoin struct{ q *Queue }

// queueJoinKind is queue.join(): await self._finished.wait() while tasks
// are unfinished.
var queueJoinKind *py.CoroutineKind[queueJoin]

func queueJoinBody(co *py.CoFrame, s *queueJoin) py.Object {
	if co.PC == 1 {
		goto waiting
	}
	if s.q.unfinished <= 0 {
		return py.None
	}
	co.Await(1, s.q.finished.waitCoro())
waiting:
	if co.Step() {
		return py.CoSuspend
	}
	return py.None
}

func (q *Queue) TaskDone() {
	if q.unfinished <= 0 {
		valueError("task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.Set()
	}
}

func (q *Queue) format() string {
	s := "maxsize=" + py.Repr(q.maxsize)
	if q.qsize() > 0 {
		s += " _queue=" + py.Repr(py.NewList(append([]py.Object(nil), q.items[q.head:]...)...))
	}
	if len(q.getters) > 0 {
		s += fmt.Sprintf(" _getters[%d]", len(q.getters))
	}
	if len(q.putters) > 0 {
		s += fmt.Sprintf(" _putters[%d]", len(q.putters))
	}
	if q.unfinished > 0 {
		s += fmt.Sprintf(" tasks=%d", q.unfinished)
	}
	return s
}

func (q *Queue) String() string {
	return fmt.Sprintf("<%s at %p %s>", q.cls.Name, q, q.format())
}

var (
	queuePutCode  *py.Code
	queueGetCode  *py.Code
	queueJoinCode *py.Code
)

func setupQueues() {
	t := QueueType
	qOf := func(o py.Object) *Queue { return o.(*Queue) }
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		p := parse("Queue", a[1:], kw, []string{"maxsize"}, 0)
		q := qOf(a[0])
		if p[0] != nil {
			q.maxsize = p[0]
			if f, ok := p[0].(py.Float); ok {
				// full() is qsize() >= maxsize: a float bound is its ceiling.
				q.max = 0
				if f > 0 {
					q.max = int(math.Ceil(float64(f)))
				}
			} else {
				q.max = py.Index(p[0])
			}
		}
		return py.None
	})
	def(t, "_format", func(a []py.Object, kw []string) py.Object { return py.Str(qOf(a[0]).format()) })
	py.AddGetter(t, "_unfinished_tasks", func(o py.Object) py.Object { return py.Int(qOf(o).unfinished) },
		func(o, v py.Object) { qOf(o).unfinished = py.Index(v) })
	// The waiting futures, read-only: snapshots of the deques.
	futs := func(fs []*Future) py.Object {
		items := make([]py.Object, len(fs))
		for i, f := range fs {
			f.seen = true
			items[i] = f
		}
		return py.NewList(items...)
	}
	getter(t, "_getters", func(o py.Object) py.Object { return futs(qOf(o).getters) })
	getter(t, "_putters", func(o py.Object) py.Object { return futs(qOf(o).putters) })
	def(t, "__repr__", func(a []py.Object, kw []string) py.Object { return py.Str(qOf(a[0]).String()) })
	// A function object rather than a builtin method: str() honours only
	// __str__ methods written "in Python".
	t.Dict.SetStr("__str__", py.NewFunction(&py.Code{Name: "__str__", Qualname: "Queue.__str__", Module: "asyncio.queues",
		File: stdlibFile("queues.py"), Line: 56, Params: []string{"self"}, NumPos: 1}, nil, nil, func(a []py.Object) py.Object {
		q := qOf(a[0])
		return py.Str(fmt.Sprintf("<%s %s>", q.cls.Name, q.format()))
	}))
	def(t, "qsize", func(a []py.Object, kw []string) py.Object { return py.Int(qOf(a[0]).qsize()) })
	def(t, "empty", func(a []py.Object, kw []string) py.Object { return py.NewBool(qOf(a[0]).qsize() == 0) })
	def(t, "full", func(a []py.Object, kw []string) py.Object { return py.NewBool(qOf(a[0]).full()) })
	getter(t, "maxsize", func(o py.Object) py.Object { return qOf(o).maxsize })
	def(t, "put_nowait", func(a []py.Object, kw []string) py.Object {
		if len(a) == 2 && len(kw) == 0 {
			qOf(a[0]).PutNowait(a[1])
			return py.None
		}
		p := parse("put_nowait", a[1:], kw, []string{"item"}, 1)
		qOf(a[0]).PutNowait(p[0])
		return py.None
	})
	def(t, "get_nowait", func(a []py.Object, kw []string) py.Object { return qOf(a[0]).GetNowait() })
	def(t, "task_done", func(a []py.Object, kw []string) py.Object { qOf(a[0]).TaskDone(); return py.None })
	def(t, "put", func(a []py.Object, kw []string) py.Object {
		if len(a) == 2 && len(kw) == 0 {
			return qOf(a[0]).putCoro(a[1])
		}
		p := parse("put", a[1:], kw, []string{"item"}, 1)
		return qOf(a[0]).putCoro(p[0])
	})
	def(t, "get", func(a []py.Object, kw []string) py.Object {
		parse("get", a[1:], kw, nil, 0)
		return qOf(a[0]).getCoro()
	})
	py.SetFastMethod(t, "get", func(self py.Object) py.Object { return qOf(self).getCoro() })
	py.SetFastMethod(t, "put", func(self, item py.Object) py.Object { return qOf(self).putCoro(item) })
	py.SetAwaitFastMethod(t, "get", func(self py.Object) (py.Object, bool) {
		q := qOf(self)
		if q.shadows("get") {
			return nil, false
		}
		if q.qsize() != 0 {
			return q.GetNowait(), true
		}
		if w := q.spareGet; w != nil {
			q.spareGet = nil
			return w, false
		}
		return &queueGetWait{q: q}, false
	})
	py.SetAwaitFastMethod(t, "put", func(self, item py.Object) (py.Object, bool) {
		if q := qOf(self); !q.full() && !q.shadows("put") {
			q.PutNowait(item)
			return py.None, true
		}
		return nil, false
	})
	py.SetFastMethod(t, "get_nowait", func(self py.Object) py.Object { return qOf(self).GetNowait() })
	py.SetFastMethod(t, "put_nowait", func(self, item py.Object) py.Object {
		qOf(self).PutNowait(item)
		return py.None
	})
	py.SetFastMethod(t, "qsize", func(self py.Object) py.Object { return py.Int(qOf(self).qsize()) })
	py.SetFastMethod(t, "empty", func(self py.Object) py.Object { return py.NewBool(qOf(self).qsize() == 0) })
	py.SetFastMethod(t, "task_done", func(self py.Object) py.Object { qOf(self).TaskDone(); return py.None })
	smMethod(t, "join", func(self py.Object) py.Object {
		c, s := queueJoinKind.New()
		s.q = qOf(self)
		return c
	})
	py.SetAwaitFastMethod(t, "join", func(self py.Object) (py.Object, bool) {
		if q := qOf(self); q.unfinished <= 0 && !q.shadows("join") {
			return py.None, true
		}
		return nil, false
	})
	// Queue[int]: a types.GenericAlias, as queues.py's
	// __class_getitem__ = classmethod(GenericAlias).
	t.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(a []py.Object, kw []string) py.Object {
		if len(a) != 2 {
			typeError("__class_getitem__() takes exactly one argument (%d given)", len(a)-1)
		}
		return py.Call(py.GenericAliasType, a[0], a[1])
	})})
}
