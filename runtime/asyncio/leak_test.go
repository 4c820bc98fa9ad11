package asyncio

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// After Runner.close() no goroutine of the runtime is left: executor
// workers, the SIGINT watcher, coroutine stacks of cancelled tasks, timers.
func TestNoGoroutinesAfterRunnerClose(t *testing.T) {
	run(t, func() {}) // initialise the module outside the measurement
	before := runtime.NumGoroutine()
	run(t, func() {
		blocking := py.NewBuiltin("blocking", func(a []py.Object, kw []string) py.Object {
			py.WithoutGIL(func() { time.Sleep(5 * time.Millisecond) })
			return a[0]
		})
		forever := coroFn("forever", 3, func(_ []py.Object) py.Object {
			await(call(A("sleep"), I(3600)))
			return py.None
		})
		main := coroFn("main", 7, func(_ []py.Object) py.Object {
			call(A("create_task"), forever())
			r := await(call(A("gather"), call(A("to_thread"), blocking, I(1)), call(A("to_thread"), blocking, I(2))))
			if repr(r) != "[1, 2]" {
				t.Errorf("gather of to_thread = %s", repr(r))
			}
			loop := call(A("get_running_loop"))
			ex := call(py.GetAttr(py.Import("concurrent.futures"), "ThreadPoolExecutor"), I(2))
			await(meth(loop, "run_in_executor", ex, blocking, I(3)))
			meth(ex, "shutdown")
			return py.None
		})
		runner := call(A("Runner"))
		meth(runner, "run", main())
		meth(runner, "close")
	})
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		buf = buf[:runtime.Stack(buf, true)]
		var ours []string
		for _, g := range strings.Split(string(buf), "\n\n") {
			if strings.Contains(g, "py2goasync") {
				ours = append(ours, g)
			}
		}
		t.Fatalf("%d goroutines left after Runner.close() (before: %d):\n%s", n, before, strings.Join(ours, "\n\n"))
	}
}
