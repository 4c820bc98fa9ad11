package resourcemod

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestResourceOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("resource", n, args...) }
	}
	a := func(n string) py.Object { return oracle.Attr("resource", n) }
	oracle.Run(t, "import resource", []oracle.Case{
		{Py: `resource.getrlimit(resource.RLIMIT_NOFILE)[1], resource.getrlimit(resource.RLIMIT_CORE), resource.getpagesize()`, Go: func() py.Object {
			return py.NewTuple(py.GetItem(c("getrlimit", a("RLIMIT_NOFILE"))(), py.Int(1)), c("getrlimit", a("RLIMIT_CORE"))(), c("getpagesize")())
		}},
		{Py: `resource.getrlimit(99)`, Go: c("getrlimit", py.Int(99))},
		{Py: `resource.getrusage(5)`, Go: c("getrusage", py.Int(5))},
		{Py: `resource.setrlimit(resource.RLIMIT_NOFILE, (1,))`, Go: c("setrlimit", a("RLIMIT_NOFILE"), py.NewTuple(py.Int(1)))},
		{Py: `resource.setrlimit(resource.RLIMIT_NOFILE, (10, 5))`, Go: c("setrlimit", a("RLIMIT_NOFILE"), py.NewTuple(py.Int(10), py.Int(5)))},
		{Py: `len(resource.getrusage(resource.RUSAGE_SELF)), type(resource.getrusage(0).ru_utime), resource.struct_rusage`, Go: func() py.Object {
			r := c("getrusage", a("RUSAGE_SELF"))()
			return py.NewTuple(py.Int(py.Len(r)), py.GetAttr(r, "ru_utime").Type(), a("struct_rusage"))
		}},
		{Py: `sorted((k, v) for k, v in vars(resource).items() if k.isupper())`, Go: func() py.Object {
			l := py.NewList()
			py.Import("resource").Dict.Items(func(k, v py.Object) bool {
				if py.Truth(py.CallMethod(k, "isupper")) {
					l.Items = append(l.Items, py.NewTuple(k, v))
				}
				return true
			})
			py.CallMethod(l, "sort")
			return l
		}},
	})
}
