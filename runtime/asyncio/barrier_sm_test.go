package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestBarrierCompiled(t *testing.T) {
	var rec recorder
	run(t, func() {
		sleep, ct, CE, BBE := A("sleep"), A("create_task"), A("CancelledError"), A("BrokenBarrierError")
		b := call(A("Barrier"), I(2))
		attr := func(name string) string { return repr(py.GetAttr(b, name)) }
		sleep0 := smStep{await: func() py.Object { return py.Call1(sleep, I(0)) }}
		p := func(name string) *py.Coroutine {
			return smCoro("p", smStep{
				await: func() py.Object { return meth(b, "wait") },
				then:  func(i py.Object) { rec.add(name, "index", repr(i), attr("n_waiting")) },
				catch: func(e *py.BaseException) {
					switch {
					case py.ExceptionMatches(e, CE):
						rec.add(name, "cancelled", attr("n_waiting"), attr("broken"))
					case py.ExceptionMatches(e, BBE):
						rec.add(name, "broken", repr(e))
					}
					panic(e)
				}})
		}
		q := func(name string) *py.Coroutine {
			return smCoro("q",
				smStep{await: func() py.Object { return meth(b, "__aenter__") },
					then: func(i py.Object) { rec.add(name, "in with", repr(i)) }},
				smStep{await: func() py.Object { return meth(b, "__aexit__", py.None, py.None, py.None) }})
		}
		waitTask := func(t *py.Object, what string) smStep {
			return smStep{
				await: func() py.Object { return *t },
				then:  func(py.Object) { rec.add(what, "done") },
				catch: func(e *py.BaseException) {
					switch {
					case py.ExceptionMatches(e, CE):
						rec.add(what, "cancelled")
					case py.ExceptionMatches(e, BBE):
						rec.add(what, "broken")
					default:
						panic(e)
					}
				}}
		}
		var t1, t2, t3, t4, t5, t6, t7 py.Object
		main := smCoro("main",
			smStep{do: func() { t1, t2 = call(ct, p("a")), call(ct, p("b")) }},
			waitTask(&t1, "a"), waitTask(&t2, "b"),
			smStep{do: func() { t3 = call(ct, p("c")) }},
			sleep0,
			smStep{do: func() { rec.add("waiting", attr("n_waiting")); meth(t3, "cancel") }},
			waitTask(&t3, "c"),
			smStep{do: func() {
				rec.add("after cancel", attr("n_waiting"), attr("broken"))
				t4, t5 = call(ct, q("d")), call(ct, q("e"))
			}},
			waitTask(&t4, "d"), waitTask(&t5, "e"),
			smStep{do: func() { t6 = call(ct, p("f")) }},
			sleep0,
			smStep{await: func() py.Object { return meth(b, "reset") }, then: func(py.Object) { rec.add("reset", attr("n_waiting")) }},
			waitTask(&t6, "f"),
			smStep{do: func() {
				rec.add("after reset", attr("n_waiting"), attr("broken"))
				t7 = call(ct, p("g"))
			}},
			sleep0,
			smStep{await: func() py.Object { return meth(b, "abort") }},
			waitTask(&t7, "g"),
			smStep{do: func() { rec.add("aborted", attr("broken")) },
				await: func() py.Object { return meth(b, "wait") },
				catch: func(e *py.BaseException) {
					if !py.ExceptionMatches(e, BBE) {
						panic(e)
					}
					rec.add("wait on broken:", str(e))
				}},
		)
		call(A("run"), main)
	})
	expectPy(t, "barrier_sm", rec.lines)
}
