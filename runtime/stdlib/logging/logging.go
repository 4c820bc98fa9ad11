// Package logging is a subset of Python's logging module: loggers with
// levels and propagation, StreamHandler/FileHandler, Formatter with the
// %-style record attributes, basicConfig and the module-level functions.
package logging

import (
	"fmt"
	"os"
	"strings"
	gotime "time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var levelNames map[int]string

// Logger is logging.Logger.
type Logger struct {
	name      string
	level     int
	handlers  *py.List
	parent    *Logger
	propagate bool
	disabled  bool
	filters   *py.List
}

// Handler is logging.Handler / StreamHandler / FileHandler.
type Handler struct {
	kind      string
	level     int
	formatter py.Object
	stream    py.Object
	filters   *py.List
}

// Formatter is logging.Formatter.
type Formatter struct {
	fmt, datefmt string
}

var (
	LoggerType        *py.Type
	RootLoggerType    *py.Type
	HandlerType       *py.Type
	StreamHandlerType *py.Type
	FileHandlerType   *py.Type
	FormatterType     *py.Type
)

func (l *Logger) Type() *py.Type {
	if l.parent == nil {
		return RootLoggerType
	}
	return LoggerType
}

func (h *Handler) Type() *py.Type {
	switch h.kind {
	case "file":
		return FileHandlerType
	case "stream":
		return StreamHandlerType
	}
	return HandlerType
}

func (*Formatter) Type() *py.Type { return FormatterType }

func (l *Logger) String() string {
	return fmt.Sprintf("<%s %s (%s)>", l.Type().Name, l.name, levelName(l.effectiveLevel()))
}

var (
	root    *Logger
	loggers map[string]*Logger
	start   gotime.Time
	// lastResort is used when no handler is found: message only, WARNING+.
	lastResort = &Handler{kind: "stream", level: 30, formatter: &Formatter{fmt: "%(message)s"}}
)

func levelName(n int) string {
	if s, ok := levelNames[n]; ok {
		return s
	}
	return fmt.Sprintf("Level %d", n)
}

func toLevel(o py.Object) int {
	if s, ok := o.(py.Str); ok {
		for n, name := range levelNames {
			if name == string(s) {
				return n
			}
		}
		panic(py.NewError(py.ValueErrorType, "Unknown level: "+py.Repr(s)))
	}
	return py.Index(o)
}

// GetLogger is logging.getLogger(name).
func GetLogger(name string) *Logger {
	if name == "" || name == "root" {
		return root
	}
	if l, ok := loggers[name]; ok {
		return l
	}
	l := &Logger{name: name, handlers: py.NewList(), propagate: true, filters: py.NewList()}
	loggers[name] = l
	// Parents are the nearest existing dotted prefix (or root); children
	// created earlier re-parent onto this one.
	l.parent = root
	for p := name; strings.Contains(p, "."); {
		p = p[:strings.LastIndexByte(p, '.')]
		if pl, ok := loggers[p]; ok {
			l.parent = pl
			break
		}
	}
	for n, other := range loggers {
		if strings.HasPrefix(n, name+".") && (other.parent == root || len(other.parent.name) < len(name)) {
			other.parent = l
		}
	}
	return l
}

func (l *Logger) effectiveLevel() int {
	for x := l; x != nil; x = x.parent {
		if x.level != 0 {
			return x.level
		}
	}
	return 0
}

type record struct {
	name, levelname, msg, excText string
	levelno                       int
	created                       gotime.Time
}

func (f *Formatter) formatTime(t gotime.Time) string {
	if f.datefmt != "" {
		return py.StrOf(py.Call(py.GetAttr(py.Import("time"), "strftime"), py.Str(f.datefmt), py.Call(py.GetAttr(py.Import("time"), "localtime"), py.Float(float64(t.UnixNano())/1e9))))
	}
	return t.Format("2006-01-02 15:04:05") + fmt.Sprintf(",%03d", t.Nanosecond()/1e6)
}

func (f *Formatter) format(r *record) string {
	d := py.NewDict()
	d.SetStr("name", py.Str(r.name))
	d.SetStr("levelname", py.Str(r.levelname))
	d.SetStr("levelno", py.Int(r.levelno))
	d.SetStr("message", py.Str(r.msg))
	d.SetStr("msg", py.Str(r.msg))
	if strings.Contains(f.fmt, "asctime") {
		d.SetStr("asctime", py.Str(f.formatTime(r.created)))
	}
	d.SetStr("created", py.Float(float64(r.created.UnixNano())/1e9))
	d.SetStr("msecs", py.Float(float64(r.created.Nanosecond()/1e6)))
	d.SetStr("relativeCreated", py.Float(float64(r.created.Sub(start).Milliseconds())))
	d.SetStr("process", py.Int(os.Getpid()))
	d.SetStr("processName", py.Str("MainProcess"))
	d.SetStr("thread", py.Int(py.Current().Ident))
	d.SetStr("threadName", py.Str(py.Current().Name))
	d.SetStr("taskName", py.None)
	for _, k := range []string{"pathname", "filename", "module"} {
		d.SetStr(k, py.Str(py.ScriptName))
	}
	d.SetStr("funcName", py.Str("<module>"))
	d.SetStr("lineno", py.Int(0))
	s := py.PercentFormat(f.fmt, d)
	if r.excText != "" {
		s += "\n" + strings.TrimRight(r.excText, "\n")
	}
	return s
}

func (h *Handler) emit(r *record) {
	if r.levelno < h.level {
		return
	}
	f, ok := h.formatter.(*Formatter)
	if !ok {
		f = &Formatter{fmt: "%(message)s"}
		if h.formatter != nil {
			s := py.StrOf(py.CallMethod(h.formatter, "format", py.Str(r.msg)))
			h.write(s)
			return
		}
	}
	h.write(f.format(r))
}

func (h *Handler) write(s string) {
	stream := h.stream
	if stream == nil {
		stream = py.GetAttr(py.Import("sys"), "stderr")
	}
	py.CallMethod(stream, "write", py.Str(s+"\n"))
	if fl := py.LookupAttr(stream, "flush"); fl != nil {
		py.Call(fl)
	}
}

func (l *Logger) log(level int, msg py.Object, args []py.Object, excInfo bool) {
	if l.disabled || level < l.effectiveLevel() {
		return
	}
	text := py.StrOf(msg)
	if len(args) == 1 {
		if d, ok := args[0].(*py.Dict); ok && d.Len() > 0 {
			text = py.PercentFormat(text, d)
		} else {
			text = py.PercentFormat(text, py.NewTuple(args...))
		}
	} else if len(args) > 1 {
		text = py.PercentFormat(text, py.NewTuple(args...))
	}
	r := &record{name: l.name, levelname: levelName(level), levelno: level, msg: text, created: gotime.Now()}
	if excInfo {
		if e := py.Current().Handling(); e != nil {
			r.excText = py.FormatException(e)
		} else {
			r.excText = "NoneType: None"
		}
	}
	var rec py.Object
	record := func() py.Object {
		if rec == nil {
			var a py.Object = py.NewTuple(args...)
			var exc py.Object = py.None
			if excInfo {
				exc = py.True
			}
			rec = py.Call(LogRecordType, py.Str(l.name), py.Int(level), py.Str(py.ScriptName), py.Int(0), msg, a, exc)
		}
		return rec
	}
	if len(l.filters.Items) > 0 && !passes(l.filters, record) {
		return
	}
	found := false
	for x := l; x != nil; x = x.parent {
		for _, h := range x.handlers.Items {
			found = true
			if hh, ok := h.(*Handler); ok {
				if hh.filters != nil && len(hh.filters.Items) > 0 && !passes(hh.filters, record) {
					continue
				}
				hh.emit(r)
			} else {
				py.CallMethod(h, "handle", py.Str(text))
			}
		}
		if !x.propagate {
			break
		}
	}
	if !found && level >= lastResort.level {
		lastResort.emit(r)
	}
}

func logArgs(args []py.Object, kw []string) (msg py.Object, rest []py.Object, excInfo bool) {
	npos := len(args) - len(kw)
	for i, k := range kw {
		if k == "exc_info" {
			excInfo = py.Truth(args[npos+i])
		}
	}
	if npos == 0 {
		panic(py.NewError(py.TypeErrorType, "missing required argument 'msg'"))
	}
	return args[0], args[1:npos], excInfo
}

// BasicConfig is logging.basicConfig.
func BasicConfig(opts map[string]py.Object) {
	if len(root.handlers.Items) > 0 {
		if f, ok := opts["force"]; !ok || !py.Truth(f) {
			return
		}
		root.handlers.Items = nil
	}
	h := &Handler{kind: "stream"}
	if fn, ok := opts["filename"]; ok && fn != py.None {
		mode := py.Object(py.Str("a"))
		if m, ok := opts["filemode"]; ok {
			mode = m
		}
		h.kind = "file"
		h.stream = py.Call(py.LoadBuiltin("open"), fn, mode)
	} else if s, ok := opts["stream"]; ok && s != py.None {
		h.stream = s
	}
	f := &Formatter{fmt: "%(levelname)s:%(name)s:%(message)s"}
	if v, ok := opts["format"]; ok && v != py.None {
		f.fmt = py.StrOf(v)
	}
	if v, ok := opts["datefmt"]; ok && v != py.None {
		f.datefmt = py.StrOf(v)
	}
	h.formatter = f
	root.handlers.Items = append(root.handlers.Items, h)
	if v, ok := opts["level"]; ok {
		root.level = toLevel(v)
	}
}

func setup0() {
	lm := func(name string, f func(l *Logger, args []py.Object, kw []string) py.Object) {
		py.AddMethod(LoggerType, name, func(args []py.Object, kw []string) py.Object { return f(args[0].(*Logger), args[1:], kw) })
	}
	for name, level := range map[string]int{"debug": 10, "info": 20, "warning": 30, "warn": 30, "error": 40, "critical": 50, "fatal": 50, "exception": 40} {
		name, level := name, level
		lm(name, func(l *Logger, args []py.Object, kw []string) py.Object {
			msg, rest, exc := logArgs(args, kw)
			l.log(level, msg, rest, exc || name == "exception")
			return py.None
		})
	}
	lm("log", func(l *Logger, args []py.Object, kw []string) py.Object {
		msg, rest, exc := logArgs(args[1:], kw)
		l.log(toLevel(args[0]), msg, rest, exc)
		return py.None
	})
	lm("setLevel", func(l *Logger, args []py.Object, kw []string) py.Object { l.level = toLevel(args[0]); return py.None })
	lm("getEffectiveLevel", func(l *Logger, args []py.Object, kw []string) py.Object { return py.Int(l.effectiveLevel()) })
	lm("isEnabledFor", func(l *Logger, args []py.Object, kw []string) py.Object {
		return py.NewBool(toLevel(args[0]) >= l.effectiveLevel())
	})
	lm("addHandler", func(l *Logger, args []py.Object, kw []string) py.Object {
		for _, h := range l.handlers.Items {
			if h == args[0] {
				return py.None
			}
		}
		l.handlers.Items = append(l.handlers.Items, args[0])
		return py.None
	})
	lm("removeHandler", func(l *Logger, args []py.Object, kw []string) py.Object {
		for i, h := range l.handlers.Items {
			if h == args[0] {
				l.handlers.Items = append(l.handlers.Items[:i], l.handlers.Items[i+1:]...)
				break
			}
		}
		return py.None
	})
	lm("hasHandlers", func(l *Logger, args []py.Object, kw []string) py.Object {
		for x := l; x != nil; x = x.parent {
			if len(x.handlers.Items) > 0 {
				return py.True
			}
			if !x.propagate {
				break
			}
		}
		return py.False
	})
	lm("getChild", func(l *Logger, args []py.Object, kw []string) py.Object {
		if l == root {
			return GetLogger(py.StrOf(args[0]))
		}
		return GetLogger(l.name + "." + py.StrOf(args[0]))
	})
	lm("addFilter", func(l *Logger, args []py.Object, kw []string) py.Object {
		addFilter(l.filters, args[0])
		return py.None
	})
	lm("removeFilter", func(l *Logger, args []py.Object, kw []string) py.Object {
		removeFilter(l.filters, args[0])
		return py.None
	})
	lm("filter", func(l *Logger, args []py.Object, kw []string) py.Object {
		return py.NewBool(passes(l.filters, func() py.Object { return args[0] }))
	})
	py.AddGetter(LoggerType, "filters", func(o py.Object) py.Object { return o.(*Logger).filters }, nil)
	py.AddGetter(LoggerType, "name", func(o py.Object) py.Object { return py.Str(o.(*Logger).name) }, nil)
	py.AddGetter(LoggerType, "level", func(o py.Object) py.Object { return py.Int(o.(*Logger).level) }, nil)
	py.AddGetter(LoggerType, "handlers", func(o py.Object) py.Object { return o.(*Logger).handlers }, nil)
	py.AddGetter(LoggerType, "parent", func(o py.Object) py.Object {
		if p := o.(*Logger).parent; p != nil {
			return p
		}
		return py.None
	}, nil)
	py.AddGetter(LoggerType, "propagate", func(o py.Object) py.Object { return py.NewBool(o.(*Logger).propagate) },
		func(o, v py.Object) { o.(*Logger).propagate = py.Truth(v) })
	py.AddGetter(LoggerType, "disabled", func(o py.Object) py.Object { return py.NewBool(o.(*Logger).disabled) },
		func(o, v py.Object) { o.(*Logger).disabled = py.Truth(v) })

	py.SetCall(HandlerType, func(t *py.Type, args []py.Object, kw []string) py.Object { return &Handler{kind: "base"} })
	py.SetCall(StreamHandlerType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("StreamHandler", args, kw, []string{"stream"}, 0)
		h := &Handler{kind: "stream"}
		if a[0] != nil && a[0] != py.None {
			h.stream = a[0]
		}
		return h
	})
	py.SetCall(FileHandlerType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("FileHandler", args, kw, []string{"filename", "mode", "encoding", "delay"}, 1)
		mode := py.Object(py.Str("a"))
		if a[1] != nil {
			mode = a[1]
		}
		return &Handler{kind: "file", stream: py.Call(py.LoadBuiltin("open"), a[0], mode)}
	})
	hm := func(name string, f func(h *Handler, args []py.Object) py.Object) {
		py.AddMethod(HandlerType, name, func(args []py.Object, kw []string) py.Object { return f(args[0].(*Handler), args[1:]) })
	}
	hm("setLevel", func(h *Handler, args []py.Object) py.Object { h.level = toLevel(args[0]); return py.None })
	hm("setFormatter", func(h *Handler, args []py.Object) py.Object { h.formatter = args[0]; return py.None })
	hfilters := func(h *Handler) *py.List {
		if h.filters == nil {
			h.filters = py.NewList()
		}
		return h.filters
	}
	hm("addFilter", func(h *Handler, args []py.Object) py.Object { addFilter(hfilters(h), args[0]); return py.None })
	hm("removeFilter", func(h *Handler, args []py.Object) py.Object { removeFilter(hfilters(h), args[0]); return py.None })
	hm("filter", func(h *Handler, args []py.Object) py.Object {
		return py.NewBool(passes(hfilters(h), func() py.Object { return args[0] }))
	})
	py.AddGetter(HandlerType, "filters", func(o py.Object) py.Object { return hfilters(o.(*Handler)) }, nil)
	hm("flush", func(h *Handler, args []py.Object) py.Object { return py.None })
	hm("close", func(h *Handler, args []py.Object) py.Object {
		if h.kind == "file" && h.stream != nil {
			py.CallMethod(h.stream, "close")
		}
		return py.None
	})
	py.AddGetter(HandlerType, "level", func(o py.Object) py.Object { return py.Int(o.(*Handler).level) }, nil)
	py.AddGetter(HandlerType, "formatter", func(o py.Object) py.Object {
		if f := o.(*Handler).formatter; f != nil {
			return f
		}
		return py.None
	}, nil)

	py.SetCall(FormatterType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("Formatter", args, kw, []string{"fmt", "datefmt", "style"}, 0)
		f := &Formatter{fmt: "%(message)s"}
		if a[0] != nil && a[0] != py.None {
			f.fmt = py.StrOf(a[0])
		}
		if a[1] != nil && a[1] != py.None {
			f.datefmt = py.StrOf(a[1])
		}
		return f
	})

	py.RegisterFallbackModule("logging", func(m *py.Module) {
		for n, name := range levelNames {
			m.Set(name, py.Int(n))
		}
		m.Set("WARN", py.Int(30))
		m.Set("FATAL", py.Int(50))
		m.Set("Logger", LoggerType)
		m.Set("RootLogger", RootLoggerType)
		m.Set("Handler", HandlerType)
		m.Set("StreamHandler", StreamHandlerType)
		m.Set("FileHandler", FileHandlerType)
		m.Set("Formatter", FormatterType)
		m.Set("Filter", FilterType)
		m.Set("LogRecord", LogRecordType)
		m.Set("root", root)
		m.Set("lastResort", lastResort)
		m.AddFunc("getLogger", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("getLogger", args, kw, []string{"name"}, 0)
			if a[0] == nil || a[0] == py.None {
				return root
			}
			return GetLogger(py.StrOf(a[0]))
		})
		m.AddFunc("basicConfig", func(args []py.Object, kw []string) py.Object {
			opts := map[string]py.Object{}
			for i, k := range kw {
				opts[k] = args[len(args)-len(kw)+i]
			}
			BasicConfig(opts)
			return py.None
		})
		for name, level := range map[string]int{"debug": 10, "info": 20, "warning": 30, "warn": 30, "error": 40, "critical": 50, "fatal": 50, "exception": 40} {
			name, level := name, level
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				if len(root.handlers.Items) == 0 {
					BasicConfig(nil)
				}
				msg, rest, exc := logArgs(args, kw)
				root.log(level, msg, rest, exc || name == "exception")
				return py.None
			})
		}
		m.AddFunc("log", func(args []py.Object, kw []string) py.Object {
			if len(root.handlers.Items) == 0 {
				BasicConfig(nil)
			}
			msg, rest, exc := logArgs(args[1:], kw)
			root.log(toLevel(args[0]), msg, rest, exc)
			return py.None
		})
		m.AddFunc("getLevelName", func(args []py.Object, kw []string) py.Object {
			if s, ok := args[0].(py.Str); ok {
				for n, name := range levelNames {
					if name == string(s) {
						return py.Int(n)
					}
				}
				return py.Str("Level " + string(s))
			}
			return py.Str(levelName(py.Index(args[0])))
		})
		m.AddFunc("disable", func(args []py.Object, kw []string) py.Object { return py.None })
		m.AddFunc("shutdown", func(args []py.Object, kw []string) py.Object { return py.None })
		m.AddFunc("captureWarnings", func(args []py.Object, kw []string) py.Object { return py.None })
	})
}

// initVars1 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars1() {
	levelNames = map[int]string{50: "CRITICAL", 40: "ERROR", 30: "WARNING", 20: "INFO", 10: "DEBUG", 0: "NOTSET"}
}

// initVars3 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars3() {
	LoggerType = py.NewType("Logger", "logging", nil)
	RootLoggerType = py.NewType("RootLogger", "logging", LoggerType)
	HandlerType = py.NewType("Handler", "logging", nil)
	StreamHandlerType = py.NewType("StreamHandler", "logging", HandlerType)
	FileHandlerType = py.NewType("FileHandler", "logging", StreamHandlerType)
	FormatterType = py.NewType("Formatter", "logging", nil)
	root = &Logger{name: "root", level: 30, handlers: py.NewList(), propagate: true, filters: py.NewList()}
	loggers = map[string]*Logger{}
	start = gotime.Now()
}
