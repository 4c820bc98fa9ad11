// Package termiosmod is CPython's termios module: tcgetattr/tcsetattr over
// the TCGETS/TCSETS ioctls (laid out as glibc's struct termios, 32 control
// characters), the tc* line controls, window sizes and the host's constants.
package termiosmod

import (
	"fmt"
	"syscall"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/selectmod"
)

var consts = []struct {
	name  string
	value int64
}{
	{"B0", 0},
	{"B1000000", 4104},
	{"B110", 3},
	{"B115200", 4098},
	{"B1152000", 4105},
	{"B1200", 9},
	{"B134", 4},
	{"B150", 5},
	{"B1500000", 4106},
	{"B1800", 10},
	{"B19200", 14},
	{"B200", 6},
	{"B2000000", 4107},
	{"B230400", 4099},
	{"B2400", 11},
	{"B2500000", 4108},
	{"B300", 7},
	{"B3000000", 4109},
	{"B3500000", 4110},
	{"B38400", 15},
	{"B4000000", 4111},
	{"B460800", 4100},
	{"B4800", 12},
	{"B50", 1},
	{"B500000", 4101},
	{"B57600", 4097},
	{"B576000", 4102},
	{"B600", 8},
	{"B75", 2},
	{"B921600", 4103},
	{"B9600", 13},
	{"BRKINT", 2},
	{"BS0", 0},
	{"BS1", 8192},
	{"BSDLY", 8192},
	{"CBAUD", 4111},
	{"CBAUDEX", 4096},
	{"CDSUSP", 25},
	{"CEOF", 4},
	{"CEOL", 0},
	{"CEOT", 4},
	{"CERASE", 127},
	{"CFLUSH", 15},
	{"CIBAUD", 269418496},
	{"CINTR", 3},
	{"CKILL", 21},
	{"CLNEXT", 22},
	{"CLOCAL", 2048},
	{"CQUIT", 28},
	{"CR0", 0},
	{"CR1", 512},
	{"CR2", 1024},
	{"CR3", 1536},
	{"CRDLY", 1536},
	{"CREAD", 128},
	{"CRPRNT", 18},
	{"CRTSCTS", 2147483648},
	{"CS5", 0},
	{"CS6", 16},
	{"CS7", 32},
	{"CS8", 48},
	{"CSIZE", 48},
	{"CSTART", 17},
	{"CSTOP", 19},
	{"CSTOPB", 64},
	{"CSUSP", 26},
	{"CWERASE", 23},
	{"ECHO", 8},
	{"ECHOCTL", 512},
	{"ECHOE", 16},
	{"ECHOK", 32},
	{"ECHOKE", 2048},
	{"ECHONL", 64},
	{"ECHOPRT", 1024},
	{"EXTA", 14},
	{"EXTB", 15},
	{"FF0", 0},
	{"FF1", 32768},
	{"FFDLY", 32768},
	{"FIOASYNC", 21586},
	{"FIOCLEX", 21585},
	{"FIONBIO", 21537},
	{"FIONCLEX", 21584},
	{"FIONREAD", 21531},
	{"FLUSHO", 4096},
	{"HUPCL", 1024},
	{"ICANON", 2},
	{"ICRNL", 256},
	{"IEXTEN", 32768},
	{"IGNBRK", 1},
	{"IGNCR", 128},
	{"IGNPAR", 4},
	{"IMAXBEL", 8192},
	{"INLCR", 64},
	{"INPCK", 16},
	{"IOCSIZE_MASK", 1073676288},
	{"IOCSIZE_SHIFT", 16},
	{"ISIG", 1},
	{"ISTRIP", 32},
	{"IUCLC", 512},
	{"IXANY", 2048},
	{"IXOFF", 4096},
	{"IXON", 1024},
	{"NCC", 8},
	{"NCCS", 32},
	{"NL0", 0},
	{"NL1", 256},
	{"NLDLY", 256},
	{"NOFLSH", 128},
	{"N_MOUSE", 2},
	{"N_PPP", 3},
	{"N_SLIP", 1},
	{"N_STRIP", 4},
	{"N_TTY", 0},
	{"OCRNL", 8},
	{"OFDEL", 128},
	{"OFILL", 64},
	{"OLCUC", 2},
	{"ONLCR", 4},
	{"ONLRET", 32},
	{"ONOCR", 16},
	{"OPOST", 1},
	{"PARENB", 256},
	{"PARMRK", 8},
	{"PARODD", 512},
	{"PENDIN", 16384},
	{"TAB0", 0},
	{"TAB1", 2048},
	{"TAB2", 4096},
	{"TAB3", 6144},
	{"TABDLY", 6144},
	{"TCFLSH", 21515},
	{"TCGETA", 21509},
	{"TCGETS", 21505},
	{"TCIFLUSH", 0},
	{"TCIOFF", 2},
	{"TCIOFLUSH", 2},
	{"TCION", 3},
	{"TCOFLUSH", 1},
	{"TCOOFF", 0},
	{"TCOON", 1},
	{"TCSADRAIN", 1},
	{"TCSAFLUSH", 2},
	{"TCSANOW", 0},
	{"TCSBRK", 21513},
	{"TCSBRKP", 21541},
	{"TCSETA", 21510},
	{"TCSETAF", 21512},
	{"TCSETAW", 21511},
	{"TCSETS", 21506},
	{"TCSETSF", 21508},
	{"TCSETSW", 21507},
	{"TCXONC", 21514},
	{"TIOCCONS", 21533},
	{"TIOCEXCL", 21516},
	{"TIOCGETD", 21540},
	{"TIOCGICOUNT", 21597},
	{"TIOCGLCKTRMIOS", 21590},
	{"TIOCGPGRP", 21519},
	{"TIOCGSERIAL", 21534},
	{"TIOCGSOFTCAR", 21529},
	{"TIOCGWINSZ", 21523},
	{"TIOCINQ", 21531},
	{"TIOCLINUX", 21532},
	{"TIOCMBIC", 21527},
	{"TIOCMBIS", 21526},
	{"TIOCMGET", 21525},
	{"TIOCMIWAIT", 21596},
	{"TIOCMSET", 21528},
	{"TIOCM_CAR", 64},
	{"TIOCM_CD", 64},
	{"TIOCM_CTS", 32},
	{"TIOCM_DSR", 256},
	{"TIOCM_DTR", 2},
	{"TIOCM_LE", 1},
	{"TIOCM_RI", 128},
	{"TIOCM_RNG", 128},
	{"TIOCM_RTS", 4},
	{"TIOCM_SR", 16},
	{"TIOCM_ST", 8},
	{"TIOCNOTTY", 21538},
	{"TIOCNXCL", 21517},
	{"TIOCOUTQ", 21521},
	{"TIOCPKT", 21536},
	{"TIOCPKT_DATA", 0},
	{"TIOCPKT_DOSTOP", 32},
	{"TIOCPKT_FLUSHREAD", 1},
	{"TIOCPKT_FLUSHWRITE", 2},
	{"TIOCPKT_NOSTOP", 16},
	{"TIOCPKT_START", 8},
	{"TIOCPKT_STOP", 4},
	{"TIOCSCTTY", 21518},
	{"TIOCSERCONFIG", 21587},
	{"TIOCSERGETLSR", 21593},
	{"TIOCSERGETMULTI", 21594},
	{"TIOCSERGSTRUCT", 21592},
	{"TIOCSERGWILD", 21588},
	{"TIOCSERSETMULTI", 21595},
	{"TIOCSERSWILD", 21589},
	{"TIOCSER_TEMT", 1},
	{"TIOCSETD", 21539},
	{"TIOCSLCKTRMIOS", 21591},
	{"TIOCSPGRP", 21520},
	{"TIOCSSERIAL", 21535},
	{"TIOCSSOFTCAR", 21530},
	{"TIOCSTI", 21522},
	{"TIOCSWINSZ", 21524},
	{"TOSTOP", 256},
	{"VDISCARD", 13},
	{"VEOF", 4},
	{"VEOL", 11},
	{"VEOL2", 16},
	{"VERASE", 2},
	{"VINTR", 0},
	{"VKILL", 3},
	{"VLNEXT", 15},
	{"VMIN", 6},
	{"VQUIT", 1},
	{"VREPRINT", 12},
	{"VSTART", 8},
	{"VSTOP", 9},
	{"VSUSP", 10},
	{"VSWTC", 7},
	{"VSWTCH", 7},
	{"VT0", 0},
	{"VT1", 16384},
	{"VTDLY", 16384},
	{"VTIME", 5},
	{"VWERASE", 14},
	{"XCASE", 4},
	{"XTABS", 6144},
}

