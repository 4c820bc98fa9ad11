package asyncio

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Task is asyncio.Task: a coroutine driven by the loop, one step per
// callback, as CPython's Task.__step/__wakeup drive it.
type Task struct {
	Future
	coro py.Object
	// nameNum numbers a task made with no name: its name is
	// "Task-<nameNum>", formatted when first asked for. A name given or
	// formatted is ext.name (most tasks are never asked theirs).
	nameNum uint64
	// wake is the task's __wakeup done callback, and wake.ctx the task's
	// context.
	wake      cbHead
	futWaiter *Future
	seq       uint64
	// idx is the task's index in loop.tasks while it is pending.
	idx int32
	// numCancelsRequested is a C int in CPython's _asyncio too; beside
	// idx it keeps a Task in 144 bytes (a size class).
	numCancelsRequested int32

	// ctxBuf holds the task's context, saving an allocation per task.
	// (Its steps and wake-ups need no handles: readyEntry.)
	ctxBuf py.Context
}

var TaskType *py.Type

func taskAlloc(t *py.Type) py.Object {
	tk := &Task{}
	tk.cls = t
	tk.isTask = true
	tk.idx = -1
	return tk
}

var (
	taskNameCounter uint64
	taskSeq         uint64
)

// IsCoroutine is asyncio.iscoroutine.
func IsCoroutine(o py.Object) bool {
	switch o.(type) {
	case *py.Coroutine, *py.Generator:
		// 3.11's _COROUTINE_TYPES still has types.GeneratorType.
		return true
	case *Future, *Task:
		return false
	}
	// collections.abc.Coroutine: send, throw, close and __await__ (an
	// async generator's asend()/athrow() awaitables among others).
	t := o.Type()
	return t.Lookup("send") != nil && t.Lookup("throw") != nil && t.Lookup("close") != nil && t.Lookup("__await__") != nil
}

func newTask(cls *py.Type, coro py.Object, l *Loop, name py.Object, ctx *py.Context) *Task {
	t := &Task{}
	t.cls, t.isTask, t.loop = cls, true, l
	t.initTask(coro, name, ctx)
	return t
}

func (t *Task) initTask(coro py.Object, name py.Object, ctx *py.Context) {
	if _, ok := coro.(*py.Coroutine); !ok && !IsCoroutine(coro) {
		typeError("a coroutine was expected, got %s", py.Repr(coro))
	}
	if isNone(name) {
		taskNameCounter++
		t.nameNum = taskNameCounter
	} else {
		t.setName(name)
	}
	t.coro = coro
	if ctx == nil {
		ctx = py.Current().Context.CopyInto(&t.ctxBuf)
	}
	t.wake.ctx, t.wake.name = ctx, &cbTaskWakeup
	taskSeq++
	t.seq = taskSeq
	t.pushStep()
	t.idx = int32(t.loop.tasks.Len())
	t.loop.tasks.add(t)
	if t.loop.debug {
		t.extra().createdAt = callerSite()
	}
}

func (t *Task) fut() *Future { return &t.Future }

// unregister removes t from its loop's tasks, moving the last one into its
// place (all_tasks() sorts them by creation).
func (t *Task) unregister() {
	if t.idx < 0 {
		return
	}
	ts := &t.loop.tasks
	if last := ts.pop(); last != t {
		ts.set(int(t.idx), last)
		last.idx = t.idx
	}
	t.idx = -1
}

// taskList is a loop's pending tasks (a t.idx is t's index).
type taskList struct{ py.PagedList }

func (l *taskList) at(i int) *Task     { return (*Task)(*l.At(i)) }
func (l *taskList) set(i int, t *Task) { *l.At(i) = unsafe.Pointer(t) }
func (l *taskList) add(t *Task)        { l.Append(unsafe.Pointer(t)) }
func (l *taskList) pop() *Task         { return (*Task)(l.Pop()) }

// getName is task.get_name().
func (t *Task) getName() py.Object {
	if t.ext == nil || t.ext.name == nil {
		t.extra().name = py.Str("Task-" + strconv.FormatUint(t.nameNum, 10))
	}
	return t.ext.name
}

// setName is task.set_name(name).
func (t *Task) setName(name py.Object) {
	if _, ok := name.(py.Str); !ok {
		name = py.Str(py.StrOf(name))
	}
	t.extra().name = name
}

