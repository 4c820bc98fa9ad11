package asyncio

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// concurrent.futures: Future and ThreadPoolExecutor, with workers that run
// Python code as threads holding the GIL; and asyncio's bridges to them
// (run_in_executor, wrap_future, to_thread).

// ConcFuture is concurrent.futures.Future. Its state is only touched with
// the GIL held; done is closed when it finishes, for waiters without it.
type ConcFuture struct {
	state     uint8 // 0 pending, 1 running, 2 cancelled, 3 cancelled+notified, 4 finished
	result    py.Object
	exc       *py.BaseException
	callbacks []func(*ConcFuture)
	done      chan struct{}
}

const (
	cfPending = iota
	cfRunning
	cfCancelled
	cfCancelledNotified
	cfFinished
)

var (
	ConcFutureType         *py.Type
	ConcErrorType          *py.Type
	ConcCancelledErrType   *py.Type
	ConcInvalidStateType   *py.Type
	ThreadPoolExecutorTyp  *py.Type
	ProcessPoolExecutorTyp *py.Type
)

func threadPoolExecutorAlloc(t *py.Type) py.Object {
	return &Executor{cls: t}
}

func processPoolExecutorAlloc(t *py.Type) py.Object {
	return &Executor{cls: t}
}

func newConcFuture() *ConcFuture { return &ConcFuture{done: make(chan struct{})} }

func (*ConcFuture) Type() *py.Type { return ConcFutureType }

func (f *ConcFuture) isDone() bool {
	return f.state == cfCancelled || f.state == cfCancelledNotified || f.state == cfFinished
}

func (f *ConcFuture) String() string {
	switch f.state {
	case cfFinished:
		if f.exc != nil {
			return fmt.Sprintf("<Future at %s state=finished raised %s>", addrOf(f), f.exc.Type().Name)
		}
		return fmt.Sprintf("<Future at %s state=finished returned %s>", addrOf(f), orNone(f.result).Type().Name)
	case cfRunning:
		return fmt.Sprintf("<Future at %s state=running>", addrOf(f))
	case cfCancelled, cfCancelledNotified:
		return fmt.Sprintf("<Future at %s state=cancelled>", addrOf(f))
	}
	return fmt.Sprintf("<Future at %s state=pending>", addrOf(f))
}

func addrOf(p any) string { return fmt.Sprintf("%p", p) }

func (f *ConcFuture) finish() {
	close(f.done)
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		if e := py.Catch(func() { cb(f) }); e != nil {
			logError("exception calling callback for "+f.String(), e)
		}
	}
}

func (f *ConcFuture) setResult(v py.Object) {
	if f.isDone() {
		raise(ConcInvalidStateType, fmt.Sprintf("FINISHED: %s", f.String()))
	}
	f.result, f.state = v, cfFinished
	f.finish()
}

func (f *ConcFuture) setException(e *py.BaseException) {
	if f.isDone() {
		raise(ConcInvalidStateType, fmt.Sprintf("FINISHED: %s", f.String()))
	}
	f.exc, f.state = e, cfFinished
	f.finish()
}

func (f *ConcFuture) cancel() bool {
	if f.state == cfRunning || f.state == cfFinished {
		return false
	}
	if f.state == cfCancelled || f.state == cfCancelledNotified {
		return true
	}
	f.state = cfCancelled
	f.finish()
	return true
}

func (f *ConcFuture) addDoneCallback(cb func(*ConcFuture)) {
	if !f.isDone() {
		f.callbacks = append(f.callbacks, cb)
		return
	}
	cb(f)
}

func (f *ConcFuture) wait(timeout py.Object) bool {
	if f.isDone() {
		return true
	}
	ok := true
	py.WithoutGIL(func() {
		if isNone(timeout) {
			<-f.done
			return
		}
		ok = waitTimeout(f.done, toFloat(timeout))
	})
	return ok
}

func (f *ConcFuture) getResult(timeout py.Object) py.Object {
	if !f.wait(timeout) {
		raiseNoArg(py.TimeoutErrorType)
	}
	if f.state == cfCancelled || f.state == cfCancelledNotified {
		raiseNoArg(ConcCancelledErrType)
	}
	if f.exc != nil {
		py.Raise(f.exc)
	}
	return orNone(f.result)
}

