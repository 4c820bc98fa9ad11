package time

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestTimeMoreOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("time", n, args...) }
	}
	oracle.Run(t, "import time", []oracle.Case{
		{Py: `[time.get_clock_info(n) for n in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time')]`, Go: func() py.Object {
			l := py.NewList()
			for _, n := range []string{"time", "monotonic", "perf_counter", "process_time", "thread_time"} {
				l.Items = append(l.Items, c("get_clock_info", py.Str(n))())
			}
			return l
		}},
		{Py: `time.get_clock_info("x")`, Go: c("get_clock_info", py.Str("x"))},
		{Py: `time.clock_getres(time.CLOCK_MONOTONIC), time.CLOCK_TAI, time.CLOCK_BOOTTIME`, Go: func() py.Object {
			return py.NewTuple(c("clock_getres", oracle.Attr("time", "CLOCK_MONOTONIC"))(), oracle.Attr("time", "CLOCK_TAI"), oracle.Attr("time", "CLOCK_BOOTTIME"))
		}},
		{Py: `type(time.clock_gettime_ns(0)), type(time.process_time()), time.process_time() < 100, time.thread_time_ns() > 0`, Go: func() py.Object {
			return py.NewTuple(c("clock_gettime_ns", py.Int(0))().Type(), c("process_time")().Type(), py.Compare(c("process_time")(), py.Int(100), py.OpLt),
				py.Compare(c("thread_time_ns")(), py.Int(0), py.OpGt))
		}},
	})
}
