package asyncio

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
	pytime "github.com/py2goasync/py2goasync/runtime/stdlib/time"
)

// The event loop, structured as CPython's BaseEventLoop: a FIFO ready queue
// of handles, a heap of timer handles ordered exactly as heapq orders them,
// and _run_once.

// Monotonic is time.monotonic(), the clock loop.time() reads: the time
// module's, so that the two agree as they do in CPython.
func Monotonic() float64 { return pytime.Monotonic() }

const (
	clockResolution        = 1e-09
	maxSelectTimeout       = 24 * 3600
	minScheduledTimers     = 100
	minCancelledTimersFrac = 0.5
)

type handleKind uint8

const (
	plainHandle handleKind = iota
	stepHandle
	wakeupHandle
	// sleepHandle resolves the future in arg with argBuf[0] unless it was
	// cancelled (asyncio.sleep's timer).
	sleepHandle
	// gatherHandle runs gather's done callback, gather.done(arg).
	gatherHandle
	// doneHandle (light entries only) runs a Go done callback, cb.fn(arg).
	doneHandle
)

// Handle is asyncio.Handle (and TimerHandle when timer is set).
type Handle struct {
	loop *Loop
	// fn is a callback written in Go; cb/args a Python one.
	fn func()
	// fnArg(arg) is a Go callback taking one argument (done callbacks).
	fnArg func(py.Object)
	// arg is fnArg's argument, the future a wakeup handle passes to
	// __wakeup, or the exception (nil for none) a step handle throws in.
	arg  py.Object
	cb   py.Object
	args []py.Object
	ctx  *py.Context
	// name describes a Go callback in reprs; for a Python callback
	// scheduled in debug mode, it is where it was scheduled (createdAt).
	name string
	// task is set on a task's step/wakeup handles (for debug reports).
	task *Task
	// gather is a gatherHandle's gather.
	gather *gatherState
	when   float64
	// kind says whether the handle runs a task's __step(arg) or
	// __wakeup(arg) (task is set on both, for debug reports).
	kind      handleKind
	cancelled bool
	// nameIsSite says name holds the creation site (debug mode).
	nameIsSite bool
	timer      bool
	scheduled  bool
	// argBuf and ctxBuf hold a single argument and the context copy of
	// call_soon(cb, arg), saving allocations.
	argBuf [1]py.Object
	ctxBuf py.Context
	// made is set on handles a program made itself (Handle(...),
	// TimerHandle(...)).
	made *madeHandle
}

// madeHandle is what Handle(callback, args, loop) and TimerHandle(when,
// ...) keep as given: the args tuple (_args), the loop when it is not a Go
// loop, and the time (the when() and repr of the object given).
type madeHandle struct {
	args, loop, when py.Object
}

var (
	HandleType      *py.Type
	TimerHandleType *py.Type
)

func (h *Handle) Type() *py.Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

// setSite records where a Python callback was scheduled (debug mode).
func (h *Handle) setSite(site string) {
	if site != "" {
		h.name, h.nameIsSite = site, true
	}
}

func (h *Handle) callbackRepr() string {
	if h.cb != nil {
		return formatCallbackSource(h.cb, h.args)
	}
	if h.kind == sleepHandle {
		return "_set_result_unless_cancelled(<Future>, " + reprlibRepr(orNone(h.argBuf[0])) + ")"
	}
	if h.name != "" && !h.nameIsSite {
		return h.name
	}
	return "<callback>"
}

func (h *Handle) String() string {
	info := []string{h.Type().Name}
	if h.cancelled {
		info = append(info, "cancelled")
	}
	if h.timer {
		if h.made != nil {
			info = append(info, "when="+py.Repr(h.made.when))
		} else {
			info = append(info, "when="+py.FloatRepr(h.when))
		}
	}
	if !h.cancelled && (h.cb != nil || h.fn != nil || h.fnArg != nil || h.kind != plainHandle) {
		info = append(info, h.callbackRepr())
	}
	if h.nameIsSite {
		info = append(info, "created at "+h.name)
	}
	return "<" + strings.Join(info, " ") + ">"
}

// Cancel is Handle.cancel().
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	if h.timer && h.scheduled {
		h.loop.timerCancelledCount++
	}
	h.cancelled = true
	h.fn, h.fnArg, h.arg, h.cb, h.args, h.kind = nil, nil, nil, nil, nil, plainHandle
	h.argBuf[0] = nil
}

func (h *Handle) invoke() py.Object {
	if h.fn != nil {
		h.fn()
		return nil
	}
	switch h.kind {
	case stepHandle:
		exc, _ := h.arg.(*py.BaseException)
		h.task.step(exc)
		return nil
	case wakeupHandle:
		a := h.arg
		h.arg = nil
		h.task.wakeup(a)
		return nil
	case sleepHandle:
		if f := h.arg.(*Future); f.state == statePending {
			f.SetResult(h.argBuf[0])
		}
		return nil
	case gatherHandle:
		f, _ := asFuture(h.arg)
		h.gather.done(f)
		return nil
	}
	if h.fnArg != nil {
		h.fnArg(h.arg)
		return nil
	}
	if h.cb != nil {
		if len(h.args) == 1 {
			py.Call1(h.cb, h.args[0])
		} else {
			py.CallKw(h.cb, h.args, nil)
		}
	}
	return nil
}

const handleRunFunc = "github.com/py2goasync/py2goasync/runtime/asyncio.(*Handle).run"

