package py

import (
	"os"
	"path/filepath"
	"strings"
)

// Frames of the host's library. The runtime implements in Go modules
// that CPython runs in Python (asyncio), so a traceback through them lacks
// the frames CPython shows there: asyncio.run's, Runner.run's and
// run_until_complete's around a main task's exception. HostFrame makes
// such a frame from the host's own source file, so the line, its text and
// its carets are those of the CPython the program was built against.

// hostStdlib is the host's pure-Python library directory (SetHostStdlib).
var hostStdlib string

// SetHostStdlib records the directory of the host's pure-Python standard
// library (generated main packages call it).
func SetHostStdlib(dir string) { hostStdlib = dir }

// HostFrame is the traceback entry of the frame of function fn in the
// host library's file (relative to its directory) at the first line after
// `def fn(` whose text is stmt, with carets under call (part of stmt);
// false when the host or the line is not known.
func HostFrame(file, fn, stmt, call string) (TracebackEntry, bool) {
	if hostStdlib == "" {
		return TracebackEntry{}, false
	}
	path := filepath.Join(hostStdlib, file)
	lines := SourceLines(path)
	if lines == nil {
		// Not a translated file: its text is read from the host, as
		// CPython's traceback reads it (linecache).
		b, err := os.ReadFile(path)
		if err != nil {
			return TracebackEntry{}, false
		}
		RegisterSourceText(path, string(b))
		lines = SourceLines(path)
	}
	inDef := false
	for i, raw := range lines {
		text := strings.TrimSpace(raw)
		if strings.HasPrefix(text, "def "+fn+"(") {
			inDef = true
			continue
		}
		if !inDef || text != stmt {
			continue
		}
		col := strings.Index(raw, call)
		if col < 0 {
			return TracebackEntry{}, false
		}
		return TracebackEntry{File: path, Line: i + 1, Func: fn,
			Pos: SourcePos{Known: true, Col: col, EndCol: col + len(call)}}, true
	}
	return TracebackEntry{}, false
}

// AddOuterFrames puts frames (outermost first) between the frame that
// caught e's last raise (MarkCaughtIn) and that raise's frames. A catch
// further out (an except around the asyncio.run call) leaves them where
// they are: outside the frames the first catch held.
func (e *BaseException) AddOuterFrames(frames []TracebackEntry) {
	if len(e.raises) == 0 || len(frames) == 0 {
		return
	}
	r := &e.raises[len(e.raises)-1]
	if len(r.outer) == 0 {
		r.toLogical()
		r.outerInside = len(r.logical())
		if r.caught {
			r.outerInside -= r.outerPCs
		}
	}
	r.outer = append(append([]TracebackEntry(nil), frames...), r.outer...)
	e.Traceback = nil
}
