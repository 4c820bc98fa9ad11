package asyncio

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

type futState uint8

const (
	statePending futState = iota
	stateCancelled
	stateFinished
)

func (s futState) String() string {
	switch s {
	case stateCancelled:
		return "CANCELLED"
	case stateFinished:
		return "FINISHED"
	}
	return "PENDING"
}

// cbHead starts every entry of a Future's callbacks: a doneCallback's,
// or a Task's own __wakeup (Task.wake), which needs no more than its name
// and the task's context (a whole doneCallback in every Task was 40 bytes
// more). The rest of a doneCallback is reached through full only.
type cbHead struct {
	// name is a Go callback's name, one of cbnames.go's: cbTaskWakeup
	// names a Task's wake and nothing else.
	name *string
	ctx  *py.Context
}

// doneCallback is a done callback other than a task's wake-up: a Go
// function or a Python callable, with the context it runs in. gather's
// sets gather, needing no closure.
type doneCallback struct {
	cbHead
	fn func(fut py.Object)
	// gather is set on gather's done callbacks: gather.done(fut).
	gather *gatherState
	cb     py.Object
}

// wakeTask is the Task whose __wakeup h is, or nil: only a Task's wake is
// named cbTaskWakeup, so the Task is the struct around h.
func (h *cbHead) wakeTask() *Task {
	if h.name != &cbTaskWakeup {
		return nil
	}
	return (*Task)(unsafe.Add(unsafe.Pointer(h), -int(unsafe.Offsetof(Task{}.wake))))
}

// full is the doneCallback h starts, nil for a task's wake-up (whose
// head is followed by other fields of its Task).
func (h *cbHead) full() *doneCallback {
	if h.name == &cbTaskWakeup {
		return nil
	}
	return (*doneCallback)(unsafe.Pointer(h))
}

// pyCallback is the Python callable of h, nil for a Go callback.
func (h *cbHead) pyCallback() py.Object {
	if c := h.full(); c != nil {
		return c.cb
	}
	return nil
}

func (h *cbHead) String() string {
	if cb := h.pyCallback(); cb != nil {
		return formatCallbackSource(cb, nil)
	}
	return h.goName()
}

// goName is the name of a Go callback.
func (h *cbHead) goName() string {
	if h.name == nil {
		return ""
	}
	return *h.name
}

// Future is asyncio.Future.
type Future struct {
	cls  *py.Type
	loop *Loop
	// val is the result, or the exception when failed is set (one field
	// for both keeps a Future 64 bytes and a Task 144): read them with
	// res and exc.
	val       py.Object
	callbacks callbackList
	// ext holds what few futures need.
	ext          *futureExt
	state        futState
	blocking     bool
	logTraceback bool
	// A Task's flags, here in what would be padding (a Task stays 144
	// bytes, a size class): mustCancel, and noLogDestroyPending, "not
	// _log_destroy_pending" (CPython's flag for its "Task was destroyed
	// but it is pending!" report).
	mustCancel          bool
	noLogDestroyPending bool
	// seen is set on a future a state machine waits on (Queue.get's)
	// once Python may hold it (_getters, _fut_waiter, cr_await): one
	// never seen can be reused once its wait is over (queueGetWait).
	seen bool
	// isTask is set on a Task's Future (asTask).
	isTask bool
	// failed says val is the exception set.
	failed bool
}

// res is the result set (nil while none is, or an exception is).
func (f *Future) res() py.Object {
	if f.failed {
		return nil
	}
	return f.val
}

// exc is the exception set, nil if none.
func (f *Future) exc() *py.BaseException {
	if !f.failed {
		return nil
	}
	return f.val.(*py.BaseException)
}

// asTask is the Task f is the Future part of, or nil: a Task's Future is
// its first field, so the Task is at f's address (no pointer back, which
// kept a Task 8 bytes over its size class).
func (f *Future) asTask() *Task {
	if !f.isTask {
		return nil
	}
	return (*Task)(unsafe.Pointer(f))
}

// A Task must start with its Future for asTask.
var _ [0]struct{} = [unsafe.Offsetof(Task{}.Future)]struct{}{}

