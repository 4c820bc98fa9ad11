package asyncio

import (
	"sort"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The module-level functions of asyncio.tasks, written as coroutines in Go.

func stdlibFile(name string) string { return "/usr/lib/python3.11/asyncio/" + name }

func goCode(name, file string, line int) *py.Code {
	return &py.Code{Name: name, Qualname: name, Module: "asyncio", File: stdlibFile(file), Line: line}
}

// catch runs f and returns the Python exception it raised, if any.
func catch(f func()) (exc *py.BaseException) {
	depth := py.SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			py.RestoreDepth(depth)
			exc = py.Recovered(r)
		}
	}()
	f()
	return nil
}

// catchHandled is catch for an exception the caller handles as an except
// clause would (raising another exception from it, say): its traceback
// ends at the caller's frame, as a caught exception's does in CPython.
// (catch leaves the traceback alone: walking the stack to trim it costs
// microseconds, too much for the I/O paths that catch BlockingIOError.)
func catchHandled(f func()) (exc *py.BaseException) {
	depth := py.SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			py.RestoreDepth(depth)
			exc = py.Recovered(r)
			exc.MarkCaughtIn("github.com/py2goasync/py2goasync/runtime/asyncio.catchHandled")
		}
	}()
	f()
	return nil
}

func isCancelled(e *py.BaseException) bool {
	return e != nil && e.Type().IsSubtype(CancelledErrorType)
}

var sleepCode *py.Code

// Sleep is asyncio.sleep(delay, result) as a coroutine object, a state
// machine needing no stack: sleep(0) is one bare yield (__sleep0), a
// positive delay awaits a future the loop resolves later. A positive int
// or float delay gets a coroutine with the future and the timer handle
// inside it (one allocation).
func Sleep(delay, result py.Object) *py.Coroutine {
	switch d := delay.(type) {
	case py.Int:
		if d > 0 {
			return newSleepTimed(delay, result)
		}
		return newSleep0(result)
	case py.Float:
		if !(d <= 0) {
			return newSleepTimed(delay, result)
		}
		return newSleep0(result)
	}
	c, s := sleepKind.New()
	s.delay, s.result = delay, result
	return c
}

// newSleep0 is sleep(delay, result) for an int or float delay <= 0 (the
// test has no side effects, so it is made here): one bare yield.
func newSleep0(result py.Object) *py.Coroutine {
	c, s := sleep0Kind.New()
	s.result = result
	return c
}

type sleep0State struct{ result py.Object }

// sleep0Wait stands in for the coroutine of sleep(0) (result None) that a
// compiled coroutine awaits (py.StandIn): one bare yield of None, then
// the result; it holds no state of its own (the awaiting frame knows the
// first step), so one serves every await.
type sleep0Wait struct{}

var sleep0StandIn = &sleep0Wait{}

func (*sleep0Wait) Type() *py.Type { return py.CoroutineType }

func (*sleep0Wait) AwaitStep(first bool, send py.Object, throw *py.BaseException) (py.Object, bool, py.Object) {
	if first {
		return py.None, false, nil
	}
	if throw != nil {
		py.Throw(throw)
	}
	return nil, true, py.None
}

func (*sleep0Wait) Materialize() *py.Coroutine {
	c, s := py.SuspendedOf(sleep0Kind, 1, nil)
	s.result = py.None
	return c
}

// sleepAwaitFast is sleep(delay)'s await fast path: the stand-in for a
// delay that is an int or float <= 0 (Sleep's newSleep0).
func sleepAwaitFast(_, delay py.Object) (py.Object, bool) {
	switch d := delay.(type) {
	case py.Int:
		if d <= 0 {
			return sleep0StandIn, false
		}
	case py.Float:
		if d <= 0 {
			return sleep0StandIn, false
		}
	}
	return nil, false
}

var sleep0Kind *py.CoroutineKind[sleep0State]

func sleep0Body(co *py.CoFrame, s *sleep0State) py.Object {
	if co.PC == 1 {
		co.Received()
		return s.result
	}
	return co.Suspend(1, py.None)
}