func setupThreads() {
	t := ConcFutureType
	self := func(o py.Object) *ConcFuture { return o.(*ConcFuture) }
	def(t, "result", func(a []py.Object, kw []string) py.Object {
		p := parse("result", a[1:], kw, []string{"timeout"}, 0)
		return self(a[0]).getResult(orNone(p[0]))
	})
	def(t, "exception", func(a []py.Object, kw []string) py.Object {
		p := parse("exception", a[1:], kw, []string{"timeout"}, 0)
		f := self(a[0])
		if !f.wait(orNone(p[0])) {
			raiseNoArg(py.TimeoutErrorType)
		}
		if f.state == cfCancelled || f.state == cfCancelledNotified {
			raiseNoArg(ConcCancelledErrType)
		}
		if f.exc != nil {
			return f.exc
		}
		return py.None
	})
	def(t, "done", func(a []py.Object, kw []string) py.Object { return py.NewBool(self(a[0]).isDone()) })
	def(t, "running", func(a []py.Object, kw []string) py.Object { return py.NewBool(self(a[0]).state == cfRunning) })
	def(t, "cancelled", func(a []py.Object, kw []string) py.Object {
		s := self(a[0]).state
		return py.NewBool(s == cfCancelled || s == cfCancelledNotified)
	})
	def(t, "cancel", func(a []py.Object, kw []string) py.Object { return py.NewBool(self(a[0]).cancel()) })
	def(t, "set_result", func(a []py.Object, kw []string) py.Object { self(a[0]).setResult(a[1]); return py.None })
	def(t, "set_exception", func(a []py.Object, kw []string) py.Object {
		e, _ := a[1].(*py.BaseException)
		self(a[0]).setException(e)
		return py.None
	})
	def(t, "set_running_or_notify_cancel", func(a []py.Object, kw []string) py.Object {
		f := self(a[0])
		switch f.state {
		case cfCancelled:
			f.state = cfCancelledNotified
			return py.False
		case cfPending:
			f.state = cfRunning
			return py.True
		}
		runtimeError("Future in unexpected state")
		return nil
	})
	def(t, "add_done_callback", func(a []py.Object, kw []string) py.Object {
		fn := a[1]
		self(a[0]).addDoneCallback(func(f *ConcFuture) { py.Call(fn, f) })
		return py.None
	})
	def(t, "__repr__", func(a []py.Object, kw []string) py.Object { return py.Str(self(a[0]).String()) })
}

// workQueue is the executor's unbounded work queue.
type workQueue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []func()
	closed bool
}

func newWorkQueue() *workQueue {
	q := &workQueue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *workQueue) put(f func()) {
	q.mu.Lock()
	q.items = append(q.items, f)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *workQueue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *workQueue) get() func() {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return nil
	}
	f := q.items[0]
	q.items[0] = nil
	q.items = q.items[1:]
	return f
}

// Executor is a ThreadPoolExecutor (ProcessPoolExecutor runs on threads
// too: translated programs have no interpreter to fork).
type Executor struct {
	cls        *py.Type
	maxWorkers int
	prefix     string
	queue      *workQueue
	threads    int
	idle       int
	shutdown   bool
	wg         sync.WaitGroup
	inited     bool
}

var executorCounter int

// activeWorkers counts executor threads alive (the loop lets them take the
// GIL periodically).
var activeWorkers int

func (e *Executor) Type() *py.Type { return e.cls }

// NewExecutor is ThreadPoolExecutor(max_workers, thread_name_prefix).
func NewExecutor(maxWorkers int, prefix string) *Executor {
	e := &Executor{cls: ThreadPoolExecutorTyp}
	e.init(maxWorkers, prefix)
	return e
}

func (e *Executor) init(maxWorkers int, prefix string) {
	if maxWorkers <= 0 {
		maxWorkers = min(32, runtime.NumCPU()+4)
	}
	if prefix == "" {
		prefix = fmt.Sprintf("ThreadPoolExecutor-%d", executorCounter)
		executorCounter++
	}
	e.maxWorkers, e.prefix, e.queue, e.inited = maxWorkers, prefix, newWorkQueue(), true
}

// Submit is executor.submit(fn, *args, **kwargs).
func (e *Executor) Submit(fn py.Object, args []py.Object, kw []string) *ConcFuture {
	if e.shutdown {
		runtimeError("cannot schedule new futures after shutdown")
	}
	f := newConcFuture()
	e.queue.put(func() {
		if f.state == cfCancelled {
			f.state = cfCancelledNotified
			return
		}
		f.state = cfRunning
		var res py.Object
		if exc := catch(func() { res = py.CallKw(fn, args, kw) }); exc != nil {
			f.setException(exc)
		} else {
			f.setResult(res)
		}
	})
	e.adjustThreads()
	return f
}

