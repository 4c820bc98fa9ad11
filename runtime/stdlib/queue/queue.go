// Package queue is Python's queue module: thread-safe FIFO, LIFO and
// priority queues whose blocking waits release the interpreter lock.
package queue

import (
	"container/heap"
	gotime "time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Queue is queue.Queue / LifoQueue / PriorityQueue / SimpleQueue.
type Queue struct {
	kind       int // 0 FIFO, 1 LIFO, 2 priority
	items      []py.Object
	maxsize    int
	unfinished int
	changed    chan struct{} // closed and replaced on every change
	cls        *py.Type
	dict       *py.Dict
}

var (
	QueueType         *py.Type
	LifoQueueType     *py.Type
	PriorityQueueType *py.Type
	SimpleQueueType   *py.Type
	EmptyType         *py.Type
	FullType          *py.Type
)

func (q *Queue) Type() *py.Type {
	if q.cls != nil {
		return q.cls
	}
	return QueueType
}

func (q *Queue) InstanceDict() *py.Dict { return q.dict }

type pq []py.Object

func (h pq) Len() int            { return len(h) }
func (h pq) Less(i, j int) bool  { return py.Less(h[i], h[j]) }
func (h pq) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *pq) Push(x interface{}) { *h = append(*h, x.(py.Object)) }
func (h *pq) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (q *Queue) notify() {
	close(q.changed)
	q.changed = make(chan struct{})
}

// wait blocks until the queue changes or the deadline passes (GIL released).
func (q *Queue) wait(deadline gotime.Time) bool {
	ch := q.changed
	ok := true
	py.WithoutGIL(func() {
		if deadline.IsZero() {
			<-ch
			return
		}
		select {
		case <-ch:
		case <-gotime.After(gotime.Until(deadline)):
			ok = false
		}
	})
	return ok
}

func deadlineOf(block bool, timeout py.Object) gotime.Time {
	if !block || timeout == nil || timeout == py.None {
		return gotime.Time{}
	}
	t := float64(py.ToFloat(timeout).(py.Float))
	if t < 0 {
		panic(py.NewError(py.ValueErrorType, "'timeout' must be a non-negative number"))
	}
	return gotime.Now().Add(gotime.Duration(t * 1e9))
}

func (q *Queue) put(x py.Object, block bool, timeout py.Object) {
	dl := deadlineOf(block, timeout)
	for q.maxsize > 0 && len(q.items) >= q.maxsize {
		if !block || (!q.wait(dl) && !dl.IsZero()) {
			if !block || len(q.items) >= q.maxsize {
				panic(py.NewException(FullType))
			}
		}
	}
	if q.kind == 2 {
		h := pq(q.items)
		heap.Push(&h, x)
		q.items = h
	} else {
		q.items = append(q.items, x)
	}
	q.unfinished++
	q.notify()
}

func (q *Queue) get(block bool, timeout py.Object) py.Object {
	dl := deadlineOf(block, timeout)
	for len(q.items) == 0 {
		if !block {
			panic(py.NewException(EmptyType))
		}
		if !q.wait(dl) && len(q.items) == 0 {
			panic(py.NewException(EmptyType))
		}
	}
	var x py.Object
	switch q.kind {
	case 1:
		x = q.items[len(q.items)-1]
		q.items = q.items[:len(q.items)-1]
	case 2:
		h := pq(q.items)
		x = heap.Pop(&h).(py.Object)
		q.items = h
	default:
		x = q.items[0]
		q.items = q.items[1:]
	}
	q.notify()
	return x
}

func blockArgs(name string, args []py.Object, kw []string, params []string) []py.Object {
	return py.ParseArgs(name, args, kw, params, 0)
}

func setup0() {
	kinds := map[*py.Type]int{QueueType: 0, LifoQueueType: 1, PriorityQueueType: 2, SimpleQueueType: 0}
	for t := range kinds {
		py.SetSubclassable(t)
		py.SetNewInstance(t, func(c *py.Type) py.Object {
			k := 0
			for _, m := range c.MRO {
				if v, ok := kinds[m]; ok {
					k = v
					break
				}
			}
			q := &Queue{kind: k, changed: make(chan struct{})}
			if c != QueueType {
				q.cls, q.dict = c, py.NewDict()
			}
			return q
		})
		qm := func(name string, f func(q *Queue, args []py.Object, kw []string) py.Object) {
			py.AddMethod(t, name, func(args []py.Object, kw []string) py.Object { return f(args[0].(*Queue), args[1:], kw) })
		}
		qm("__init__", func(q *Queue, args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(q.Type().Name, args, kw, []string{"maxsize"}, 0)
			if a[0] != nil {
				q.maxsize = py.Index(a[0])
			}
			return py.None
		})
		qm("put", func(q *Queue, args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("put", args, kw, []string{"item", "block", "timeout"}, 1)
			q.put(a[0], a[1] == nil || py.Truth(a[1]), a[2])
			return py.None
		})
		qm("put_nowait", func(q *Queue, args []py.Object, kw []string) py.Object { q.put(args[0], false, nil); return py.None })
		qm("get", func(q *Queue, args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("get", args, kw, []string{"block", "timeout"}, 0)
			return q.get(a[0] == nil || py.Truth(a[0]), a[1])
		})
		qm("get_nowait", func(q *Queue, args []py.Object, kw []string) py.Object { return q.get(false, nil) })
		qm("qsize", func(q *Queue, args []py.Object, kw []string) py.Object { return py.Int(len(q.items)) })
		qm("empty", func(q *Queue, args []py.Object, kw []string) py.Object { return py.NewBool(len(q.items) == 0) })
		qm("full", func(q *Queue, args []py.Object, kw []string) py.Object {
			return py.NewBool(q.maxsize > 0 && len(q.items) >= q.maxsize)
		})
		qm("task_done", func(q *Queue, args []py.Object, kw []string) py.Object {
			if q.unfinished <= 0 {
				panic(py.NewError(py.ValueErrorType, "task_done() called too many times"))
			}
			q.unfinished--
			q.notify()
			return py.None
		})
		qm("join", func(q *Queue, args []py.Object, kw []string) py.Object {
			for q.unfinished > 0 {
				q.wait(gotime.Time{})
			}
			return py.None
		})
		py.AddGetter(t, "maxsize", func(o py.Object) py.Object { return py.Int(o.(*Queue).maxsize) }, nil)
	}
	// _queue is the C half the host's queue.py imports.
	py.RegisterModule("_queue", func(m *py.Module) {
		m.Set("SimpleQueue", SimpleQueueType)
		m.Set("Empty", EmptyType)
	})
	py.RegisterFallbackModule("queue", func(m *py.Module) {
		m.Set("Queue", QueueType)
		m.Set("LifoQueue", LifoQueueType)
		m.Set("PriorityQueue", PriorityQueueType)
		m.Set("SimpleQueue", SimpleQueueType)
		m.Set("Empty", EmptyType)
		m.Set("Full", FullType)
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	QueueType = py.NewType("Queue", "queue", nil)
	LifoQueueType = py.NewType("LifoQueue", "queue", QueueType)
	PriorityQueueType = py.NewType("PriorityQueue", "queue", QueueType)
	SimpleQueueType = py.NewType("SimpleQueue", "_queue", nil)
	EmptyType = py.NewType("Empty", "_queue", py.ExceptionType)
	FullType = py.NewType("Full", "queue", py.ExceptionType)
}
