package errno

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestErrnoOracle(t *testing.T) {
	py.EnterMain()
	oracle.Run(t, "import errno", []oracle.Case{
		{Py: `errno.errorcode`, Go: func() py.Object { return oracle.Attr("errno", "errorcode") }},
		{Py: `sorted(n for n in dir(errno) if n.isupper())`, Go: func() py.Object {
			l := py.Call(py.LoadBuiltin("dir"), py.Import("errno"))
			out := py.NewList()
			for _, n := range l.(*py.List).Items {
				if s := string(n.(py.Str)); s[0] == 'E' {
					out.Items = append(out.Items, n)
				}
			}
			return out
		}},
		{Py: `(errno.ENOENT, errno.EWOULDBLOCK, errno.EAGAIN, errno.EDEADLOCK, errno.ENOTSUP)`, Go: func() py.Object {
			return py.NewTuple(oracle.Attr("errno", "ENOENT"), oracle.Attr("errno", "EWOULDBLOCK"), oracle.Attr("errno", "EAGAIN"), oracle.Attr("errno", "EDEADLOCK"), oracle.Attr("errno", "ENOTSUP"))
		}},
	})
}