// ErrorType is termios.error.
var ErrorType *py.Type

const nccs = 32

// kernelTermios is the kernel's struct termios (TCGETS).
type kernelTermios struct {
	Iflag, Oflag, Cflag, Lflag uint32
	Line                       uint8
	Cc                         [19]uint8
}

func fail(e syscall.Errno) {
	s := e.Error()
	panic(py.NewException(ErrorType, py.Int(int(e)), py.Str(string(s[0]-'a'+'A')+s[1:])))
}

func ioctl(fd int, req uintptr, arg unsafe.Pointer) {
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(arg)); e != 0 {
		fail(e)
	}
}

const (
	cbaud   = 0o010017
	icanon  = 0o000002
	vmin    = 6
	vtime   = 5
	tcgets  = 0x5401
	tcsets  = 0x5402
	tcsbrk  = 0x5409
	tcxonc  = 0x540A
	tcflsh  = 0x540B
	tiocgws = 0x5413
	tiocsws = 0x5414
)

func argCount(name string, args []py.Object, kw []string, n int) {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, name+"() takes no keyword arguments"))
	}
	if len(args) != n {
		if n == 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("termios.%s() takes exactly one argument (%d given)", name, len(args))))
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected %d arguments, got %d", name, n, len(args))))
	}
}