// futureExt is the rarely used part of a Future, kept out of line so that
// futures stay small.
type futureExt struct {
	// dict is the instance dict of a Python subclass's instance.
	dict *py.Dict
	// report is the pending "exception was never retrieved" report
	// (unretrieved.go) while logTraceback is set.
	report       *unretrievedReport
	cancelledExc *py.BaseException
	// createdAt is where it was made, in debug mode (_source_traceback[-1]).
	createdAt string
	// cancelMsg is the cancellation message (_cancel_message); nil is
	// None, the usual one.
	cancelMsg py.Object
	// gather is a _GatheringFuture's state: its cancel() overrides
	// Future.cancel, its children are the future's _children, put in its
	// instance dict when the dict is first asked for.
	gather *gatherState
	// name is a Task's name, when given or once formatted (Task.nameNum).
	name py.Object
}

func (f *Future) extra() *futureExt {
	if f.ext == nil {
		f.ext = &futureExt{}
	}
	return f.ext
}

// cancelMessage is _cancel_message.
func (f *Future) cancelMessage() py.Object {
	if f.ext == nil || f.ext.cancelMsg == nil {
		return py.None
	}
	return f.ext.cancelMsg
}

// setCancelMessage sets _cancel_message (nil: None).
func (f *Future) setCancelMessage(v py.Object) {
	if v == nil || isNone(v) {
		if f.ext != nil {
			f.ext.cancelMsg = nil
		}
		return
	}
	f.extra().cancelMsg = v
}

// createdAt is where the future was made, in debug mode ("" otherwise).
func (f *Future) createdAt() string {
	if f.ext == nil {
		return ""
	}
	return f.ext.createdAt
}

var FutureType *py.Type

func futureAlloc(t *py.Type) py.Object {
	return &Future{cls: t}
}

func (f *Future) Type() *py.Type { return f.cls }

func (f *Future) InstanceDict() *py.Dict {
	if f.cls == FutureType || f.cls == TaskType {
		return nil
	}
	x := f.extra()
	if x.dict == nil {
		x.dict = py.NewDict()
		if x.gather != nil {
			x.dict.SetStr("_children", py.NewList(x.gather.childObjs()...))
		}
	}
	return x.dict
}

// fut gives the Future part of a Future or Task.
func (f *Future) fut() *Future { return f }

type futureLike interface{ fut() *Future }

// asFuture returns the Future part of o, if o is a Future or Task.
func asFuture(o py.Object) (*Future, bool) {
	switch f := o.(type) {
	case *Task:
		return &f.Future, true
	case *Future:
		return f, true
	}
	if fl, ok := o.(futureLike); ok {
		return fl.fut(), true
	}
	return nil, false
}

// self is the Python object this Future is (the Task, for a Task).
func (f *Future) self() py.Object {
	if t := f.asTask(); t != nil {
		return t
	}
	return f
}

// NewFuture is loop.create_future().
func NewFuture(l *Loop) *Future {
	f := &Future{}
	f.init(l)
	return f
}

// init makes f a new pending Future of loop l, as NewFuture does; state
// machines that wait on a future embed one and initialise it in place.
func (f *Future) init(l *Loop) *Future {
	*f = Future{cls: FutureType, loop: l}
	if l.debug {
		f.extra().createdAt = createdAtCreateFuture
	}
	return f
}

func (f *Future) Done() bool      { return f.state != statePending }
func (f *Future) Cancelled() bool { return f.state == stateCancelled }

// Result is future.result().
func (f *Future) Result() py.Object {
	switch f.state {
	case stateCancelled:
		py.Raise(f.makeCancelledError())
	case statePending:
		raise(InvalidStateErrorType, "Result is not set.")
	}
	f.clearLogTraceback()
	if f.exc() != nil {
		py.Raise(f.exc())
	}
	return f.res()
}

// Exception is future.exception().
func (f *Future) Exception() py.Object {
	switch f.state {
	case stateCancelled:
		py.Raise(f.makeCancelledError())
	case statePending:
		raise(InvalidStateErrorType, "Exception is not set.")
	}
	f.clearLogTraceback()
	if f.exc() != nil {
		return f.exc()
	}
	return py.None
}

func (f *Future) makeCancelledError() *py.BaseException {
	if f.ext != nil {
		if e := f.ext.cancelledExc; e != nil {
			f.ext.cancelledExc = nil
			return e
		}
	}
	msg := f.cancelMessage()
	if isNone(msg) {
		return py.NewException(CancelledErrorType)
	}
	return py.NewException(CancelledErrorType, msg)
}

// SetResult is future.set_result(v).
func (f *Future) SetResult(v py.Object) {
	if f.state != statePending {
		raise(InvalidStateErrorType, "invalid state")
	}
	f.val = v
	f.state = stateFinished
	f.scheduleCallbacks()
}

