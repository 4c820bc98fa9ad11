package asyncio

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// A pooled handle (task steps, Go done callbacks) goes back to the loop's
// pool once run, unless it reached Python: a Go done callback that raises
// gives the exception handler's context its handle, which must stay as it
// was (not reset and reused by the next task step).
func TestPooledHandleEscapes(t *testing.T) {
	testMu.Lock()
	defer testMu.Unlock()
	py.EnterMain()
	l := NewLoop()
	defer l.Close()
	var got py.Object
	l.exceptionHandler = py.NewBuiltin("handler", func(a []py.Object, kw []string) py.Object {
		got, _ = a[1].(*py.Dict).GetStr("handle")
		return py.None
	})
	f := NewFuture(l)
	f.addCallback(&doneCallback{name: "boom()", fn: func(py.Object) {
		py.Raise(py.NewError(py.ValueErrorType, "boom"))
	}})
	f.SetResult(py.None)
	l.runOnce()
	h, ok := got.(*Handle)
	if !ok {
		t.Fatalf("exception handler got handle %v", got)
	}
	for _, p := range handlePool {
		if p == h {
			t.Fatalf("the escaped handle went back to the pool")
		}
	}
	before := py.Repr(h)
	if !strings.Contains(before, "boom()") {
		t.Fatalf("repr %q", before)
	}
	// A task made now takes a pooled handle: not the escaped one.
	co := py.NewCoroutineSM(benchCode, func(co *py.CoFrame) py.Object { return py.None })
	tk := newTask(TaskType, co, l, py.None, nil)
	l.runOnce()
	if !tk.Done() {
		t.Fatalf("task not done")
	}
	if after := py.Repr(h); after != before {
		t.Fatalf("escaped handle changed: %q -> %q", before, after)
	}
	for _, p := range handlePool {
		if p == h {
			t.Fatalf("the escaped handle is in the pool")
		}
	}
}