func (e *Executor) adjustThreads() {
	if e.idle > 0 {
		e.idle--
		return
	}
	if e.threads >= e.maxWorkers {
		return
	}
	name := fmt.Sprintf("%s_%d", e.prefix, e.threads)
	e.threads++
	e.wg.Add(1)
	activeWorkers++
	q := e.queue
	py.StartThread(name, nil, func() {
		defer func() {
			activeWorkers--
			e.wg.Done()
		}()
		for {
			var item func()
			py.WithoutGIL(func() { item = q.get() })
			if item == nil {
				return
			}
			item()
			e.idle++
		}
	})
}

// Shutdown is executor.shutdown(wait, cancel_futures).
func (e *Executor) Shutdown(wait, cancelFutures bool) {
	e.shutdown = true
	if cancelFutures {
		e.queue.mu.Lock()
		e.queue.items = nil
		e.queue.mu.Unlock()
	}
	e.queue.close()
	if wait {
		py.WithoutGIL(e.wg.Wait)
	}
}

func selfExecutor(o py.Object) *Executor {
	e, ok := o.(*Executor)
	if !ok {
		typeError("expected an executor")
	}
	if !e.inited {
		e.init(0, "")
	}
	return e
}

func setupThreads2() {
	for _, t := range []*py.Type{ThreadPoolExecutorTyp, ProcessPoolExecutorTyp} {
		def(t, "__init__", func(a []py.Object, kw []string) py.Object {
			p := parse("ThreadPoolExecutor", a[1:], kw, []string{"max_workers", "thread_name_prefix", "initializer", "initargs", "mp_context", "max_tasks_per_child"}, 0)
			e := a[0].(*Executor)
			n := 0
			if !isNone(p[0]) {
				n = py.Index(p[0])
				if n <= 0 {
					valueError("max_workers must be greater than 0")
				}
			}
			prefix := ""
			if !isNone(p[1]) {
				prefix = py.StrOf(p[1])
			}
			e.init(n, prefix)
			return py.None
		})
		def(t, "submit", func(a []py.Object, kw []string) py.Object {
			if len(a)-len(kw) < 2 {
				typeError("submit expected at least 1 argument, got 0")
			}
			e := selfExecutor(a[0])
			return e.Submit(a[1], a[2:], kw)
		})
		def(t, "shutdown", func(a []py.Object, kw []string) py.Object {
			p := parse("shutdown", a[1:], kw, []string{"wait", "cancel_futures"}, 0)
			wait := p[0] == nil || py.Truth(p[0])
			cancel := p[1] != nil && py.Truth(p[1])
			selfExecutor(a[0]).Shutdown(wait, cancel)
			return py.None
		})
		def(t, "__enter__", func(a []py.Object, kw []string) py.Object { return selfExecutor(a[0]) })
		def(t, "__exit__", func(a []py.Object, kw []string) py.Object {
			selfExecutor(a[0]).Shutdown(true, false)
			return py.False
		})
		def(t, "map", func(a []py.Object, kw []string) py.Object {
			e := selfExecutor(a[0])
			fn := a[1]
			var iters [][]py.Object
			n := -1
			for _, it := range a[2 : len(a)-len(kw)] {
				items := py.AppendStar(nil, it)
				iters = append(iters, items)
				if n < 0 || len(items) < n {
					n = len(items)
				}
			}
			var fs []*ConcFuture
			for i := 0; i < n; i++ {
				args := make([]py.Object, len(iters))
				for j := range iters {
					args[j] = iters[j][i]
				}
				fs = append(fs, e.Submit(fn, args, nil))
			}
			i := 0
			return &py.FuncIter{F: func() (py.Object, bool) {
				if i >= len(fs) {
					return nil, false
				}
				i++
				return fs[i-1].getResult(py.None), true
			}}
		})
	}
}

// Loop executor methods.

func (l *Loop) runInExecutor(executor py.Object, fn py.Object, args []py.Object) py.Object {
	l.checkClosed()
	var cf *ConcFuture
	if isNone(executor) {
		if l.executorShutdownCalled {
			runtimeError("Executor shutdown has been called")
		}
		r := l.more()
		if r.defaultExecutor == nil {
			r.defaultExecutor = NewExecutor(0, "asyncio")
		}
		cf = r.defaultExecutor.Submit(fn, args, nil)
	} else if e, ok := executor.(*Executor); ok {
		cf = selfExecutor(e).Submit(fn, args, nil)
	} else {
		r := py.CallKw(py.GetAttr(executor, "submit"), append([]py.Object{fn}, args...), nil)
		c, ok := r.(*ConcFuture)
		if !ok {
			typeError("executor.submit() must return a concurrent.futures.Future")
		}
		cf = c
	}
	return wrapFuture(cf, l)
}