func newSleepTimed(delay, result py.Object) *py.Coroutine {
	c, s := sleepTimedKind.New()
	s.delay, s.result = delay, result
	return c
}

type sleepState struct {
	delay, result py.Object
	t             *sleepTimer
}

// sleepTimer is the future a timed sleep awaits and the timer handle
// resolving it.
type sleepTimer struct {
	fut Future
	h   Handle
}

type sleepTimedState struct {
	sleepState
	buf sleepTimer
}

var (
	sleepKind      *py.CoroutineKind[sleepState]
	sleepTimedKind *py.CoroutineKind[sleepTimedState]
)

func sleepBodyFn(co *py.CoFrame, s *sleepState) py.Object {
	return sleepBody(co, s, nil)
}

func sleepTimedBody(co *py.CoFrame, s *sleepTimedState) py.Object {
	return sleepBody(co, &s.sleepState, &s.buf)
}

func sleepBody(co *py.CoFrame, s *sleepState, buf *sleepTimer) py.Object {
	switch co.PC {
	case 1:
		goto yielded
	case 2:
		goto waited
	}
	if positive(s.delay) {
		goto timed
	}
	return co.Suspend(1, py.None)
yielded:
	co.Received()
	return s.result
timed:
	if buf == nil {
		buf = &sleepTimer{}
	}
	s.t = buf
	startSleepTimer(co, s)
waited:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else if exc != nil {
		s.t.h.Cancel()
		panic(exc)
	}
	s.t.h.Cancel()
	return co.Value
}

// startSleepTimer starts the await of a future resolved after the delay
// (loop.call_later(delay, futures._set_result_unless_cancelled, future,
// result)).
func startSleepTimer(co *py.CoFrame, s *sleepState) {
	l := GetRunningLoop()
	f := s.t.fut.init(l)
	h := &s.t.h
	*h = Handle{kind: sleepHandle, arg: f}
	h.argBuf[0] = s.result
	l.callAt(l.Time()+toFloat(s.delay), h)
	co.Await(2, f)
}

// sleep0 is __sleep0() for Go code running on a coroutine stack: a bare
// yield that gives the loop one iteration.
func sleep0() {
	_, throw := py.Suspend(py.None)
	if throw != nil {
		py.Throw(throw)
	}
}

// positive is `not (x <= 0)`.
func positive(x py.Object) bool {
	switch v := x.(type) {
	case py.Int:
		return v > 0
	case py.Float:
		return !(v <= 0)
	}
	return !py.Truth(py.Compare(x, py.Int(0), py.OpLe))
}

// ensureFuture is tasks._ensure_future; loop may be nil.
//
// A coroutine given a loop without a task factory, open and not in debug
// mode becomes a Task directly: create_task can raise no RuntimeError
// there (call_soon's closed-loop and debug thread checks), so the
// closing of the coroutine on one needs no recover.
func ensureFuture(o py.Object, l *Loop) py.Object {
	if c, ok := o.(*py.Coroutine); ok {
		// Without a loop, get_event_loop() is the running loop if any.
		tl := l
		if tl == nil {
			tl = runningLoop()
		}
		if tl != nil && tl.plainTasks() {
			return newTask(TaskType, c, tl, py.None, nil)
		}
	}
	if f, ok := asFuture(o); ok {
		if l != nil && f.loop != l {
			valueError("The future belongs to a different loop than the one specified as the loop argument")
		}
		return o
	}
	wrapped := false
	if !IsCoroutine(o) {
		if py.LookupSpecial(o, "__await__") == nil {
			typeError("An asyncio.Future, a coroutine or an awaitable is required")
		}
		aw := o
		o = py.NewCoroutine(goCode("_wrap_awaitable", "tasks.py", 694), func() py.Object { return py.Await(aw) })
		wrapped = true
	}
	if l == nil {
		l = asLoop(GetEventLoop())
	}
	var t py.Object
	if e := catch(func() { t = setCreatedAt(l.CreateTask(o, py.None, nil), "tasks.py", 680) }); e != nil {
		if e.Type().IsSubtype(py.RuntimeErrorType) && !wrapped {
			if c, ok := o.(*py.Coroutine); ok {
				c.Close()
			}
		}
		panic(e)
	}
	return t
}

