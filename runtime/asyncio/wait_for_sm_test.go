package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestWaitForCompiled(t *testing.T) {
	var rec recorder
	run(t, func() {
		sleep, ct, CE, waitFor := A("sleep"), A("create_task"), A("CancelledError"), A("wait_for")
		isTimeout := func(e *py.BaseException) bool { return py.ExceptionMatches(e, py.TimeoutErrorType) }
		// inner is `async def inner(name, delay, fail=False)`.
		inner := func(name string, delay py.Object, fail bool) *py.Coroutine {
			return smCoro("inner",
				smStep{await: func() py.Object { return py.Call1(sleep, delay) },
					catch: func(e *py.BaseException) {
						if py.ExceptionMatches(e, CE) {
							rec.add(name, "inner cancelled")
						}
						panic(e)
					}},
				smStep{ret: func() py.Object {
					if fail {
						py.Raise(py.NewError(py.ValueErrorType, name))
					}
					return S(name + " result")
				}},
			)
		}
		printResult := func(v py.Object) { rec.add(str(v)) }
		var t1 py.Object
		outer := smCoro("outer", smStep{
			await: func() py.Object { return py.Call2(waitFor, inner("f", I(10), false), I(10)) },
			catch: func(e *py.BaseException) {
				if py.ExceptionMatches(e, CE) {
					rec.add("outer cancelled")
				}
				panic(e)
			}})
		sleep0 := smStep{await: func() py.Object { return py.Call1(sleep, I(0)) }}
		main := smCoro("main",
			smStep{await: func() py.Object { return py.Call2(waitFor, inner("a", I(0), false), py.None) }, then: printResult},
			smStep{await: func() py.Object { return py.Call2(waitFor, inner("b", I(0), false), I(10)) }, then: printResult},
			smStep{await: func() py.Object { return py.Call2(waitFor, inner("c", I(10), false), F(0.01)) },
				catch: func(e *py.BaseException) {
					if !isTimeout(e) {
						panic(e)
					}
					rec.add("c timeout", repr(e), repr(e.Cause))
				}},
			smStep{await: func() py.Object { return py.Call2(waitFor, inner("d", I(10), false), I(0)) },
				catch: func(e *py.BaseException) {
					if !isTimeout(e) {
						panic(e)
					}
					rec.add("d timeout", repr(e.Cause))
				}},
			smStep{await: func() py.Object {
				f := meth(call(A("get_running_loop")), "create_future")
				meth(f, "set_result", S("done future"))
				return py.Call2(waitFor, f, I(-1))
			}, then: printResult},
			smStep{await: func() py.Object { return py.Call2(waitFor, inner("e", I(0), true), I(10)) },
				catch: func(e *py.BaseException) {
					if !py.ExceptionMatches(e, py.ValueErrorType) {
						panic(e)
					}
					rec.add("e raised", repr(e))
				}},
			smStep{do: func() { t1 = call(ct, outer) }},
			sleep0, sleep0,
			smStep{do: func() { meth(t1, "cancel") },
				await: func() py.Object { return t1 },
				catch: func(e *py.BaseException) {
					if !py.ExceptionMatches(e, CE) {
						panic(e)
					}
					rec.add("outer task cancelled", repr(meth(t1, "cancelled")))
				}},
		)
		call(A("run"), main)
	})
	expectPy(t, "wait_for_sm", rec.lines)
}
