package asyncio

import (
	"fmt"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// smStep is one statement of a compiled coroutine built by smCoro: when
// (if set) guards it; do runs first; await (if set) gives the awaitable,
// whose result goes to then; catch (if set) receives an exception the
// await raised instead of letting it propagate (py.CoFrame.StepCatch);
// ret (if set) ends the coroutine with its value.
type smStep struct {
	when  func() bool
	do    func()
	await func() py.Object
	then  func(v py.Object)
	catch func(e *py.BaseException)
	ret   func() py.Object
}

// smCoro makes a compiled (stackless) coroutine running steps in order,
// suspending at each await as translated code does.
func smCoro(name string, steps ...smStep) *py.Coroutine {
	code := &py.Code{Name: name, Qualname: name, Module: "__main__", File: "/t/main.py", Line: 1}
	i := 0
	return py.NewCoroutineSM(code, func(co *py.CoFrame) py.Object {
		for ; i < len(steps); i++ {
			st := steps[i]
			if co.PC != int32(i+1) {
				if st.when != nil && !st.when() {
					continue
				}
				if st.do != nil {
					st.do()
				}
				if st.await == nil {
					if st.ret != nil {
						return st.ret()
					}
					continue
				}
				co.Await(int32(i+1), st.await())
			}
			var exc *py.BaseException
			if st.catch != nil {
				var suspended bool
				if suspended, exc = co.StepCatch(); suspended {
					return py.CoSuspend
				}
			} else if co.Step() {
				return py.CoSuspend
			}
			co.PC = 0
			if exc != nil {
				st.catch(exc)
			} else if st.then != nil {
				st.then(co.Value)
			}
			if st.ret != nil {
				i++
				return st.ret()
			}
		}
		return py.None
	})
}

func TestLocksCompiled(t *testing.T) {
	var rec recorder
	say := func(parts ...any) {
		s := fmt.Sprint(parts[0])
		for _, p := range parts[1:] {
			s += " " + fmt.Sprint(p)
		}
		rec.add(s)
	}
	run(t, func() {
		sleep, ct, CE := A("sleep"), A("create_task"), A("CancelledError")
		sleep0 := smStep{await: func() py.Object { return py.Call1(sleep, I(0)) }}
		isCE := func(e *py.BaseException) bool { return py.ExceptionMatches(e, CE) }
		locked := func(o py.Object) string { return repr(meth(o, "locked")) }
		// awaitTasks is `for t in ts: try: await t; print(done) except
		// CancelledError: print(cancelled)`.
		awaitTasks := func(ts *[]py.Object, n int, done, cancelled string) []smStep {
			var steps []smStep
			for i := 0; i < n; i++ {
				i := i
				steps = append(steps, smStep{
					await: func() py.Object { return (*ts)[i] },
					then: func(py.Object) {
						if done != "" {
							say(done)
						}
					},
					catch: func(e *py.BaseException) {
						if !isCE(e) {
							panic(e)
						}
						say(cancelled)
					},
				})
			}
			return steps
		}
		// asyncWith is `async with cm: body` where the body's exception,
		// if any, is in *exc when the body ends.
		asyncWith := func(cm py.Object, exc **py.BaseException, body ...smStep) []smStep {
			steps := []smStep{{await: func() py.Object { return meth(cm, "__aenter__") }}}
			steps = append(steps, body...)
			steps = append(steps,
				smStep{await: func() py.Object { return meth(cm, "__aexit__", py.None, py.None, py.None) }},
				smStep{when: func() bool { return *exc != nil }, do: func() { panic(*exc) }})
			return steps
		}

		// Lock.
		lock := call(A("Lock"))
		lw := func(name string) *py.Coroutine {
			return smCoro("lw",
				smStep{do: func() { say(name, "wait") },
					await: func() py.Object { return meth(lock, "acquire") },
					then:  func(r py.Object) { say(name, "got", repr(r), locked(lock)) },
					catch: func(e *py.BaseException) {
						if isCE(e) {
							say(name, "cancelled", locked(lock))
						}
						panic(e)
					}},
				sleep0,
				smStep{do: func() { meth(lock, "release"); say(name, "released") }},
			)
		}
		var ts, ets, sts, cts []py.Object
		var noExc *py.BaseException
		steps := []smStep{
			{await: func() py.Object { return meth(lock, "acquire") }},
			{do: func() {
				for _, n := range []string{"a", "b", "c", "d"} {
					ts = append(ts, call(ct, lw(n)))
				}
			}},
			sleep0,
			{do: func() { meth(ts[1], "cancel") }},
			sleep0,
			{do: func() { meth(lock, "release"); meth(ts[0], "cancel") }},
		}
		steps = append(steps, awaitTasks(&ts, 4, "lock task done", "lock task cancelled")...)
		steps = append(steps, asyncWith(lock, &noExc, smStep{do: func() { say("with", locked(lock)) }})...)
		steps = append(steps, smStep{do: func() { say("after with", locked(lock)) }})

		// Event.
		ev := call(A("Event"))
		ew := func(name string) *py.Coroutine {
			return smCoro("ew", smStep{
				await: func() py.Object { return meth(ev, "wait") },
				then:  func(r py.Object) { say(name, "event", repr(r)) },
				catch: func(e *py.BaseException) {
					if isCE(e) {
						say(name, "event cancelled")
					}
					panic(e)
				}})
		}
		steps = append(steps,
			smStep{do: func() {
				for _, n := range []string{"e1", "e2", "e3"} {
					ets = append(ets, call(ct, ew(n)))
				}
			}},
			sleep0,
			smStep{do: func() { meth(ets[1], "cancel") }},
			sleep0,
			smStep{do: func() { meth(ev, "set"); say("set") }},
			sleep0,
			smStep{await: func() py.Object { return meth(ev, "wait") }, then: func(r py.Object) { say("immediate", repr(r)) }},
		)

		// Semaphore.
		sem := call(A("Semaphore"), I(1))
		sw := func(name string) *py.Coroutine {
			return smCoro("sw", smStep{
				await: func() py.Object { return meth(sem, "acquire") },
				then: func(py.Object) {
					say(name, "sem got", locked(sem))
					meth(sem, "release")
				},
				catch: func(e *py.BaseException) {
					if isCE(e) {
						say(name, "sem cancelled", locked(sem))
					}
					panic(e)
				}})
		}
		bs := call(A("BoundedSemaphore"), I(1))
		steps = append(steps,
			smStep{await: func() py.Object { return meth(sem, "acquire") }},
			smStep{do: func() {
				for _, n := range []string{"s1", "s2", "s3"} {
					sts = append(sts, call(ct, sw(n)))
				}
			}},
			sleep0,
			smStep{do: func() { meth(sem, "release"); meth(sts[0], "cancel") }},
		)
		steps = append(steps, awaitTasks(&sts, 3, "", "sem task cancelled")...)
		steps = append(steps, asyncWith(sem, &noExc, smStep{do: func() { say("sem with", locked(sem)) }})...)
		steps = append(steps, asyncWith(bs, &noExc)...)
		steps = append(steps, smStep{do: func() {
			if e := catch(func() { meth(bs, "release") }); e != nil {
				say("bounded", str(e))
			}
		}})

		// Condition.
		cond := call(A("Condition"))
		state := py.NewList()
		cw := func(name string) *py.Coroutine {
			var exc *py.BaseException
			return smCoro("cw", asyncWith(cond, &exc, smStep{
				await: func() py.Object { return meth(cond, "wait") },
				then:  func(r py.Object) { say(name, "cond woke", repr(r), locked(cond)) },
				catch: func(e *py.BaseException) {
					if isCE(e) {
						say(name, "cond cancelled", locked(cond))
					}
					exc = e
				}})...)
		}
		pred := builtinFn("<lambda>", func([]py.Object) py.Object {
			if len(state.Items) > 1 {
				return state
			}
			return py.False
		})
		cwf := func(name string) *py.Coroutine {
			var exc *py.BaseException
			return smCoro("cwf", asyncWith(cond, &exc, smStep{
				await: func() py.Object { return meth(cond, "wait_for", pred) },
				then:  func(r py.Object) { say(name, "wait_for", repr(r)) },
				catch: func(e *py.BaseException) { exc = e },
			})...)
		}
		steps = append(steps,
			smStep{do: func() { cts = []py.Object{call(ct, cw("c1")), call(ct, cw("c2")), call(ct, cwf("c3"))} }},
			sleep0)
		steps = append(steps, asyncWith(cond, &noExc, smStep{do: func() {
			meth(cond, "notify", I(1))
			state.Items = append(state.Items, I(1))
			say("notified one")
		}})...)
		steps = append(steps, sleep0, smStep{do: func() { meth(cts[1], "cancel") }}, sleep0)
		steps = append(steps, asyncWith(cond, &noExc, smStep{do: func() {
			state.Items = append(state.Items, I(2))
			meth(cond, "notify_all")
			say("notified all")
		}})...)
		steps = append(steps, awaitTasks(&cts, 3, "", "cond task cancelled")...)
		steps = append(steps, smStep{
			await: func() py.Object { return meth(cond, "wait") },
			catch: func(e *py.BaseException) { say("error", str(e)) }})

		// Queue.join.
		q := call(A("Queue"))
		var jt py.Object
		joiner := smCoro("joiner", smStep{
			await: func() py.Object { return meth(q, "join") },
			then:  func(py.Object) { say("joined", str(meth(q, "qsize"))) }})
		steps = append(steps,
			smStep{do: func() {
				meth(q, "put_nowait", S("x"))
				meth(q, "put_nowait", S("y"))
				jt = call(ct, joiner)
			}},
			sleep0,
			smStep{do: func() { say("got", str(meth(q, "get_nowait"))); meth(q, "task_done") }},
			sleep0,
			smStep{do: func() { say("got", str(meth(q, "get_nowait"))); meth(q, "task_done") }},
			smStep{await: func() py.Object { return jt }},
			smStep{await: func() py.Object { return meth(q, "join") }, then: func(py.Object) { say("join again") }},
		)
		call(A("run"), smCoro("main", steps...))
	})
	expectPy(t, "locks_sm", rec.lines)
}
