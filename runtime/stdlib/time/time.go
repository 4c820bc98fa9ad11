// Package time is Python's time module.
package time

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"syscall"
	gotime "time"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/structseq"
)

var start = gotime.Now()

// uptime is the system uptime at start, so monotonic() looks like
// CPython's CLOCK_MONOTONIC.
var uptime = func() float64 {
	b, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return 0
	}
	f, _ := strconv.ParseFloat(strings.Fields(string(b))[0], 64)
	return f
}()

// Monotonic is time.monotonic().
func Monotonic() float64 { return uptime + gotime.Since(start).Seconds() }

// structTimeSeq is time.struct_time: nine items, and tm_zone and
// tm_gmtoff as attributes only.
var structTimeSeq *structseq.Type

// StructTimeType is time.struct_time.
var StructTimeType *py.Type

// structTime is the struct_time of t without tm_zone and tm_gmtoff.
func structTime(t gotime.Time) py.Object {
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	items := []py.Object{py.Int(t.Year()), py.Int(int(t.Month())), py.Int(t.Day()), py.Int(t.Hour()), py.Int(t.Minute()),
		py.Int(t.Second()), py.Int((int(t.Weekday()) + 6) % 7), py.Int(t.YearDay()), py.Int(isdst)}
	return structTimeSeq.Make(items...)
}

func toGoTime(o py.Object) gotime.Time {
	items := py.AppendStar(nil, o)
	if len(items) < 9 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("time.struct_time() takes a 9-sequence (%d-sequence given)", len(items))))
	}
	v := func(i int) int { return py.Index(items[i]) }
	return gotime.Date(v(0), gotime.Month(v(1)), v(2), v(3), v(4), v(5), 0, gotime.Local)
}

func secsArg(o py.Object) gotime.Time {
	if o == nil || o == py.None {
		return gotime.Now()
	}
	f := float64(py.ToFloat(o).(py.Float))
	if math.IsNaN(f) {
		panic(py.NewError(py.ValueErrorType, "Invalid value NaN (not a number)"))
	}
	if f >= 1<<63 || f < -(1<<63) {
		panic(py.NewError(py.OverflowErrorType, "timestamp out of range for platform time_t"))
	}
	sec := math.Floor(f)
	return gotime.Unix(int64(sec), int64((f-sec)*1e9))
}

