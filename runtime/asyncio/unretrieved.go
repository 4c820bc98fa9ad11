package asyncio

import (
	"runtime"
	"sync"
	"weak"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// CPython reports a future's exception that nobody retrieved from the
// future's __del__, when the last reference goes. Go's collector finds
// unreachable futures too, but cannot hand one back: a finalizer never
// runs for an object that reaches itself, and every Task does (its
// context and its wakeup callback live inside it). So a future
// whose exception is set gets an unretrievedReport: a cleanup that runs
// when the future is collected posts the report to its loop, passing the
// exception handler a copy of the finished future (the original is
// unreachable, so the copy stands in for it unobservably). What is still
// alive when the loop closes is reported then, with the future itself.

// unretrievedReport is one future's pending "exception was never
// retrieved" report.
type unretrievedReport struct {
	loop *Loop
	// live reaches the future while it is reachable from elsewhere.
	live weak.Pointer[Future]
	// copy stands in for the future once it has been collected.
	copy *Future
	// done is set when the exception is retrieved or reported.
	done bool
}

// clearLogTraceback is `self._log_traceback = False`: the exception was
// retrieved (or passed on), so it is not reported.
func (f *Future) clearLogTraceback() {
	f.logTraceback = false
	if f.ext != nil && f.ext.report != nil {
		f.ext.report.done = true
		f.ext.report = nil
	}
}

// armUnretrievedReport prepares the report of f's exception, which was
// just set.
func (f *Future) armUnretrievedReport() {
	x := f.extra()
	if x.report != nil {
		x.report.done = true
	}
	l := f.loop
	rep := &unretrievedReport{loop: l, live: weak.Make(f), copy: f.finishedCopy()}
	x.report = rep
	runtime.AddCleanup(f, collected, rep)
	// Drop the reports that are settled once the list has doubled, so a
	// long-running loop does not keep one entry per failed future.
	lr := l.more()
	if len(lr.unretrieved) >= 2*lr.unretrievedKept+16 {
		kept := lr.unretrieved[:0]
		for _, r := range lr.unretrieved {
			if !r.done {
				kept = append(kept, r)
			}
		}
		clear(lr.unretrieved[len(kept):])
		lr.unretrieved = kept
		lr.unretrievedKept = len(kept)
	}
	lr.unretrieved = append(lr.unretrieved, rep)
}

// finishedCopy is a copy of the finished future f with no pointer into f,
// so that holding it does not keep f alive.
func (f *Future) finishedCopy() *Future {
	if t := f.asTask(); t != nil {
		c := *t
		c.callbacks = callbackList{}
		if t.wake.ctx == &t.ctxBuf {
			c.wake.ctx = &c.ctxBuf
		}
		c.futWaiter = nil
		c.ext = t.extForCopy()
		return &c.Future
	}
	c := *f
	c.callbacks = callbackList{}
	c.ext = f.extForCopy()
	if c.ext != nil && c.ext.gather != nil {
		// gather's state reaches the original: the copy keeps its
		// _children alone.
		if c.ext.dict == nil {
			c.ext.dict = py.NewDict()
			c.ext.dict.SetStr("_children", py.NewList(c.ext.gather.childObjs()...))
		}
		c.ext.gather = nil
	}
	return &c
}

// extForCopy is a copy of f.ext (nil if f has none) without the report,
// for finishedCopy: the original's report is its own.
func (f *Future) extForCopy() *futureExt {
	if f.ext == nil {
		return nil
	}
	x := *f.ext
	x.report = nil
	return &x
}

// collectedReports are the reports of collected futures not sent yet.
var collectedReports struct {
	sync.Mutex
	list []*unretrievedReport
}

// collected runs on Go's cleanup goroutine once r's future is collected:
// the report is sent from the loop, or sooner by gc.collect().
func collected(r *unretrievedReport) {
	collectedReports.Lock()
	collectedReports.list = append(collectedReports.list, r)
	collectedReports.Unlock()
	r.loop.PostThreadsafe(sendCollectedReports)
}

// sendCollectedReports sends the reports of the futures collected so
// far; the caller holds the GIL.
func sendCollectedReports() {
	collectedReports.Lock()
	list := collectedReports.list
	collectedReports.list = nil
	collectedReports.Unlock()
	for _, r := range list {
		r.send()
	}
}

func init() { py.OnCollect(sendCollectedReports) }

// send reports the exception unless it was retrieved meanwhile; it runs
// on the loop, with the GIL.
func (r *unretrievedReport) send() {
	if r.done {
		return
	}
	r.done = true
	f := r.live.Value()
	if f == nil {
		f = r.copy
	} else {
		f.ext.report = nil
	}
	f.logTraceback = false
	ctx := py.NewDict()
	kind := "Future"
	if f.isTask {
		kind = "Task"
	}
	ctx.SetStr("message", py.Str(kind+" exception was never retrieved"))
	ctx.SetStr("exception", f.exc())
	ctx.SetStr("future", f.self())
	r.loop.callExceptionHandler(ctx)
}

// reportUnretrieved reports, when the loop closes (or the program
// exits), the exceptions of futures that are still alive and were never
// retrieved.
func (l *Loop) reportUnretrieved() {
	lr := l.rare_
	if lr == nil {
		return
	}
	list := lr.unretrieved
	lr.unretrieved, lr.unretrievedKept = nil, 0
	for _, r := range list {
		r.send()
	}
}