// ensureFutureOf is ensureFuture's Future part (a coroutine's new Task
// without a conversion to py.Object and back).
func ensureFutureOf(o py.Object, l *Loop) *Future {
	if c, ok := o.(*py.Coroutine); ok && l != nil && l.plainTasks() {
		return &newTask(TaskType, c, l, py.None, nil).Future
	}
	f, _ := asFuture(ensureFuture(o, l))
	return f
}

// gather.

var GatheringFutureType *py.Type

// Gather is asyncio.gather(*aws, return_exceptions=).
func Gather(args []py.Object, returnExceptions bool) py.Object {
	if len(args) == 0 {
		l := asLoop(GetEventLoop())
		outer := NewFuture(l)
		outer.SetResult(py.NewList())
		return outer
	}
	// One allocation holds what the done callbacks share (CPython's
	// closure cells), the outer future, the callbacks' context and the
	// done callback itself, which every child gets (CPython's is one
	// closure too), and up to 7 children; a second more children.
	b := &gatherBlock{}
	g := &b.gatherState
	g.returnExceptions = returnExceptions
	n := len(args)
	if n <= len(b.kidsBuf) {
		g.kids = b.kidsBuf[:0:n]
	} else {
		g.kids = make([]*Future, 0, n)
	}
	// arg_to_fut, a dict keyed by the argument (Go's == on the
	// arguments): a scan of those seen for a few, a map for more.
	var argToFut map[py.Object]*Future
	// coros are the coroutine arguments so far when there is no map
	// (nil for other arguments).
	var coros [8]*py.Coroutine
	// seen has a bit set for each coroutine in coros (by its address's
	// bits above a small object's size): a coroutine whose bit is clear
	// was not seen, and needs no scan.
	var seen uint64
	if n > len(coros) {
		argToFut = make(map[py.Object]*Future, n)
	}
	for _, arg := range args {
		// dict semantics: unhashable arguments raise TypeError (a
		// coroutine, the usual argument, hashes by identity).
		c, isCoro := arg.(*py.Coroutine)
		if !isCoro {
			py.Hash(arg)
		}
		var f *Future
		if argToFut != nil {
			f = argToFut[arg]
		} else if isCoro {
			// Coroutines, the usual arguments, compare as pointers.
			bit := uint64(1) << (uintptr(unsafe.Pointer(c)) >> 7 & 63)
			if seen&bit != 0 {
				for i, y := range coros[:len(g.kids)] {
					if y == c {
						f = g.kids[i]
						break
					}
				}
			}
			seen |= bit
			coros[len(g.kids)] = c
		} else {
			for i, k := range g.kids {
				if args[i] == arg {
					f = k
					break
				}
			}
		}
		if f == nil {
			f = ensureFutureOf(arg, g.loop)
			if g.loop == nil {
				g.loop = f.loop
			}
			g.nfuts++
			if argToFut != nil {
				argToFut[arg] = f
			}
			if b.cb.gather == nil {
				// Gather's done callback is Go code that runs no
				// Python code in the context it is given.
				b.cb.gather, b.cb.name, b.cb.ctx = g, &cbDoneCallback, py.Current().Context.CopyInto(&b.ctx)
			}
			f.addCallback(&b.cb)
		}
		g.kids = append(g.kids, f)
	}
	outer := &b.outer
	// b is new: set the fields rather than assign a whole Future.
	outer.cls, outer.loop, outer.ext = GatheringFutureType, g.loop, &b.ext
	g.made = true
	b.ext.gather = g
	return outer
}

// gatherBlock is gather's shared state with its outer future, allocated
// together.
type gatherBlock struct {
	gatherState
	outer Future
	ext   futureExt
	ctx   py.Context
	cb    doneCallback
	// kidsBuf holds the children of a gather of up to 7 (the block's
	// size class has room for them).
	kidsBuf [7]*Future
}

