package py

// FormatExceptionWithTraceback is traceback.format_exception(type(e), e,
// tb): e and its chain as FormatException gives them, but e's own frames
// are those of the traceback object tb (None: no frames), which callers
// trim (unittest drops its own frames off both ends of the chain it passes).
func FormatExceptionWithTraceback(e *BaseException, tb Object) string {
	saved := e.Traceback
	e.Traceback = entriesOfTraceback(tb)
	defer func() { e.Traceback = saved }()
	return FormatException(e)
}

// entriesOfTraceback lists a traceback chain's frames, outermost first; a
// non-nil slice even when empty, so that it stands for the exception's own.
func entriesOfTraceback(tb Object) []TracebackEntry {
	out := []TracebackEntry{}
	for {
		t, ok := tb.(*tracebackObject)
		if !ok {
			return out
		}
		out = append(out, TracebackEntry{File: t.frame.code.File, Line: t.line, Func: t.frame.code.Name, Pos: t.pos})
		tb = t.next
	}
}
