package asyncio

import (
	"os"
	"os/signal"

	"github.com/py2goasync/py2goasync/runtime/py"
)

type runnerState uint8

const (
	runnerCreated runnerState = iota
	runnerInitialized
	runnerClosed
)

// Runner is asyncio.Runner.
type Runner struct {
	state          runnerState
	debug          py.Object
	loopFactory    py.Object
	loop           *Loop
	ctx            *py.Context
	interruptCount int
	setEventLoop   bool
	// viaRun is set on asyncio.run's Runner: its frame shows in the
	// traceback of the main task's exception (hostFrames).
	viaRun bool
}

var RunnerType *py.Type

func runnerAlloc(t *py.Type) py.Object {
	return &Runner{debug: py.None, loopFactory: py.None}
}

func (r *Runner) Type() *py.Type { return RunnerType }

// NewRunner is asyncio.Runner(debug=, loop_factory=).
func NewRunner(debug, loopFactory py.Object) *Runner {
	return &Runner{debug: orNone(debug), loopFactory: orNone(loopFactory)}
}

func (r *Runner) lazyInit() {
	switch r.state {
	case runnerClosed:
		runtimeError("Runner is closed")
	case runnerInitialized:
		return
	}
	if isNone(r.loopFactory) {
		r.loop = asLoop(policyNewEventLoop())
		if !r.setEventLoop {
			policySetEventLoop(r.loop)
			r.setEventLoop = true
		}
	} else {
		r.loop = asLoop(py.Call(r.loopFactory))
	}
	if !isNone(r.debug) {
		r.loop.debug = py.Truth(r.debug)
	}
	r.ctx = py.Current().Context.Copy()
	r.state = runnerInitialized
}

// GetLoop is Runner.get_loop().
func (r *Runner) GetLoop() *Loop {
	r.lazyInit()
	return r.loop
}

// Run is Runner.run(coro, context=).
func (r *Runner) Run(coro py.Object, ctx *py.Context) py.Object {
	if !IsCoroutine(coro) {
		valueError("a coroutine was expected, got %s", py.Repr(coro))
	}
	if runningLoop() != nil {
		runtimeError("Runner.run() cannot be called from a running event loop")
	}
	// Its frame (an exception leaves the level taken: whoever catches it
	// restores).
	depth := py.EnterFrames(1)
	r.lazyInit()
	if ctx == nil {
		ctx = r.ctx
	}
	taskObj := setCreatedAt(r.loop.CreateTask(coro, py.None, ctx), "runners.py", 100)
	task, _ := asFuture(taskObj)
	r.interruptCount = 0
	result, e := r.runMain(taskObj)
	if e != nil {
		if task != nil && task.state == stateFinished {
			// The main task's own exception escapes (SystemExit,
			// KeyboardInterrupt: run_until_complete does not retrieve
			// them). In CPython the exception's traceback holds
			// Runner.run's frame, which holds the task, a cycle that
			// keeps the task from being reported as never retrieved.
			task.clearLogTraceback()
		}
		if isCancelled(e) && r.interruptCount > 0 && task != nil && task.asTask() != nil {
			t := task.asTask()
			if t.numCancelsRequested > 0 {
				t.numCancelsRequested--
			}
			if t.numCancelsRequested == 0 {
				// Raised in CPython's `except CancelledError:`, so the
				// cancellation is its context.
				ki := py.NewException(py.KeyboardInterruptType)
				ki.Context = e
				py.Raise(ki)
			}
		}
		if isCancelled(e) && r.interruptCount > 0 && task == nil {
			// A task factory's object: its uncancel(), if it has one.
			if u := py.LookupAttr(taskObj, "uncancel"); u != nil && py.Eq(py.Call(u), py.Int(0)) {
				ki := py.NewException(py.KeyboardInterruptType)
				ki.Context = e
				py.Raise(ki)
			}
		}
		panic(e)
	}
	py.RestoreDepth(depth)
	return result
}

