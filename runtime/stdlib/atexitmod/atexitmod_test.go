package atexitmod

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestAtexitOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) py.Object { return oracle.Call("atexit", n, args...) }
	oracle.Run(t, "import atexit; atexit._clear()", []oracle.Case{
		{Py: `atexit.register(1)`, Go: func() py.Object { return c("register", py.Int(1)) }},
		{Py: `atexit.register()`, Go: func() py.Object { return c("register") }},
		{Py: `atexit.unregister()`, Go: func() py.Object { return c("unregister") }},
		{Py: `(atexit.register(len, 1) is len, atexit.register(abs), atexit.register(len), atexit._ncallbacks(), atexit.unregister(len), atexit._ncallbacks(), atexit._clear(), atexit._ncallbacks())`, Go: func() py.Object {
			return py.NewTuple(py.NewBool(c("register", py.LoadBuiltin("len"), py.Int(1)) == py.LoadBuiltin("len")), c("register", py.LoadBuiltin("abs")), c("register", py.LoadBuiltin("len")),
				c("_ncallbacks"), c("unregister", py.LoadBuiltin("len")), c("_ncallbacks"), c("_clear"), c("_ncallbacks"))
		}},
	})
	var order []string
	mk := func(name string) py.Object {
		return py.NewBuiltin(name, func(args []py.Object, kw []string) py.Object {
			order = append(order, name+":"+py.Repr(py.NewTuple(args...))+strings.Join(kw, ","))
			return py.None
		})
	}
	c("register", mk("a"), py.Int(1))
	py.CallKw(oracle.Attr("atexit", "register"), []py.Object{mk("b"), py.Int(2), py.Int(3)}, []string{"k"})
	c("_run_exitfuncs")
	if got := strings.Join(order, " "); got != "b:(2, 3)k a:(1,)" {
		t.Errorf("ran %s", got)
	}
}
