package threading

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestThreadModuleOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) py.Object { return oracle.Call("_thread", n, args...) }
	oracle.Run(t, "import _thread", []oracle.Case{
		{Py: `type(_thread.allocate_lock()), _thread.LockType, _thread.RLock, _thread.error, _thread.TIMEOUT_MAX`, Go: func() py.Object {
			return py.NewTuple(c("allocate_lock").Type(), oracle.Attr("_thread", "LockType"), oracle.Attr("_thread", "RLock"), oracle.Attr("_thread", "error"), oracle.Attr("_thread", "TIMEOUT_MAX"))
		}},
		{Py: `(lambda l: (l.acquire(), l.acquire(False), l.locked(), l.release(), l.locked()))(_thread.allocate_lock())`, Go: func() py.Object {
			l := c("allocate_lock")
			return py.NewTuple(py.CallMethod(l, "acquire"), py.CallMethod(l, "acquire", py.False), py.CallMethod(l, "locked"), py.CallMethod(l, "release"), py.CallMethod(l, "locked"))
		}},
		{Py: `_thread.allocate_lock(1)`, Go: func() py.Object { return c("allocate_lock", py.Int(1)) }},
		{Py: `_thread.start_new_thread(1, ())`, Go: func() py.Object { return c("start_new_thread", py.Int(1), py.NewTuple()) }},
		{Py: `_thread.start_new_thread(len, [])`, Go: func() py.Object { return c("start_new_thread", py.LoadBuiltin("len"), py.NewList()) }},
		{Py: `_thread.start_new_thread(len, (), 1)`, Go: func() py.Object { return c("start_new_thread", py.LoadBuiltin("len"), py.NewTuple(), py.Int(1)) }},
		{Py: `_thread.stack_size(), _thread.stack_size(0)`, Go: func() py.Object { return py.NewTuple(c("stack_size"), c("stack_size", py.Int(0))) }},
		{Py: `_thread.stack_size(100)`, Go: func() py.Object { return c("stack_size", py.Int(100)) }},
		{Py: `_thread.get_ident() == _thread.get_ident(), _thread._count()`, Go: func() py.Object {
			return py.NewTuple(py.Compare(c("get_ident"), c("get_ident"), py.OpEq), c("_count"))
		}},
		{Py: `_thread.exit()`, Go: func() py.Object { return c("exit") }},
	})
	// A thread started with start_new_thread runs and reports its ident.
	l := c("allocate_lock")
	py.CallMethod(l, "acquire")
	var ident py.Object
	fn := py.NewBuiltin("f", func(args []py.Object, kw []string) py.Object {
		ident = c("get_ident")
		py.CallMethod(args[0], "release")
		return py.None
	})
	id := c("start_new_thread", fn, py.NewTuple(l))
	py.CallMethod(l, "acquire")
	if !py.Eq(id, ident) {
		t.Errorf("start_new_thread returned %s, the thread saw %s", py.Repr(id), py.Repr(ident))
	}
}