// runMain runs the loop until the main task taskObj is done, with SIGINT
// interrupting it (Runner.run's try/finally): the exception that leaves
// the loop is returned. One deferred function restores what it set.
func (r *Runner) runMain(taskObj py.Object) (result py.Object, exc *py.BaseException) {
	prevR, prevT := activeRunner, activeTask
	activeRunner, activeTask = r, taskObj
	var (
		waker     *func()
		swapped   bool
		stopWatch func()
	)
	if py.SignalsRouted() {
		// The program's signals reach Python handlers in the main thread
		// (the signal module): SIGINT's default handler interrupts this
		// Runner (SendInterrupt) when the loop wakes for it.
		if py.Current() == py.MainThread {
			waker, swapped = py.SwapSignalWaker(r.loop.notifyFn()), true
		}
	} else if py.Current() == py.MainThread && (py.SigintIsDefault == nil || py.SigintIsDefault()) {
		stopWatch = r.watchSigint(taskObj)
	}
	depth := py.SaveDepth()
	defer func() {
		if x := recover(); x != nil {
			py.RestoreDepth(depth)
			exc = py.Recovered(x)
			exc.MarkCaughtIn(runMainFunc)
			if f, ok := asFuture(taskObj); ok && resultRaised(f, exc) {
				exc.AddOuterFrames(r.hostFrames())
			}
		}
		r.loop.rucFuture = nil
		if stopWatch != nil {
			stopWatch()
		}
		if swapped {
			py.SwapSignalWaker(waker)
		}
		activeRunner, activeTask = prevR, prevT
	}()
	return r.loop.RunUntilComplete(taskObj), nil
}

const runMainFunc = "github.com/py2goasync/py2goasync/runtime/asyncio.(*Runner).runMain"

// runUntilCompleteFromPython is loop.run_until_complete called by Python
// code: an Exception the future finished with has, as in CPython, the
// frame of base_events.py's run_until_complete at `return future.result()`
// between the caller's frame and its own (Runner.run adds it for
// asyncio.run, runMain).
func (l *Loop) runUntilCompleteFromPython(future py.Object) py.Object {
	defer func() {
		f := l.rucFuture
		l.rucFuture = nil
		x := recover()
		if x == nil {
			return
		}
		if exc, ok := x.(*py.BaseException); ok && f != nil && resultRaised(f, exc) {
			if e, ok := py.HostFrame("asyncio/base_events.py", "run_until_complete", "return future.result()", "future.result()"); ok {
				py.Recovered(exc).MarkCaughtIn(rucFromPythonFunc)
				exc.AddOuterFrames([]py.TracebackEntry{e})
			}
		}
		panic(x)
	}()
	return l.RunUntilComplete(future)
}

// resultRaised reports whether exc is the Exception f finished with,
// which future.result() re-raised (KeyboardInterrupt and SystemExit leave
// the task's step instead, through the loop's other frames).
func resultRaised(f *Future, exc *py.BaseException) bool {
	return f.state == stateFinished && f.exc() == exc && exc.Type().IsSubtype(py.ExceptionType)
}

const rucFromPythonFunc = "github.com/py2goasync/py2goasync/runtime/asyncio.(*Loop).runUntilCompleteFromPython"

// hostFrames are the frames of the host's asyncio that CPython shows
// between the caller of asyncio.run (or Runner.run) and the frames of the
// main task's exception, which future.result() re-raises there; none when
// the host's source is not known.
func (r *Runner) hostFrames() []py.TracebackEntry {
	var out []py.TracebackEntry
	add := func(file, fn, stmt, call string) bool {
		e, ok := py.HostFrame(file, fn, stmt, call)
		if ok {
			out = append(out, e)
		}
		return ok
	}
	if r.viaRun && !add("asyncio/runners.py", "run", "return runner.run(main)", "runner.run(main)") {
		return nil
	}
	if !add("asyncio/runners.py", "run", "return self._loop.run_until_complete(task)", "self._loop.run_until_complete(task)") ||
		!add("asyncio/base_events.py", "run_until_complete", "return future.result()", "future.result()") {
		return nil
	}
	return out
}

// watchSigint interrupts the Runner at each SIGINT until the function it
// returns is called (signals not routed to the signal module).
func (r *Runner) watchSigint(taskObj py.Object) (stop func()) {
	stopc := make(chan struct{})
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	loop := r.loop
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stopc:
				return
			case <-sigs:
				loop.PostThreadsafe(func() { r.onSigint(taskObj) })
			}
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(stopc)
		<-done
	}
}