// run is Handle._run: exceptions go to the loop's exception handler.
func (h *Handle) run() {
	th := py.Current()
	prevCtx := th.Context
	var entered *py.Context
	// Handle._run and Context.run are two frames of CPython's.
	depth := py.EnterFrames(2)
	defer func() {
		// An exception leaves the depth of the frames it unwound taken.
		py.RestoreDepth(depth)
		th.Context = prevCtx
		if entered != nil {
			entered.Leave()
		}
		if r := recover(); r != nil {
			e := py.Recovered(r)
			if e.Type().IsSubtype(py.KeyboardInterruptType) || e.Type().IsSubtype(py.SystemExitType) {
				panic(e)
			}
			e.MarkCaughtIn(handleRunFunc)
			ctx := py.NewDict()
			ctx.SetStr("message", py.Str("Exception in callback "+h.callbackRepr()))
			ctx.SetStr("exception", e)
			ctx.SetStr("handle", h)
			h.loop.callExceptionHandler(ctx)
		}
	}()
	switch {
	case h.ctx == nil:
		h.invoke()
	case h.cb == nil:
		// Go callbacks (task steps, done callbacks) switch context
		// directly; the deferred function above restores it.
		th.Context = h.ctx
		h.invoke()
	default:
		// Context.run(callback, *args), entered here so that the deferred
		// function above also leaves it.
		h.ctx.Enter()
		entered = h.ctx
		h.invoke()
	}
}

// readyEntry is one callback of the ready deque: a Handle, or a light
// entry for a Go callback that never reaches Python as it runs (a task's
// __step or __wakeup, a Go done callback such as gather's), which needs no
// Handle object: kind says which, p what it runs, arg its argument (the
// exception a step throws in, nil for none; the future a wake-up or done
// callback is given). A light entry becomes a Handle only when Python
// could see it (loop._ready, the exception handler's context of a
// callback that raised, debug mode): Loop.materialize.
type readyEntry struct {
	// p is the *Handle (kind plainHandle), the *Task (stepHandle,
	// wakeupHandle) or the *doneCallback (gatherHandle, doneHandle), and
	// arg the *py.BaseException a step throws in (nil for none) or the
	// *Future a wake-up or done callback is given: pointers keep an entry
	// 24 bytes, and a gather tree's ready deque holds a whole level of its
	// tasks.
	p    unsafe.Pointer
	arg  unsafe.Pointer
	kind handleKind
}

// stepExc is a step entry's exception to throw in, nil for none.
func (e *readyEntry) stepExc() *py.BaseException { return (*py.BaseException)(e.arg) }

// argObj is the entry's argument as Python sees it.
func (e *readyEntry) argObj() py.Object {
	switch {
	case e.arg == nil:
		return nil
	case e.kind == stepHandle:
		return e.stepExc()
	}
	return (*Future)(e.arg).self()
}

// handle is the entry's Handle, nil for a light entry.
func (e *readyEntry) handle() *Handle {
	if e.kind != plainHandle {
		return nil
	}
	return (*Handle)(e.p)
}

func (e *readyEntry) task() *Task       { return (*Task)(e.p) }
func (e *readyEntry) cb() *doneCallback { return (*doneCallback)(e.p) }

// handleQueue is the ready deque: a chain of blocks, taken from at the
// head and added to at the tail. Growing allocates only the new blocks: a
// ring doubled and copied its array, allocating twice its peak length (a
// gather tree's deque holds a whole level of its tasks, 46656 entries). A
// drained head block is kept for the next block the tail needs, and an
// emptied deque starts over at the beginning of its one block.
type handleQueue struct {
	head, tail *readyBlock
	// hi is the head block's first entry, ti the tail block's first
	// free slot.
	hi, ti int
	n      int
	spare  *readyBlock
}

// readyBlockLen fills a block to its size class (1024 bytes).
const readyBlockLen = 42

type readyBlock struct {
	e    [readyBlockLen]readyEntry
	next *readyBlock
}

func (q *handleQueue) push(h *Handle) { q.slot().p = unsafe.Pointer(h) }

// slot adds a zero entry at the tail and returns it; the callers set its
// fields one by one (assigning a composite literal to heap memory zeroes
// it first, with bulk write barriers while the collector marks).
func (q *handleQueue) slot() *readyEntry {
	if q.ti == readyBlockLen || q.tail == nil {
		b := q.spare
		if b != nil {
			q.spare = nil
		} else {
			b = new(readyBlock)
		}
		if q.tail == nil {
			q.head, q.hi = b, 0
		} else {
			q.tail.next = b
		}
		q.tail, q.ti = b, 0
	}
	e := &q.tail.e[q.ti]
	q.ti++
	q.n++
	return e
}

// pushStep schedules task t's __step, throwing exc in (nil: none).
func (q *handleQueue) pushStep(t *Task, exc *py.BaseException) {
	e := q.slot()
	e.p, e.arg, e.kind = unsafe.Pointer(t), unsafe.Pointer(exc), stepHandle
}

// pushWakeup schedules task t's __wakeup(fut).
func (q *handleQueue) pushWakeup(t *Task, fut *Future) {
	e := q.slot()
	e.p, e.arg, e.kind = unsafe.Pointer(t), unsafe.Pointer(fut), wakeupHandle
}

// pushDone schedules the Go done callback c (c.fn or c.gather) of the
// future fut.
func (q *handleQueue) pushDone(c *doneCallback, fut *Future) {
	kind := doneHandle
	if c.gather != nil {
		kind = gatherHandle
	}
	e := q.slot()
	e.p, e.arg, e.kind = unsafe.Pointer(c), unsafe.Pointer(fut), kind
}

