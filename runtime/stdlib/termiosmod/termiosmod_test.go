package termiosmod

import (
	"fmt"
	"os"
	"syscall"
	"testing"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func openPty(t *testing.T) (master *os.File, slave string) {
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skip("no /dev/ptmx")
	}
	var n uint32
	syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n)))
	var unlock int32
	syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock)))
	return m, fmt.Sprintf("/dev/pts/%d", n)
}

func TestTermiosOracle(t *testing.T) {
	py.EnterMain()
	master, slave := openPty(t)
	defer master.Close()
	fd, err := syscall.Open(slave, syscall.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer syscall.Close(fd)
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("termios", n, args...) }
	}
	F := py.Int(fd)
	a := func(n string) py.Object { return oracle.Attr("termios", n) }
	oracle.Run(t, "import termios, os\nF = os.open("+py.Repr(py.Str(slave))+", os.O_RDWR | os.O_NOCTTY)\n"+
		"def raw():\n orig = termios.tcgetattr(F)\n at = termios.tcgetattr(F)\n at[3] &= ~(termios.ICANON | termios.ECHO)\n at[6][termios.VMIN] = 1\n"+
		" termios.tcsetattr(F, termios.TCSANOW, at)\n r = termios.tcgetattr(F)\n termios.tcsetattr(F, termios.TCSANOW, orig)\n return r", []oracle.Case{
		{Py: `termios.tcgetattr(F)`, Go: c("tcgetattr", F)},
		{Py: `raw()`, Go: func() py.Object {
			orig := c("tcgetattr", F)()
			at := c("tcgetattr", F)().(*py.List)
			at.Items[3] = py.Binary(py.OpAnd, at.Items[3], py.Invert(py.Binary(py.OpOr, a("ICANON"), a("ECHO"))))
			py.SetItem(at.Items[6], a("VMIN"), py.Int(1))
			c("tcsetattr", F, a("TCSANOW"), at)()
			r := c("tcgetattr", F)()
			c("tcsetattr", F, a("TCSANOW"), orig)()
			return r
		}},
		{Py: `termios.tcsetattr(F, 0, [])`, Go: c("tcsetattr", F, py.Int(0), py.NewList())},
		{Py: `termios.tcgetattr(-1)`, Go: c("tcgetattr", py.Int(-1))},
		{Py: `termios.tcdrain("x")`, Go: c("tcdrain", py.Str("x"))},
		{Py: `termios.tcgetattr(os.open("/dev/null", 0))`, Go: func() py.Object {
			n, _ := syscall.Open("/dev/null", 0, 0)
			defer syscall.Close(n)
			return c("tcgetattr", py.Int(n))()
		}},
		{Py: `(termios.tcsetwinsize(F, (30, 100)), termios.tcgetwinsize(F), termios.tcflush(F, termios.TCIOFLUSH), termios.tcdrain(F))`, Go: func() py.Object {
			return py.NewTuple(c("tcsetwinsize", F, py.NewTuple(py.Int(30), py.Int(100)))(), c("tcgetwinsize", F)(), c("tcflush", F, a("TCIOFLUSH"))(), c("tcdrain", F)())
		}},
		{Py: `len([n for n in dir(termios) if n.isupper()]), termios.error.__mro__`, Go: func() py.Object {
			n := 0
			for _, k := range py.Call(py.LoadBuiltin("dir"), py.Import("termios")).(*py.List).Items {
				if py.Truth(py.CallMethod(k, "isupper")) {
					n++
				}
			}
			return py.NewTuple(py.Int(n), py.GetAttr(a("error"), "__mro__"))
		}},
	})
}
