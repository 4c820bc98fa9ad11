package asyncio

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestExceptionHandler(t *testing.T) {
	var rec recorder
	var buf strings.Builder
	prev := logOutput
	logOutput = &buf
	defer func() { logOutput = prev }()
	run(t, func() {
		cb := py.NewFunction(&py.Code{Name: "cb", Qualname: "cb", File: "/t/main.py", Line: 13}, nil, nil, func([]py.Object) py.Object {
			py.Raise(py.NewError(py.ValueErrorType, "in callback"))
			return nil
		})
		boom := coroFn("boom", 16, func(_ []py.Object) py.Object {
			py.Raise(py.NewException(py.KeyErrorType, S("lost")))
			return nil
		})
		main := coroFn("main", 19, func(_ []py.Object) py.Object {
			loop := call(A("get_running_loop"))
			meth(loop, "call_soon", cb)
			call(A("create_task"), boom())
			await(call(A("sleep"), F(0.01)))
			handler := builtinFn("handler", func(a []py.Object) py.Object {
				ctx := a[1].(*py.Dict)
				keys := py.NewList(ctx.Keys()...)
				py.CallMethod(keys, "sort")
				msg, _ := ctx.GetStr("message")
				rec.add("custom handler: " + repr(keys) + " " + strings.Split(str(msg), " at ")[0])
				return py.None
			})
			meth(loop, "set_exception_handler", handler)
			meth(loop, "call_soon", cb)
			await(call(A("sleep"), I(0)))
			meth(loop, "set_exception_handler", py.None)
			d := py.NewDict()
			d.SetStr("message", S("custom message"))
			d.SetStr("extra", I(42))
			meth(loop, "call_exception_handler", d)
			return py.None
		})
		taskNameCounter = 0
		call(A("run"), main())
	})
	for _, line := range strings.Split(strings.TrimRight(buf.String(), "\n"), "\n") {
		if !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "Traceback") {
			rec.add("log: " + strings.ReplaceAll(line, "/t/main.py", "FILE"))
		}
	}
	expectPy(t, "exception_handler", rec.lines)
}
