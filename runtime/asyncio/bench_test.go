package asyncio

import (
	"runtime/debug"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Benchmarks of the hot paths, driven through the Python-level API as
// translated code drives them: the coroutines are state machines of the
// shape the translator emits for bench/micro.py's async defs (see
// py.CoFrame). bench/micro.py has the same programs for CPython;
// bench/compare.sh prints the ratios.

var benchCode = &py.Code{Name: "bench", Qualname: "bench", Module: "__main__", File: "/t/main.py", Line: 1}

// benchRun runs main as the main coroutine of asyncio.run, timing only
// its loop; main gets b.N.
func benchRun(b *testing.B, main func(n int) *py.Coroutine) {
	testMu.Lock()
	defer testMu.Unlock()
	py.EnterMain()
	py.TuneGC()
	defer debug.SetGCPercent(100)
	b.ResetTimer()
	if e := catch(func() { call(A("run"), main(b.N)) }); e != nil {
		b.Fatal(py.FormatTraceback(e))
	}
	b.StopTimer()
}

// loopAwaiting is `for i in range(n): await next()` as a compiled coroutine.
func loopAwaiting(n int, next func() py.Object) *py.Coroutine {
	var i int
	return py.NewCoroutineSM(benchCode, func(co *py.CoFrame) py.Object {
		if co.PC == 1 {
			goto resume
		}
	loop:
		if i >= n {
			return py.None
		}
		co.Await(1, next())
	resume:
		if co.Step() {
			return py.CoSuspend
		}
		i++
		goto loop
	})
}

// task create-and-finish: await asyncio.create_task(noop())
func BenchmarkTaskCreateFinish(b *testing.B) {
	noop := func() py.Object {
		return py.NewCoroutineSM(benchCode, func(co *py.CoFrame) py.Object { return py.None })
	}
	benchRun(b, func(n int) *py.Coroutine {
		ct := A("create_task")
		return loopAwaiting(n, func() py.Object { return py.Call1(ct, noop()) })
	})
}

// one `await asyncio.sleep(0)` round trip through the loop
func BenchmarkSleep0(b *testing.B) {
	benchRun(b, func(n int) *py.Coroutine {
		sleep, zero := A("sleep"), I(0)
		return loopAwaiting(n, func() py.Object { return py.Call1(sleep, zero) })
	})
}

// a future resolved by a callback and awaited
func BenchmarkFutureAwait(b *testing.B) {
	benchRun(b, func(n int) *py.Coroutine {
		one := I(1)
		var loop py.Object
		var icCreate, icCallSoon, icSetResult py.AttrCache
		return loopAwaiting(n, func() py.Object {
			if loop == nil {
				loop = call(A("get_running_loop"))
			}
			// fut = loop.create_future(); loop.call_soon(fut.set_result, 1)
			fut := py.CallMethodIC0(loop, "create_future", &icCreate)
			py.CallMethodIC2(loop, "call_soon", &icCallSoon, py.GetAttrIC(fut, "set_result", &icSetResult), one)
			return fut
		})
	})
}

// Queue put/get ping-pong between two tasks (one round trip per op)
func BenchmarkQueuePingPong(b *testing.B) {
	benchRun(b, func(n int) *py.Coroutine {
		q1, q2 := call(A("Queue")), call(A("Queue"))
		// pong: for _ in range(n): v = await q1.get(); await q2.put(v)
		var i int
		var v py.Object
		var icGet, icPut, icGet2, icPut2 py.AttrCache
		pong := py.NewCoroutineSM(benchCode, func(co *py.CoFrame) py.Object {
			switch co.PC {
			case 1:
				goto got
			case 2:
				goto put
			}
		loop:
			if i >= n {
				return py.None
			}
			co.AwaitMethodIC0(1, q1, "get", &icGet)
		got:
			if co.Step() {
				return py.CoSuspend
			}
			v = co.Value
			co.AwaitMethodIC1(2, q2, "put", &icPut, v)
		put:
			if co.Step() {
				return py.CoSuspend
			}
			i++
			goto loop
		})
		// main: t = create_task(pong()); for _ in range(n): await q1.put(1); await q2.get(); await t
		var j int
		var t py.Object
		one := I(1)
		return py.NewCoroutineSM(benchCode, func(co *py.CoFrame) py.Object {
			switch co.PC {
			case 1:
				goto put
			case 2:
				goto got
			case 3:
				goto joined
			}
			t = call(A("create_task"), pong)
		loop:
			if j >= n {
				goto join
			}
			co.AwaitMethodIC1(1, q1, "put", &icPut2, one)
		put:
			if co.Step() {
				return py.CoSuspend
			}
			co.AwaitMethodIC0(2, q2, "get", &icGet2)
		got:
			if co.Step() {
				return py.CoSuspend
			}
			j++
			goto loop
		join:
			co.Await(3, t)
		joined:
			if co.Step() {
				return py.CoSuspend
			}
			return py.None
		})
	})
}

// `async with lock:` on a free lock, as the translator spells it (the
// body's try statement left out: it suspends nowhere)
func BenchmarkAsyncWithLock(b *testing.B) {
	benchRun(b, func(n int) *py.Coroutine {
		lock := call(A("Lock"))
		var i int
		var exit, enter py.Object
		var wc py.WithCache
		return py.NewCoroutineSM(benchCode, func(co *py.CoFrame) py.Object {
			switch co.PC {
			case 1:
				goto entered
			case 2:
				goto exited
			}
		loop:
			if i >= n {
				return py.None
			}
			exit, enter = py.AsyncWithEnter(lock, &wc)
			co.Await(1, enter)
		entered:
			if co.Step() {
				return py.CoSuspend
			}
			co.Await(2, py.ExitWith(exit, lock, nil))
		exited:
			if co.Step() {
				return py.CoSuspend
			}
			i++
			goto loop
		})
	})
}