// Cancel is Task.cancel(msg).
func (t *Task) Cancel(msg py.Object) bool {
	t.clearLogTraceback()
	if t.state != statePending {
		return false
	}
	t.numCancelsRequested++
	if w := t.futWaiter; w != nil {
		if w.Cancel(msg) {
			return true
		}
	}
	t.mustCancel = true
	t.setCancelMessage(msg)
	return true
}

// pushStep schedules __step() with no exception (a light entry of the
// ready deque: task steps need no handles).
func (t *Task) pushStep() { t.loop.ready.pushStep(t, nil) }

// scheduleStep schedules __step(exc).
func (t *Task) scheduleStep(exc *py.BaseException) { t.loop.ready.pushStep(t, exc) }

func (t *Task) enter() {
	l := t.loop
	if cur := l.currentTask; cur != nil {
		runtimeError("Cannot enter into task %s while another task %s is being executed.", t.String(), cur.String())
	}
	l.currentTask = t
}

func (t *Task) leave() {
	l := t.loop
	if l.currentTask != t {
		runtimeError("Leaving task %s does not match the current task %s.", t.String(), py.Repr(orNoneTask(l.currentTask)))
	}
	l.currentTask = nil
}

func orNoneTask(t *Task) py.Object {
	if t == nil {
		return py.None
	}
	return t
}

