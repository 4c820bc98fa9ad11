package logging

import (
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// logging.Filter and logging.LogRecord, and the filters of loggers and
// handlers: a filter is a Filter (or any object with a filter method, or
// a callable) that gets the LogRecord and drops it by returning a false
// value. Both classes are made as class statements make them, so that
// programs subclass them.

func pyClass(name string, methods map[string]func(a []py.Object, kw []string) py.Object) *py.Type {
	ns := py.NewDict()
	ns.SetStr("__module__", py.Str("logging"))
	for n, fn := range methods {
		ns.SetStr(n, py.NewMethod(n, fn))
	}
	return py.NewClass(name, name, "logging", nil, ns)
}

var (
	// FilterType is logging.Filter: records of the named logger and its
	// children pass (all of them for the empty name).
	FilterType *py.Type
	// LogRecordType is logging.LogRecord.
	LogRecordType *py.Type
)

// passes runs the filters on the record (made on first need): false when
// one of them drops it.
func passes(filters *py.List, rec func() py.Object) bool {
	for _, f := range filters.Items {
		var ok py.Object
		if m := py.LookupAttr(f, "filter"); m != nil {
			ok = py.Call(m, rec())
		} else {
			ok = py.Call(f, rec())
		}
		if !py.Truth(ok) {
			return false
		}
	}
	return true
}

func addFilter(filters *py.List, f py.Object) {
	for _, x := range filters.Items {
		if x == f {
			return
		}
	}
	filters.Items = append(filters.Items, f)
}

func removeFilter(filters *py.List, f py.Object) {
	for i, x := range filters.Items {
		if x == f {
			filters.Items = append(filters.Items[:i], filters.Items[i+1:]...)
			return
		}
	}
}

// initVars0 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars0() {
	FilterType = pyClass("Filter", map[string]func(a []py.Object, kw []string) py.Object{
		"__init__": func(a []py.Object, kw []string) py.Object {
			p := py.ParseArgs("Filter", a[1:], kw, []string{"name"}, 0)
			name := py.Object(py.Str(""))
			if p[0] != nil {
				name = p[0]
			}
			py.SetAttr(a[0], "name", name)
			py.SetAttr(a[0], "nlen", py.Int(len(py.StrOf(name))))
			return py.None
		},
		"filter": func(a []py.Object, kw []string) py.Object {
			p := py.ParseArgs("filter", a[1:], kw, []string{"record"}, 1)
			name := py.StrOf(py.GetAttr(a[0], "name"))
			if name == "" {
				return py.True
			}
			rn := py.StrOf(py.GetAttr(p[0], "name"))
			if rn == name {
				return py.True
			}
			return py.NewBool(strings.HasPrefix(rn, name+"."))
		},
	})
}

// initVars2 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars2() {
	LogRecordType = pyClass("LogRecord", map[string]func(a []py.Object, kw []string) py.Object{
		"__init__": func(a []py.Object, kw []string) py.Object {
			p := py.ParseArgs("LogRecord", a[1:], kw, []string{"name", "level", "pathname", "lineno", "msg", "args", "exc_info", "func", "sinfo"}, 7)
			self := a[0]
			level := py.Index(p[1])
			args := p[5]
			if t, ok := args.(*py.Tuple); ok && len(t.Items) == 1 {
				if d, ok := t.Items[0].(*py.Dict); ok && d.Len() > 0 {
					args = d
				}
			}
			for i, n := range []string{"name", "", "pathname", "lineno", "msg", "", "exc_info", "funcName", "stack_info"} {
				if n == "" {
					continue
				}
				v := p[i]
				if v == nil {
					v = py.None
				}
				py.SetAttr(self, n, v)
			}
			py.SetAttr(self, "args", args)
			py.SetAttr(self, "levelno", py.Int(level))
			py.SetAttr(self, "levelname", py.Str(levelName(level)))
			py.SetAttr(self, "exc_text", py.None)
			return py.None
		},
		"getMessage": func(a []py.Object, kw []string) py.Object {
			msg := py.StrOf(py.GetAttr(a[0], "msg"))
			args := py.GetAttr(a[0], "args")
			if py.Truth(args) {
				return py.Str(py.PercentFormat(msg, args))
			}
			return py.Str(msg)
		},
	})
}
