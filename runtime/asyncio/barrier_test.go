package asyncio

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestBarrier(t *testing.T) {
	var rec recorder
	run(t, func() {
		sleep := A("sleep")
		party := coroFn("party", 8, func(a []py.Object) py.Object {
			b, name := a[0], str(a[1])
			await(call(sleep, a[2]))
			rec.add(name + " arrives, n_waiting=" + str(py.GetAttr(b, "n_waiting")))
			i := await(meth(b, "wait"))
			rec.add(name + " passes with index " + str(i))
			return py.None
		})
		main := coroFn("main", 14, func(_ []py.Object) py.Object {
			b := call(A("Barrier"), I(3))
			r := repr(b)
			rec.add(strings.Split(r, " at ")[0] + " " + strings.SplitN(r, "[", 2)[1])
			await(call(A("gather"), party(b, S("a"), F(0.02)), party(b, S("b"), F(0)), party(b, S("c"), F(0.04))))
			await(call(A("gather"), party(b, S("d"), F(0)), party(b, S("e"), F(0)), party(b, S("f"), F(0))))
			tk := call(A("create_task"), party(b, S("g"), I(0)))
			await(call(sleep, F(0.01)))
			await(meth(b, "abort"))
			try(func() { await(tk) }, A("BrokenBarrierError"), func(e *py.BaseException) {
				rec.add("g: BrokenBarrierError " + str(e))
			}, nil)
			rec.add("broken: " + str(py.GetAttr(b, "broken")))
			return py.None
		})
		call(A("run"), main())
	})
	expectPy(t, "barrier", rec.lines)
}
