// Package datetime is a subset of Python's datetime module: date,
// datetime (naive, or UTC-aware via timezone.utc), timedelta.
package datetime

import (
	"fmt"
	"math"
	"strings"
	gotime "time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Delta is datetime.timedelta, normalised as CPython does.
type Delta struct{ Days, Seconds, Micro int64 }

// Date is datetime.date.
type Date struct{ T gotime.Time }

// DateTime is datetime.datetime; T holds the wall clock in UTC, Aware
// marks timezone.utc.
type DateTime struct {
	T     gotime.Time
	Aware bool
}

// TZ is datetime.timezone (UTC and fixed offsets).
type TZ struct {
	Offset int64 // seconds
	Name   string
}

var (
	DeltaType    = py.NewType("timedelta", "datetime", nil)
	DateType     = py.NewType("date", "datetime", nil)
	DateTimeType = py.NewType("datetime", "datetime", DateType)
	TZType       = py.NewType("timezone", "datetime", nil)
	UTC          = &TZ{Name: "UTC"}
)

func (*Delta) Type() *py.Type    { return DeltaType }
func (*Date) Type() *py.Type     { return DateType }
func (*DateTime) Type() *py.Type { return DateTimeType }
func (*TZ) Type() *py.Type       { return TZType }

func (z *TZ) String() string {
	if z == UTC {
		return "datetime.timezone.utc"
	}
	return fmt.Sprintf("datetime.timezone(%s)", (&Delta{Seconds: z.Offset}).norm().repr())
}

func (d *Delta) norm() *Delta {
	total := d.totalMicro()
	days := floorDiv(total, 86400e6)
	rem := total - days*86400e6
	return &Delta{Days: days, Seconds: rem / 1e6, Micro: rem % 1e6}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func (d *Delta) totalMicro() int64 { return (d.Days*86400+d.Seconds)*1e6 + d.Micro }

func (d *Delta) repr() string {
	var parts []string
	if d.Days != 0 {
		parts = append(parts, fmt.Sprintf("days=%d", d.Days))
	}
	if d.Seconds != 0 {
		parts = append(parts, fmt.Sprintf("seconds=%d", d.Seconds))
	}
	if d.Micro != 0 {
		parts = append(parts, fmt.Sprintf("microseconds=%d", d.Micro))
	}
	if len(parts) == 0 {
		parts = []string{"0"}
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")"
}

func (d *Delta) String() string { return d.repr() }

func (d *Delta) str() string {
	h, m, s := d.Seconds/3600, d.Seconds%3600/60, d.Seconds%60
	out := fmt.Sprintf("%d:%02d:%02d", h, m, s)
	if d.Micro != 0 {
		out += fmt.Sprintf(".%06d", d.Micro)
	}
	if d.Days != 0 {
		plural := "s"
		if d.Days == 1 || d.Days == -1 {
			plural = ""
		}
		out = fmt.Sprintf("%d day%s, ", d.Days, plural) + out
	}
	return out
}

func (d *Date) String() string {
	return fmt.Sprintf("datetime.date(%d, %d, %d)", d.T.Year(), int(d.T.Month()), d.T.Day())
}

func (dt *DateTime) String() string {
	t := dt.T
	s := fmt.Sprintf("datetime.datetime(%d, %d, %d, %d, %d", t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute())
	us := t.Nanosecond() / 1000
	if t.Second() != 0 || us != 0 {
		s += fmt.Sprintf(", %d", t.Second())
	}
	if us != 0 {
		s += fmt.Sprintf(", %d", us)
	}
	if dt.Aware {
		s += ", tzinfo=datetime.timezone.utc"
	}
	return s + ")"
}

func (dt *DateTime) isoformat(sep string) string {
	t := dt.T
	s := fmt.Sprintf("%04d-%02d-%02d%s%02d:%02d:%02d", t.Year(), int(t.Month()), t.Day(), sep, t.Hour(), t.Minute(), t.Second())
	if us := t.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(".%06d", us)
	}
	if dt.Aware {
		s += "+00:00"
	}
	return s
}

func intArg(o py.Object, def int) int {
	if o == nil {
		return def
	}
	return py.Index(o)
}

func num(o py.Object) float64 {
	if o == nil {
		return 0
	}
	return float64(py.ToFloat(o).(py.Float))
}

func newDelta(days, secs, us float64) *Delta {
	total := math.Round((days*86400+secs)*1e6 + us)
	return (&Delta{Micro: int64(total)}).norm()
}

func strftime(t gotime.Time, format string) string {
	return py.StrOf(py.Call(py.GetAttr(py.Import("time"), "strftime"), py.Str(format),
		py.NewTuple(py.Int(t.Year()), py.Int(int(t.Month())), py.Int(t.Day()), py.Int(t.Hour()), py.Int(t.Minute()), py.Int(t.Second()),
			py.Int((int(t.Weekday())+6)%7), py.Int(t.YearDay()), py.Int(-1))))
}

func localNow() gotime.Time {
	n := gotime.Now()
	return gotime.Date(n.Year(), n.Month(), n.Day(), n.Hour(), n.Minute(), n.Second(), n.Nanosecond()/1000*1000, gotime.UTC)
}

func fromTimestamp(ts float64, utc bool) gotime.Time {
	sec := math.Floor(ts)
	t := gotime.Unix(int64(sec), int64(math.Round((ts-sec)*1e6))*1000)
	if !utc {
		t = t.Local()
	} else {
		t = t.UTC()
	}
	return gotime.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), gotime.UTC)
}

