package asyncio

import (
	"testing"
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestThreads(t *testing.T) {
	var rec recorder
	run(t, func() {
		sleepGo := func(d time.Duration) { py.WithoutGIL(func() { time.Sleep(d) }) }
		blocking := builtinFn("blocking", func(a []py.Object) py.Object {
			sleepGo(50 * time.Millisecond)
			return py.Mul(a[0], I(2))
		})
		logAppend := builtinFn("append", func(a []py.Object) py.Object { rec.add(str(a[0])); return py.None })
		coroInLoop := coroFn("coro_in_loop", 14, func(_ []py.Object) py.Object {
			await(call(A("sleep"), F(0.01)))
			return S("from loop")
		})
		main := coroFn("main", 18, func(_ []py.Object) py.Object {
			loop := call(A("get_running_loop"))
			tk := call(A("create_task"), call(A("to_thread"), blocking, I(1)))
			rec.add("created")
			await(call(A("sleep"), I(0)))
			rec.add("main continues while the thread sleeps")
			rec.add("to_thread: " + str(await(tk)))
			r := await(call(A("gather"), meth(loop, "run_in_executor", py.None, blocking, I(2)), call(A("to_thread"), blocking, I(3))))
			rec.add("gather: " + str(r))
			fromThread := builtinFn("from_thread", func([]py.Object) py.Object {
				sleepGo(20 * time.Millisecond)
				meth(loop, "call_soon_threadsafe", logAppend, S("threadsafe callback"))
				fut := call(A("run_coroutine_threadsafe"), coroInLoop(), loop)
				return meth(fut, "result")
			})
			rec.add("run_coroutine_threadsafe: " + str(await(call(A("to_thread"), fromThread))))
			ex := callKw(py.GetAttr(py.Import("concurrent.futures"), "ThreadPoolExecutor"), nil, "max_workers", I(2))
			asyncWithSync(ex, func() {
				var aws []py.Object
				for i := 0; i < 4; i++ {
					aws = append(aws, meth(loop, "run_in_executor", ex, blocking, I(i)))
				}
				r = await(call(A("gather"), aws...))
			})
			rec.add("pool: " + str(r))
			await(meth(loop, "shutdown_default_executor"))
			try(func() { meth(loop, "run_in_executor", py.None, blocking, I(1)) }, py.RuntimeErrorType, func(e *py.BaseException) {
				rec.add("after shutdown: " + str(e))
			}, nil)
			return py.None
		})
		call(A("run"), main())
	})
	expectPy(t, "threads", rec.lines)
}
