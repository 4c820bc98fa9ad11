package threading_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/threading"
)

func TestThreadsRunAndJoin(t *testing.T) {
	py.EnterMain()
	m := py.Import("threading")
	var order []string
	lock := py.Call(py.GetAttr(m, "Lock"))
	ev := py.Call(py.GetAttr(m, "Event"))
	worker := py.NewBuiltin("worker", func(args []py.Object, kw []string) py.Object {
		py.CallMethod(ev, "wait")
		py.CallMethod(lock, "acquire")
		order = append(order, "worker "+py.StrOf(args[0])+" in "+py.StrOf(py.GetAttr(py.Call(py.GetAttr(m, "current_thread")), "name")))
		py.CallMethod(lock, "release")
		return py.None
	})
	var threads []py.Object
	for i := 0; i < 3; i++ {
		th := py.CallKw(py.GetAttr(m, "Thread"), []py.Object{worker, py.NewTuple(py.Int(i)), py.Str("w" + py.Repr(py.Int(i)))}, []string{"target", "args", "name"})
		py.CallMethod(th, "start")
		threads = append(threads, th)
	}
	order = append(order, "main")
	py.CallMethod(ev, "set")
	for _, th := range threads {
		py.CallMethod(th, "join")
		if py.Truth(py.CallMethod(th, "is_alive")) {
			t.Fatal("thread alive after join")
		}
	}
	if len(order) != 4 || order[0] != "main" {
		t.Fatalf("order = %v", order)
	}
	for _, o := range order[1:] {
		if o != "worker 0 in w0" && o != "worker 1 in w1" && o != "worker 2 in w2" {
			t.Fatalf("bad entry %q", o)
		}
	}
	main := py.Call(py.GetAttr(m, "main_thread"))
	if py.StrOf(py.GetAttr(main, "name")) != "MainThread" || py.Call(py.GetAttr(m, "current_thread")) != main {
		t.Fatal("main thread")
	}
	if got := py.Repr(py.CallKw(py.GetAttr(ev, "wait"), []py.Object{py.Float(0.01)}, []string{"timeout"})); got != "True" {
		t.Fatal(got)
	}
	py.CallMethod(ev, "clear")
	if got := py.Repr(py.CallMethod(ev, "wait", py.Float(0.01))); got != "False" {
		t.Fatal(got)
	}
	if got := py.Repr(py.CallMethod(lock, "acquire", py.False)); got != "True" {
		t.Fatal(got)
	}
	if got := py.Repr(py.CallMethod(lock, "acquire", py.False)); got != "False" {
		t.Fatal(got)
	}
	py.CallMethod(lock, "release")
}
