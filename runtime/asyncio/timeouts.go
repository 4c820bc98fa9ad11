package asyncio

import (
	"fmt"
	"math"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// asyncio.timeouts (Timeout, timeout, timeout_at) and asyncio.taskgroups.

type timeoutState uint8

const (
	tCreated timeoutState = iota
	tEntered
	tExpiring
	tExpired
	tExited
)

var timeoutStateNames = [...]string{"created", "active", "expiring", "expired", "finished"}

// Timeout is asyncio.Timeout.
type Timeout struct {
	state   timeoutState
	handler *Handle
	task    *Task
	when    py.Object
	// cancelling is the task's cancel requests when the block was entered:
	// on expiry, more than that means someone else cancelled it too.
	cancelling int32
}

var TimeoutType *py.Type

func timeoutAlloc(t *py.Type) py.Object {
	return &Timeout{when: py.None}
}

func (*Timeout) Type() *py.Type { return TimeoutType }

func (to *Timeout) String() string {
	info := ""
	if to.state == tEntered {
		w := "None"
		if !isNone(to.when) {
			f := toFloat(to.when)
			w = py.FloatRepr(math.RoundToEven(f*1000) / 1000)
		}
		info = " when=" + w
	}
	return fmt.Sprintf("<Timeout [%s]%s>", timeoutStateNames[to.state], info)
}

func (to *Timeout) reschedule(when py.Object) {
	if to.state != tEntered {
		runtimeError("Cannot change state of %s Timeout", timeoutStateNames[to.state])
	}
	to.when = when
	if to.handler != nil {
		to.handler.Cancel()
	}
	if isNone(when) {
		to.handler = nil
		return
	}
	l := GetRunningLoop()
	w := toFloat(when)
	if w <= l.Time() {
		to.handler = l.callSoonNamed("Timeout._on_timeout()", to.onTimeout, nil)
	} else {
		to.handler = l.callAt(w, &Handle{fn: to.onTimeout, name: "Timeout._on_timeout()"})
	}
}

func (to *Timeout) onTimeout() {
	to.task.Cancel(py.None)
	to.state = tExpiring
	to.handler = nil
}

func (to *Timeout) enter() {
	if to.state != tCreated {
		runtimeError("Timeout has already been entered")
	}
	l := GetRunningLoop()
	task := l.currentTask
	if task == nil {
		runtimeError("Timeout should be used inside a task")
	}
	to.state, to.task = tEntered, task
	to.cancelling = task.numCancelsRequested
	to.reschedule(to.when)
}

func (to *Timeout) exit(excType, exc py.Object) {
	if to.handler != nil {
		to.handler.Cancel()
		to.handler = nil
	}
	switch to.state {
	case tExpiring:
		to.state = tExpired
		if to.task.numCancelsRequested > 0 {
			to.task.numCancelsRequested--
		}
		if to.task.numCancelsRequested <= to.cancelling && excType == CancelledErrorType {
			py.RaiseFrom(py.NewException(py.TimeoutErrorType), exc)
		}
	case tEntered:
		to.state = tExited
	}
}

// TaskGroup is asyncio.TaskGroup.
type TaskGroup struct {
	entered, exiting, aborting bool
	loop                       *Loop
	parent                     *Task
	parentCancelRequested      bool
	tasks                      []*Task
	errors                     []*py.BaseException
	baseError                  *py.BaseException
	onCompleted                *Future
}

var TaskGroupType *py.Type

func (*TaskGroup) Type() *py.Type { return TaskGroupType }

func (g *TaskGroup) String() string {
	info := []string{""}
	if len(g.tasks) > 0 {
		info = append(info, fmt.Sprintf("tasks=%d", len(g.tasks)))
	}
	if len(g.errors) > 0 {
		info = append(info, fmt.Sprintf("errors=%d", len(g.errors)))
	}
	if g.aborting {
		info = append(info, "cancelling")
	} else if g.entered {
		info = append(info, "entered")
	}
	return "<TaskGroup" + strings.Join(info, " ") + ">"
}

func isBaseError(e *py.BaseException) bool {
	return e.Type().IsSubtype(py.SystemExitType) || e.Type().IsSubtype(py.KeyboardInterruptType)
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range g.tasks {
		if !t.Done() {
			t.Cancel(py.None)
		}
	}
}

func (g *TaskGroup) removeTask(t *Task) {
	for i, x := range g.tasks {
		if x == t {
			g.tasks = append(g.tasks[:i], g.tasks[i+1:]...)
			return
		}
	}
}

func (g *TaskGroup) onTaskDone(o py.Object) {
	t := o.(*Task)
	g.removeTask(t)
	if g.onCompleted != nil && len(g.tasks) == 0 && !g.onCompleted.Done() {
		g.onCompleted.SetResult(py.True)
	}
	if t.Cancelled() {
		return
	}
	t.clearLogTraceback()
	exc := t.exc()
	if exc == nil {
		return
	}
	g.errors = append(g.errors, exc)
	if isBaseError(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if g.parent.Done() {
		ctx := py.NewDict()
		ctx.SetStr("message", py.Str(fmt.Sprintf("Task %s has errored out but its parent task %s is already completed", t.String(), g.parent.String())))
		ctx.SetStr("exception", exc)
		ctx.SetStr("task", t)
		g.loop.callExceptionHandler(ctx)
		return
	}
	if !g.aborting && !g.parentCancelRequested {
		g.abort()
		g.parentCancelRequested = true
		g.parent.Cancel(py.None)
	}
}

func (g *TaskGroup) createTask(coro, name py.Object, ctx *py.Context) py.Object {
	if !g.entered {
		runtimeError("TaskGroup %s has not been entered", g.String())
	}
	if g.exiting && len(g.tasks) == 0 {
		runtimeError("TaskGroup %s is finished", g.String())
	}
	if g.aborting {
		runtimeError("TaskGroup %s is shutting down", g.String())
	}
	to := g.loop.CreateTask(coro, py.None, ctx)
	if !isNone(name) {
		py.CallMethod(to, "set_name", name)
	}
	t, ok := to.(*Task)
	if !ok {
		return to
	}
	if t.Done() {
		g.onTaskDone(t)
	} else {
		g.tasks = append(g.tasks, t)
		t.addCallback(&doneCallback{cbHead: cbHead{name: &cbTaskGroupOnTaskDone, ctx: py.Current().Context.Copy()}, fn: g.onTaskDone})
	}
	return t
}

func (g *TaskGroup) aenter() py.Object {
	if g.entered {
		runtimeError("TaskGroup %s has been already entered", g.String())
	}
	g.entered = true
	if g.loop == nil {
		g.loop = GetRunningLoop()
	}
	g.parent = g.loop.currentTask
	if g.parent == nil {
		runtimeError("TaskGroup %s cannot determine the parent task", g.String())
	}
	return g
}

var taskGroupAexitCode *py.Code

// aexitCoro is TaskGroup.__aexit__: a state machine that waits until the
// group's tasks are done, then raises what the group collected.
func (g *TaskGroup) aexitCoro(et, excObj py.Object) *py.Coroutine {
	var exc, propagate *py.BaseException
	return py.NewCoroutineSM(taskGroupAexitCode, func(co *py.CoFrame) py.Object {
		if co.PC == 1 {
			goto waiting
		}
		exc, propagate = g.aexitStart(et, excObj)
	loop:
		if len(g.tasks) == 0 {
			return g.aexitFinish(et, exc, propagate)
		}
		if g.onCompleted == nil {
			g.onCompleted = NewFuture(g.loop)
		}
		co.Await(1, g.onCompleted)
	waiting:
		if suspended, e := co.StepCatch(); suspended {
			return py.CoSuspend
		} else if e != nil {
			if !isCancelled(e) {
				panic(e)
			}
			if !g.aborting {
				propagate = e
				g.abort()
			}
		}
		g.onCompleted = nil
		goto loop
	})
}

// aexitStart is the part of __aexit__ before it waits for the tasks.
func (g *TaskGroup) aexitStart(et, excObj py.Object) (exc, propagate *py.BaseException) {
	g.exiting = true
	exc, _ = excObj.(*py.BaseException)
	if exc != nil && isBaseError(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if et == CancelledErrorType {
		propagate = exc
	}
	if g.parentCancelRequested {
		if g.parent.numCancelsRequested > 0 {
			g.parent.numCancelsRequested--
		}
		if g.parent.numCancelsRequested == 0 {
			propagate = nil
		}
	}
	if !isNone(et) && !g.aborting {
		g.abort()
	}
	return exc, propagate
}

// aexitFinish is the part of __aexit__ after the tasks are done.
func (g *TaskGroup) aexitFinish(et py.Object, exc, propagate *py.BaseException) py.Object {
	if g.baseError != nil {
		py.Raise(g.baseError)
	}
	if propagate != nil && len(g.errors) == 0 {
		py.Raise(propagate)
	}
	if !isNone(et) && et != CancelledErrorType && exc != nil {
		g.errors = append(g.errors, exc)
	}
	if len(g.errors) > 0 {
		errs := g.errors
		g.errors = nil
		items := make([]py.Object, len(errs))
		allExc := true
		for i, e := range errs {
			items[i] = e
			if !e.Type().IsSubtype(py.ExceptionType) {
				allExc = false
			}
		}
		cls := py.BaseExceptionGroupType
		if allExc {
			cls = py.ExceptionGroupType
		}
		me := py.Call(cls, py.Str("unhandled errors in a TaskGroup"), py.NewList(items...))
		py.RaiseFrom(me, py.None)
	}
	return py.None
}

func setupTimeouts() {
	t := TimeoutType
	toOf := func(o py.Object) *Timeout { return o.(*Timeout) }
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		p := parse("Timeout", a[1:], kw, []string{"when"}, 1)
		toOf(a[0]).when = p[0]
		return py.None
	})
	def(t, "when", func(a []py.Object, kw []string) py.Object { return toOf(a[0]).when })
	def(t, "reschedule", func(a []py.Object, kw []string) py.Object {
		p := parse("reschedule", a[1:], kw, []string{"when"}, 1)
		toOf(a[0]).reschedule(p[0])
		return py.None
	})
	def(t, "expired", func(a []py.Object, kw []string) py.Object {
		s := toOf(a[0]).state
		return py.NewBool(s == tExpiring || s == tExpired)
	})
	reprMethod(t)
	syncMethod(t, "__aenter__", goCode("__aenter__", "timeouts.py", 86), func(self py.Object, a []py.Object) py.Object {
		toOf(self).enter()
		return self
	})
	syncMethod(t, "__aexit__", goCode("__aexit__", "timeouts.py", 96), func(self py.Object, a []py.Object) py.Object {
		toOf(self).exit(a[0], a[1])
		return py.None
	})

	g := TaskGroupType
	gOf := func(o py.Object) *TaskGroup { return o.(*TaskGroup) }
	reprMethod(g)
	def(g, "create_task", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("create_task", a[1:], kw, 1, 1, []string{"name", "context"})
		return gOf(a[0]).createTask(pos[0], orNone(kwv[0]), ctxArg(kwv[1]))
	})
	syncMethod(g, "__aenter__", goCode("__aenter__", "taskgroups.py", 49), func(self py.Object, a []py.Object) py.Object {
		return gOf(self).aenter()
	})
	def(g, "__aexit__", func(a []py.Object, kw []string) py.Object {
		p := parse("__aexit__", a[1:], kw, []string{"et", "exc", "tb"}, 3)
		return gOf(a[0]).aexitCoro(p[0], p[1])
	})
}

func timeoutFn(a []py.Object, kw []string) py.Object {
	p := parse("timeout", a, kw, []string{"delay"}, 1)
	l := GetRunningLoop()
	if isNone(p[0]) {
		return &Timeout{when: py.None}
	}
	return &Timeout{when: py.Float(l.Time() + toFloat(p[0]))}
}

func timeoutAtFn(a []py.Object, kw []string) py.Object {
	p := parse("timeout_at", a, kw, []string{"when"}, 1)
	return &Timeout{when: p[0]}
}
