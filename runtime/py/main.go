package py

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py/gcstart"
)

// FuncSpan maps a range of source lines to the Python function defined
// there, so Go frames (positioned by //line directives) can be named as
// CPython names them in tracebacks.
type FuncSpan struct {
	Name       string
	Start, End int
}

// profileStart and profileStop, set by profile.go in builds tagged
// py2goasync_profile, write the Go profiles PY2GOASYNC_CPUPROFILE and
// PY2GOASYNC_MEMPROFILE ask for. Other builds do not link runtime/pprof:
// its packages' initialisation, and the allocation sampling Go keeps on
// while it is linked, cost every program's start.
var profileStart, profileStop func()

var funcSpans = map[string][]FuncSpan{}

// RegisterSource records the function spans of a translated file.
func RegisterSource(file string, spans []FuncSpan) {
	fileMaps()
	funcSpans[file] = spans
}

// funcAt names the innermost function whose span holds line.
func funcAt(file string, line int) string {
	if s := spanAt(file, line); s != nil {
		return s.Name
	}
	return "<module>"
}

// spanAt is the innermost span of file that holds line, nil if none.
func spanAt(file string, line int) *FuncSpan {
	var best *FuncSpan
	fileMaps()
	spans := funcSpans[file]
	for i := range spans {
		s := &spans[i]
		if line >= s.Start && line <= s.End && (best == nil || s.End-s.Start < best.End-best.Start) {
			best = s
		}
	}
	return best
}

// InCode reports whether line of file lies in the body of the function
// whose code is code rather than in a function nested in it: whether a Go
// frame at that position is code's frame.
func InCode(code *Code, file string, line int) bool {
	if file != code.File {
		return false
	}
	best := spanAt(file, line)
	// A decorated function's code starts at its first decorator, its span
	// at the def.
	return best != nil && best.Name == code.Name && best.Start >= code.Line
}

// exitHooks run at interpreter exit, before the never-awaited warnings
// (asyncio uses one to close what is left).
var exitHooks []func()

// AtExit registers f to run when the program ends normally or not.
func AtExit(f func()) { exitHooks = append(exitHooks, f) }

// collectHooks run when gc.collect() has collected, with the GIL: what
// Go's collector found unreachable is reported then, as CPython's
// deallocations would have reported it.
var collectHooks []func()

// OnCollect registers f to run after each gc.collect().
func OnCollect(f func()) { collectHooks = append(collectHooks, f) }

// RunCollectHooks is called by gc.collect() after the collection.
func RunCollectHooks() {
	for _, f := range collectHooks {
		f()
	}
}

// TuneGC sets the collector up as translated programs run it (package
// gcstart, which Go initialises before this one, already did).
func TuneGC() { gcstart.Tune() }

// RunMain runs a translated module body as CPython runs a script: an
// uncaught exception prints a traceback to stderr and exits with status 1;
// SystemExit exits with its code.
func RunMain(mainFile string, body func()) {
	// `py2goasync run` passes the script's path as the user typed it
	// (CPython's sys.argv[0]); the program itself must not see it.
	if v, ok := os.LookupEnv("PY2GOASYNC_ARGV0"); ok {
		ScriptName = v
		os.Unsetenv("PY2GOASYNC_ARGV0")
	}
	if ScriptName == "" {
		ScriptName = mainFile
	}
	acquireMain()
	startStdio()
	TuneGC()
	if profileStart != nil {
		profileStart()
	}
	code := runMain(body)
	for _, h := range exitHooks {
		h()
	}
	warnUnawaited()
	code = flushStdoutAtExit(code)
	if profileStop != nil {
		profileStop()
	}
	if code == exitBySIGINT {
		killWithSIGINT()
	}
	os.Exit(code)
}

func runMain(body func()) (code int) {
	depth := depthLeft
	defer func() {
		if r := recover(); r != nil {
			depthLeft = depth
			e := Recovered(r)
			code = handleUncaught(e)
		}
	}()
	body()
	return 0
}

func handleUncaught(e *BaseException) int {
	if e.cls.IsSubtype(SystemExitType) {
		c := GetAttr(e, "code")
		switch v := c.(type) {
		case NoneType:
			return 0
		case Int:
			return int(v)
		case Bool:
			if v {
				return 1
			}
			return 0
		}
		FlushStdout()
		fmt.Fprintln(os.Stderr, StrOf(c))
		return 1
	}
	FlushStdout()
	// It reached the top: its last raise spans every frame.
	if n := len(e.raises); n > 0 {
		e.raises[n-1].caught = false
	}
	e.Traceback = nil
	if !callExceptHook(e) {
		PrintException(os.Stderr, e)
	}
	if e.cls.IsSubtype(KeyboardInterruptType) {
		// CPython ends by killing itself with SIGINT (exit status 130
		// in a shell, -2 for a parent process).
		return exitBySIGINT
	}
	return 1
}