// brokenDown is localtime/gmtime's struct_time of t, with tm_zone and
// tm_gmtoff; a year C's struct tm cannot hold fails as glibc's does.
func brokenDown(t gotime.Time, gmt bool) py.Object {
	if y := int64(t.Year()) - 1900; y > math.MaxInt32 || y < math.MinInt32 {
		panic(py.NewOSError(syscall.EOVERFLOW, ""))
	}
	name, off := t.Zone()
	if gmt {
		name = "GMT"
	}
	items := py.AppendStar(nil, structTime(t))
	return structTimeSeq.Make(append(items, py.Str(name), py.Int(off))...)
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// Strftime formats t as C's strftime does for the common directives.
func Strftime(format string, t gotime.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		wd := (int(t.Weekday()) + 6) % 7
		switch format[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'f':
			fmt.Fprintf(&b, "%06d", t.Nanosecond()/1000)
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'A':
			b.WriteString(weekdays[wd])
		case 'a':
			b.WriteString(weekdays[wd][:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'b', 'h':
			b.WriteString(t.Month().String()[:3])
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'u':
			fmt.Fprintf(&b, "%d", wd+1)
		case 'Z':
			name, _ := t.Zone()
			b.WriteString(name)
		case 'z':
			b.WriteString(t.Format("-0700"))
		case 'c':
			b.WriteString(t.Format("Mon Jan _2 15:04:05 2006"))
		case 'x':
			b.WriteString(t.Format("01/02/06"))
		case 'X':
			b.WriteString(t.Format("15:04:05"))
		case 'D':
			b.WriteString(t.Format("01/02/06"))
		case 'T':
			b.WriteString(t.Format("15:04:05"))
		case 'F':
			b.WriteString(t.Format("2006-01-02"))
		case 'R':
			b.WriteString(t.Format("15:04"))
		case 's':
			fmt.Fprintf(&b, "%d", t.Unix())
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// Sleep is time.sleep(secs): the GIL is released while sleeping.
func Sleep(secs float64) {
	if secs < 0 {
		panic(py.NewError(py.ValueErrorType, "sleep length must be non-negative"))
	}
	// In the main thread a signal interrupts the sleep: its handler runs
	// (and may raise, KeyboardInterrupt on SIGINT), then the sleep goes on.
	py.SleepInterruptible(gotime.Duration(secs * 1e9))
}

func setup0() {
	py.RegisterModule("time", func(m *py.Module) {
		m.Set("struct_time", StructTimeType)
		m.AddFunc("time", func(args []py.Object, kw []string) py.Object {
			return py.Float(float64(gotime.Now().UnixNano()) / 1e9)
		})
		m.AddFunc("time_ns", func(args []py.Object, kw []string) py.Object { return py.Int(gotime.Now().UnixNano()) })
		m.AddFunc("sleep", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("sleep", args, kw, []string{"secs"}, 1)
			f, ok := a[0].(py.Float)
			if !ok {
				switch a[0].(type) {
				case py.Int, py.Bool, *py.BigInt:
					f = py.ToFloat(a[0]).(py.Float)
				default:
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", a[0].Type().Name)))
				}
			}
			Sleep(float64(f))
			return py.None
		})
		mono := func(args []py.Object, kw []string) py.Object { return py.Float(Monotonic()) }
		m.AddFunc("monotonic", mono)
		m.AddFunc("perf_counter", mono)
		m.AddFunc("monotonic_ns", func(args []py.Object, kw []string) py.Object { return py.Int(int64(Monotonic() * 1e9)) })
		m.AddFunc("perf_counter_ns", func(args []py.Object, kw []string) py.Object { return py.Int(int64(Monotonic() * 1e9)) })
		m.AddFunc("process_time", func(args []py.Object, kw []string) py.Object { return py.Float(gotime.Since(start).Seconds()) })
		m.AddFunc("thread_time", func(args []py.Object, kw []string) py.Object { return py.Float(gotime.Since(start).Seconds()) })
		m.AddFunc("localtime", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("localtime", args, kw, []string{"seconds"}, 0)
			return brokenDown(secsArg(a[0]).Local(), false)
		})
		m.AddFunc("gmtime", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("gmtime", args, kw, []string{"seconds"}, 0)
			return brokenDown(secsArg(a[0]).UTC(), true)
		})
		m.AddFunc("mktime", func(args []py.Object, kw []string) py.Object {
			return py.Float(float64(toGoTime(args[0]).Unix()))
		})
		// strptime is _strptime's, as in CPython (imported on first call;
		// the resolver links _strptime with modules that name strptime).
		m.AddFunc("strptime", func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("strptime", args, kw, []string{"string", "format"}, 1)
			return py.CallKw(py.GetAttr(py.Import("_strptime"), "_strptime_time"), args, kw)
		})
		// _strptime builds struct_time from this many of its fields.
		m.Set("_STRUCT_TM_ITEMS", py.Int(11))
		m.AddFunc("strftime", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("strftime", args, kw, []string{"format", "t"}, 1)
			t := gotime.Now()
			if a[1] != nil {
				t = toGoTime(a[1])
			}
			return py.Str(Strftime(py.StrOf(a[0]), t))
		})
		m.AddFunc("ctime", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("ctime", args, kw, []string{"seconds"}, 0)
			return py.Str(secsArg(a[0]).Local().Format("Mon Jan _2 15:04:05 2006"))
		})
		m.AddFunc("asctime", func(args []py.Object, kw []string) py.Object {
			t := gotime.Now()
			if len(args) > 0 {
				t = toGoTime(args[0])
			}
			return py.Str(t.Format("Mon Jan _2 15:04:05 2006"))
		})
		setZoneAttrs(m)
		addMore(m)
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	structTimeSeq = structseq.New("time", "struct_time", []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
		"tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9, "")
	StructTimeType = structTimeSeq.Type
}