func setup0() {
	py.RegisterModule("termios", func(m *py.Module) {
		m.Set("__doc__", py.Str("This module provides an interface to the Posix calls for tty I/O control.\nFor a complete description of these calls, see the Posix or Unix manual\npages. It is only available for those Unix versions that support Posix\ntermios style tty I/O control.\n\nAll functions in this module take a file descriptor fd as their first\nargument. This can be an integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file object, such as sys.stdin itself."))
		for _, c := range consts {
			m.Set(c.name, py.Int(c.value))
		}
		m.Set("error", ErrorType)
		m.AddFunc("tcgetattr", func(args []py.Object, kw []string) py.Object {
			argCount("tcgetattr", args, kw, 1)
			fd := selectmod.Fileno(args[0])
			var t kernelTermios
			ioctl(fd, tcgets, unsafe.Pointer(&t))
			speed := py.Int(int64(t.Cflag & cbaud))
			cc := py.NewList()
			for i := 0; i < nccs; i++ {
				var c uint8
				if i < len(t.Cc) {
					c = t.Cc[i]
				}
				if t.Lflag&icanon == 0 && (i == vmin || i == vtime) {
					cc.Items = append(cc.Items, py.Int(int64(c)))
				} else {
					cc.Items = append(cc.Items, py.Bytes([]byte{c}))
				}
			}
			return py.NewList(py.Int(int64(t.Iflag)), py.Int(int64(t.Oflag)), py.Int(int64(t.Cflag)), py.Int(int64(t.Lflag)), speed, speed, cc)
		})
		m.AddFunc("tcsetattr", func(args []py.Object, kw []string) py.Object {
			argCount("tcsetattr", args, kw, 3)
			fd := selectmod.Fileno(args[0])
			when := py.Index(args[1])
			l, ok := args[2].(*py.List)
			if !ok || len(l.Items) != 7 {
				panic(py.NewError(py.TypeErrorType, "tcsetattr, arg 3: must be 7 element list"))
			}
			var t kernelTermios
			ioctl(fd, tcgets, unsafe.Pointer(&t))
			u := func(o py.Object) uint32 { return uint32(py.Index(o)) }
			t.Iflag, t.Oflag, t.Cflag, t.Lflag = u(l.Items[0]), u(l.Items[1]), u(l.Items[2]), u(l.Items[3])
			ospeed := u(l.Items[5])
			cc, ok := l.Items[6].(*py.List)
			if !ok || len(cc.Items) != nccs {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("tcsetattr: attributes[6] must be %d element list", nccs)))
			}
			for i, v := range cc.Items {
				var c uint8
				switch x := v.(type) {
				case py.Bytes:
					if len(x) != 1 {
						panic(py.NewError(py.TypeErrorType, "tcsetattr: elements of attributes must be characters or integers"))
					}
					c = x[0]
				case py.Int:
					c = uint8(x)
				default:
					panic(py.NewError(py.TypeErrorType, "tcsetattr: elements of attributes must be characters or integers"))
				}
				if i < len(t.Cc) {
					t.Cc[i] = c
				}
			}
			if ospeed&^cbaud != 0 {
				fail(syscall.EINVAL)
			}
			t.Cflag = t.Cflag&^cbaud | ospeed
			if when < 0 || when > 2 {
				fail(syscall.EINVAL)
			}
			ioctl(fd, tcsets+uintptr(when), unsafe.Pointer(&t))
			return py.None
		})
		simple := func(name string, req uintptr, arg func(args []py.Object) uintptr, n int) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				argCount(name, args, kw, n)
				fd := selectmod.Fileno(args[0])
				if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, arg(args)); e != 0 {
					fail(e)
				}
				return py.None
			})
		}
		simple("tcsendbreak", tcsbrk, func(args []py.Object) uintptr { py.Index(args[1]); return 0 }, 2)
		simple("tcdrain", tcsbrk, func(args []py.Object) uintptr { return 1 }, 1)
		simple("tcflush", tcflsh, func(args []py.Object) uintptr { return uintptr(py.Index(args[1])) }, 2)
		simple("tcflow", tcxonc, func(args []py.Object) uintptr { return uintptr(py.Index(args[1])) }, 2)
		m.AddFunc("tcgetwinsize", func(args []py.Object, kw []string) py.Object {
			argCount("tcgetwinsize", args, kw, 1)
			var ws [4]uint16
			ioctl(selectmod.Fileno(args[0]), tiocgws, unsafe.Pointer(&ws))
			return py.NewTuple(py.Int(int64(ws[0])), py.Int(int64(ws[1])))
		})
		m.AddFunc("tcsetwinsize", func(args []py.Object, kw []string) py.Object {
			argCount("tcsetwinsize", args, kw, 2)
			fd := selectmod.Fileno(args[0])
			items := py.AppendStar(nil, args[1])
			if len(items) != 2 {
				panic(py.NewError(py.TypeErrorType, "tcsetwinsize, arg 2: must be a two-item sequence"))
			}
			var ws [4]uint16
			ioctl(fd, tiocgws, unsafe.Pointer(&ws))
			ws[0], ws[1] = uint16(py.Index(items[0])), uint16(py.Index(items[1]))
			ioctl(fd, tiocsws, unsafe.Pointer(&ws))
			return py.None
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	ErrorType = py.NewClass("error", "error", "termios", []py.Object{py.ExceptionType}, py.NewDict())
}
