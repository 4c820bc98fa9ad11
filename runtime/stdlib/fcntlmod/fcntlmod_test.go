package fcntlmod

import (
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/os"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestFcntlOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("fcntl", n, args...) }
	}
	I := func(i int) py.Object { return py.Int(i) }
	dir := t.TempDir()
	oracle.Run(t, "import fcntl, os\nD = "+py.Repr(py.Str(dir)), []oracle.Case{
		{Py: `fcntl.fcntl(-1, 1)`, Go: c("fcntl", I(-1), I(1))},
		{Py: `fcntl.fcntl(0, 999999)`, Go: c("fcntl", I(0), I(999999))},
		{Py: `fcntl.fcntl("x", 1)`, Go: c("fcntl", py.Str("x"), I(1))},
		{Py: `fcntl.fcntl(0, fcntl.F_GETFD, b"12")`, Go: c("fcntl", I(0), oracle.Attr("fcntl", "F_GETFD"), py.Bytes("12"))},
		{Py: `fcntl.lockf(0, 0)`, Go: c("lockf", I(0), I(0))},
		{Py: `(lambda fd: (fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, fcntl.flock(fd, fcntl.LOCK_EX), fcntl.flock(fd, fcntl.LOCK_UN), fcntl.lockf(fd, fcntl.LOCK_EX), fcntl.lockf(fd, fcntl.LOCK_UN), os.close(fd)))(os.open(D + "/f", os.O_RDWR | os.O_CREAT))`, Go: func() py.Object {
			fd := oracle.Call("os", "open", py.Str(dir+"/f"), py.Binary(py.OpOr, oracle.Attr("os", "O_RDWR"), oracle.Attr("os", "O_CREAT")))
			a := func(n string) py.Object { return oracle.Attr("fcntl", n) }
			return py.NewTuple(py.Binary(py.OpAnd, c("fcntl", fd, a("F_GETFD"))(), a("FD_CLOEXEC")), c("flock", fd, a("LOCK_EX"))(), c("flock", fd, a("LOCK_UN"))(),
				c("lockf", fd, a("LOCK_EX"))(), c("lockf", fd, a("LOCK_UN"))(), oracle.Call("os", "close", fd))
		}},
		{Py: `sorted((k, v) for k, v in vars(fcntl).items() if k.isupper())`, Go: func() py.Object {
			l := py.NewList()
			py.Import("fcntl").Dict.Items(func(k, v py.Object) bool {
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