func validate(y, mo, d, h, mi, s, us int) {
	if mo < 1 || mo > 12 {
		panic(py.NewError(py.ValueErrorType, "month must be in 1..12"))
	}
	if d < 1 || d > gotime.Date(y, gotime.Month(mo)+1, 0, 0, 0, 0, 0, gotime.UTC).Day() {
		panic(py.NewError(py.ValueErrorType, "day is out of range for month"))
	}
	if h < 0 || h > 23 {
		panic(py.NewError(py.ValueErrorType, "hour must be in 0..23"))
	}
	if mi < 0 || mi > 59 {
		panic(py.NewError(py.ValueErrorType, "minute must be in 0..59"))
	}
	if s < 0 || s > 59 {
		panic(py.NewError(py.ValueErrorType, "second must be in 0..59"))
	}
	if us < 0 || us > 999999 {
		panic(py.NewError(py.ValueErrorType, "microsecond must be in 0..999999"))
	}
}

func (d *Delta) RichCompare(o py.Object, op py.CmpOp) (bool, bool) {
	x, ok := o.(*Delta)
	if !ok {
		return false, false
	}
	return py.CompareBool(py.Int(d.totalMicro()), py.Int(x.totalMicro()), op), true
}

func (d *Date) RichCompare(o py.Object, op py.CmpOp) (bool, bool) {
	x, ok := o.(*Date)
	if !ok {
		return false, false
	}
	return py.CompareBool(py.Int(d.T.Unix()), py.Int(x.T.Unix()), op), true
}

func (dt *DateTime) RichCompare(o py.Object, op py.CmpOp) (bool, bool) {
	x, ok := o.(*DateTime)
	if !ok {
		return false, false
	}
	if dt.Aware != x.Aware {
		if op == py.OpEq || op == py.OpNe {
			return op == py.OpNe, true
		}
		panic(py.NewError(py.TypeErrorType, "can't compare offset-naive and offset-aware datetimes"))
	}
	return py.CompareBool(py.Int(dt.T.UnixMicro()), py.Int(x.T.UnixMicro()), op), true
}

