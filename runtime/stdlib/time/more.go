package time

import (
	"fmt"
	"syscall"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/sys"
)

var clocks = []struct {
	name string
	id   int
}{{"CLOCK_BOOTTIME", 7}, {"CLOCK_MONOTONIC", 1}, {"CLOCK_MONOTONIC_RAW", 4}, {"CLOCK_PROCESS_CPUTIME_ID", 2},
	{"CLOCK_REALTIME", 0}, {"CLOCK_TAI", 11}, {"CLOCK_THREAD_CPUTIME_ID", 3}}

func clockGettime(id int) syscall.Timespec {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		panic(py.Call(py.OSErrorType, py.Int(int(e)), py.Str(capitalize(e.Error()))).(*py.BaseException))
	}
	return ts
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func secs(ts syscall.Timespec) py.Object { return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9) }
func nanos(ts syscall.Timespec) py.Object {
	return py.Add(py.Mul(py.Int(ts.Sec), py.Int(1000000000)), py.Int(ts.Nsec))
}

func clockID(fname string, args []py.Object, n int) int {
	if len(args) != n {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes exactly one argument (%d given)", fname, len(args))))
	}
	return py.Index(args[0])
}

// addMore adds the clock functions and constants of CPython's time the
// first version lacked, and makes process_time/thread_time CPU clocks.
func addMore(m *py.Module) {
	for _, c := range clocks {
		m.Set(c.name, py.Int(c.id))
	}
	m.AddFunc("clock_gettime", func(args []py.Object, kw []string) py.Object {
		return secs(clockGettime(clockID("clock_gettime", args, 1)))
	})
	m.AddFunc("clock_gettime_ns", func(args []py.Object, kw []string) py.Object {
		return nanos(clockGettime(clockID("clock_gettime_ns", args, 1)))
	})
	m.AddFunc("clock_getres", func(args []py.Object, kw []string) py.Object {
		id := clockID("clock_getres", args, 1)
		var ts syscall.Timespec
		if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETRES, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
			panic(py.Call(py.OSErrorType, py.Int(int(e)), py.Str(capitalize(e.Error()))).(*py.BaseException))
		}
		return secs(ts)
	})
	set := func(name string, ns bool) {
		m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
			if len(args) != 2 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected 2 arguments, got %d", name, len(args))))
			}
			id := py.Index(args[0])
			var ts syscall.Timespec
			if ns {
				ts = syscall.NsecToTimespec(int64(py.Index(args[1])))
			} else {
				f, _ := py.FloatValue(args[1])
				ts = syscall.NsecToTimespec(int64(f * 1e9))
			}
			if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_SETTIME, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
				panic(py.Call(py.OSErrorType, py.Int(int(e)), py.Str(capitalize(e.Error()))).(*py.BaseException))
			}
			return py.None
		})
	}
	set("clock_settime", false)
	set("clock_settime_ns", true)
	m.AddFunc("process_time", func(args []py.Object, kw []string) py.Object { return secs(clockGettime(2)) })
	m.AddFunc("process_time_ns", func(args []py.Object, kw []string) py.Object { return nanos(clockGettime(2)) })
	m.AddFunc("thread_time", func(args []py.Object, kw []string) py.Object { return secs(clockGettime(3)) })
	m.AddFunc("thread_time_ns", func(args []py.Object, kw []string) py.Object { return nanos(clockGettime(3)) })
	m.AddFunc("pthread_getcpuclockid", func(args []py.Object, kw []string) py.Object { return py.Int(3) })
	m.AddFunc("tzset", func(args []py.Object, kw []string) py.Object { tzset(m); return py.None })
	m.AddFunc("get_clock_info", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("get_clock_info", args, kw, []string{"name"}, 1)
		impl, mono, adj := "", true, false
		switch py.StrOf(a[0]) {
		case "time":
			impl, mono, adj = "clock_gettime(CLOCK_REALTIME)", false, true
		case "monotonic", "perf_counter":
			impl = "clock_gettime(CLOCK_MONOTONIC)"
		case "process_time":
			impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"
		case "thread_time":
			impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"
		default:
			panic(py.NewError(py.ValueErrorType, "unknown clock"))
		}
		return sys.NewNamespace(py.Str("implementation"), py.Str(impl), py.Str("monotonic"), py.NewBool(mono),
			py.Str("adjustable"), py.NewBool(adj), py.Str("resolution"), py.Float(1e-09))
	})
}