// step is Task.__step.
func (t *Task) step(exc *py.BaseException) {
	if t.state != statePending {
		raise(InvalidStateErrorType, fmt.Sprintf("_step(): already done: %s, %s", t.String(), reprExc(exc)))
	}
	if t.mustCancel {
		if exc == nil || !exc.Type().IsSubtype(CancelledErrorType) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.futWaiter = nil
	t.enter()
	// CPython calls the step through a wrapper object (one level).
	depth := py.EnterFrames(1)
	yielded, done, result, err := py.Resume(t.coro, nil, exc)
	py.RestoreDepth(depth)
	t.leave()
	switch {
	case err != nil:
		et := err.Type()
		switch {
		case et.IsSubtype(CancelledErrorType):
			t.extra().cancelledExc = err
			t.Future.cancel(nil)
		case et.IsSubtype(py.KeyboardInterruptType) || et.IsSubtype(py.SystemExitType):
			t.setException(err)
			panic(err)
		default:
			t.setException(err)
		}
	case done:
		if t.mustCancel {
			t.mustCancel = false
			t.Future.cancel(t.cancelMessage())
		} else {
			t.val = result
			t.state = stateFinished
			t.scheduleCallbacks()
		}
	default:
		t.handleYield(yielded)
	}
}

func (t *Task) handleYield(yielded py.Object) {
	// A plain Future of this loop awaited the usual way (the future of a
	// Queue.get, a Lock, an Event): the default case below, without its
	// tests that cannot fail for one (it is no Task, and a Future's class
	// defines no add_done_callback of its own).
	if f, ok := yielded.(*Future); ok && f.cls == FutureType && f.loop == t.loop && f.blocking && f.state == statePending {
		f.blocking = false
		f.callbacks.add(&t.wake)
		t.futWaiter = f
		if t.mustCancel {
			if f.Cancel(t.cancelMessage()) {
				t.mustCancel = false
			}
		}
		return
	}
	if isNone(yielded) {
		t.pushStep()
		return
	}
	if f, ok := asFuture(yielded); ok {
		switch {
		case f.loop != t.loop:
			t.scheduleStep(py.NewError(py.RuntimeErrorType, fmt.Sprintf("Task %s got Future %s attached to a different loop", t.String(), py.Repr(yielded))))
		case !f.blocking:
			t.scheduleStep(py.NewError(py.RuntimeErrorType, fmt.Sprintf("yield was used instead of yield from in task %s with %s", t.String(), py.Repr(yielded))))
		case f == &t.Future:
			t.scheduleStep(py.NewError(py.RuntimeErrorType, "Task cannot await on itself: "+t.String()))
		default:
			f.blocking = false
			if overridesAddDoneCallback(yielded) {
				// result.add_done_callback(self.__wakeup, context=...)
				// through a subclass's override.
				wake := py.NewBuiltin("task_wakeup", func(a []py.Object, kw []string) py.Object {
					t.wakeup(a[0])
					return py.None
				})
				py.CallKw(py.GetAttr(yielded, "add_done_callback"), []py.Object{wake, t.wake.ctx}, []string{"context"})
			} else {
				f.addHead(&t.wake)
			}
			t.futWaiter = f
			if t.mustCancel {
				if f.Cancel(t.cancelMessage()) {
					t.mustCancel = false
				}
			}
		}
		return
	}
	if _, ok := yielded.(*py.Generator); ok {
		t.scheduleStep(py.NewError(py.RuntimeErrorType, fmt.Sprintf("yield was used instead of yield from for generator in task %s with %s", t.String(), py.Repr(yielded))))
		return
	}
	t.scheduleStep(py.NewError(py.RuntimeErrorType, "Task got bad yield: "+py.Repr(yielded)))
}

// overridesAddDoneCallback reports whether o's class (a Python subclass of
// Future or Task) defines its own add_done_callback.
func overridesAddDoneCallback(o py.Object) bool {
	t := o.Type()
	if t == FutureType || t == TaskType {
		return false
	}
	// The answer for the last class asked (gather's _GatheringFuture,
	// awaited by every task that gathers), while no class dict changed.
	c := &lastAddDoneCallback
	if c.t != t || c.epoch != py.TypeEpoch() {
		m := t.Lookup("add_done_callback")
		c.t, c.epoch, c.overrides = t, py.TypeEpoch(), m != nil && m != FutureType.Lookup("add_done_callback")
	}
	return c.overrides
}

var lastAddDoneCallback struct {
	t         *py.Type
	epoch     uint64
	overrides bool
}

// wakeup is Task.__wakeup.
func (t *Task) wakeup(fo py.Object) {
	f, ok := asFuture(fo)
	if !ok {
		t.step(nil)
		return
	}
	t.wakeupFut(f)
}

// wakeupFut is __wakeup(f) of a Future or Task's Future part f.
func (t *Task) wakeupFut(f *Future) {
	switch {
	case f.state == stateCancelled:
		t.step(f.makeCancelledError())
	case f.exc() != nil:
		f.clearLogTraceback()
		t.step(f.exc())
	default:
		t.step(nil)
	}
}

func reprExc(e *py.BaseException) string {
	if e == nil {
		return "None"
	}
	return py.Repr(e)
}

// suspendedLine is the line a suspended task's coroutine waits at.
func (t *Task) suspendedLine(c *py.Coroutine) (int, bool) {
	if c.Compiled() {
		return c.SuspendedLine()
	}
	pcs := c.ProbeStack()
	if len(pcs) == 0 {
		return 0, false
	}
	return coroLine(pcs, c.Code)
}

// coroLine finds the current line of the coroutine function in a Go stack:
// the innermost frame that belongs to the outermost Python function.
func coroLine(pcs []uintptr, code *py.Code) (int, bool) {
	frames := runtime.CallersFrames(pcs)
	for {
		f, more := frames.Next()
		if py.InCode(code, py.FrameFile(f.File), f.Line) {
			return f.Line, true
		}
		if !more {
			break
		}
	}
	frames = runtime.CallersFrames(pcs)
	type fr struct {
		fn   string
		line int
	}
	var py []fr
	for {
		f, more := frames.Next()
		if strings.HasSuffix(f.File, ".py") || strings.Contains(f.File, ".py@") {
			py = append(py, fr{f.Function, f.Line})
		}
		if !more {
			break
		}
	}
	if len(py) == 0 {
		return 0, false
	}
	outer := py[len(py)-1]
	for _, f := range py {
		if f.fn == outer.fn || strings.HasPrefix(f.fn, outer.fn+".") {
			return f.line, true
		}
	}
	return outer.line, true
}

// formatCoroutine is coroutines._format_coroutine.
func (t *Task) formatCoroutine() string {
	switch c := t.coro.(type) {
	case *py.Coroutine:
		name := c.Code.Qualname + "()"
		if c.Done() {
			return fmt.Sprintf("%s done, defined at %s:%d", name, py.DisplayFile(c.Code.File), c.Code.Line)
		}
		line := c.Code.Line
		if c.Running() {
			pcs := make([]uintptr, 64)
			n := runtime.Callers(2, pcs)
			if l, ok := coroLine(pcs[:n], c.Code); ok {
				line = l
			}
		} else if c.Started() {
			if l, ok := t.suspendedLine(c); ok {
				line = l
			}
		}
		return fmt.Sprintf("%s running at %s:%d", name, py.DisplayFile(c.Code.File), line)
	}
	name := py.LookupAttr(t.coro, "__qualname__")
	if name == nil {
		name = py.LookupAttr(t.coro, "__name__")
	}
	if name == nil {
		return fmt.Sprintf("<%s without __name__>()", t.coro.Type().Name)
	}
	return py.StrOf(name) + "()"
}

func (t *Task) String() string {
	info := t.Future.reprInfo()
	if t.numCancelsRequested > 0 && t.state == statePending {
		info[0] = "cancelling"
	}
	rest := append([]string{}, info[1:]...)
	info = append(info[:1], "name="+py.Repr(t.getName()), "coro=<"+t.formatCoroutine()+">")
	if t.futWaiter != nil {
		info = append(info, "wait_for="+py.Repr(t.futWaiter.self()))
	}
	info = append(info, rest...)
	return "<" + t.cls.Name + " " + strings.Join(info, " ") + ">"
}

func selfTask(o py.Object) *Task {
	t, ok := o.(*Task)
	if !ok {
		typeError("descriptor requires a '_asyncio.Task' object but received a '%s'", o.Type().Name)
	}
	return t
}

// taskInit is Task()'s signature (as futureInit is Future()'s).
var taskInit = &py.Signature{Owner: "_asyncio.Task", Name: "Task", Qual: "Task", Kind: py.SigClinic, MinPos: 1, MaxPos: 1,
	Params: "coro, *, loop=..., name=..., context=..."}

func setupTask() {
	t := TaskType
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		p := taskInit.BindClinic(a[1:], kw)
		pos, kwv := p[:1], p[1:]
		tk := selfTask(a[0])
		if isNone(kwv[0]) {
			tk.loop = asLoop(GetEventLoop())
		} else {
			tk.loop = asLoop(kwv[0])
		}
		var ctx *py.Context
		if !isNone(kwv[2]) {
			ctx, _ = kwv[2].(*py.Context)
		}
		tk.initTask(pos[0], orNone(kwv[1]), ctx)
		return py.None
	})
	def(t, "__repr__", func(a []py.Object, kw []string) py.Object { return py.Str(selfTask(a[0]).String()) })
	def(t, "cancel", func(a []py.Object, kw []string) py.Object {
		p := parse("cancel", a[1:], kw, []string{"msg"}, 0)
		return py.NewBool(selfTask(a[0]).Cancel(orNone(p[0])))
	})
	def(t, "cancelling", func(a []py.Object, kw []string) py.Object {
		return py.Int(int(selfTask(a[0]).numCancelsRequested))
	})
	def(t, "uncancel", func(a []py.Object, kw []string) py.Object {
		tk := selfTask(a[0])
		if tk.numCancelsRequested > 0 {
			tk.numCancelsRequested--
		}
		return py.Int(int(tk.numCancelsRequested))
	})
	def(t, "get_name", func(a []py.Object, kw []string) py.Object { return selfTask(a[0]).getName() })
	def(t, "set_name", func(a []py.Object, kw []string) py.Object {
		p := parse("set_name", a[1:], kw, []string{"value"}, 1)
		selfTask(a[0]).setName(p[0])
		return py.None
	})
	def(t, "get_coro", func(a []py.Object, kw []string) py.Object { return selfTask(a[0]).coro })
	def(t, "set_result", func(a []py.Object, kw []string) py.Object {
		runtimeError("Task does not support set_result operation")
		return nil
	})
	def(t, "set_exception", func(a []py.Object, kw []string) py.Object {
		runtimeError("Task does not support set_exception operation")
		return nil
	})
	getter(t, "_coro", func(o py.Object) py.Object { return selfTask(o).coro })
	getter(t, "_must_cancel", func(o py.Object) py.Object { return py.NewBool(selfTask(o).mustCancel) })
	getter(t, "_fut_waiter", func(o py.Object) py.Object {
		if w := selfTask(o).futWaiter; w != nil {
			w.seen = true
			return w.self()
		}
		return py.None
	})
}