func init() {
	py.SetCall(DeltaType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("timedelta", args, kw, []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}, 0)
		return newDelta(num(a[0])+7*num(a[6]), num(a[1])+60*num(a[4])+3600*num(a[5]), num(a[2])+1000*num(a[3]))
	})
	dm := func(name string, f func(d *Delta, args []py.Object) py.Object) {
		py.AddMethod(DeltaType, name, func(args []py.Object, kw []string) py.Object { return f(args[0].(*Delta), args[1:]) })
	}
	dm("total_seconds", func(d *Delta, args []py.Object) py.Object { return py.Float(float64(d.totalMicro()) / 1e6) })
	pyMethod(DeltaType, "__str__", func(args []py.Object) py.Object { return py.Str(args[0].(*Delta).str()) })
	dm("__add__", func(d *Delta, args []py.Object) py.Object {
		switch o := args[0].(type) {
		case *Delta:
			return (&Delta{Micro: d.totalMicro() + o.totalMicro()}).norm()
		case *DateTime:
			return &DateTime{T: o.T.Add(gotime.Duration(d.totalMicro()) * gotime.Microsecond), Aware: o.Aware}
		case *Date:
			return &Date{T: o.T.AddDate(0, 0, int(d.Days))}
		}
		return py.NotImplemented
	})
	dm("__radd__", func(d *Delta, args []py.Object) py.Object { return py.CallMethod(d, "__add__", args[0]) })
	dm("__sub__", func(d *Delta, args []py.Object) py.Object {
		if o, ok := args[0].(*Delta); ok {
			return (&Delta{Micro: d.totalMicro() - o.totalMicro()}).norm()
		}
		return py.NotImplemented
	})
	dm("__neg__", func(d *Delta, args []py.Object) py.Object { return (&Delta{Micro: -d.totalMicro()}).norm() })
	dm("__abs__", func(d *Delta, args []py.Object) py.Object {
		m := d.totalMicro()
		if m < 0 {
			m = -m
		}
		return (&Delta{Micro: m}).norm()
	})
	dm("__mul__", func(d *Delta, args []py.Object) py.Object {
		switch args[0].(type) {
		case py.Int, py.Bool, py.Float:
			return newDelta(0, 0, float64(d.totalMicro())*num(args[0]))
		}
		return py.NotImplemented
	})
	dm("__rmul__", func(d *Delta, args []py.Object) py.Object { return py.CallMethod(d, "__mul__", args[0]) })
	dm("__truediv__", func(d *Delta, args []py.Object) py.Object {
		if o, ok := args[0].(*Delta); ok {
			return py.Float(float64(d.totalMicro()) / float64(o.totalMicro()))
		}
		return newDelta(0, 0, float64(d.totalMicro())/num(args[0]))
	})
	dm("__floordiv__", func(d *Delta, args []py.Object) py.Object {
		if o, ok := args[0].(*Delta); ok {
			return py.Int(floorDiv(d.totalMicro(), o.totalMicro()))
		}
		return (&Delta{Micro: floorDiv(d.totalMicro(), int64(py.Index(args[0])))}).norm()
	})
	dm("__bool__", func(d *Delta, args []py.Object) py.Object { return py.NewBool(d.totalMicro() != 0) })
	dm("__hash__", func(d *Delta, args []py.Object) py.Object { return py.PyHash(py.Int(d.totalMicro())) })
	py.AddGetter(DeltaType, "days", func(o py.Object) py.Object { return py.Int(o.(*Delta).Days) }, nil)
	py.AddGetter(DeltaType, "seconds", func(o py.Object) py.Object { return py.Int(o.(*Delta).Seconds) }, nil)
	py.AddGetter(DeltaType, "microseconds", func(o py.Object) py.Object { return py.Int(o.(*Delta).Micro) }, nil)

	py.SetCall(DateType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("date", args, kw, []string{"year", "month", "day"}, 3)
		y, m, d := py.Index(a[0]), py.Index(a[1]), py.Index(a[2])
		validate(y, m, d, 0, 0, 0, 0)
		return &Date{T: gotime.Date(y, gotime.Month(m), d, 0, 0, 0, 0, gotime.UTC)}
	})
	py.SetCall(DateTimeType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("datetime", args, kw, []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"}, 3)
		y, mo, d := py.Index(a[0]), py.Index(a[1]), py.Index(a[2])
		h, mi, s, us := intArg(a[3], 0), intArg(a[4], 0), intArg(a[5], 0), intArg(a[6], 0)
		validate(y, mo, d, h, mi, s, us)
		return &DateTime{T: gotime.Date(y, gotime.Month(mo), d, h, mi, s, us*1000, gotime.UTC), Aware: a[7] != nil && a[7] != py.None}
	})
	for _, t := range []*py.Type{DateType, DateTimeType} {
		t := t
		tm := func(name string, f func(tt gotime.Time, self py.Object, args []py.Object) py.Object) {
			py.AddMethod(t, name, func(args []py.Object, kw []string) py.Object {
				switch v := args[0].(type) {
				case *Date:
					return f(v.T, v, args[1:])
				case *DateTime:
					return f(v.T, v, args[1:])
				}
				return py.NotImplemented
			})
		}
		get := func(name string, f func(tt gotime.Time) int) {
			py.AddGetter(t, name, func(o py.Object) py.Object {
				switch v := o.(type) {
				case *Date:
					return py.Int(f(v.T))
				case *DateTime:
					return py.Int(f(v.T))
				}
				return py.None
			}, nil)
		}
		get("year", gotime.Time.Year)
		get("month", func(t gotime.Time) int { return int(t.Month()) })
		get("day", gotime.Time.Day)
		tm("weekday", func(tt gotime.Time, self py.Object, args []py.Object) py.Object {
			return py.Int((int(tt.Weekday()) + 6) % 7)
		})
		tm("isoweekday", func(tt gotime.Time, self py.Object, args []py.Object) py.Object {
			return py.Int((int(tt.Weekday())+6)%7 + 1)
		})
		tm("strftime", func(tt gotime.Time, self py.Object, args []py.Object) py.Object {
			return py.Str(strftime(tt, py.StrOf(args[0])))
		})
		pyMethod(t, "__format__", func(args []py.Object) py.Object {
			var tt gotime.Time
			switch v := args[0].(type) {
			case *Date:
				tt = v.T
			case *DateTime:
				tt = v.T
			}
			if s := py.StrOf(args[1]); s != "" {
				return py.Str(strftime(tt, s))
			}
			return py.Str(py.StrOf(args[0]))
		})
		tm("toordinal", func(tt gotime.Time, self py.Object, args []py.Object) py.Object {
			// Days since 1970-01-01 plus that day's ordinal (a Duration
			// from year 1 would overflow).
			y, m, d := tt.Date()
			return py.Int(gotime.Date(y, m, d, 0, 0, 0, 0, gotime.UTC).Unix()/86400 + 719163)
		})
		tm("timetuple", func(tt gotime.Time, self py.Object, args []py.Object) py.Object {
			return py.Call(py.GetAttr(py.Import("time"), "localtime"), py.Float(float64(tt.Unix())))
		})
	}
	py.AddMethod(DateType, "isoformat", func(args []py.Object, kw []string) py.Object {
		if dt, ok := args[0].(*DateTime); ok {
			sep := "T"
			if len(args) > 1 {
				sep = py.StrOf(args[1])
			}
			return py.Str(dt.isoformat(sep))
		}
		t := args[0].(*Date).T
		return py.Str(fmt.Sprintf("%04d-%02d-%02d", t.Year(), int(t.Month()), t.Day()))
	})
	pyMethod(DateType, "__str__", func(args []py.Object) py.Object {
		if dt, ok := args[0].(*DateTime); ok {
			return py.Str(dt.isoformat(" "))
		}
		return py.CallMethod(args[0], "isoformat")
	})
	py.AddMethod(DateType, "__hash__", func(args []py.Object, kw []string) py.Object {
		if dt, ok := args[0].(*DateTime); ok {
			return py.PyHash(py.Int(dt.T.UnixMicro()))
		}
		return py.PyHash(py.Int(args[0].(*Date).T.Unix()))
	})
	py.AddMethod(DateType, "__add__", func(args []py.Object, kw []string) py.Object {
		d, ok := args[1].(*Delta)
		if !ok {
			return py.NotImplemented
		}
		return py.CallMethod(d, "__add__", args[0])
	})
	py.AddMethod(DateType, "__radd__", func(args []py.Object, kw []string) py.Object { return py.CallMethod(args[0], "__add__", args[1]) })
	py.AddMethod(DateType, "__sub__", func(args []py.Object, kw []string) py.Object {
		switch o := args[1].(type) {
		case *Delta:
			return py.CallMethod(py.CallMethod(o, "__neg__"), "__add__", args[0])
		case *DateTime:
			if s, ok := args[0].(*DateTime); ok {
				return (&Delta{Micro: s.T.Sub(o.T).Microseconds()}).norm()
			}
		case *Date:
			if s, ok := args[0].(*Date); ok {
				return (&Delta{Micro: s.T.Sub(o.T).Microseconds()}).norm()
			}
		}
		return py.NotImplemented
	})
	DateType.Dict.SetStr("today", &py.ClassMethod{Func: py.NewBuiltin("today", func(args []py.Object, kw []string) py.Object {
		n := localNow()
		if args[0] == DateTimeType {
			return &DateTime{T: n}
		}
		return &Date{T: gotime.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, gotime.UTC)}
	})})
	DateType.Dict.SetStr("fromisoformat", &py.ClassMethod{Func: py.NewBuiltin("fromisoformat", func(args []py.Object, kw []string) py.Object {
		s := py.StrOf(args[1])
		for _, layout := range []string{"2006-01-02T15:04:05.999999", "2006-01-02 15:04:05.999999", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02"} {
			if t, err := gotime.ParseInLocation(layout, s, gotime.UTC); err == nil {
				if args[0] == DateTimeType {
					return &DateTime{T: t}
				}
				return &Date{T: t}
			}
		}
		panic(py.NewError(py.ValueErrorType, "Invalid isoformat string: "+py.Repr(args[1])))
	})})
	DateType.Dict.SetStr("fromtimestamp", &py.ClassMethod{Func: py.NewBuiltin("fromtimestamp", func(args []py.Object, kw []string) py.Object {
		aware := len(args) > 2 && args[2] != py.None
		t := fromTimestamp(num(args[1]), aware)
		if args[0] == DateTimeType {
			return &DateTime{T: t, Aware: aware}
		}
		return &Date{T: gotime.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, gotime.UTC)}
	})})
	DateTimeType.Dict.SetStr("now", &py.ClassMethod{Func: py.NewBuiltin("now", func(args []py.Object, kw []string) py.Object {
		if len(args) > 1 && args[1] != py.None {
			n := gotime.Now().UTC()
			return &DateTime{T: gotime.Date(n.Year(), n.Month(), n.Day(), n.Hour(), n.Minute(), n.Second(), n.Nanosecond()/1000*1000, gotime.UTC), Aware: true}
		}
		return &DateTime{T: localNow()}
	})})
	DateTimeType.Dict.SetStr("utcnow", &py.ClassMethod{Func: py.NewBuiltin("utcnow", func(args []py.Object, kw []string) py.Object {
		n := gotime.Now().UTC()
		return &DateTime{T: gotime.Date(n.Year(), n.Month(), n.Day(), n.Hour(), n.Minute(), n.Second(), n.Nanosecond()/1000*1000, gotime.UTC)}
	})})
	DateTimeType.Dict.SetStr("strptime", &py.ClassMethod{Func: py.NewBuiltin("strptime", func(args []py.Object, kw []string) py.Object {
		layout := strings.NewReplacer("%Y", "2006", "%m", "01", "%d", "02", "%H", "15", "%M", "04", "%S", "05", "%f", "000000", "%y", "06", "%b", "Jan", "%B", "January", "%a", "Mon", "%A", "Monday", "%p", "PM", "%I", "03", "%%", "%").Replace(py.StrOf(args[2]))
		t, err := gotime.ParseInLocation(layout, py.StrOf(args[1]), gotime.UTC)
		if err != nil {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("time data %s does not match format %s", py.Repr(args[1]), py.Repr(args[2]))))
		}
		return &DateTime{T: t}
	})})
	dtm := func(name string, f func(dt *DateTime, args []py.Object, kw []string) py.Object) {
		py.AddMethod(DateTimeType, name, func(args []py.Object, kw []string) py.Object { return f(args[0].(*DateTime), args[1:], kw) })
	}
	dtm("timestamp", func(dt *DateTime, args []py.Object, kw []string) py.Object {
		t := dt.T
		if !dt.Aware {
			t = gotime.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), gotime.Local)
		}
		return py.Float(float64(t.UnixMicro()) / 1e6)
	})
	dtm("date", func(dt *DateTime, args []py.Object, kw []string) py.Object {
		return &Date{T: gotime.Date(dt.T.Year(), dt.T.Month(), dt.T.Day(), 0, 0, 0, 0, gotime.UTC)}
	})
	dtm("replace", func(dt *DateTime, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("replace", args, kw, []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"}, 0)
		t := dt.T
		y, mo, d := intArg(a[0], t.Year()), intArg(a[1], int(t.Month())), intArg(a[2], t.Day())
		h, mi, s, us := intArg(a[3], t.Hour()), intArg(a[4], t.Minute()), intArg(a[5], t.Second()), intArg(a[6], t.Nanosecond()/1000)
		validate(y, mo, d, h, mi, s, us)
		aware := dt.Aware
		if a[7] != nil {
			aware = a[7] != py.None
		}
		return &DateTime{T: gotime.Date(y, gotime.Month(mo), d, h, mi, s, us*1000, gotime.UTC), Aware: aware}
	})
	for name, f := range map[string]func(t gotime.Time) int{"hour": gotime.Time.Hour, "minute": gotime.Time.Minute, "second": gotime.Time.Second,
		"microsecond": func(t gotime.Time) int { return t.Nanosecond() / 1000 }} {
		f := f
		py.AddGetter(DateTimeType, name, func(o py.Object) py.Object { return py.Int(f(o.(*DateTime).T)) }, nil)
	}
	py.AddGetter(DateTimeType, "tzinfo", func(o py.Object) py.Object {
		if o.(*DateTime).Aware {
			return UTC
		}
		return py.None
	}, nil)
	pyMethod(TZType, "__str__", func(args []py.Object) py.Object { return py.Str(args[0].(*TZ).Name) })

	py.RegisterModule("datetime", func(m *py.Module) {
		m.Set("timedelta", DeltaType)
		m.Set("date", DateType)
		m.Set("datetime", DateTimeType)
		m.Set("timezone", TZType)
		TZType.Dict.SetStr("utc", UTC)
		m.Set("UTC", UTC)
		m.Set("MINYEAR", py.Int(1))
		m.Set("MAXYEAR", py.Int(9999))
		DeltaType.Dict.SetStr("max", &Delta{Days: 999999999, Seconds: 86399, Micro: 999999})
		DeltaType.Dict.SetStr("min", &Delta{Days: -999999999})
		DeltaType.Dict.SetStr("resolution", &Delta{Micro: 1})
	})
}

// pyMethod stores a method as a Python-level function: str() and format()
// only consult __str__/__format__ written in Python.
func pyMethod(t *py.Type, name string, impl func(args []py.Object) py.Object) {
	params := []string{"self"}
	if name == "__format__" {
		params = append(params, "spec")
	}
	code := &py.Code{Name: name, Qualname: t.Name + "." + name, Module: "datetime", Params: params, NumPos: len(params)}
	t.Dict.SetStr(name, py.NewFunction(code, nil, nil, impl))
}
