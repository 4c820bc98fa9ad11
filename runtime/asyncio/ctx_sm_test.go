package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestTimeoutTaskGroupToThreadCompiled(t *testing.T) {
	var rec recorder
	run(t, func() {
		sleep := A("sleep")
		blocking := builtinFn("blocking", func(a []py.Object) py.Object { return py.Int(a[0].(py.Int) * 2) })
		var to1, to2, tg, t1, t2 py.Object
		var bodyExc *py.BaseException
		main := smCoro("main",
			// async with asyncio.timeout(10) as t: await asyncio.sleep(0)
			smStep{await: func() py.Object { to1 = call(A("timeout"), I(10)); return meth(to1, "__aenter__") }},
			smStep{await: func() py.Object { return py.Call1(sleep, I(0)) },
				then: func(py.Object) { rec.add("in time", repr(meth(to1, "expired"))) }},
			smStep{await: func() py.Object { return meth(to1, "__aexit__", py.None, py.None, py.None) }},
			// try: async with asyncio.timeout(0.01) as t: await asyncio.sleep(10)
			// except TimeoutError: ...
			smStep{await: func() py.Object { to2 = call(A("timeout"), F(0.01)); return meth(to2, "__aenter__") }},
			smStep{await: func() py.Object { return py.Call1(sleep, I(10)) },
				catch: func(e *py.BaseException) { bodyExc = e }},
			smStep{await: func() py.Object {
				var et py.Object = py.None
				var ev py.Object = py.None
				if bodyExc != nil {
					et, ev = bodyExc.Type(), bodyExc
				}
				return meth(to2, "__aexit__", et, ev, py.None)
			},
				then: func(r py.Object) {
					if bodyExc != nil && !py.Truth(r) {
						panic(bodyExc)
					}
				},
				catch: func(e *py.BaseException) {
					if !py.ExceptionMatches(e, py.TimeoutErrorType) {
						panic(e)
					}
					rec.add("timed out", repr(meth(to2, "expired")))
				}},
			smStep{await: func() py.Object { return py.Call2(A("to_thread"), blocking, I(21)) },
				then: func(v py.Object) { rec.add("to_thread", repr(v)) }},
			// async with asyncio.TaskGroup() as tg: ...
			smStep{await: func() py.Object { tg = call(A("TaskGroup")); return meth(tg, "__aenter__") }},
			smStep{do: func() {
				t1 = meth(tg, "create_task", call(sleep, I(0), S("one")))
				t2 = meth(tg, "create_task", call(sleep, I(0), S("two")))
			}, await: func() py.Object { return meth(tg, "__aexit__", py.None, py.None, py.None) },
				then: func(py.Object) { rec.add("group", str(meth(t1, "result")), str(meth(t2, "result"))) }},
		)
		call(A("run"), main)
	})
	expectPy(t, "ctx_sm", rec.lines)
}