// gatherState is what gather's _done_callback and _GatheringFuture.cancel
// share.
type gatherState struct {
	// kids are the children's Future parts, one per argument; a child
	// itself (the Future or Task ensure_future returned) is f.self().
	kids []*Future
	// int32 and no pointer to the outer future (gatherBlock's): a
	// gatherBlock stays 320 bytes.
	nfuts, nfinished int32
	loop             *Loop
	cancelRequest    bool
	returnExceptions bool
	// made is set once gather has made the outer future: a child's
	// callback added before an argument raised finds no outer.
	made bool
}

// outer is the gather's outer future, nil until made: a gatherState is
// the start of its gatherBlock.
func (g *gatherState) outer() *Future {
	if !g.made {
		return nil
	}
	return &(*gatherBlock)(unsafe.Pointer(g)).outer
}

// A gatherBlock must start with its gatherState for outer.
var _ [0]struct{} = [unsafe.Offsetof(gatherBlock{}.gatherState)]struct{}{}

// childObjs are the children as Python sees them (_children).
func (g *gatherState) childObjs() []py.Object {
	objs := make([]py.Object, len(g.kids))
	for i := range g.kids {
		objs[i] = g.kids[i].self()
	}
	return objs
}

// done is gather's _done_callback.
func (g *gatherState) done(fut *Future) {
	g.nfinished++
	outer := g.outer()
	if outer == nil || outer.Done() {
		if !fut.Cancelled() {
			fut.clearLogTraceback()
		}
		return
	}
	if !g.returnExceptions {
		if fut.Cancelled() {
			outer.setException(fut.makeCancelledError())
			return
		}
		fut.clearLogTraceback()
		if fut.exc() != nil {
			outer.setException(fut.exc())
			return
		}
	}
	if g.nfinished == g.nfuts {
		// The list and its items in one allocation.
		rl := py.NewListLen(len(g.kids))
		results := rl.Items
		for i := range g.kids {
			c := g.kids[i]
			if c.Cancelled() {
				msg := c.cancelMessage()
				if isNone(msg) {
					msg = py.Str("")
				}
				results[i] = py.NewException(CancelledErrorType, msg)
			} else if c.exc() != nil {
				c.clearLogTraceback()
				results[i] = c.exc()
			} else {
				results[i] = orNone(c.res())
			}
		}
		if g.cancelRequest {
			outer.setException(fut.makeCancelledError())
		} else {
			outer.SetResult(rl)
		}
	}
}

// cancel is _GatheringFuture.cancel.
func (g *gatherState) cancel(msg py.Object) bool {
	if g.outer().Done() {
		return false
	}
	ret := false
	for i := range g.kids {
		if g.kids[i].Cancel(msg) {
			ret = true
		}
	}
	if ret {
		g.cancelRequest = true
	}
	return ret
}

// Shield is asyncio.shield(arg).
func Shield(arg py.Object) py.Object {
	innerObj := ensureFuture(arg, nil)
	inner, _ := asFuture(innerObj)
	if inner.Done() {
		return innerObj
	}
	l := inner.loop
	outer := NewFuture(l)
	innerCB := &doneCallback{cbHead: cbHead{name: &cbInnerDone}}
	innerCB.fn = func(py.Object) {
		if outer.Cancelled() {
			if !inner.Cancelled() {
				inner.clearLogTraceback()
			}
			return
		}
		if inner.Cancelled() {
			outer.Cancel(py.None)
		} else if inner.exc() != nil {
			inner.clearLogTraceback()
			outer.setException(inner.exc())
		} else {
			outer.SetResult(inner.res())
		}
	}
	innerCB.ctx = py.Current().Context.Copy()
	outerCB := &doneCallback{cbHead: cbHead{name: &cbOuterDone, ctx: py.Current().Context.Copy()}}
	outerCB.fn = func(py.Object) {
		if !inner.Done() {
			inner.removeCallback(innerCB)
		}
	}
	inner.addCallback(innerCB)
	outer.addCallback(outerCB)
	return outer
}

func releaseWaiterCB(waiter *Future) *doneCallback {
	return &doneCallback{cbHead: cbHead{name: &cbReleaseWaiter}, fn: func(py.Object) {
		if !waiter.Done() {
			waiter.SetResult(py.None)
		}
	}}
}