// pop takes the first entry; its slot is left zeroed.
func (q *handleQueue) pop() readyEntry {
	b := q.head
	e := b.e[q.hi]
	b.e[q.hi] = readyEntry{}
	q.hi++
	q.n--
	switch {
	case q.n == 0:
		// The head block is the tail one.
		q.hi, q.ti = 0, 0
	case q.hi == readyBlockLen:
		q.head, q.hi = b.next, 0
		b.next = nil
		q.spare = b
	}
	return e
}

// at is the i-th entry from the head.
func (q *handleQueue) at(i int) *readyEntry {
	b, j := q.head, q.hi+i
	for j >= readyBlockLen {
		b, j = b.next, j-readyBlockLen
	}
	return &b.e[j]
}

func (q *handleQueue) clear() {
	for q.n > 0 {
		q.pop()
	}
}

// Timer heap: the algorithm of CPython's heapq, comparing `when` only, so
// that handles with equal deadlines come out in the order CPython's do.
type timerHeap []*Handle

func (hp *timerHeap) push(h *Handle) {
	*hp = append(*hp, h)
	hp.siftdown(0, len(*hp)-1)
}

func (hp *timerHeap) pop() *Handle {
	heap := *hp
	last := heap[len(heap)-1]
	heap[len(heap)-1] = nil
	heap = heap[:len(heap)-1]
	*hp = heap
	if len(heap) > 0 {
		ret := heap[0]
		heap[0] = last
		hp.siftup(0)
		return ret
	}
	return last
}

func (hp timerHeap) siftdown(start, pos int) {
	item := hp[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if item.when < hp[parent].when {
			hp[pos] = hp[parent]
			pos = parent
			continue
		}
		break
	}
	hp[pos] = item
}

func (hp timerHeap) siftup(pos int) {
	end := len(hp)
	start := pos
	item := hp[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end && !(hp[child].when < hp[right].when) {
			child = right
		}
		hp[pos] = hp[child]
		pos = child
		child = 2*pos + 1
	}
	hp[pos] = item
	hp.siftdown(start, pos)
}

func (hp timerHeap) heapify() {
	for i := len(hp)/2 - 1; i >= 0; i-- {
		hp.siftup(i)
	}
}

// Loop is the event loop (CPython's _UnixSelectorEventLoop).
type Loop struct {
	// notifyF is the loop's notify (made once per loop), rucCB
	// run_until_complete's done callback.
	notifyF func()
	rucCB   doneCallback
	// rucFuture is the future the running run_until_complete waits for
	// (runUntilCompleteFromPython reads it).
	rucFuture *Future
	// tasksBuf is the first buffer of tasks: a loop running one task at a
	// time (asyncio.run of a coroutine that awaits others) allocates none.
	// An asyncio.run's cost is mostly the fresh memory it touches (a first
	// touch of a page costs 10 us on the benchmark machines); at 880 bytes
	// a Loop was over half of it.
	tasksBuf  [2]unsafe.Pointer
	ready     handleQueue
	scheduled timerHeap
	// timerCancelledCount counts cancelled handles still in the heap.
	timerCancelledCount int32
	stopping            bool
	closed              bool
	debug               bool
	// thread is the thread running the loop, nil when not running.
	thread        *py.Thread
	currentTask   *Task
	currentHandle *Handle
	// rare holds what few loops use (rare, more).
	rare_ *loopRare

	// tasks are the loop's tasks that are not done (all_tasks()).
	tasks taskList

	// Wakeups from other goroutines: Go callbacks posted without the GIL,
	// and a channel the waiting loop selects on (made by the first wait or
	// notify that needs it: wakeChan).
	mu      sync.Mutex
	pending []func()
	// npending is len(pending), read without the mutex on every loop
	// iteration.
	npending atomic.Int32
	// (The flags are here, beside npending, in its padding.)
	executorShutdownCalled   bool
	asyncgensShutdownCalled  bool
	asyncgensShutdownPending bool
	wake                     atomic.Pointer[chan struct{}]
	// sel is the selector (selector.go), once a descriptor is registered.
	sel atomic.Pointer[selector]
}

// loopRare is the part of a Loop that few loops use: a subclass's class
// and instance dict, a task factory or exception handler, the default
// executor, async generators, signal handlers, unretrieved
// exceptions, the wait timer. An asyncio.run's cost is mostly the fresh
// memory it touches (a first touch of a page costs 10-15 us on the
// benchmark machines), so the Loop it makes and drops carries none of
// this: 288 bytes, not 512 (TestSizeClasses).
type loopRare struct {
	// cls is a Python subclass the loop was made as (nil: LoopType).
	cls              *py.Type
	dict             *py.Dict
	taskFactory      py.Object
	exceptionHandler py.Object
	// slowCallback is slow_callback_duration once set (slowSet; 0.1
	// before).
	slowCallback    float64
	slowSet         bool
	defaultExecutor *Executor
	asyncgens       []py.Object
	timer           *time.Timer
	// signalHandlers stop the watchers of add_signal_handler.
	signalHandlers map[int]func()

	// unretrieved holds the reports of futures whose exception may never
	// be retrieved (unretrieved.go); unretrievedKept is its length after
	// the last compaction.
	unretrieved     []*unretrievedReport
	unretrievedKept int
	// lastYield is when the loop last let executor threads have the GIL
	// (Monotonic; zero reads as long ago).
	lastYield float64
}

// noRare is what rare reads for a loop without its loopRare: never
// written (writers go through more).
var noRare loopRare

// rare is l's loopRare for reading.
func (l *Loop) rare() *loopRare {
	if l.rare_ != nil {
		return l.rare_
	}
	return &noRare
}

// more is l's loopRare for writing, made on first use.
func (l *Loop) more() *loopRare {
	if l.rare_ == nil {
		l.rare_ = new(loopRare)
	}
	return l.rare_
}

