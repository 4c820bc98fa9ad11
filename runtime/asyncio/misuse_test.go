package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestMisuse(t *testing.T) {
	var rec recorder
	run(t, func() {
		errf := func(f py.Object, args ...py.Object) {
			if e := catch(func() { call(f, args...) }); e != nil {
				rec.add(e.Type().Name + ": " + str(e))
			} else {
				rec.add("no error")
			}
		}
		nothing := coroFn("nothing", 15, func(_ []py.Object) py.Object { return I(1) })
		inside := coroFn("inside", 18, func(_ []py.Object) py.Object {
			loop := call(A("get_running_loop"))
			c := nothing()
			errf(A("run"), c)
			c.Close()
			c = nothing()
			errf(py.GetAttr(loop, "run_until_complete"), c)
			c.Close()
			errf(py.GetAttr(loop, "run_forever"))
			errf(py.GetAttr(loop, "close"))
			f := meth(loop, "create_future")
			errf(py.GetAttr(f, "result"))
			errf(py.GetAttr(f, "exception"))
			meth(f, "set_result", I(1))
			errf(py.GetAttr(f, "set_result"), I(2))
			errf(py.GetAttr(call(A("current_task")), "set_result"), I(1))
			errf(A("create_task"), I(42))
			try(func() { await(call(A("wait"), py.NewList())) }, py.ValueErrorType, func(e *py.BaseException) {
				rec.add("wait([]): " + str(e))
			}, nil)
			c = nothing()
			try(func() { await(call(A("wait"), py.NewList(c))) }, py.TypeErrorType, func(e *py.BaseException) {
				rec.add("wait([coro]): " + str(e))
			}, nil)
			c.Close()
			try(func() { await(call(A("gather"), py.NewList(I(1), I(2)))) }, py.TypeErrorType, func(e *py.BaseException) {
				rec.add("gather(list): " + str(e))
			}, nil)
			return py.None
		})
		errf(A("get_running_loop"))
		errf(A("run"), I(42))
		call(A("run"), inside())
		r := call(A("Runner"))
		meth(r, "close")
		errf(py.GetAttr(r, "run"), nothing())
		errf(py.GetAttr(r, "get_loop"))
		loop := call(A("new_event_loop"))
		meth(loop, "close")
		meth(loop, "close")
		errf(py.GetAttr(loop, "call_soon"), builtinFn("print", func([]py.Object) py.Object { return py.None }))
		c := nothing()
		errf(py.GetAttr(loop, "run_until_complete"), c)
		c.Close()
		call(A("set_event_loop"), py.None)
		errf(A("get_event_loop"))
	})
	expectPy(t, "misuse", rec.lines)
}