// cancelAndWait is `await _cancel_and_wait(fut, loop)` for Go code running
// on a coroutine stack.
func cancelAndWait(fut *Future, l *Loop) { py.Await(cancelAndWaitCoro(fut, l)) }

// cancelAndWaitCoro is _cancel_and_wait(fut, loop): cancel fut and wait
// until it completes (through a waiter, so that the wait itself can be
// cancelled).
func cancelAndWaitCoro(fut *Future, l *Loop) *py.Coroutine {
	c, s := cancelAndWaitKind.New()
	s.fut, s.l = fut, l
	return c
}

type cancelWait struct {
	fut *Future
	l   *Loop
	cb  *doneCallback
}

var cancelAndWaitKind *py.CoroutineKind[cancelWait]

func cancelAndWaitBody(co *py.CoFrame, s *cancelWait) py.Object {
	if co.PC == 1 {
		goto waiting
	}
	{
		waiter := NewFuture(s.l)
		s.cb = releaseWaiterCB(waiter)
		s.fut.addCallback(s.cb)
		// try: fut.cancel(); await waiter; finally: fut.remove_done_callback(cb)
		if e := catch(func() { s.fut.Cancel(py.None) }); e != nil {
			s.fut.removeCallback(s.cb)
			panic(e)
		}
		co.Await(1, waiter)
	}
waiting:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else {
		s.fut.removeCallback(s.cb)
		if exc != nil {
			panic(exc)
		}
	}
	return py.None
}

var waitForCode *py.Code

// WaitFor is asyncio.wait_for(aw, timeout), a state machine following
// CPython's tasks.wait_for.
func WaitFor(aw, timeout py.Object) *py.Coroutine {
	c, s := waitForKind.New()
	s.aw, s.timeout = aw, timeout
	return c
}

type waitForState struct {
	aw, timeout py.Object
	l           *Loop
	fut         *Future
	waiter      *Future
	th          *Handle
	cb          *doneCallback
	// exc is the CancelledError being handled while the future is
	// cancelled (re-raised afterwards).
	exc *py.BaseException
}

var waitForKind *py.CoroutineKind[waitForState]

func waitForBody(co *py.CoFrame, s *waitForState) py.Object {
	switch co.PC {
	case 1:
		goto awaiting
	case 2:
		goto cancelledNow
	case 3:
		goto waiting
	case 4:
		goto cancelledOnCancel
	case 5:
		goto cancelledOnTimeout
	}
	s.l = GetRunningLoop()
	if isNone(s.timeout) {
		// return await fut
		co.Await(1, s.aw)
		goto awaiting
	}
	if !positive(s.timeout) {
		fo := ensureFuture(s.aw, s.l)
		s.fut, _ = asFuture(fo)
		if s.fut.Done() {
			return s.fut.Result()
		}
		co.Await(2, cancelAndWaitCoro(s.fut, s.l))
		goto cancelledNow
	}
	{
		waiter := NewFuture(s.l)
		s.waiter = waiter
		s.th = s.l.CallLater(toFloat(s.timeout), func() {
			if !waiter.Done() {
				waiter.SetResult(py.None)
			}
		}, nil)
		s.cb = releaseWaiterCB(waiter)
		fo := ensureFuture(s.aw, s.l)
		s.fut, _ = asFuture(fo)
		s.cb.ctx = py.Current().Context.Copy()
		s.fut.addCallback(s.cb)
		co.Await(3, waiter)
	}
waiting:
	// try: ... finally: timeout_handle.cancel()
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else if exc != nil {
		if !isCancelled(exc) {
			s.th.Cancel()
			panic(exc)
		}
		if s.fut.Done() {
			// return fut.result(), inside the except clause
			s.th.Cancel()
			var r py.Object
			if e := catch(func() { r = s.fut.Result() }); e != nil {
				panic(withContext(e, exc))
			}
			return r
		}
		s.fut.removeCallback(s.cb)
		s.exc = exc
		co.Await(4, cancelAndWaitCoro(s.fut, s.l))
		goto cancelledOnCancel
	}
	if s.fut.Done() {
		s.th.Cancel()
		return s.fut.Result()
	}
	s.fut.removeCallback(s.cb)
	co.Await(5, cancelAndWaitCoro(s.fut, s.l))
	goto cancelledOnTimeout
awaiting:
	if co.Step() {
		return py.CoSuspend
	}
	return co.Value
cancelledNow:
	if co.Step() {
		return py.CoSuspend
	}
	return timeoutFromCancel(s.fut)
cancelledOnCancel:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else {
		s.th.Cancel()
		if exc != nil {
			panic(withContext(exc, s.exc))
		}
	}
	panic(s.exc)
cancelledOnTimeout:
	if suspended, exc := co.StepCatch(); suspended {
		return py.CoSuspend
	} else if exc != nil {
		s.th.Cancel()
		panic(exc)
	}
	s.th.Cancel()
	return timeoutFromCancel(s.fut)
}

