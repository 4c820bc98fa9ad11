// Package resourcemod is CPython's resource module: getrlimit, setrlimit,
// prlimit, getrusage (struct_rusage) and getpagesize.
package resourcemod

import (
	"fmt"
	"math"
	"math/big"
	"syscall"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/structseq"
)

var consts = []struct {
	name  string
	value int64
}{{"RLIMIT_AS", 9}, {"RLIMIT_CORE", 4}, {"RLIMIT_CPU", 0}, {"RLIMIT_DATA", 2}, {"RLIMIT_FSIZE", 1}, {"RLIMIT_MEMLOCK", 8},
	{"RLIMIT_MSGQUEUE", 12}, {"RLIMIT_NICE", 13}, {"RLIMIT_NOFILE", 7}, {"RLIMIT_NPROC", 6}, {"RLIMIT_OFILE", 7}, {"RLIMIT_RSS", 5},
	{"RLIMIT_RTPRIO", 14}, {"RLIMIT_RTTIME", 15}, {"RLIMIT_SIGPENDING", 11}, {"RLIMIT_STACK", 3}, {"RLIM_INFINITY", -1},
	{"RUSAGE_CHILDREN", -1}, {"RUSAGE_SELF", 0}, {"RUSAGE_THREAD", 1}}

// StructRusage is resource.struct_rusage.
var StructRusage *structseq.Type

func raise(err error) {
	e, _ := err.(syscall.Errno)
	s := e.Error()
	panic(py.Call(py.OSErrorType, py.Int(int(e)), py.Str(string(s[0]-'a'+'A')+s[1:])).(*py.BaseException))
}

func limitObj(v uint64) py.Object {
	if v == math.MaxUint64 {
		return py.Int(-1)
	}
	if v > math.MaxInt64 {
		return py.NewBigInt(new(big.Int).SetUint64(v))
	}
	return py.Int(int64(v))
}

func resourceArg(o py.Object) int {
	r := py.Index(o)
	if r < 0 || r >= 16 {
		panic(py.NewError(py.ValueErrorType, "invalid resource specified"))
	}
	return r
}

func limitsArg(o py.Object) syscall.Rlimit {
	items := func() []py.Object {
		defer func() {
			if r := recover(); r != nil {
				py.Recovered(r)
				panic(py.NewError(py.ValueErrorType, "expected a tuple of 2 integers"))
			}
		}()
		return py.AppendStar(nil, o)
	}()
	if len(items) != 2 {
		panic(py.NewError(py.ValueErrorType, "expected a tuple of 2 integers"))
	}
	conv := func(x py.Object) uint64 {
		b, ok := py.IndexBig(x)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", x.Type().Name)))
		}
		if b.Sign() < 0 {
			return math.MaxUint64
		}
		return b.Uint64()
	}
	return syscall.Rlimit{Cur: conv(items[0]), Max: conv(items[1])}
}

func prlimit(pid, res int, newLim, old *syscall.Rlimit) error {
	_, _, e := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), uintptr(res), uintptr(unsafe.Pointer(newLim)), uintptr(unsafe.Pointer(old)), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

func setup0() {
	py.RegisterModule("resource", func(m *py.Module) {
		for _, c := range consts {
			m.Set(c.name, py.Int(c.value))
		}
		m.Set("error", py.OSErrorType)
		m.Set("struct_rusage", StructRusage.Type)
		m.AddFunc("getpagesize", func(args []py.Object, kw []string) py.Object { return py.Int(syscall.Getpagesize()) })
		m.AddFunc("getrlimit", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("resource.getrlimit() takes exactly one argument (%d given)", len(args))))
			}
			var rl syscall.Rlimit
			if err := syscall.Getrlimit(resourceArg(args[0]), &rl); err != nil {
				raise(err)
			}
			return py.NewTuple(limitObj(rl.Cur), limitObj(rl.Max))
		})
		m.AddFunc("setrlimit", func(args []py.Object, kw []string) py.Object {
			if len(args) != 2 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("setrlimit expected 2 arguments, got %d", len(args))))
			}
			res := resourceArg(args[0])
			rl := limitsArg(args[1])
			if err := syscall.Setrlimit(res, &rl); err != nil {
				if err == syscall.EINVAL {
					panic(py.NewError(py.ValueErrorType, "current limit exceeds maximum limit"))
				}
				if err == syscall.EPERM {
					panic(py.NewError(py.ValueErrorType, "not allowed to raise maximum limit"))
				}
				raise(err)
			}
			return py.None
		})
		m.AddFunc("prlimit", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) < 2 || len(args) > 3 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("prlimit expected at least 2 arguments, got %d", len(args))))
			}
			pid, res := py.Index(args[0]), resourceArg(args[1])
			var old syscall.Rlimit
			var err error
			if len(args) == 3 {
				rl := limitsArg(args[2])
				err = prlimit(pid, res, &rl, &old)
			} else {
				err = prlimit(pid, res, nil, &old)
			}
			if err != nil {
				if err == syscall.EINVAL {
					panic(py.NewError(py.ValueErrorType, "current limit exceeds maximum limit"))
				}
				raise(err)
			}
			return py.NewTuple(limitObj(old.Cur), limitObj(old.Max))
		})
		m.AddFunc("getrusage", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("resource.getrusage() takes exactly one argument (%d given)", len(args))))
			}
			who := py.Index(args[0])
			var ru syscall.Rusage
			if err := syscall.Getrusage(who, &ru); err != nil {
				if err == syscall.EINVAL {
					panic(py.NewError(py.ValueErrorType, "invalid who parameter"))
				}
				raise(err)
			}
			tv := func(t syscall.Timeval) py.Object { return py.Float(float64(t.Sec) + float64(t.Usec)*1e-6) }
			i := func(v int64) py.Object { return py.Int(v) }
			return StructRusage.Make(tv(ru.Utime), tv(ru.Stime), i(ru.Maxrss), i(ru.Ixrss), i(ru.Idrss), i(ru.Isrss), i(ru.Minflt), i(ru.Majflt),
				i(ru.Nswap), i(ru.Inblock), i(ru.Oublock), i(ru.Msgsnd), i(ru.Msgrcv), i(ru.Nsignals), i(ru.Nvcsw), i(ru.Nivcsw))
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	StructRusage = structseq.New("resource", "struct_rusage", []string{"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss",
		"ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"}, 16,
		"struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.")
}