// wrapFuture chains a concurrent future into a new asyncio future.
func wrapFuture(cf *ConcFuture, l *Loop) *Future {
	dest := NewFuture(l)
	dest.addCallback(&doneCallback{cbHead: cbHead{name: &cbCallCheckCancel}, fn: func(py.Object) {
		if dest.Cancelled() {
			cf.cancel()
		}
	}})
	cf.addDoneCallback(func(src *ConcFuture) {
		if dest.Cancelled() && l.closed {
			return
		}
		if l.closed {
			return
		}
		set := func() {
			if dest.Cancelled() {
				return
			}
			switch {
			case src.state == cfCancelled || src.state == cfCancelledNotified:
				dest.Cancel(py.None)
			case src.exc != nil:
				dest.setException(src.exc)
			default:
				dest.SetResult(orNone(src.result))
			}
		}
		if py.Current() == l.thread {
			set()
			return
		}
		l.callSoonThreadsafe(&Handle{fn: set, name: "_set_state()"})
	})
	return dest
}

var toThreadCode *py.Code

// ToThread is asyncio.to_thread(func, *args, **kwargs).
func ToThread(fn py.Object, args []py.Object, kw []string) *py.Coroutine {
	c, s := toThreadKind.New()
	s.fn, s.args, s.kw = fn, args, kw
	return c
}

type toThreadState struct {
	fn   py.Object
	args []py.Object
	kw   []string
}

// toThreadKind is to_thread's body: await loop.run_in_executor(None,
// functools.partial(contextvars.copy_context().run, func, *args, **kwargs)).
var toThreadKind *py.CoroutineKind[toThreadState]

func toThreadBody(co *py.CoFrame, s *toThreadState) py.Object {
	if co.PC == 1 {
		goto running
	}
	{
		l := GetRunningLoop()
		ctx := py.Current().Context.Copy()
		fn, args, kw := s.fn, s.args, s.kw
		call := py.NewBuiltin("run", func(_ []py.Object, _ []string) py.Object {
			var r py.Object
			ctx.Run(func() py.Object { r = py.CallKw(fn, args, kw); return nil })
			return r
		})
		co.Await(1, l.runInExecutor(py.None, call, nil))
	}
running:
	if co.Step() {
		return py.CoSuspend
	}
	return co.Value
}

var (
	shutdownExecCode      *py.Code
	shutdownAsyncgensCode *py.Code
)

// methodCode is goCode for a method of class cls (its __qualname__).
func methodCode(cls, name, file string, line int) *py.Code {
	c := goCode(name, file, line)
	c.Qualname = cls + "." + name
	return c
}

// shutdownDefaultExecutorCoro is loop.shutdown_default_executor(), a
// resumable function rather than a coroutine on a stack of its own: a loop
// that never made its default executor finishes it in one step.
func (l *Loop) shutdownDefaultExecutorCoro() *py.Coroutine {
	var done chan struct{}
	return py.NewCoroutineSM(shutdownExecCode, func(co *py.CoFrame) py.Object {
		if co.PC == 1 {
			goto resume
		}
		l.executorShutdownCalled = true
		if ex := l.rare().defaultExecutor; ex == nil {
			return py.None
		} else {
			fut := NewFuture(l)
			done = make(chan struct{})
			ex.shutdown = true
			ex.queue.close()
			go func() {
				defer close(done)
				ex.wg.Wait()
				l.PostThreadsafe(func() {
					if !l.closed && fut.state == statePending {
						fut.SetResult(py.None)
					}
				})
			}()
			co.Await(1, fut)
		}
	resume:
		// However the await ends (a result, an exception thrown in), the
		// executor's threads are waited for, without the GIL.
		suspended := false
		defer func() {
			if !suspended {
				py.WithoutGIL(func() { <-done })
			}
		}()
		if co.Step() {
			suspended = true
			return py.CoSuspend
		}
		return co.Value
	})
}

func waitTimeout(ch chan struct{}, secs float64) bool {
	t := newTimer(secs)
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return false
	}
}
