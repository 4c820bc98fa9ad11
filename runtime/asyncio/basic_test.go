package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestBasicOrder(t *testing.T) {
	var rec recorder
	run(t, func() {
		sleep := A("sleep")
		worker := coroFn("worker", 7, func(a []py.Object) py.Object {
			name := py.StrOf(a[0])
			rec.add(name, "start")
			await(call(sleep, a[1]))
			rec.add(name, "after sleep")
			await(call(sleep, I(0)))
			rec.add(name, "end")
			return a[0]
		})
		main := coroFn("main", 14, func(_ []py.Object) py.Object {
			ct := A("create_task")
			t1 := call(ct, worker(S("a"), F(0.3)))
			t2 := call(ct, worker(S("b"), F(0.05)))
			t3 := call(ct, worker(S("c"), I(0)))
			rec.add("main created", py.StrOf(meth(t1, "get_name")), py.StrOf(meth(t3, "get_name")))
			await(call(sleep, I(0)))
			rec.add("main after sleep0")
			r := await(call(A("gather"), t1, t2, t3))
			rec.add("gather " + py.Repr(r))
			return I(42)
		})
		taskNameCounter = 0
		rec.add(py.StrOf(call(A("run"), main())))
	})
	expectPy(t, "basic_order", rec.lines)
}
