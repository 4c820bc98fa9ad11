package asyncio

import (
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestSigint(t *testing.T) {
	var rec recorder
	run(t, func() {
		main := coroFn("main", 9, func(_ []py.Object) py.Object {
			try(func() {
				if !SendInterrupt() {
					t.Error("no runner took the interrupt")
				}
				await(call(A("sleep"), I(10)))
			}, A("CancelledError"), func(*py.BaseException) {
				rec.add("main cancelled")
				py.Reraise()
			}, func() { rec.add("finally ran") })
			return py.None
		})
		again := coroFn("again", 19, func(_ []py.Object) py.Object { return S("runner still usable") })
		runner := call(A("Runner"))
		asyncWithSync(runner, func() {
			try(func() { meth(runner, "run", main()) }, py.KeyboardInterruptType, func(*py.BaseException) {
				rec.add("KeyboardInterrupt from run()")
			}, nil)
			rec.add(str(meth(runner, "run", again())))
		})
	})
	expectPy(t, "sigint", rec.lines)
}

// A real SIGINT delivered by the OS while Runner.run() runs.
func TestSigintFromOS(t *testing.T) {
	var rec recorder
	run(t, func() {
		main := coroFn("main", 9, func(_ []py.Object) py.Object {
			try(func() {
				syscall.Kill(os.Getpid(), syscall.SIGINT)
				await(call(A("sleep"), I(10)))
			}, A("CancelledError"), func(*py.BaseException) {
				rec.add("main cancelled")
				py.Reraise()
			}, func() { rec.add("finally ran") })
			return py.None
		})
		again := coroFn("again", 19, func(_ []py.Object) py.Object { return S("runner still usable") })
		runner := call(A("Runner"))
		asyncWithSync(runner, func() {
			try(func() { meth(runner, "run", main()) }, py.KeyboardInterruptType, func(*py.BaseException) {
				rec.add("KeyboardInterrupt from run()")
			}, nil)
			rec.add(str(meth(runner, "run", again())))
		})
	})
	expectPy(t, "sigint", rec.lines)
}

// loop.add_signal_handler runs the callback on the loop; removing it
// reports whether there was one.
func TestAddSignalHandler(t *testing.T) {
	var rec recorder
	run(t, func() {
		main := coroFn("main", 2, func(_ []py.Object) py.Object {
			loop := call(A("get_running_loop"))
			ev := call(A("Event"))
			cb := builtinFn("on_usr1", func(a []py.Object) py.Object {
				rec.add("got SIGUSR1 " + str(a[0]))
				meth(ev, "set")
				return py.None
			})
			meth(loop, "add_signal_handler", I(int(syscall.SIGUSR1)), cb, S("x"))
			syscall.Kill(os.Getpid(), syscall.SIGUSR1)
			await(meth(ev, "wait"))
			rec.add("removed: " + str(meth(loop, "remove_signal_handler", I(int(syscall.SIGUSR1)))) + " " +
				str(meth(loop, "remove_signal_handler", I(int(syscall.SIGUSR1)))))
			return py.None
		})
		call(A("run"), main())
	})
	if got := strings.Join(rec.lines, "\n"); got != "got SIGUSR1 x\nremoved: True False" {
		t.Errorf("got %q", got)
	}
}
