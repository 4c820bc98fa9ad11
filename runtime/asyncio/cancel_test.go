package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestCancelOrder(t *testing.T) {
	var rec recorder
	run(t, func() {
		sleep, ct, CE := A("sleep"), A("create_task"), A("CancelledError")
		sleeper := coroFn("sleeper", 9, func(a []py.Object) py.Object {
			name := str(a[0])
			var r py.Object = py.None
			try(func() {
				await(call(sleep, a[1]))
				rec.add(name, "woke")
				r = a[0]
			}, CE, func(e *py.BaseException) {
				rec.add(name, "cancelled", repr(py.GetAttr(e, "args")))
				py.Reraise()
			}, func() { rec.add(name, "finally") })
			return r
		})
		stubborn := coroFn("stubborn", 20, func(a []py.Object) py.Object {
			try(func() { await(call(sleep, I(1))) }, CE, func(*py.BaseException) { rec.add("stubborn caught") }, nil)
			await(call(sleep, I(0)))
			rec.add("stubborn continues")
			return S("stubborn done")
		})
		main := coroFn("main", 28, func(_ []py.Object) py.Object {
			a := call(ct, sleeper(S("a"), F(0.3)))
			b := call(ct, sleeper(S("b"), F(0.05)))
			c := call(ct, sleeper(S("c"), F(0.05)))
			s := call(ct, stubborn())
			await(call(sleep, I(0)))
			rec.add("cancel a: " + str(meth(a, "cancel", S("stop a"))))
			rec.add("cancel s: " + str(meth(s, "cancel")))
			rec.add("a cancelling: " + str(meth(a, "cancelling")))
			rec.add("a done: " + str(meth(a, "done")))
			await(call(sleep, F(0.15)))
			rec.add("b: " + str(meth(b, "result")) + " c done " + str(meth(c, "done")))
			rec.add("a cancelled: " + str(meth(a, "cancelled")))
			try(func() { meth(a, "result") }, CE, func(e *py.BaseException) {
				rec.add("a.result raised " + repr(py.GetAttr(e, "args")))
			}, nil)
			rec.add("s result: " + str(await(s)))
			rec.add("s cancelling: " + str(meth(s, "cancelling")) + " uncancel " + str(meth(s, "uncancel")))
			rec.add("cancel done task: " + str(meth(b, "cancel")))
			tk := call(ct, sleeper(S("t"), I(0)))
			meth(tk, "cancel")
			rec.add("t cancel before start; done=" + str(meth(tk, "done")))
			try(func() { await(tk) }, CE, func(*py.BaseException) { rec.add("awaiting t raised CancelledError") }, nil)
			return py.None
		})
		call(A("run"), main())
	})
	expectPy(t, "cancel_order", rec.lines)
}