// wakeChan is the channel a waiting loop selects on, made by whichever
// goroutine needs it first (the loop's wait or another's notify).
func (l *Loop) wakeChan() chan struct{} {
	if p := l.wake.Load(); p != nil {
		return *p
	}
	c := make(chan struct{}, 1)
	if l.wake.CompareAndSwap(nil, &c) {
		return c
	}
	return *l.wake.Load()
}

var LoopType *py.Type

func (l *Loop) Type() *py.Type {
	if c := l.rare().cls; c != nil {
		return c
	}
	return LoopType
}

// InstanceDict is the loop's __dict__, made at its first use: a loop of
// asyncio.run is seldom given attributes.
func (l *Loop) InstanceDict() *py.Dict {
	r := l.more()
	if r.dict == nil {
		r.dict = py.NewDict()
	}
	return r.dict
}

// NewLoop is asyncio.new_event_loop() (without the policy).
func NewLoop() *Loop {
	l := &Loop{}
	l.tasks.SetBuffer(l.tasksBuf[:])
	if os.Getenv("PYTHONASYNCIODEBUG") != "" {
		l.debug = true
	}
	allLoops = append(allLoops, l)
	if lg := asyncioLogger(); lg != nil {
		py.Call(py.GetAttr(lg, "debug"), py.Str("Using selector: %s"), py.Str("EpollSelector"))
	}
	return l
}

var allLoops []*Loop