// SetException is future.set_exception(e).
func (f *Future) SetException(o py.Object) {
	if f.state != statePending {
		raise(InvalidStateErrorType, "invalid state")
	}
	if t, ok := o.(*py.Type); ok {
		o = py.Call(t)
	}
	e, ok := o.(*py.BaseException)
	if !ok {
		typeError("exception must be a BaseException instance")
	}
	if e.Type() == py.StopIterationType {
		typeError("StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.setException(e)
}

func (f *Future) setException(e *py.BaseException) {
	f.val, f.failed = e, true
	f.state = stateFinished
	f.scheduleCallbacks()
	f.logTraceback = true
	if f.loop != nil {
		f.armUnretrievedReport()
	}
}

// cancel is Future.cancel(msg) (not Task.cancel).
func (f *Future) cancel(msg py.Object) bool {
	f.clearLogTraceback()
	if f.state != statePending {
		return false
	}
	f.state = stateCancelled
	f.setCancelMessage(msg)
	f.scheduleCallbacks()
	return true
}

// Cancel is cancel(msg) on a Future or Task, whichever f is.
func (f *Future) Cancel(msg py.Object) bool {
	if t := f.asTask(); t != nil {
		return t.Cancel(msg)
	}
	if f.ext != nil && f.ext.gather != nil {
		return f.ext.gather.cancel(msg)
	}
	return f.cancel(msg)
}

func (f *Future) scheduleCallbacks() {
	if t := f.asTask(); t != nil {
		t.unregister()
	}
	first, rest := f.callbacks.first, f.callbacks.rest
	if first == nil {
		return
	}
	f.callbacks = callbackList{}
	f.loop.pushCallback(first, f)
	if rest != nil {
		for _, c := range *rest {
			f.loop.pushCallback(c, f)
		}
	}
}

// callbackList is a future's done callbacks in order: the first inline,
// the others in a slice made for a second one (most futures get one
// callback, the awaiting task's wake-up). 16 bytes, where a slice and a
// one-callback buffer for it were 32.
type callbackList struct {
	first *cbHead
	// rest is nil while first is.
	rest *[]*cbHead
}

func (l *callbackList) add(c *cbHead) {
	if l.first == nil {
		l.first = c
		return
	}
	if l.rest == nil {
		l.rest = new([]*cbHead)
	}
	*l.rest = append(*l.rest, c)
}

func (l *callbackList) len() int {
	switch {
	case l.first == nil:
		return 0
	case l.rest == nil:
		return 1
	}
	return 1 + len(*l.rest)
}

// all returns the callbacks in a new slice.
func (l *callbackList) all() []*cbHead {
	if l.first == nil {
		return nil
	}
	cbs := []*cbHead{l.first}
	if l.rest != nil {
		cbs = append(cbs, *l.rest...)
	}
	return cbs
}

// set makes cbs the callbacks.
func (l *callbackList) set(cbs []*cbHead) {
	*l = callbackList{}
	for _, c := range cbs {
		l.add(c)
	}
}

// pushCallback schedules done callback ch of the future f. A task's wake-up and a Go done callback
// (gather's, TaskGroup's) are light entries of the ready deque, as task
// steps are: no Handle unless Python gets to see it (readyEntry).
func (l *Loop) pushCallback(ch *cbHead, f *Future) {
	c := ch.full()
	if c == nil {
		l.ready.pushWakeup(ch.wakeTask(), f)
		return
	}
	if c.gather != nil || c.fn != nil {
		l.ready.pushDone(c, f)
		return
	}
	h := &Handle{loop: l, cb: c.cb, ctx: c.ctx}
	h.argBuf[0] = f.self()
	h.args = h.argBuf[:]
	l.ready.push(h)
}

func (f *Future) addCallback(c *doneCallback) { f.addHead(&c.cbHead) }

// addHead adds a done callback, a doneCallback's head or a Task's wake.
func (f *Future) addHead(c *cbHead) {
	if f.state != statePending {
		f.loop.pushCallback(c, f)
		return
	}
	f.callbacks.add(c)
}

// AddDoneCallback adds a Go done callback running in ctx (nil: a copy of
// the current context is not made; the callback runs in whatever context
// the loop has).
func (f *Future) AddDoneCallback(fn func(fut py.Object), ctx *py.Context) {
	f.addCallback(&doneCallback{cbHead: cbHead{name: &cbGoCallback, ctx: ctx}, fn: fn})
}

func (f *Future) removeCallback(cb *doneCallback) int {
	if cb == nil {
		return 0
	}
	c := &cb.cbHead
	if l := &f.callbacks; l.rest == nil {
		// At most one callback (most futures): no copy to filter.
		if l.first != c {
			return 0
		}
		l.first = nil
		return 1
	}
	cbs := f.callbacks.all()
	kept := cbs[:0]
	for _, x := range cbs {
		if x != c {
			kept = append(kept, x)
		}
	}
	f.callbacks.set(kept)
	return len(cbs) - len(kept)
}

func (f *Future) removePyCallback(fn py.Object) int {
	// == runs Python code (__eq__), which may add or remove callbacks
	// meanwhile: compare against a copy and keep what it kept.
	snapshot := f.callbacks.all()
	kept := make([]*cbHead, 0, len(snapshot))
	n := 0
	for _, x := range snapshot {
		if cb := x.pyCallback(); cb != nil && (cb == fn || py.Eq(cb, fn)) {
			n++
			continue
		}
		kept = append(kept, x)
	}
	if n > 0 || f.callbacks.len() != len(snapshot) {
		f.callbacks.set(kept)
	}
	return n
}

// AwaitDirect is Future.__await__: suspend the awaiting task until done.
func (f *Future) AwaitDirect() py.Object {
	if f.state == statePending {
		f.blocking = true
		_, throw := py.Suspend(f.self())
		if throw != nil {
			py.Throw(throw)
		}
		if f.state == statePending {
			runtimeError("await wasn't used with future")
		}
	}
	return f.Result()
}

// AwaitStep is Future.__await__ driven by a compiled coroutine: the first
// step yields the future unless it is done; the next returns its result.
func (f *Future) AwaitStep(first bool, send py.Object, throw *py.BaseException) (py.Object, bool, py.Object) {
	if first {
		if f.state == statePending {
			f.blocking = true
			return f.self(), false, nil
		}
		return nil, true, f.Result()
	}
	if throw != nil {
		py.Throw(throw)
	}
	if f.state == statePending {
		runtimeError("await wasn't used with future")
	}
	return nil, true, f.Result()
}

func (f *Future) stateLower() string { return strings.ToLower(f.state.String()) }

func (f *Future) reprInfo() []string {
	info := []string{f.stateLower()}
	if f.state == stateFinished {
		if f.exc() != nil {
			info = append(info, "exception="+py.Repr(f.exc()))
		} else {
			info = append(info, "result="+reprlibRepr(orNone(f.res())))
		}
	}
	if f.callbacks.len() > 0 {
		info = append(info, formatCallbacks(f.callbacks.all()))
	}
	if at := f.createdAt(); at != "" {
		info = append(info, "created at "+at)
	}
	return info
}

func formatCallbacks(cbs []*cbHead) string {
	var s string
	switch n := len(cbs); {
	case n == 1:
		s = cbs[0].String()
	case n == 2:
		s = cbs[0].String() + ", " + cbs[1].String()
	case n > 2:
		s = fmt.Sprintf("%s, <%d more>, %s", cbs[0].String(), n-2, cbs[n-1].String())
	}
	return "cb=[" + s + "]"
}

func (f *Future) String() string {
	if t := f.asTask(); t != nil {
		return t.String()
	}
	return "<" + f.cls.Name + " " + strings.Join(f.reprInfo(), " ") + ">"
}

// callerSite is "file:line" of the innermost frame of the Python program
// on the stack, for debug mode's "created at".
func callerSite() string {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	for {
		f, more := frames.Next()
		if file := py.FrameFile(f.File); strings.HasSuffix(file, ".py") {
			return fmt.Sprintf("%s:%d", py.DisplayFile(file), f.Line)
		}
		if !more {
			return ""
		}
	}
}

// formatCallbackSource is format_helpers._format_callback_source.
func formatCallbackSource(fn py.Object, args []py.Object) string {
	s := formatCallback(fn, args)
	if file, line, ok := functionSource(fn); ok {
		s += fmt.Sprintf(" at %s:%d", file, line)
	}
	return s
}

func formatCallback(fn py.Object, args []py.Object) string {
	var name string
	if b, ok := fn.(*py.BuiltinFunction); ok {
		name = b.Name
		if b.Self != nil {
			name = b.Self.Type().Name + "." + b.Name
		}
	} else if q := py.LookupAttr(fn, "__qualname__"); q != nil && py.Truth(q) {
		name = py.StrOf(q)
	} else if n := py.LookupAttr(fn, "__name__"); n != nil && py.Truth(n) {
		name = py.StrOf(n)
	} else {
		name = py.Repr(fn)
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = reprlibRepr(a)
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

func functionSource(fn py.Object) (string, int, bool) {
	switch f := fn.(type) {
	case *py.Function:
		return py.DisplayFile(f.Code.File), f.Code.Line, true
	case *py.Method:
		return functionSource(f.Func)
	}
	return "", 0, false
}

// Python-visible methods of Future.

func selfFuture(o py.Object) *Future {
	f, ok := asFuture(o)
	if !ok {
		typeError("descriptor requires a '_asyncio.Future' object but received a '%s'", o.Type().Name)
	}
	return f
}

// futureInit is Future()'s signature (C's __init__ has no text signature
// for tools/gen/signatures.py to read).
var futureInit = &py.Signature{Owner: "_asyncio.Future", Name: "Future", Qual: "Future", Kind: py.SigClinic, Params: "*, loop=..."}

func setupFuture() {
	t := FutureType
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		kwv := futureInit.BindClinic(a[1:], kw)
		f := selfFuture(a[0])
		if isNone(kwv[0]) {
			f.loop = asLoop(GetEventLoop())
		} else {
			f.loop = asLoop(kwv[0])
		}
		if f.loop.debug {
			f.extra().createdAt = callerSite()
		}
		return py.None
	})
	def(t, "result", func(a []py.Object, kw []string) py.Object { return selfFuture(a[0]).Result() })
	def(t, "exception", func(a []py.Object, kw []string) py.Object { return selfFuture(a[0]).Exception() })
	def(t, "done", func(a []py.Object, kw []string) py.Object { return py.NewBool(selfFuture(a[0]).Done()) })
	def(t, "cancelled", func(a []py.Object, kw []string) py.Object {
		return py.NewBool(selfFuture(a[0]).Cancelled())
	})
	def(t, "cancel", func(a []py.Object, kw []string) py.Object {
		p := parse("cancel", a[1:], kw, []string{"msg"}, 0)
		return py.NewBool(selfFuture(a[0]).Cancel(orNone(p[0])))
	})
	def(t, "set_result", func(a []py.Object, kw []string) py.Object {
		if len(a) == 2 && len(kw) == 0 {
			selfFuture(a[0]).SetResult(a[1])
			return py.None
		}
		p := parse("set_result", a[1:], kw, []string{"result"}, 1)
		selfFuture(a[0]).SetResult(p[0])
		return py.None
	})
	def(t, "set_exception", func(a []py.Object, kw []string) py.Object {
		p := parse("set_exception", a[1:], kw, []string{"exception"}, 1)
		selfFuture(a[0]).SetException(p[0])
		return py.None
	})
	def(t, "get_loop", func(a []py.Object, kw []string) py.Object { return selfFuture(a[0]).loop })
	py.SetFastMethod(t, "set_result", func(self, v py.Object) py.Object {
		selfFuture(self).SetResult(v)
		return py.None
	})
	py.SetFastMethod(t, "result", func(self py.Object) py.Object { return selfFuture(self).Result() })
	py.SetFastMethod(t, "done", func(self py.Object) py.Object { return py.NewBool(selfFuture(self).Done()) })
	py.SetFastMethod(t, "cancelled", func(self py.Object) py.Object { return py.NewBool(selfFuture(self).Cancelled()) })
	def(t, "add_done_callback", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("add_done_callback", a[1:], kw, 1, 1, []string{"context"})
		f := selfFuture(a[0])
		var ctx *py.Context
		if isNone(kwv[0]) {
			ctx = py.Current().Context.Copy()
		} else {
			c, ok := kwv[0].(*py.Context)
			if !ok {
				typeError("context must be a Context")
			}
			ctx = c
		}
		f.addCallback(&doneCallback{cbHead: cbHead{ctx: ctx}, cb: pos[0]})
		return py.None
	})
	def(t, "remove_done_callback", func(a []py.Object, kw []string) py.Object {
		p := parse("remove_done_callback", a[1:], kw, []string{"fn"}, 1)
		return py.Int(selfFuture(a[0]).removePyCallback(p[0]))
	})
	def(t, "__repr__", func(a []py.Object, kw []string) py.Object { return py.Str(selfFuture(a[0]).String()) })
	def(t, "__await__", func(a []py.Object, kw []string) py.Object { return newFutureIter(a[0]) })
	def(t, "__iter__", func(a []py.Object, kw []string) py.Object { return newFutureIter(a[0]) })
	t.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", genericAlias)})
	py.AddGetter(t, "_asyncio_future_blocking", func(o py.Object) py.Object {
		return py.NewBool(selfFuture(o).blocking)
	}, func(o, v py.Object) { selfFuture(o).blocking = py.Truth(v) })
	py.AddGetter(t, "_log_traceback", func(o py.Object) py.Object {
		return py.NewBool(selfFuture(o).logTraceback)
	}, func(o, v py.Object) {
		if py.Truth(v) {
			raise(py.ValueErrorType, "_log_traceback can only be set to False")
		}
		selfFuture(o).clearLogTraceback()
	})
	getter(t, "_state", func(o py.Object) py.Object { return py.Str(selfFuture(o).state.String()) })
	getter(t, "_loop", func(o py.Object) py.Object {
		if l := selfFuture(o).loop; l != nil {
			return l
		}
		return py.None
	})
	py.AddGetter(t, "_cancel_message", func(o py.Object) py.Object { return selfFuture(o).cancelMessage() },
		func(o, v py.Object) { selfFuture(o).setCancelMessage(v) })
	// _source_traceback: None unless the loop is in debug mode; then the
	// one frame py2goasync records, (filename, lineno, None, None).
	getter(t, "_source_traceback", func(o py.Object) py.Object {
		at := selfFuture(o).createdAt()
		i := strings.LastIndexByte(at, ':')
		if i < 0 {
			return py.None
		}
		n, err := strconv.Atoi(at[i+1:])
		if err != nil {
			return py.None
		}
		return py.NewList(py.NewTuple(py.Str(at[:i]), py.Int(n), py.None, py.None))
	})
	getter(t, "_result", func(o py.Object) py.Object { return orNone(selfFuture(o).res()) })
	getter(t, "_exception", func(o py.Object) py.Object {
		if e := selfFuture(o).exc(); e != nil {
			return e
		}
		return py.None
	})
	getter(t, "_callbacks", func(o py.Object) py.Object {
		f := selfFuture(o)
		all := f.callbacks.all()
		if len(all) == 0 {
			return py.None // _asyncio's getter: no callbacks, no list
		}
		l := py.NewList()
		for _, c := range all {
			var cb py.Object = py.None
			if x := c.pyCallback(); x != nil {
				cb = x
			}
			var ctx py.Object = py.None
			if c.ctx != nil {
				ctx = c.ctx
			}
			l.Items = append(l.Items, py.NewTuple(cb, ctx))
		}
		return l
	})
}

// futureIter is the iterator Future.__await__() returns, for Python code
// that drives a future by hand (yield from fut.__await__()).
type futureIter struct {
	fut  py.Object
	done bool
}

var futureIterType *py.Type

func (*futureIter) Type() *py.Type { return futureIterType }

func newFutureIter(f py.Object) py.Object { return &futureIter{fut: f} }

func setupFuture2() {
	t := futureIterType
	t.SetNoNew()
	next := func(it *futureIter, send py.Object) py.Object {
		f, _ := asFuture(it.fut)
		if !it.done && f.state == statePending {
			it.done = true
			f.blocking = true
			return it.fut
		}
		if f.state == statePending {
			runtimeError("await wasn't used with future")
		}
		res := f.Result()
		e := py.NewException(py.StopIterationType, res)
		e.Dict.SetStr("value", res)
		panic(e)
	}
	def(t, "__next__", func(a []py.Object, kw []string) py.Object { return next(a[0].(*futureIter), py.None) })
	def(t, "send", func(a []py.Object, kw []string) py.Object { return next(a[0].(*futureIter), a[1]) })
	def(t, "throw", func(a []py.Object, kw []string) py.Object {
		e, ok := a[1].(*py.BaseException)
		if !ok {
			if tp, ok2 := a[1].(*py.Type); ok2 {
				e, _ = py.Call(tp).(*py.BaseException)
			}
		}
		if e == nil {
			typeError("exceptions must derive from BaseException")
		}
		panic(e)
	})
	def(t, "close", func(a []py.Object, kw []string) py.Object { return py.None })
	def(t, "__iter__", func(a []py.Object, kw []string) py.Object { return a[0] })
}

// genericAlias is __class_getitem__ = classmethod(GenericAlias):
// Future[int] is types.GenericAlias(Future, int).
func genericAlias(a []py.Object, kw []string) py.Object {
	if len(a) != 2 {
		typeError("__class_getitem__ expects one argument")
	}
	return py.Call(py.GenericAliasType, a[0], a[1])
}