func timeoutFromCancel(fut *Future) py.Object {
	var res py.Object
	if e := catchHandled(func() { res = fut.Result() }); e != nil {
		if isCancelled(e) {
			py.RaiseFrom(py.NewException(py.TimeoutErrorType), e)
		}
		panic(e)
	}
	return res
}

const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

var waitCode *py.Code

// Wait is asyncio.wait(fs, timeout=, return_when=).
func Wait(fs py.Object, timeout py.Object, returnWhen py.Object) *py.Coroutine {
	if _, ok := asFuture(fs); ok || IsCoroutine(fs) {
		typeError("expect a list of futures, not %s", fs.Type().Name)
	}
	items := uniqueItems(fs)
	if len(items) == 0 {
		valueError("Set of Tasks/Futures is empty.")
	}
	rw := py.StrOf(returnWhen)
	if rw != firstCompleted && rw != firstException && rw != allCompleted {
		valueError("Invalid return_when value: %s", rw)
	}
	for _, it := range items {
		if IsCoroutine(it) {
			typeError("Passing coroutines is forbidden, use tasks explicitly.")
		}
	}
	var w *waiting
	return py.NewCoroutineSM(waitCode, func(co *py.CoFrame) py.Object {
		if co.PC == 1 {
			goto waiting
		}
		{
			l := GetRunningLoop()
			futs := make([]*Future, len(items))
			for i, it := range items {
				fo := ensureFuture(it, l)
				futs[i], _ = asFuture(fo)
				items[i] = fo
			}
			w = startWait(futs, timeout, rw, l)
		}
		co.Await(1, w.waiter)
	waiting:
		if suspended, e := co.StepCatch(); suspended {
			return py.CoSuspend
		} else if e != nil {
			w.stop()
			panic(e)
		}
		w.stop()
		done, pending := w.split()
		return py.NewTuple(objSet(done), objSet(pending))
	})
}

func objSet(fs []*Future) py.Object {
	s := py.NewSet()
	for _, f := range fs {
		s.Add(f.self())
	}
	return s
}

func uniqueItems(fs py.Object) []py.Object {
	var out []py.Object
	seen := map[py.Object]bool{}
	for _, it := range py.AppendStar(nil, fs) {
		if !seen[it] {
			seen[it] = true
			out = append(out, it)
		}
	}
	return out
}

// waiting is asyncio.wait's _wait in progress: a waiter future resolved
// by the futures' completion callback (or the timeout).
type waiting struct {
	fs     []*Future
	waiter *Future
	timer  *Handle
	cb     *doneCallback
}