func (l *Loop) String() string {
	return fmt.Sprintf("<%s running=%s closed=%s debug=%s>", LoopType.Name,
		pyBool(l.IsRunning()), pyBool(l.closed), pyBool(l.debug))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// Time is loop.time().
func (l *Loop) Time() float64 { return Monotonic() }

// IsRunning is loop.is_running().
func (l *Loop) IsRunning() bool { return l.thread != nil }

// IsClosed is loop.is_closed().
func (l *Loop) IsClosed() bool { return l.closed }

func (l *Loop) checkClosed() {
	if l.closed {
		runtimeError("Event loop is closed")
	}
}

func (l *Loop) checkRunning() {
	if l.IsRunning() {
		runtimeError("This event loop is already running")
	}
	if runningLoop() != nil {
		runtimeError("Cannot run the event loop while another loop is running")
	}
}

// CallSoon schedules a Go callback (loop.call_soon with a Go function) in
// context ctx (nil: no context switch).
func (l *Loop) CallSoon(fn func(), ctx *py.Context) *Handle {
	h := &Handle{loop: l, fn: fn, ctx: ctx}
	l.ready.push(h)
	return h
}

func (l *Loop) callSoonNamed(name string, fn func(), ctx *py.Context) *Handle {
	h := &Handle{loop: l, fn: fn, ctx: ctx, name: name}
	l.ready.push(h)
	return h
}

// callSoonPy is call_soon(callback, *args, context=ctx) for a Python
// callback; the handle keeps a copy of args.
func (l *Loop) callSoonPy(cb py.Object, args []py.Object, ctx *py.Context) *Handle {
	h := &Handle{loop: l, cb: cb, ctx: ctx}
	switch len(args) {
	case 0:
	case 1:
		h.argBuf[0] = args[0]
		h.args = h.argBuf[:]
	default:
		h.args = append([]py.Object(nil), args...)
	}
	if ctx == nil {
		h.ctx = py.Current().Context.CopyInto(&h.ctxBuf)
	}
	if l.debug {
		h.setSite(callerSite())
	}
	l.ready.push(h)
	return h
}

// CallAt schedules a timer handle.
func (l *Loop) callAt(when float64, h *Handle) *Handle {
	h.loop, h.timer, h.when, h.scheduled = l, true, when, true
	if l.debug && h.cb != nil {
		h.setSite(callerSite())
	}
	l.scheduled.push(h)
	return h
}

// CallLater schedules a Go callback after delay seconds.
func (l *Loop) CallLater(delay float64, fn func(), ctx *py.Context) *Handle {
	return l.callAt(l.Time()+delay, &Handle{fn: fn, ctx: ctx})
}

// PostThreadsafe schedules fn from a goroutine that does not hold the GIL
// (I/O completions, signal handlers); it runs on the loop with the GIL.
func (l *Loop) PostThreadsafe(fn func()) {
	l.mu.Lock()
	l.pending = append(l.pending, fn)
	l.npending.Store(int32(len(l.pending)))
	l.mu.Unlock()
	l.notify()
}

// notifyFn is l.notify as a func value the signal module can hold, made
// once per loop.
func (l *Loop) notifyFn() *func() {
	if l.notifyF == nil {
		l.notifyF = l.notify
	}
	return &l.notifyF
}

func (l *Loop) notify() {
	if s := l.sel.Load(); s != nil {
		s.wakeup()
	}
	select {
	case l.wakeChan() <- struct{}{}:
	default:
	}
}

// callSoonThreadsafe is call_soon_threadsafe from a thread holding the GIL.
func (l *Loop) callSoonThreadsafe(h *Handle) *Handle {
	h.loop = l
	l.ready.push(h)
	l.notify()
	return h
}

func (l *Loop) drainPending() {
	if l.npending.Load() == 0 {
		return
	}
	l.mu.Lock()
	p := l.pending
	l.pending = nil
	l.npending.Store(0)
	l.mu.Unlock()
	for _, fn := range p {
		l.ready.push(&Handle{loop: l, fn: fn, name: "<threadsafe callback>"})
	}
}

func (l *Loop) hasPending() bool { return l.npending.Load() > 0 }

// wait is the selector's select(timeout): it blocks without the GIL until
// timeout passes (negative: forever) or another goroutine wakes the loop.
func (l *Loop) wait(timeout float64) {
	if s := l.sel.Load(); s != nil {
		l.waitSelect(s, timeout)
		return
	}
	if timeout != 0 && !l.hasPending() {
		py.WithoutGIL(func() {
			wake := l.wakeChan()
			if timeout < 0 {
				<-wake
				return
			}
			// epoll rounds its timeout up to whole milliseconds.
			d := time.Duration(math.Ceil(timeout*1e3)) * time.Millisecond
			r := l.more()
			if r.timer == nil {
				r.timer = time.NewTimer(d)
			} else {
				r.timer.Reset(d)
			}
			select {
			case <-wake:
				r.timer.Stop()
			case <-r.timer.C:
			}
		})
	} else if activeWorkers > 0 && Monotonic()-l.rare().lastYield > 0.005 {
		// Let threads waiting for the GIL run, as CPython's switch
		// interval does.
		l.more().lastYield = Monotonic()
		py.WithoutGIL(runtime.Gosched)
	}
	l.drainPending()
}

// runOnce is one iteration of the loop (BaseEventLoop._run_once).
//
// Its Python frame level (_run_once's) is taken once by RunForever for all
// iterations: nothing runs between them. (RunForever runs its iterations
// in runReady.)
func (l *Loop) runOnce() {
	l.prepareOnce()
	for ntodo := l.ready.n; ntodo > 0; {
		ntodo = l.runReady(ntodo, false)
	}
}

// prepareOnce is _run_once up to its batch: cancelled timers dropped, the
// wait for I/O or a timer, signal handlers, due timers made ready.
func (l *Loop) prepareOnce() {
	n := len(l.scheduled)
	if n > minScheduledTimers && float64(l.timerCancelledCount)/float64(n) > minCancelledTimersFrac {
		kept := l.scheduled[:0]
		for _, h := range l.scheduled {
			if h.cancelled {
				h.scheduled = false
			} else {
				kept = append(kept, h)
			}
		}
		for i := len(kept); i < n; i++ {
			l.scheduled[i] = nil
		}
		l.scheduled = kept
		l.scheduled.heapify()
		l.timerCancelledCount = 0
	} else {
		for len(l.scheduled) > 0 && l.scheduled[0].cancelled {
			l.timerCancelledCount--
			h := l.scheduled.pop()
			h.scheduled = false
		}
	}
	timeout := -1.0
	if l.ready.n > 0 || l.stopping {
		timeout = 0
	} else if len(l.scheduled) > 0 {
		timeout = min(max(0, l.scheduled[0].when-l.Time()), maxSelectTimeout)
	}
	l.wait(timeout)
	// Handlers of signals that arrived meanwhile run now, in the main
	// thread (select() returning EINTR in CPython); what they raise
	// leaves run_forever.
	py.CheckSignals()

	var end float64
	if len(l.scheduled) > 0 {
		end = l.Time() + clockResolution
	}
	for len(l.scheduled) > 0 {
		h := l.scheduled[0]
		if h.when >= end {
			break
		}
		l.scheduled.pop()
		h.scheduled = false
		l.ready.push(h)
	}
}

const runReadyFunc = "github.com/py2goasync/py2goasync/runtime/asyncio.(*Loop).runReady"

// runReady runs the first n entries of the ready deque, the rest of
// _run_once's batch. A Handle runs as Handle._run; a light entry runs here
// as Handle._run would run it, an exception out of it being recovered
// once for all the entries of the call: the exception handler gets its
// handle, and the entries left (returned) run in a new call.
//
// forever (run_forever's loop) goes on with the next iterations until the
// loop stops, returning 0 then; n < 0 starts with an iteration's
// preparation (prepareOnce). One deferred function serves all the
// iterations. After an exception it returns the entries left of the
// batch, or -1 when the batch was over and the loop is not stopping.
func (l *Loop) runReady(n int, forever bool) (left int) {
	th := py.Current()
	prevCtx := th.Context
	depth := py.SaveDepth()
	var e readyEntry
	light := false
	defer func() {
		if !light {
			return
		}
		r := recover()
		if r == nil {
			return
		}
		// An exception leaves the depth of the frames it unwound taken.
		py.RestoreDepth(depth)
		th.Context = prevCtx
		exc := py.Recovered(r)
		if exc.Type().IsSubtype(py.KeyboardInterruptType) || exc.Type().IsSubtype(py.SystemExitType) {
			panic(exc)
		}
		exc.MarkCaughtIn(runReadyFunc)
		h := l.materialize(&e)
		ctx := py.NewDict()
		ctx.SetStr("message", py.Str("Exception in callback "+h.callbackRepr()))
		ctx.SetStr("exception", exc)
		ctx.SetStr("handle", h)
		l.callExceptionHandler(ctx)
		left = n
		if forever && n == 0 && !l.stopping {
			left = -1
		}
	}()
again:
	if n < 0 {
		l.prepareOnce()
		n = l.ready.n
	}
	for n > 0 {
		n--
		e = l.ready.pop()
		h := e.handle()
		if h == nil && l.debug {
			h = l.materialize(&e)
		}
		if h != nil {
			if h.cancelled {
				continue
			}
			if l.debug {
				l.currentHandle = h
				t0 := l.Time()
				h.run()
				dt := l.Time() - t0
				if dt >= l.slowCallback() {
					logWarning(fmt.Sprintf("Executing %s took %.3f seconds", formatHandle(h), dt))
				}
				l.currentHandle = nil
			} else {
				h.run()
			}
			continue
		}
		// Handle._run and Context.run are two frames of CPython's; the
		// callback runs in its context, as Handle.run runs Go callbacks.
		light = true
		py.EnterFrames(2)
		switch e.kind {
		case stepHandle:
			t := e.task()
			th.Context = t.wake.ctx
			t.step(e.stepExc())
		case wakeupHandle:
			t := e.task()
			th.Context = t.wake.ctx
			t.wakeupFut((*Future)(e.arg))
		case gatherHandle:
			cb := e.cb()
			if c := cb.ctx; c != nil {
				th.Context = c
			}
			cb.gather.done((*Future)(e.arg))
		default:
			cb := e.cb()
			if c := cb.ctx; c != nil {
				th.Context = c
			}
			cb.fn(e.argObj())
		}
		light = false
		py.RestoreDepth(depth)
		th.Context = prevCtx
	}
	if forever && !l.stopping {
		n = -1
		goto again
	}
	return 0
}

// materialize makes the light entry e a Handle (the same one from then
// on): what Python sees of it.
func (l *Loop) materialize(e *readyEntry) *Handle {
	if h := e.handle(); h != nil {
		return h
	}
	h := &Handle{loop: l, kind: e.kind}
	switch e.kind {
	case stepHandle:
		h.task = e.task()
		h.ctx, h.name = h.task.wake.ctx, "Task.task_step()"
		if e.arg != nil {
			h.arg = e.stepExc()
		}
	case wakeupHandle:
		h.task = e.task()
		h.ctx, h.name, h.arg = h.task.wake.ctx, "Task.task_wakeup()", e.argObj()
	case gatherHandle:
		cb := e.cb()
		h.gather, h.arg, h.ctx, h.name = cb.gather, e.argObj(), cb.ctx, cb.goName()
	default:
		cb := e.cb()
		h.kind = plainHandle
		h.fnArg, h.arg, h.ctx, h.name = cb.fn, e.argObj(), cb.ctx, cb.goName()
	}
	*e = readyEntry{p: unsafe.Pointer(h)}
	return h
}

func formatHandle(h *Handle) string {
	if h.task != nil {
		return h.task.String()
	}
	return h.String()
}

func (l *Loop) asyncgenFirstIter(g *py.AsyncGenerator) {
	r := l.more()
	if len(r.asyncgens) >= 256 {
		kept := r.asyncgens[:0]
		for _, x := range r.asyncgens {
			if ag, ok := x.(*py.AsyncGenerator); !ok || !ag.Done() {
				kept = append(kept, x)
			}
		}
		r.asyncgens = kept
	}
	r.asyncgens = append(r.asyncgens, g)
}

// asyncgenFinalizer is BaseEventLoop._asyncgen_finalizer_hook, for an
// async generator dropped while not finished: its aclose() runs as a task,
// created by a callback as call_soon_threadsafe(create_task, aclose()).
func (l *Loop) asyncgenFinalizer(g *py.AsyncGenerator) {
	if r := l.rare_; r != nil {
		for i, x := range r.asyncgens {
			if x == py.Object(g) {
				r.asyncgens = append(r.asyncgens[:i], r.asyncgens[i+1:]...)
				break
			}
		}
	}
	if l.closed {
		return
	}
	aclose := g.AClose()
	l.callSoonNamed("BaseEventLoop.create_task", func() { l.CreateTask(aclose, py.None, nil) }, py.Current().Context.Copy())
}

// RunForever is loop.run_forever().
func (l *Loop) RunForever() {
	l.checkClosed()
	l.checkRunning()
	// run_forever's frame and _run_once's below it.
	depth := py.EnterFrames(2)
	th := py.Current()
	prev := runningLoop()
	hooks := takeLoopHooks(l)
	l.thread = th
	setRunningLoop(l)
	prevHook := py.SetAsyncGenFirstIter(hooks.firstIter)
	prevFinalizer := py.SetAsyncGenFinalizer(hooks.finalizer)
	// One deferred function for what run_forever's finally restores.
	defer func() {
		py.SetAsyncGenFinalizer(prevFinalizer)
		py.SetAsyncGenFirstIter(prevHook)
		hooks.release()
		l.stopping = false
		l.thread = nil
		setRunningLoop(prev)
		py.RestoreDepth(depth)
	}()
	for n := -1; n != 0; {
		n = l.runReady(n, true)
	}
}

// loopHooks are the async generator hooks a running loop installs (its
// asyncgenFirstIter and asyncgenFinalizer as func values): nothing but the
// thread's hook slots holds them, and run_forever puts the previous hooks
// back when it stops, so the next loop to run reuses them (spareHooks)
// rather than making two func values per loop (a loop per asyncio.run).
type loopHooks struct {
	l                    *Loop
	firstIter, finalizer func(g *py.AsyncGenerator)
}

var spareHooks *loopHooks

func takeLoopHooks(l *Loop) *loopHooks {
	h := spareHooks
	if h != nil {
		spareHooks = nil
	} else {
		h = &loopHooks{}
		h.firstIter = func(g *py.AsyncGenerator) { h.l.asyncgenFirstIter(g) }
		h.finalizer = func(g *py.AsyncGenerator) { h.l.asyncgenFinalizer(g) }
	}
	h.l = l
	return h
}

// release gives the hooks back once they are no longer installed.
func (h *loopHooks) release() {
	h.l = nil
	spareHooks = h
}

// RunUntilComplete is loop.run_until_complete(future).
func (l *Loop) RunUntilComplete(future py.Object) py.Object {
	l.checkClosed()
	l.checkRunning()
	// Its frame (an exception leaves the level taken: whoever catches it
	// restores).
	depth := py.EnterFrames(1)
	_, isFut := asFuture(future)
	if !isFut && isDuckFuture(future) {
		// Not ours but a future all the same (a task factory's Task).
		if foreignFutureLoop(future) != py.Object(l) {
			valueError("The future belongs to a different loop than the one specified as the loop argument")
		}
		r := l.runUntilCompleteForeign(future, false)
		py.RestoreDepth(depth)
		return r
	}
	fut := ensureFuture(future, l)
	f, ours := asFuture(fut)
	newTask := !isFut
	if !ours {
		r := l.runUntilCompleteForeign(fut, newTask)
		py.RestoreDepth(depth)
		return r
	}
	// The loop's own callback record (run_until_complete cannot run twice
	// at once on one loop: checkRunning). A queued entry refers to it; it
	// holds the same function and name at every run.
	cb := &l.rucCB
	cb.fn, cb.name = runUntilCompleteCB, &cbRunUntilComplete
	l.rucFuture = f
	f.addCallback(cb)
	l.runForeverFor(f, cb, newTask)
	if f.state == statePending {
		runtimeError("Event loop stopped before Future completed.")
	}
	r := f.Result()
	l.rucFuture = nil
	py.RestoreDepth(depth)
	return r
}

// runForeverFor is run_until_complete's try/finally around run_forever:
// the done callback cb of f is removed however the loop stops.
func (l *Loop) runForeverFor(f *Future, cb *doneCallback, newTask bool) {
	defer func() {
		f.removeCallback(cb)
		if r := recover(); r != nil {
			if newTask && f.state == stateFinished {
				f.clearLogTraceback()
			}
			panic(r)
		}
	}()
	l.RunForever()
}

func runUntilCompleteCB(fo py.Object) {
	f, _ := asFuture(fo)
	if f.state != stateCancelled {
		if e := f.exc(); e != nil && (e.Type().IsSubtype(py.SystemExitType) || e.Type().IsSubtype(py.KeyboardInterruptType)) {
			return
		}
	}
	f.loop.stopping = true
}

func stdlibPath(file string, line int) string {
	return fmt.Sprintf("/usr/lib/python3.11/asyncio/%s:%d", file, line)
}

// Close is loop.close().
func (l *Loop) Close() {
	if l.IsRunning() {
		runtimeError("Cannot close a running event loop")
	}
	if l.closed {
		return
	}
	l.closed = true
	l.ready.clear()
	for i := range l.scheduled {
		l.scheduled[i] = nil
	}
	l.scheduled = nil
	l.executorShutdownCalled = true
	if r := l.rare_; r != nil {
		if ex := r.defaultExecutor; ex != nil {
			r.defaultExecutor = nil
			ex.Shutdown(false, false)
		}
		if r.timer != nil {
			r.timer.Stop()
		}
	}
	l.removeAllSignalHandlers()
	l.closeSelector()
	l.reportUnretrieved()
	for i, x := range allLoops {
		if x == l {
			allLoops = append(allLoops[:i], allLoops[i+1:]...)
			break
		}
	}
}

// plainTasks reports whether create_task makes a plain Task that nothing
// can fail to schedule: no task factory, the loop open, not in debug mode.
func (l *Loop) plainTasks() bool { return l.rare().taskFactory == nil && !l.closed && !l.debug }

// slowCallback is slow_callback_duration.
func (l *Loop) slowCallback() float64 {
	if r := l.rare(); r.slowSet {
		return r.slowCallback
	}
	return 0.1
}

// CreateTask is loop.create_task(coro, name=, context=).
func (l *Loop) CreateTask(coro py.Object, name py.Object, ctx *py.Context) py.Object {
	l.checkClosed()
	tf := l.rare().taskFactory
	if tf == nil {
		return newTask(TaskType, coro, l, name, ctx)
	}
	var t py.Object
	if ctx == nil {
		t = py.Call(tf, l, coro)
	} else {
		t = py.CallKw(tf, []py.Object{l, coro, ctx}, []string{"context"})
	}
	if !isNone(name) {
		py.CallMethod(t, "set_name", name)
	}
	return t
}

// Exception handling.

func (l *Loop) callExceptionHandler(ctx *py.Dict) {
	// self.call_exception_handler(context): a subclass or an instance
	// attribute may replace the method.
	if r := l.rare(); r.dict != nil || r.cls != nil {
		var m py.Object
		if r.dict != nil {
			m, _ = r.dict.GetStr("call_exception_handler")
		}
		if m == nil && r.cls != nil && r.cls.Lookup("call_exception_handler") != LoopType.Lookup("call_exception_handler") {
			m = py.GetAttr(l, "call_exception_handler")
		}
		if m != nil {
			py.Call(m, ctx)
			return
		}
	}
	l.callExceptionHandlerOwn(ctx)
}

// callExceptionHandlerOwn is BaseEventLoop.call_exception_handler.
func (l *Loop) callExceptionHandlerOwn(ctx *py.Dict) {
	fatal := func(e *py.BaseException) {
		if e.Type().IsSubtype(py.KeyboardInterruptType) || e.Type().IsSubtype(py.SystemExitType) {
			panic(e)
		}
	}
	eh := l.rare().exceptionHandler
	if eh == nil {
		if e := py.Catch(func() { l.defaultExceptionHandler(ctx) }); e != nil {
			fatal(e)
			logError("Exception in default exception handler", e)
		}
		return
	}
	e := py.Catch(func() { py.Call(eh, l, ctx) })
	if e == nil {
		return
	}
	fatal(e)
	if e2 := py.Catch(func() {
		c := py.NewDict()
		c.SetStr("message", py.Str("Unhandled error in exception handler"))
		c.SetStr("exception", e)
		c.SetStr("context", ctx)
		l.defaultExceptionHandler(c)
	}); e2 != nil {
		logError("Exception in default exception handler while handling an unexpected error in custom exception handler", e2)
	}
}

func (l *Loop) defaultExceptionHandler(ctx *py.Dict) {
	msg := "Unhandled exception in event loop"
	if m, ok := ctx.GetStr("message"); ok && py.Truth(m) {
		msg = py.StrOf(m)
	}
	var exc *py.BaseException
	if e, ok := ctx.GetStr("exception"); ok {
		exc, _ = e.(*py.BaseException)
	}
	lines := []string{msg}
	var keys []string
	for _, k := range ctx.Keys() {
		keys = append(keys, py.StrOf(k))
	}
	sortStrings(keys)
	for _, k := range keys {
		if k == "message" || k == "exception" {
			continue
		}
		v, _ := ctx.GetStr(k)
		lines = append(lines, k+": "+py.Repr(v))
	}
	logError(strings.Join(lines, "\n"), exc)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// asyncioLogger is logging.getLogger("asyncio") once the program has
// imported logging, nil before. CPython's asyncio always imports logging,
// but until a program does, nothing can have configured it: the logger
// prints through logging's last-resort handler, which logError writes
// without the module.
func asyncioLogger() py.Object {
	lg, ok := py.SysModules.GetStr("logging")
	if !ok {
		return nil
	}
	return py.Call(py.GetAttr(lg, "getLogger"), py.Str("asyncio"))
}

// logError is logger.error(msg, exc_info=exc).
func logError(msg string, exc *py.BaseException) {
	if lg := asyncioLogger(); lg != nil {
		var info py.Object = py.False
		if exc != nil {
			info = py.NewTuple(exc.Type(), exc, py.GetAttr(exc, "__traceback__"))
		}
		py.CallKw(py.GetAttr(lg, "error"), []py.Object{py.Str(msg), info}, []string{"exc_info"})
		return
	}
	logOutput.WriteString(msg + "\n")
	if exc != nil {
		py.PrintException(logOutput, exc)
	}
}

// logWarning is logger.warning(msg).
func logWarning(msg string) {
	if lg := asyncioLogger(); lg != nil {
		py.Call(py.GetAttr(lg, "warning"), py.Str(msg))
		return
	}
	logOutput.WriteString(msg + "\n")
}

// logOutput is where the loop's logger writes (stderr; tests swap it).
var logOutput interface {
	WriteString(string) (int, error)
} = os.Stderr

// Running loop and the event loop policy, per thread.

type policyLoopKey struct{}
type policySetKey struct{}

// The running loop of the thread that last set one is cached, since looking
// it up in the thread's locals is a map access on every sleep(0).
var (
	cachedThread *py.Thread
	cachedLoop   *Loop
)

func runningLoop() *Loop {
	th := py.Current()
	if th == cachedThread {
		return cachedLoop
	}
	l, _ := th.RunningLoop.(*Loop)
	return l
}

func setRunningLoop(l *Loop) {
	th := py.Current()
	cachedThread, cachedLoop = th, l
	if l == nil {
		th.RunningLoop = nil
		return
	}
	th.RunningLoop = l
}

// GetRunningLoop is asyncio.get_running_loop().
func GetRunningLoop() *Loop {
	l := runningLoop()
	if l == nil {
		runtimeError("no running event loop")
	}
	return l
}

// policyThread is the default policy's per-thread state (its _local):
// whether set_event_loop was called and the loop it set. It lives in the
// thread's locals, and the last thread's is cached: asyncio.run sets the
// loop twice, and a map update each time cost more than the rest of it.
type policyThread struct {
	set  bool
	loop py.Object
}

var policyCache struct {
	th *py.Thread
	st *policyThread
}

// policyOf is the running thread's policy state.
func policyOf() *policyThread {
	th := py.Current()
	if th == policyCache.th {
		return policyCache.st
	}
	st, _ := py.ThreadLocal(policySetKey{}).(*policyThread)
	if st == nil {
		st = &policyThread{}
		py.SetThreadLocal(policySetKey{}, st)
	}
	policyCache.th, policyCache.st = th, st
	return st
}

// GetEventLoop is asyncio.get_event_loop() as 3.11.7 behaves.
func GetEventLoop() py.Object {
	if l := runningLoop(); l != nil {
		return l
	}
	if customPolicy != nil {
		return py.CallMethod(customPolicy, "get_event_loop")
	}
	return defaultGetEventLoop()
}

// defaultGetEventLoop is the default policy's get_event_loop.
func defaultGetEventLoop() py.Object {
	st := policyOf()
	if st.loop == nil && !st.set && py.Current() == py.MainThread {
		setEventLoop(newEventLoop())
	}
	if st.loop == nil {
		runtimeError("There is no current event loop in thread %s.", py.Repr(py.Str(py.Current().Name)))
	}
	return st.loop
}

func setEventLoop(l py.Object) {
	st := policyOf()
	st.set = true
	if l != nil && l != py.None {
		if _, ok := l.(*Loop); !ok && !py.IsInstance(l, LoopType) {
			typeError("loop must be an instance of AbstractEventLoop or None, not '%s'", l.Type().Name)
		}
		st.loop = l
	} else {
		st.loop = nil
	}
}

func newEventLoop() py.Object {
	return NewLoop()
}

func asLoop(o py.Object) *Loop {
	if l, ok := o.(*Loop); ok {
		return l
	}
	typeError("expected an event loop, got %s", o.Type().Name)
	return nil
}