// callExceptHook hands an uncaught exception to sys.excepthook when the
// program replaced it, and reports whether it did. A hook that raises gets
// CPython's "Error in sys.excepthook" report, then the original traceback.
func callExceptHook(e *BaseException) bool {
	if sysModule == nil {
		return false
	}
	hook, ok := sysModule.Dict.GetStr("excepthook")
	if !ok {
		fmt.Fprintln(os.Stderr, "sys.excepthook is missing")
		return false
	}
	if orig, _ := sysModule.Dict.GetStr("__excepthook__"); hook == orig {
		return false
	}
	if err := runExceptHook(hook, e); err != nil {
		FlushStdout()
		os.Stderr.WriteString("Error in sys.excepthook:\n")
		PrintException(os.Stderr, err)
		os.Stderr.WriteString("\nOriginal exception was:\n")
		PrintException(os.Stderr, e)
	}
	return true
}

// runExceptHook calls hook and returns what it raised. It runs while the
// uncaught exception still unwinds the program's frames: those lie outside
// the hook's own traceback, as the hook runs from the top in CPython.
func runExceptHook(hook Object, e *BaseException) (err *BaseException) {
	d := depthLeft
	defer func() {
		if r := recover(); r != nil {
			depthLeft = d
			err = Recovered(r)
			err.MarkCaughtIn("github.com/py2goasync/py2goasync/runtime/py.runExceptHook")
		}
	}()
	Call(hook, e.cls, e, tracebackOf(e))
	return nil
}

// PrintException writes a CPython-style traceback of e, with its chained
// causes and contexts, to w.
func PrintException(w interface{ WriteString(string) (int, error) }, e *BaseException) {
	w.WriteString(FormatException(e))
}

// FormatTraceback formats one exception's traceback and final line.
func FormatTraceback(e *BaseException) string {
	var b strings.Builder
	writeTraceback(&b, e.TracebackEntries())
	b.WriteString(FormatExceptionOnly(e))
	b.WriteByte('\n')
	if notes, ok := e.Dict.GetStr("__notes__"); ok {
		if l, ok := notes.(*List); ok {
			for _, n := range l.Items {
				b.WriteString(StrOf(n) + "\n")
			}
		}
	}
	return b.String()
}

// writeTraceback writes the "Traceback (most recent call last):" part.
func writeTraceback(b *strings.Builder, entries []TracebackEntry) {
	if len(entries) == 0 {
		return
	}
	b.WriteString("Traceback (most recent call last):\n")
	WriteTracebackEntries(b, entries)
}

// recursiveCutoff is how many consecutive identical entries a traceback
// shows before summing the rest up (traceback._RECURSIVE_CUTOFF).
const recursiveCutoff = 3

// WriteTracebackEntries writes traceback entries as
// traceback.StackSummary.format does: a run of more than three identical
// entries (deep recursion) shows three, then "[Previous line repeated N
// more times]".
func WriteTracebackEntries(b *strings.Builder, entries []TracebackEntry) {
	count := 0
	for i, t := range entries {
		if i == 0 || t.File != entries[i-1].File || t.Line != entries[i-1].Line || t.Func != entries[i-1].Func {
			writeRepeated(b, count)
			count = 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", displayFile(t.File), t.Line, t.Func)
		if raw, indent, ok := tracebackSource(t.File, t.Line); ok && indent < len(raw) {
			fmt.Fprintf(b, "    %s\n", raw[indent:])
			if carets := caretLine(raw, indent, t.Pos); carets != "" {
				fmt.Fprintf(b, "%s\n", carets)
			}
		}
	}
	writeRepeated(b, count)
}

func writeRepeated(b *strings.Builder, count int) {
	if count <= recursiveCutoff {
		return
	}
	n := count - recursiveCutoff
	s := "s"
	if n == 1 {
		s = ""
	}
	fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, s)
}

// sourceTexts holds the text of translated files, for traceback source
// lines; SourceLines splits a file's text into lines on first use (a
// program imports hundreds of modules and shows the lines of few: splitting
// them all at start-up cost a fifth of a small program's instructions).
var (
	sourceMu    sync.Mutex
	sourceTexts = map[string]string{}
	sourceSplit = map[string][]string{}
)

// RegisterSourceText records a translated file's text.
func RegisterSourceText(file, text string) {
	fileMaps()
	registerSourceText(file, text)
}

