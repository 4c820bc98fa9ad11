package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func builtinFn(name string, f func(a []py.Object) py.Object) py.Object {
	return py.NewBuiltin(name, func(a []py.Object, kw []string) py.Object { return f(a) })
}

func TestCallbacksOrder(t *testing.T) {
	var rec recorder
	run(t, func() {
		logAppend := builtinFn("append", func(a []py.Object) py.Object { rec.add(str(a[0])); return py.None })
		loop := call(A("new_event_loop"))
		t0 := py.Add(meth(loop, "time"), F(0.05))
		for _, i := range []int{3, 1, 4, 1, 5, 9, 2, 6} {
			meth(loop, "call_at", py.Add(t0, F(float64(i)*0.01)), logAppend, S("at+"+str(I(i))))
		}
		for _, n := range "abcdef" {
			meth(loop, "call_at", t0, logAppend, S("tie-"+string(n)))
		}
		h := meth(loop, "call_at", t0, logAppend, S("cancelled tie"))
		meth(h, "cancel")
		meth(loop, "call_soon", logAppend, S("soon-1"))
		h2 := meth(loop, "call_soon", logAppend, S("soon-cancelled"))
		meth(loop, "call_soon", logAppend, S("soon-2"))
		meth(h2, "cancel")
		meth(loop, "call_soon", builtinFn("<lambda>", func([]py.Object) py.Object {
			rec.add("stopper")
			meth(loop, "stop")
			return py.None
		}))
		meth(loop, "call_soon", logAppend, S("after stop in same batch"))
		meth(loop, "call_later", F(0.2), py.GetAttr(loop, "stop"))
		rec.add("handle repr cancelled: " + repr(h2))
		meth(loop, "run_forever")
		rec.add("--- first run_forever returned")
		meth(loop, "call_soon", logAppend, S("leftover scheduled before second run"))
		meth(loop, "run_forever")
		rec.add("--- second run_forever returned")
		rec.add("closed before close: " + str(meth(loop, "is_closed")))
		meth(loop, "close")
		rec.add("closed: " + str(meth(loop, "is_closed")))
	})
	expectPy(t, "callbacks_order", rec.lines)
}