// startWait is _wait up to its `await waiter`.
func startWait(fs []*Future, timeout py.Object, rw string, l *Loop) *waiting {
	w := &waiting{fs: fs, waiter: NewFuture(l)}
	if !isNone(timeout) {
		w.timer = l.CallLater(toFloat(timeout), func() {
			if !w.waiter.Done() {
				w.waiter.SetResult(py.None)
			}
		}, nil)
	}
	counter := len(fs)
	w.cb = &doneCallback{cbHead: cbHead{name: &cbOnCompletionWait}}
	w.cb.fn = func(fo py.Object) {
		f, _ := asFuture(fo)
		counter--
		if counter <= 0 || rw == firstCompleted || rw == firstException && !f.Cancelled() && f.exc() != nil {
			if w.timer != nil {
				w.timer.Cancel()
			}
			if !w.waiter.Done() {
				w.waiter.SetResult(py.None)
			}
		}
	}
	w.cb.ctx = py.Current().Context.Copy()
	for _, f := range fs {
		f.addCallback(w.cb)
	}
	return w
}

// stop is _wait's finally clause: the timer and callbacks go.
func (w *waiting) stop() {
	if w.timer != nil {
		w.timer.Cancel()
	}
	for _, f := range w.fs {
		f.removeCallback(w.cb)
	}
}

// split sorts the futures into done and pending.
func (w *waiting) split() (done, pending []*Future) {
	for _, f := range w.fs {
		if f.Done() {
			done = append(done, f)
		} else {
			pending = append(pending, f)
		}
	}
	return
}

// allTasks is asyncio.all_tasks(loop).
func allTasks(l *Loop) py.Object {
	ts := make([]*Task, 0, l.tasks.Len())
	for i := range l.tasks.Len() {
		t := l.tasks.at(i)
		if t.state == statePending {
			ts = append(ts, t)
		}
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].seq < ts[j].seq })
	s := py.NewSet()
	for _, t := range ts {
		s.Add(t)
	}
	return s
}

// asCompleted is asyncio.as_completed(fs, timeout=): a generator of
// coroutines, which (like CPython's) wraps the awaitables in tasks when it
// is first advanced.
func asCompleted(fs py.Object, timeout py.Object) py.Object {
	if _, ok := asFuture(fs); ok || IsCoroutine(fs) {
		typeError("expect an iterable of futures, not %s", fs.Type().Name)
	}
	return py.NewGenerator(asCompletedCode, func(gen *py.Generator) py.Object {
		l := asLoop(GetEventLoop())
		var todo []*Future
		for _, it := range uniqueItems(fs) {
			f, _ := asFuture(ensureFuture(it, l))
			todo = append(todo, f)
		}
		var done []*Future // nil entries are timeouts
		var getters []*Future
		var th *Handle
		push := func(f *Future) {
			for len(getters) > 0 {
				g := getters[0]
				getters = getters[1:]
				if !g.Done() {
					g.SetResult(orNoneFut(f))
					return
				}
			}
			done = append(done, f)
		}
		cb := &doneCallback{cbHead: cbHead{name: &cbOnCompletionAsCompleted}}
		cb.fn = func(fo py.Object) {
			if len(todo) == 0 {
				return
			}
			f, _ := asFuture(fo)
			for i, x := range todo {
				if x == f {
					todo = append(todo[:i], todo[i+1:]...)
					break
				}
			}
			push(f)
			if len(todo) == 0 && th != nil {
				th.Cancel()
			}
		}
		cb.ctx = py.Current().Context.Copy()
		for _, f := range todo {
			f.addCallback(cb)
		}
		if len(todo) > 0 && !isNone(timeout) {
			th = l.CallLater(toFloat(timeout), func() {
				for _, f := range todo {
					f.removeCallback(cb)
					push(nil)
				}
				todo = nil
			}, nil)
		}
		n := len(todo)
		for i := 0; i < n; i++ {
			gen.Yield(py.NewCoroutine(waitForOneCode, func() py.Object {
				var f *Future
				if len(done) > 0 {
					f = done[0]
					done = done[1:]
				} else {
					g := NewFuture(GetRunningLoop())
					getters = append(getters, g)
					f, _ = asFuture(g.AwaitDirect())
				}
				if f == nil {
					raiseNoArg(py.TimeoutErrorType)
				}
				return f.Result()
			}))
		}
		return py.None
	})
}

var (
	asCompletedCode *py.Code
	waitForOneCode  *py.Code
)

func orNoneFut(f *Future) py.Object {
	if f == nil {
		return py.None
	}
	return f.self()
}