func registerSourceText(file, text string) {
	sourceMu.Lock()
	sourceTexts[file] = text
	delete(sourceSplit, file)
	sourceMu.Unlock()
}

// SourceLines is the text of a translated file split at "\n" (nil for a
// file with no recorded text).
func SourceLines(file string) []string {
	fileMaps()
	sourceMu.Lock()
	defer sourceMu.Unlock()
	if lines, ok := sourceSplit[file]; ok {
		return lines
	}
	text, ok := sourceTexts[file]
	if !ok {
		return nil
	}
	lines := strings.Split(text, "\n")
	sourceSplit[file] = lines
	return lines
}

func sourceLine(file string, line int) string {
	lines := SourceLines(file)
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}

// TracebackEntries resolves where e was raised into Python frames,
// outermost first. As in CPython, each raise puts the frames it unwound
// through (from the raise to the frame that caught it) in front of those
// of the raises before it.
func (e *BaseException) TracebackEntries() []TracebackEntry {
	if e.Traceback != nil {
		return e.Traceback
	}
	var out []TracebackEntry
	for i := len(e.raises) - 1; i >= 0; i-- {
		r := &e.raises[i]
		seg := pythonFrames(r.logical())
		if r.caught {
			seg = seg[:max(0, len(seg)-r.outerFrames())]
		}
		seg = seg[min(r.skipInner, len(seg)):]
		if i == 0 && e.atLookup && r.skipInner == 0 && len(seg) > 0 {
			// The method call whose lookup failed (innermost first).
			seg[0].Pos = seg[0].Pos.lookup()
		}
		if pcs := r.logical(); r.lookupOuter > 0 && r.lookupOuter < len(pcs) {
			// The frame whose lookup ran the raising code.
			k := len(pythonFrames(pcs[:len(pcs)-r.lookupOuter])) - r.skipInner
			if k >= 0 && k < len(seg) {
				seg[k].Pos = seg[k].Pos.lookup()
			}
		}
		if len(r.outer) > 0 && len(seg) > 0 {
			// Outside the frames the catch that added them held.
			at := len(pythonFrames(r.logical()[:r.outerInside])) - min(r.skipInner, len(seg))
			outer := slices.Clone(r.outer)
			slices.Reverse(outer)
			seg = slices.Insert(seg, min(max(at, 0), len(seg)), outer...)
		}
		// Go lists the innermost frame first; tracebacks list it last.
		for l, r := 0, len(seg)-1; l < r; l, r = l+1, r-1 {
			seg[l], seg[r] = seg[r], seg[l]
		}
		if !r.caught {
			// A raise no Python frame caught (a task's exception
			// re-raised where it is awaited) shares its outer frames with
			// the raise after it: show them once.
			for len(seg) > 0 && len(out) > 0 && containsEntry(out, seg[0]) {
				seg = seg[1:]
			}
		}
		out = append(out, seg...)
	}
	e.Traceback = out
	return out
}

// isBlockHelper reports whether a Go function runs a translated block
// inside the same Python frame (try, with) rather than calling a function.
func isBlockHelper(fn string) bool {
	const pkg = "github.com/py2goasync/py2goasync/runtime/py."
	if !strings.HasPrefix(fn, pkg) {
		return false
	}
	name := fn[len(pkg):]
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	switch name {
	case "Try", "runCatching", "runHandler", "runFinally", "With", "AsyncWith", "(*StarState)":
		return true
	}
	return false
}

func containsEntry(list []TracebackEntry, t TracebackEntry) bool {
	for _, x := range list {
		if x == t {
			return true
		}
	}
	return false
}

// Coroutines that were never started get CPython's warning at exit. They
// are held strongly and pruned of started ones as the list doubles: a weak
// pointer per coroutine cost about a microsecond (and slowed the GC), as
// much as the rest of an asyncio.sleep(0) round trip.
//
// unawaitedFree is the free slots after the list's last element, as many
// as trackUnawaited may fill without its slow path (up to the next prune,
// none while origins are recorded): it fills them without updating the
// list, whose length is cap(last) - cap(unawaitedFree) (syncUnawaited).
var (
	unawaited      PagedList
	unawaitedPrune = 1024
	unawaitedFree  []unsafe.Pointer
)

// syncUnawaited takes what trackUnawaited added into the list's length.
func syncUnawaited() {
	s := unawaited.last
	unawaited.last = s[:cap(s)-cap(unawaitedFree)]
}

