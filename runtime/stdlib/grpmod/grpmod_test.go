package grpmod

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestGrpOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("grp", n, args...) }
	}
	oracle.Run(t, "import grp", []oracle.Case{
		{Py: `grp.getgrgid(0), grp.getgrnam("root")`, Go: func() py.Object { return py.NewTuple(c("getgrgid", py.Int(0))(), c("getgrnam", py.Str("root"))()) }},
		{Py: `grp.getgrall()`, Go: c("getgrall")},
		{Py: `grp.getgrnam("x")`, Go: c("getgrnam", py.Str("x"))},
		{Py: `grp.getgrgid(99999)`, Go: c("getgrgid", py.Int(99999))},
		{Py: `grp.getgrgid(-5)`, Go: c("getgrgid", py.Int(-5))},
		{Py: `grp.getgrnam(1)`, Go: c("getgrnam", py.Int(1))},
		{Py: `grp.getgrgid("x")`, Go: c("getgrgid", py.Str("x"))},
	})
}
