// Package traceback is the part of Python's traceback module programs use
// to print or format exceptions.
package traceback

import (
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func excArg(args []py.Object) *py.BaseException {
	if len(args) == 0 || args[0] == py.None {
		return nil
	}
	if e, ok := args[0].(*py.BaseException); ok {
		return e
	}
	if len(args) > 1 {
		if e, ok := args[1].(*py.BaseException); ok {
			return e
		}
	}
	return nil
}

func lines(s string) py.Object {
	var out []py.Object
	for _, l := range strings.SplitAfter(s, "\n") {
		if l != "" {
			out = append(out, py.Str(l))
		}
	}
	return py.NewList(out...)
}

func formatCurrent() string {
	e := py.Current().Handling()
	if e == nil {
		return "NoneType: None\n"
	}
	return py.FormatException(e)
}

func write(file py.Object, s string) {
	if file == nil || file == py.None {
		file = py.GetAttr(py.Import("sys"), "stderr")
	}
	py.CallMethod(file, "write", py.Str(s))
}

func kwArg(args []py.Object, kw []string, name string) py.Object {
	for i, k := range kw {
		if k == name {
			return args[len(args)-len(kw)+i]
		}
	}
	return nil
}

func init() {
	py.RegisterModule("traceback", func(m *py.Module) {
		m.AddFunc("format_exc", func(args []py.Object, kw []string) py.Object { return py.Str(formatCurrent()) })
		m.AddFunc("print_exc", func(args []py.Object, kw []string) py.Object {
			py.FlushStdout()
			write(kwArg(args, kw, "file"), formatCurrent())
			return py.None
		})
		m.AddFunc("format_exception", func(args []py.Object, kw []string) py.Object {
			e := excArg(args[:len(args)-len(kw)])
			if e == nil {
				return py.NewList(py.Str("NoneType: None\n"))
			}
			return lines(py.FormatException(e))
		})
		m.AddFunc("print_exception", func(args []py.Object, kw []string) py.Object {
			e := excArg(args[:len(args)-len(kw)])
			s := "NoneType: None\n"
			if e != nil {
				s = py.FormatException(e)
			}
			py.FlushStdout()
			write(kwArg(args, kw, "file"), s)
			return py.None
		})
		m.AddFunc("format_exception_only", func(args []py.Object, kw []string) py.Object {
			e := excArg(args)
			if e == nil {
				return py.NewList(py.Str("NoneType: None\n"))
			}
			return py.NewList(py.Str(py.FormatExceptionOnly(e) + "\n"))
		})
		m.AddFunc("print_stack", func(args []py.Object, kw []string) py.Object { return py.None })
		m.AddFunc("format_stack", func(args []py.Object, kw []string) py.Object { return py.NewList() })
	})
}
