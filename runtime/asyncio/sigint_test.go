package asyncio

import (
	"os"
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
