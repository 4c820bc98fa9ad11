package asyncio

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Task steps and Go done callbacks are light entries of the ready deque,
// with no Handle until Python could see one: a Go done callback that
// raises gives the exception handler's context its handle, which must stay
// as it was while later entries run.
func TestPooledHandleEscapes(t *testing.T) {
	testMu.Lock()
	defer testMu.Unlock()
	py.EnterMain()
	l := NewLoop()
	defer l.Close()
	var got py.Object
	l.more().exceptionHandler = py.NewBuiltin("handler", func(a []py.Object, kw []string) py.Object {
		got, _ = a[1].(*py.Dict).GetStr("handle")
		return py.None
	})
	f := NewFuture(l)
	name := "boom()"
	f.addCallback(&doneCallback{cbHead: cbHead{name: &name}, fn: func(py.Object) {
		py.Raise(py.NewError(py.ValueErrorType, "boom"))
	}})
	f.SetResult(py.None)
	l.runOnce()
	h, ok := got.(*Handle)
	if !ok {
		t.Fatalf("exception handler got handle %v", got)
	}
	before := py.Repr(h)
	if !strings.Contains(before, "boom()") {
		t.Fatalf("repr %q", before)
	}
	// A task made now runs its step from a light entry too.
	co := py.NewCoroutineSM(benchCode, func(co *py.CoFrame) py.Object { return py.None })
	tk := newTask(TaskType, co, l, py.None, nil)
	l.runOnce()
	if !tk.Done() {
		t.Fatalf("task not done")
	}
	if after := py.Repr(h); after != before {
		t.Fatalf("escaped handle changed: %q -> %q", before, after)
	}
}