// The signal module delivers SIGINT's default action through py (it does
// not import this package, which a program links only when it imports
// asyncio).
func init() { py.InterruptRunner = SendInterrupt }

// SendInterrupt simulates a SIGINT delivered to the running Runner (what
// signal.raise_signal(SIGINT) does); it reports whether a Runner took it.
func SendInterrupt() bool {
	if activeRunner == nil {
		return false
	}
	r, task := activeRunner, activeTask
	if py.Current() == py.MainThread {
		// CPython's handler (Runner._on_sigint) runs in the main thread
		// as soon as the signal is seen, before anything else the loop
		// has scheduled: the main task is cancelled while it is still
		// pending, or KeyboardInterrupt is raised here.
		r.onSigint(task)
		return true
	}
	r.loop.PostThreadsafe(func() { r.onSigint(task) })
	return true
}

var (
	activeRunner *Runner
	activeTask   py.Object
)

func (r *Runner) onSigint(taskObj py.Object) {
	r.interruptCount++
	task, _ := asFuture(taskObj)
	if r.interruptCount == 1 && task == nil && !py.Truth(py.CallMethod(taskObj, "done")) {
		py.CallMethod(taskObj, "cancel")
		r.loop.notify()
		return
	}
	if r.interruptCount == 1 && task != nil && !task.Done() {
		task.Cancel(py.None)
		// call_soon_threadsafe(lambda: None): wake up the loop.
		r.loop.notify()
		return
	}
	py.Raise(py.NewException(py.KeyboardInterruptType))
}

// Close is Runner.close().
func (r *Runner) Close() {
	if r.state != runnerInitialized {
		return
	}
	l := r.loop
	defer func() {
		if r.setEventLoop {
			policySetEventLoop(nil)
		}
		l.Close()
		r.loop = nil
		r.state = runnerClosed
	}()
	cancelAllTasks(l)
	if l.shutdownIdle() {
		return
	}
	// Through the loop's attributes: a loop subclass or a test may
	// replace these coroutine methods.
	if l.ownMethod("shutdown_asyncgens") {
		l.RunUntilComplete(l.shutdownAsyncgensCoro())
	} else {
		l.RunUntilComplete(py.CallMethod(l, "shutdown_asyncgens"))
	}
	if l.ownMethod("shutdown_default_executor") {
		l.RunUntilComplete(l.shutdownDefaultExecutorCoro())
	} else {
		l.RunUntilComplete(py.CallMethod(l, "shutdown_default_executor"))
	}
}

// shutdownIdle does what Runner.close()'s
// run_until_complete(loop.shutdown_asyncgens()) and
// run_until_complete(loop.shutdown_default_executor()) do when nothing
// can run while they do, and reports whether it did. Each would make a
// task (taking a Task-N number), run the loop twice (its step, then the
// done callback stopping the loop) and find nothing to shut down. Nothing
// else runs in those iterations when no handle is ready or scheduled, no
// descriptor is registered (no selector), no other goroutine posted a
// callback, no signal awaits its handler, and the coroutines and task
// class are the runtime's own; the tasks themselves cannot be seen (no
// task factory, no debug mode, nothing runs that could ask all_tasks()).
// What is left of them is what they change: the two numbers taken and the
// loop's shut-down flags. Anything else (an error the runs would raise
// too) takes the full path.
func (l *Loop) shutdownIdle() bool {
	if l.closed || l.IsRunning() || runningLoop() != nil || l.stopping || l.debug || l.rare().taskFactory != nil ||
		l.ready.n > 0 || len(l.scheduled) > 0 || l.sel.Load() != nil || l.hasPending() ||
		len(l.rare().asyncgens) > 0 || l.rare().defaultExecutor != nil || len(l.rare().signalHandlers) > 0 ||
		py.SignalsPending() || py.RecursionLimit()-py.SaveDepth() < 50 ||
		!l.ownMethod("shutdown_asyncgens") || !l.ownMethod("shutdown_default_executor") {
		return false
	}
	taskNameCounter += 2
	taskSeq += 2
	l.asyncgensShutdownCalled = true
	l.executorShutdownCalled = true
	return true
}

