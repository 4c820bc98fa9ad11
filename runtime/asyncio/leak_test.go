package asyncio

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// otherGoroutines lists the stacks of goroutines other than the testing
// framework's and os/signal's process-wide watcher (started by the first
// signal.Notify and never stopped, by design of package os/signal).
func otherGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		switch {
		case strings.Contains(g, "testing.(*T).Run("), strings.Contains(g, "testing.tRunner("),
			strings.Contains(g, "os/signal.loop()"), strings.Contains(g, "testing.(*M)."):
			continue
		}
		out = append(out, g)
	}
	return out
}

// After Runner.close() no goroutine of the runtime is left: executor
// workers, the SIGINT watcher, coroutine stacks of cancelled tasks, timers,
// pipe readers and process waiters.
func TestNoGoroutinesAfterRunnerClose(t *testing.T) {
	run(t, func() {}) // initialise the module outside the measurement
	before := len(otherGoroutines())
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
			p := await(callKw(A("create_subprocess_exec"), []py.Object{S("echo"), S("hi")}, "stdout", py.GetAttr(A("subprocess"), "PIPE")))
			await(meth(p, "communicate"))
			return py.None
		})
		runner := call(A("Runner"))
		meth(runner, "run", main())
		meth(runner, "close")
	})
	deadline := time.Now().Add(2 * time.Second)
	for len(otherGoroutines()) > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if left := otherGoroutines(); len(left) > before {
		t.Fatalf("%d goroutines left after Runner.close() (before: %d):\n%s", len(left), before, strings.Join(left, "\n\n"))
	}
}
