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
		m.Set("TracebackException", tracebackExceptionType)
		// clear_frames(tb) clears the locals of tb's frames; frames keep
		// no locals here (frame.clear() is a no-op), so it only walks tb.
		m.AddFunc("clear_frames", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("clear_frames", args, kw, []string{"tb"}, 1)
			for tb := a[0]; tb != py.None; tb = py.GetAttr(tb, "tb_next") {
				py.CallMethod(py.GetAttr(tb, "tb_frame"), "clear")
			}
			return py.None
		})
	})
}

func teCode(name string, params []string, numPos, numKwOnly int) *py.Code {
	return &py.Code{Name: name, Qualname: "TracebackException." + name, Module: "traceback",
		Params: params, NumPos: numPos, NumKwOnly: numKwOnly}
}

// teValue is the exception a TracebackException describes (nil for None).
func teValue(self py.Object) *py.BaseException {
	e, _ := py.GetAttr(self, "_exc_value").(*py.BaseException)
	return e
}

// tracebackExceptionType is traceback.TracebackException, a Python-level
// class as traceback.py writes it (unittest formats every failure through
// it), whose formatting is the runtime's: format() gives the lines CPython
// prints for the exception and its chain (from the exception's own
// traceback), format_exception_only() its last line(s).
var tracebackExceptionType = func() *py.Type {
	ns := py.NewDict()
	t := py.NewClass("TracebackException", "TracebackException", "traceback", nil, ns)
	def := func(c *py.Code, defaults, kwDefaults []py.Object, f func(a []py.Object) py.Object) *py.Function {
		fn := py.NewFunction(c, defaults, kwDefaults, f)
		ns.SetStr(c.Name, fn)
		return fn
	}
	initParams := []string{"self", "exc_type", "exc_value", "exc_traceback", "limit", "lookup_lines",
		"capture_locals", "compact", "max_group_width", "max_group_depth", "_seen"}
	def(teCode("__init__", initParams, 4, 7), nil,
		[]py.Object{py.None, py.True, py.False, py.False, py.Int(15), py.Int(10), py.None},
		func(a []py.Object) py.Object {
			self := a[0]
			py.SetAttr(self, "exc_type", a[1])
			py.SetAttr(self, "_exc_value", a[2])
			py.SetAttr(self, "_exc_traceback", a[3])
			py.SetAttr(self, "stack", py.NewList())
			msg := py.Object(py.None)
			if e, ok := a[2].(*py.BaseException); ok {
				msg = py.Str(py.StrOf(e))
				for _, n := range []string{"__cause__", "__context__"} {
					py.SetAttr(self, n, py.None)
				}
				py.SetAttr(self, "__suppress_context__", py.GetAttr(e, "__suppress_context__"))
				notes := py.Object(py.None)
				if d := py.LookupAttr(e, "__notes__"); d != nil {
					notes = d
				}
				py.SetAttr(self, "__notes__", notes)
			} else {
				for _, n := range []string{"__cause__", "__context__", "__notes__"} {
					py.SetAttr(self, n, py.None)
				}
				py.SetAttr(self, "__suppress_context__", py.False)
			}
			py.SetAttr(self, "_str", msg)
			return py.None
		})
	fromExc := py.NewFunction(&py.Code{Name: "from_exception", Qualname: "TracebackException.from_exception",
		Module: "traceback", Params: []string{"cls", "exc", "args", "kwargs"}, NumPos: 2, VarArgs: true, VarKw: true},
		nil, nil, func(a []py.Object) py.Object {
			e := a[1]
			var tb py.Object = py.None
			if be, ok := e.(*py.BaseException); ok {
				tb = py.GetAttr(be, "__traceback__")
			}
			args := append([]py.Object{e.Type(), e, tb}, a[2].(*py.Tuple).Items...)
			kw := a[3].(*py.Dict)
			var names []string
			for _, k := range kw.Keys() {
				names = append(names, string(k.(py.Str)))
				args = append(args, py.GetItem(kw, k))
			}
			return py.CallKw(a[0], args, names)
		})
	ns.SetStr("from_exception", py.Call(py.ClassMethodType, fromExc))
	def(teCode("format", []string{"self", "chain", "_ctx"}, 1, 2), nil, []py.Object{py.True, py.None},
		func(a []py.Object) py.Object {
			e := teValue(a[0])
			if e == nil {
				return py.GetIter(py.CallMethod(a[0], "format_exception_only"))
			}
			// The frames are those of the traceback given, which may be
			// a trimmed part of the exception's own (unittest's).
			return py.GetIter(lines(py.FormatExceptionWithTraceback(e, py.GetAttr(a[0], "_exc_traceback"))))
		})
	def(teCode("format_exception_only", []string{"self"}, 1, 0), nil, nil, func(a []py.Object) py.Object {
		e := teValue(a[0])
		if e == nil {
			return py.GetIter(py.NewList(py.Str("NoneType: None\n")))
		}
		return py.GetIter(lines(py.FormatExceptionOnly(e) + "\n"))
	})
	def(teCode("__str__", []string{"self"}, 1, 0), nil, nil, func(a []py.Object) py.Object {
		return py.GetAttr(a[0], "_str")
	})
	return t
}()
