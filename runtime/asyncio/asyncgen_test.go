package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestAsyncGenerators(t *testing.T) {
	var rec recorder
	run(t, func() {
		sleep := A("sleep")
		code := &py.Code{Name: "ticker", Qualname: "ticker", File: "/t/main.py", Line: 8}
		ticker := func(name string, n int) *py.AsyncGenerator {
			return py.NewAsyncGenerator(code, func(g *py.AsyncGenerator) py.Object {
				try(func() {
					for i := 0; i < n; i++ {
						await(call(sleep, F(0.01)))
						got := g.Yield(I(i))
						if got != py.None {
							rec.add(name + " got " + str(got))
						}
					}
				}, py.ValueErrorType, func(e *py.BaseException) {
					rec.add(name + " caught " + repr(e))
					g.Yield(S("recovered"))
				}, func() { rec.add(name + " finally") })
				return py.None
			})
		}
		other := coroFn("other", 21, func(_ []py.Object) py.Object {
			for i := 0; i < 3; i++ {
				rec.add("other " + str(I(i)))
				await(call(sleep, F(0.01)))
			}
			return py.None
		})
		anext := py.GetAttr(py.Builtins, "anext")
		var kept py.Object
		main := coroFn("main", 26, func(_ []py.Object) py.Object {
			tk := call(A("create_task"), other())
			it := py.AIter(ticker("a", 3))
			for {
				v, ok := py.ANext(it)
				if !ok {
					break
				}
				rec.add("a yielded " + str(v))
			}
			await(tk)
			g := ticker("b", 5)
			rec.add("anext: " + str(await(call(anext, g))))
			rec.add("asend: " + str(await(meth(g, "asend", S("hello")))))
			rec.add("athrow: " + str(await(meth(g, "athrow", py.NewError(py.ValueErrorType, "bad")))))
			await(meth(g, "aclose"))
			rec.add("after aclose: " + str(await(call(anext, g, S("default")))))
			try(func() { await(call(anext, g)) }, py.StopAsyncIterationType, func(*py.BaseException) {
				rec.add("StopAsyncIteration")
			}, nil)
			kept = ticker("c", 5)
			rec.add("c first: " + str(await(call(anext, kept))))
			rec.add("main returns")
			return py.None
		})
		call(A("run"), main())
	})
	expectPy(t, "asyncgen", rec.lines)
}
