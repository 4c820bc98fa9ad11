package py

import "fmt"

// Traceback objects (exc.__traceback__): a chain from the outermost frame
// to the one that raised, made from the exception's traceback entries.

type tracebackObject struct {
	frame *frameObject
	line  int
	pos   SourcePos
	next  Object // *tracebackObject or None
	// lasti is tb_lasti: 0 for the snapshot frames of an exception's own
	// traceback, whose code's co_positions has the one entry pos.
	lasti int
}

var TracebackType = newBuiltinType("traceback", ObjectType)

func (*tracebackObject) Type() *Type { return TracebackType }

// tracebackOf is e.__traceback__: what was set, or the chain of e's
// traceback entries (None when it has none).
func tracebackOf(e *BaseException) Object {
	if e.tb != nil {
		return e.tb
	}
	entries := e.TracebackEntries()
	if e.tbChain != nil && sameEntries(e.tbChainOf, entries) {
		return e.tbChain
	}
	var tb Object = None
	for i := len(entries) - 1; i >= 0; i-- {
		en := entries[i]
		// co_firstlineno: where the function's span starts (1 for a
		// module's code).
		first := 1
		if s := spanAt(en.File, en.Line); s != nil {
			first = s.Start
		}
		code := &Code{Name: en.Func, Qualname: en.Func, File: en.File, Line: first, positions: []Object{positionsTuple(en.Line, en.Pos)}}
		if d, ok := fileDef(en.File); ok {
			code.Module = d.Name
		}
		tb = &tracebackObject{frame: &frameObject{code: code, line: en.Line}, line: en.Line, pos: en.Pos, next: tb}
	}
	e.tbChain, e.tbChainOf = tb, entries
	return tb
}

// sameEntries reports whether a and b are the same slice (not merely equal
// entries): an exception's entries are rebuilt when it travels on.
func sameEntries(a, b []TracebackEntry) bool {
	if len(a) != len(b) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0]
}

func setTraceback(e *BaseException, v Object) {
	switch v.(type) {
	case NoneType, *tracebackObject:
		e.tb = v
	default:
		panic(NewError(TypeErrorType, "__traceback__ must be a traceback or None"))
	}
}

func init() {
	AddGetter(BaseExceptionType, "__traceback__", func(o Object) Object { return tracebackOf(o.(*BaseException)) },
		func(o, v Object) { setTraceback(o.(*BaseException), v) })
	method(BaseExceptionType, "with_traceback", func(args []Object, kw []string) Object {
		e := checkSelf(BaseExceptionType, "with_traceback", args).(*BaseException)
		a := nargs("with_traceback", args, kw, 1, 1)
		setTraceback(e, a[0])
		return e
	})
	tb := func(o Object) *tracebackObject { return o.(*tracebackObject) }
	// tb_dir: a traceback lists only its four attributes.
	method(TracebackType, "__dir__", func(args []Object, kw []string) Object {
		checkSelf(TracebackType, "__dir__", args)
		nargs("__dir__", args, kw, 0, 0)
		return NewList(Str("tb_frame"), Str("tb_next"), Str("tb_lasti"), Str("tb_lineno"))
	})
	AddGetter(TracebackType, "tb_frame", func(o Object) Object { return tb(o).frame }, nil)
	AddGetter(TracebackType, "tb_lineno", func(o Object) Object { return Int(tb(o).line) }, nil)
	AddGetter(TracebackType, "tb_lasti", func(o Object) Object {
		if tb(o).frame.code.positions == nil {
			return Int(-1)
		}
		return Int(tb(o).lasti)
	}, nil)
	AddGetter(TracebackType, "tb_next", func(o Object) Object { return tb(o).next }, func(o, v Object) {
		switch v.(type) {
		case NoneType, *tracebackObject:
			tb(o).next = v
		default:
			panic(NewError(TypeErrorType, fmt.Sprintf("expected traceback object or None, got '%s'", typeName(v))))
		}
	})
	TracebackType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("traceback", args, kw, []string{"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 4)
		f, ok := a[1].(*frameObject)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("TracebackType() argument 'tb_frame' must be frame, not %s", typeName(a[1]))))
		}
		return &tracebackObject{frame: f, line: Index(a[3]), lasti: Index(a[2]), next: a[0]}
	}

	fr := func(o Object) *frameObject { return o.(*frameObject) }
	AddGetter(FrameType, "f_globals", func(o Object) Object {
		if m, ok := SysModules.GetStr(fr(o).code.Module); ok {
			if mod, ok := m.(*Module); ok {
				return mod.Dict
			}
		}
		return NewDict()
	}, nil)
	AddGetter(FrameType, "f_locals", func(o Object) Object { return NewDict() }, nil)
	AddGetter(FrameType, "f_builtins", func(o Object) Object { return Builtins.Dict }, nil)
	AddGetter(FrameType, "f_back", func(o Object) Object {
		if b := fr(o).back; b != nil {
			return b
		}
		return None
	}, nil)
	AddGetter(FrameType, "f_lasti", func(o Object) Object { return Int(-1) }, nil)
	AddGetter(FrameType, "f_trace", func(o Object) Object { return None }, func(o, v Object) {})
	method(FrameType, "clear", func(args []Object, kw []string) Object { return None })
	method(FrameType, "__repr__", func(args []Object, kw []string) Object {
		f := checkSelf(FrameType, "__repr__", args).(*frameObject)
		return Str(fmt.Sprintf("<frame at %s, file %s, line %d, code %s>", addr(f), StrRepr(displayFile(f.code.File)), f.lineno(), f.code.Name))
	})
}

func (f *frameObject) lineno() int {
	if f.line != 0 {
		return f.line
	}
	return f.code.Line
}

// exitTraceback is the traceback a with statement's __exit__ receives:
// the frames the exception passed through so far. It is not kept as the
// exception's __traceback__, which grows as the exception goes on.
func exitTraceback(e *BaseException) Object {
	saved := e.tb
	tb := tracebackOf(e)
	e.tb = saved
	return tb
}