// setUnawaitedFree sets unawaitedFree after a change of the list (synced).
func setUnawaitedFree() {
	s := unawaited.last
	room := 0
	if CoroOriginDepth == 0 {
		room = max(0, min(cap(s)-len(s), unawaitedPrune-unawaited.Len()))
	}
	unawaitedFree = s[len(s) : len(s)+room]
}

// CoroOriginDepth is sys.set_coroutine_origin_tracking_depth's depth: a
// coroutine made while it is above 0 records where (cr_origin). Set it
// with SetCoroOriginDepth.
var CoroOriginDepth int

// SetCoroOriginDepth is sys.set_coroutine_origin_tracking_depth(d).
func SetCoroOriginDepth(d int) {
	syncUnawaited()
	CoroOriginDepth = d
	setUnawaitedFree()
}

// coroOrigins holds the cr_origin of the coroutines that recorded one,
// keyed by address so that the entry does not keep its coroutine alive.
// Cleanups run on a goroutine of their own, hence the lock.
var (
	coroOrigins   = map[uintptr]Object{}
	coroOriginsMu sync.Mutex
)

func trackUnawaited(c *Coroutine) {
	// Inlined into every coroutine's making.
	if len(unawaitedFree) == 0 {
		trackUnawaitedSlow(c)
		return
	}
	unawaitedFree[0] = unsafe.Pointer(c)
	unawaitedFree = unawaitedFree[1:]
}

func trackUnawaitedSlow(c *Coroutine) {
	syncUnawaited()
	if CoroOriginDepth > 0 {
		recordOrigin(c)
	}
	if unawaited.Len() >= unawaitedPrune {
		PruneUnawaited()
	}
	unawaited.Append(unsafe.Pointer(c))
	setUnawaitedFree()
}

// PruneUnawaited drops the coroutines that started from the list, so that
// they (and the arguments and locals they hold) can be collected;
// gc.collect() calls it before collecting, so that an object a finished
// coroutine was given dies there as under CPython.
func PruneUnawaited() {
	syncUnawaited()
	live := 0
	for k := range unawaited.Segments() {
		for _, p := range unawaited.Segment(k) {
			if c := (*Coroutine)(p); c.state == coCreated && c.stack == nil {
				*unawaited.At(live) = p
				live++
			}
		}
	}
	unawaited.Truncate(live)
	unawaitedPrune = max(1024, 2*live)
	setUnawaitedFree()
}

func warnUnawaited() {
	syncUnawaited()
	var names []string
	for k := range unawaited.Segments() {
		for _, p := range unawaited.Segment(k) {
			if c := (*Coroutine)(p); c.state == coCreated && c.stack == nil && !c.noWarn {
				names = append(names, c.Code.Qualname)
			}
		}
	}
	sort.Strings(names)
	FlushStdout()
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", n)
	}
}

// recordOrigin records c's cr_origin: (filename, lineno, function) of the
// frames around its creation, innermost first, at most CoroOriginDepth.
func recordOrigin(c *Coroutine) {
	pcs := wholeStack(3)
	entries := pythonFrames(pcs)
	// The first Go frame outside this package is the coroutine function's
	// own, which only makes c: CPython starts with the frame that called it.
	frames := newCallerFrames(pcs)
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "github.com/py2goasync/py2goasync/runtime/py.") {
			file, _ := splitFile(f.File)
			if len(entries) > 0 && entries[0].File == file && entries[0].Line == f.Line {
				entries = entries[1:]
			}
			break
		}
		if !more {
			break
		}
	}
	if len(entries) > CoroOriginDepth {
		entries = entries[:CoroOriginDepth]
	}
	items := make([]Object, len(entries))
	for i, en := range entries {
		items[i] = NewTuple(Str(displayFile(en.File)), MakeInt(int64(en.Line)), Str(en.Func))
	}
	key := uintptr(unsafe.Pointer(c))
	coroOriginsMu.Lock()
	coroOrigins[key] = NewTuple(items...)
	coroOriginsMu.Unlock()
	runtime.AddCleanup(c, func(k uintptr) {
		coroOriginsMu.Lock()
		delete(coroOrigins, k)
		coroOriginsMu.Unlock()
	}, key)
}

// CoroOrigin is c's cr_origin, or None.
func CoroOrigin(c *Coroutine) Object {
	coroOriginsMu.Lock()
	o, ok := coroOrigins[uintptr(unsafe.Pointer(c))]
	coroOriginsMu.Unlock()
	if ok {
		return o
	}
	return None
}

// SuppressWarning marks a coroutine whose non-use is not the program's
// fault (asyncio closes such coroutines itself).
func (c *Coroutine) SuppressWarning() { c.noWarn = true }
