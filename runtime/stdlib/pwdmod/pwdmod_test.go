package pwdmod

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestPwdOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("pwd", n, args...) }
	}
	oracle.Run(t, "import pwd", []oracle.Case{
		{Py: `pwd.getpwuid(0)`, Go: c("getpwuid", py.Int(0))},
		{Py: `pwd.getpwnam("root"), pwd.getpwnam("root").pw_dir, pwd.getpwuid(0)[2]`, Go: func() py.Object {
			return py.NewTuple(c("getpwnam", py.Str("root"))(), py.GetAttr(c("getpwnam", py.Str("root"))(), "pw_dir"), py.GetItem(c("getpwuid", py.Int(0))(), py.Int(2)))
		}},
		{Py: `pwd.getpwall()`, Go: c("getpwall")},
		{Py: `pwd.getpwnam("nobodyx")`, Go: c("getpwnam", py.Str("nobodyx"))},
		{Py: `pwd.getpwuid(99999)`, Go: c("getpwuid", py.Int(99999))},
		{Py: `pwd.getpwuid(-5)`, Go: c("getpwuid", py.Int(-5))},
		{Py: `pwd.getpwnam(1)`, Go: c("getpwnam", py.Int(1))},
		{Py: `pwd.getpwuid("x")`, Go: c("getpwuid", py.Str("x"))},
		{Py: `pwd.struct_passwd, pwd.struct_passwd.n_fields`, Go: func() py.Object {
			return py.NewTuple(oracle.Attr("pwd", "struct_passwd"), py.GetAttr(oracle.Attr("pwd", "struct_passwd"), "n_fields"))
		}},
	})
}
