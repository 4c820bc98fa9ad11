package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Benchmarks of the hot paths, driven through the Python-level API as
// translated code drives them. bench/micro.py has the same programs for
// CPython; bench/compare.sh prints the ratios.

func benchRun(b *testing.B, body func(n int)) {
	testMu.Lock()
	defer testMu.Unlock()
	py.EnterMain()
	main := coroFn("main", 1, func(_ []py.Object) py.Object {
		b.ResetTimer()
		body(b.N)
		b.StopTimer()
		return py.None
	})
	if e := catch(func() { call(A("run"), main()) }); e != nil {
		b.Fatal(py.FormatTraceback(e))
	}
}

// task create-and-finish: await asyncio.create_task(noop())
func BenchmarkTaskCreateFinish(b *testing.B) {
	noop := coroFn("noop", 1, func(_ []py.Object) py.Object { return py.None })
	benchRun(b, func(n int) {
		ct := A("create_task")
		for i := 0; i < n; i++ {
			await(call(ct, noop()))
		}
	})
}

// one `await asyncio.sleep(0)` round trip through the loop
func BenchmarkSleep0(b *testing.B) {
	benchRun(b, func(n int) {
		sleep := A("sleep")
		zero := I(0)
		for i := 0; i < n; i++ {
			await(call(sleep, zero))
		}
	})
}

// a future resolved by a callback and awaited
func BenchmarkFutureAwait(b *testing.B) {
	benchRun(b, func(n int) {
		loop := call(A("get_running_loop"))
		createFuture, callSoon := py.GetAttr(loop, "create_future"), py.GetAttr(loop, "call_soon")
		one := I(1)
		for i := 0; i < n; i++ {
			fut := call(createFuture)
			call(callSoon, py.GetAttr(fut, "set_result"), one)
			await(fut)
		}
	})
}

// Queue put/get ping-pong between two tasks (one round trip per op)
func BenchmarkQueuePingPong(b *testing.B) {
	benchRun(b, func(n int) {
		q1, q2 := call(A("Queue")), call(A("Queue"))
		pong := coroFn("pong", 1, func(a []py.Object) py.Object {
			for i := 0; i < n; i++ {
				v := await(meth(q1, "get"))
				await(meth(q2, "put", v))
			}
			return py.None
		})
		t := call(A("create_task"), pong())
		one := I(1)
		for i := 0; i < n; i++ {
			await(meth(q1, "put", one))
			await(meth(q2, "get"))
		}
		await(t)
	})
}