// ownMethod reports whether l.name is the runtime's own method of the loop
// class: l is no subclass's instance, its instance dict does not shadow
// name and the class attribute was not replaced (then calling the Go
// method directly is what looking it up and calling it would do).
func (l *Loop) ownMethod(name string) bool {
	if l.rare().cls != nil {
		return false
	}
	if d := l.rare().dict; d != nil {
		if _, ok := d.GetStr(name); ok {
			return false
		}
	}
	var orig py.Object
	switch name {
	case "shutdown_asyncgens":
		orig = ownShutdownAsyncgens
	case "shutdown_default_executor":
		orig = ownShutdownDefaultExecutor
	}
	return orig != nil && LoopType.Lookup(name) == orig
}

// ownShutdownAsyncgens and ownShutdownDefaultExecutor are the loop class's
// methods as registered (ownMethod).
var ownShutdownAsyncgens, ownShutdownDefaultExecutor py.Object

func cancelAllTasks(l *Loop) {
	pending := false
	for i := range l.tasks.Len() {
		t := l.tasks.at(i)
		if t.state == statePending {
			pending = true
			break
		}
	}
	if !pending {
		// all_tasks(loop) is empty (allTasks reads l.tasks alone).
		return
	}
	set := allTasks(l).(*py.Set)
	if set.Len() == 0 {
		return
	}
	toCancel := set.Elems()
	for _, t := range toCancel {
		t.(*Task).Cancel(py.None)
	}
	l.RunUntilComplete(Gather(toCancel, true))
	for _, o := range toCancel {
		t := o.(*Task)
		if t.Cancelled() {
			continue
		}
		if t.exc() != nil {
			ctx := py.NewDict()
			ctx.SetStr("message", py.Str("unhandled exception during asyncio.run() shutdown"))
			ctx.SetStr("exception", t.exc())
			ctx.SetStr("task", t)
			l.callExceptionHandler(ctx)
		}
	}
}

// Run is asyncio.run(main, debug=).
func Run(main py.Object, debug py.Object) py.Object {
	if runningLoop() != nil {
		runtimeError("asyncio.run() cannot be called from a running event loop")
	}
	depth := py.EnterFrames(1)
	r := NewRunner(debug, py.None)
	r.viaRun = true
	defer func() {
		r.Close()
		py.RestoreDepth(depth)
	}()
	return r.Run(main, nil)
}

func selfRunner(o py.Object) *Runner {
	r, ok := o.(*Runner)
	if !ok {
		typeError("expected a Runner")
	}
	return r
}

func setupRunners() {
	t := RunnerType
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		_, kwv := parseKwOnly("Runner", a[1:], kw, 0, 0, []string{"debug", "loop_factory"})
		r := selfRunner(a[0])
		r.debug, r.loopFactory = orNone(kwv[0]), orNone(kwv[1])
		return py.None
	})
	def(t, "__enter__", func(a []py.Object, kw []string) py.Object {
		r := selfRunner(a[0])
		r.lazyInit()
		return r
	})
	def(t, "__exit__", func(a []py.Object, kw []string) py.Object {
		selfRunner(a[0]).Close()
		return py.None
	})
	def(t, "close", func(a []py.Object, kw []string) py.Object {
		selfRunner(a[0]).Close()
		return py.None
	})
	def(t, "get_loop", func(a []py.Object, kw []string) py.Object { return selfRunner(a[0]).GetLoop() })
	def(t, "run", func(a []py.Object, kw []string) py.Object {
		pos, kwv := parseKwOnly("run", a[1:], kw, 1, 1, []string{"context"})
		var ctx *py.Context
		if !isNone(kwv[0]) {
			c, ok := kwv[0].(*py.Context)
			if !ok {
				typeError("context must be a contextvars.Context")
			}
			ctx = c
		}
		return selfRunner(a[0]).Run(pos[0], ctx)
	})
	py.SetFastMethod(t, "run", func(self, coro py.Object) py.Object { return selfRunner(self).Run(coro, nil) })
}
