// Package tracemallocmod is CPython's _tracemalloc (under tracemalloc.py).
// Go's allocator cannot attribute memory blocks to Python tracebacks, so
// tracing can be started and stopped with CPython's checks but records no
// traces: snapshots are empty and the traced sizes stay zero.
package tracemallocmod

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

var (
	tracing bool
	limit   = 1
)

func setup0() {
	py.RegisterModule("_tracemalloc", func(m *py.Module) {
		m.Set("__doc__", py.Str("Debug module to trace memory blocks allocated by Python."))
		m.AddFunc("is_tracing", func(args []py.Object, kw []string) py.Object { return py.NewBool(tracing) })
		m.AddFunc("start", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("start", args, kw, []string{"nframe"}, 0)
			n := 1
			if a[0] != nil {
				n = py.Index(a[0])
			}
			if n < 1 || n > 65535 {
				panic(py.NewError(py.ValueErrorType, "the number of frames must be in range [1; 65535]"))
			}
			tracing, limit = true, n
			return py.None
		})
		m.AddFunc("stop", func(args []py.Object, kw []string) py.Object { tracing = false; return py.None })
		m.AddFunc("clear_traces", func(args []py.Object, kw []string) py.Object { return py.None })
		m.AddFunc("reset_peak", func(args []py.Object, kw []string) py.Object { return py.None })
		m.AddFunc("get_traceback_limit", func(args []py.Object, kw []string) py.Object { return py.Int(limit) })
		m.AddFunc("get_traced_memory", func(args []py.Object, kw []string) py.Object { return py.NewTuple(py.Int(0), py.Int(0)) })
		m.AddFunc("get_tracemalloc_memory", func(args []py.Object, kw []string) py.Object { return py.Int(0) })
		m.AddFunc("_get_traces", func(args []py.Object, kw []string) py.Object { return py.NewList() })
		m.AddFunc("_get_object_traceback", func(args []py.Object, kw []string) py.Object { return py.None })
	})
}
