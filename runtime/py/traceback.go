package py

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
)

// CPython 3.11's traceback printing (traceback.TracebackException.format):
// chained causes and contexts, and exception groups drawn with their
// "+-+---- 1 ----" boxes.

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// teNode is a TracebackException: an exception and the chained and
// grouped exceptions that will be printed with it.
type teNode struct {
	exc        *BaseException
	cause      *teNode
	context    *teNode
	exceptions []*teNode
}

// buildTE mirrors TracebackException.__init__ with compact=True: cause and
// context are followed only for exceptions not seen yet; group members
// always are.
func buildTE(e *BaseException) *teNode {
	seen := map[*BaseException]bool{e: true}
	root := &teNode{exc: e}
	queue := []*teNode{root}
	for len(queue) > 0 {
		te := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		x := te.exc
		if x.Cause != nil && !seen[x.Cause] {
			seen[x.Cause] = true
			te.cause = &teNode{exc: x.Cause}
		}
		needContext := te.cause == nil && !x.SuppressContext
		if needContext && x.Context != nil && !seen[x.Context] {
			seen[x.Context] = true
			te.context = &teNode{exc: x.Context}
		}
		if IsExceptionGroup(x) {
			for _, m := range GroupExceptions(x) {
				seen[m] = true
				te.exceptions = append(te.exceptions, &teNode{exc: m})
			}
		}
		if te.cause != nil {
			queue = append(queue, te.cause)
		}
		if te.context != nil {
			queue = append(queue, te.context)
		}
		for i := range te.exceptions {
			queue = append(queue, te.exceptions[i])
		}
	}
	return root
}

type printCtx struct {
	b         strings.Builder
	depth     int
	needClose bool
}

func (c *printCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

func (c *printCtx) emit(text string, margin byte) {
	if margin == 0 {
		margin = '|'
	}
	prefix := c.indent()
	if c.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		c.b.WriteString(prefix + line)
	}
}

// formatStackLines is the "  File ..., line N, in f\n    source\n" part,
// a deep recursion's repeated entries summed up as CPython does.
func formatStackLines(e *BaseException) string {
	var b strings.Builder
	WriteTracebackEntries(&b, e.TracebackEntries())
	return b.String()
}

// excTypeName is how a traceback names the exception's class.
func excTypeName(t *Type) string {
	if t.Module == "" || t.Module == "builtins" || t.Module == "__main__" {
		return t.Qualname
	}
	return t.Module + "." + t.Qualname
}

// safeExcStr is str(e), or CPython's placeholder when that raises.
func safeExcStr(e *BaseException) (s string) {
	if Catch(func() { s = ExcStr(e) }) != nil {
		return "<exception str() failed>"
	}
	return s
}

// formatExceptionOnlyLines is format_exception_only: the last line and
// the notes.
func formatExceptionOnlyLines(e *BaseException) string {
	name := excTypeName(e.cls)
	msg := safeExcStr(e)
	var b strings.Builder
	if head, m, ok := syntaxErrorDetail(e); ok {
		b.WriteString(head)
		msg = m
	}
	// PyErr_Display's "Did you mean" for AttributeError.
	suggest := suggestionSuffix(e)
	if msg == "" {
		b.WriteString(name + suggest + "\n")
	} else {
		b.WriteString(name + ": " + msg + suggest + "\n")
	}
	if notes, ok := e.Dict.GetStr("__notes__"); ok {
		switch l := notes.(type) {
		case *List:
			for _, n := range l.Items {
				if s, ok := n.(Str); ok {
					b.WriteString(string(s) + "\n")
				} else {
					b.WriteString(safeRepr(n) + "\n")
				}
			}
		case *Tuple:
			for _, n := range l.Items {
				b.WriteString(StrOf(n) + "\n")
			}
		default:
			b.WriteString(safeRepr(notes) + "\n")
		}
	}
	return b.String()
}

func safeRepr(o Object) (s string) {
	if Catch(func() { s = Repr(o) }) != nil {
		return "<__notes__ repr() failed>"
	}
	return s
}

func (c *printCtx) format(te *teNode) {
	type link struct {
		msg string
		te  *teNode
	}
	var chain []link
	for x := te; x != nil; {
		switch {
		case x.cause != nil:
			chain = append(chain, link{"\nThe above exception was the direct cause of the following exception:\n\n", x})
			x = x.cause
		case x.context != nil:
			chain = append(chain, link{"\nDuring handling of the above exception, another exception occurred:\n\n", x})
			x = x.context
		default:
			chain = append(chain, link{"", x})
			x = nil
		}
	}
	// chain[i].msg belongs between chain[i+1] and chain[i].
	for i := len(chain) - 1; i >= 0; i-- {
		if i < len(chain)-1 {
			c.emit(chain[i].msg, 0)
		}
		x := chain[i].te
		stack := formatStackLines(x.exc)
		if x.exceptions == nil {
			if stack != "" {
				c.emit("Traceback (most recent call last):\n", 0)
				c.emit(stack, 0)
			}
			c.emit(formatExceptionOnlyLines(x.exc), 0)
			continue
		}
		if c.depth > maxGroupDepth {
			c.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), 0)
			continue
		}
		top := c.depth == 0
		if top {
			c.depth++
		}
		if stack != "" {
			margin := byte(0)
			if top {
				margin = '+'
			}
			c.emit("Exception Group Traceback (most recent call last):\n", margin)
			c.emit(stack, 0)
		}
		c.emit(formatExceptionOnlyLines(x.exc), 0)
		num := len(x.exceptions)
		n := num
		if num > maxGroupWidth {
			n = maxGroupWidth + 1
		}
		c.needClose = false
		for k := 0; k < n; k++ {
			last := k == n-1
			if last {
				c.needClose = true
			}
			truncated := k >= maxGroupWidth
			title := fmt.Sprint(k + 1)
			if truncated {
				title = "..."
			}
			head := "  "
			if k == 0 {
				head = "+-"
			}
			c.b.WriteString(c.indent() + head + "+---------------- " + title + " ----------------\n")
			c.depth++
			if !truncated {
				c.format(x.exceptions[k])
			} else {
				rem := num - maxGroupWidth
				c.emit(fmt.Sprintf("and %d more exception%s\n", rem, plural(rem)), 0)
			}
			if last && c.needClose {
				c.b.WriteString(c.indent() + "+------------------------------------\n")
				c.needClose = false
			}
			c.depth--
		}
		if top {
			c.depth = 0
		}
	}
}

// FormatException is traceback.format_exception(e) joined: the full
// report CPython prints for an uncaught exception.
func FormatException(e *BaseException) string {
	c := &printCtx{}
	c.format(buildTE(e))
	return c.b.String()
}

// markCaught records, for an exception an except clause (or with
// statement) is about to handle, which frames its traceback holds: those
// it unwound through, from the raise to the frame that caught it. It runs
// in runCatching's deferred function, while the stack still holds the
// frames the exception passed through.
func (e *BaseException) markCaught() {
	e.markCaughtBy(runCatchingFunc, 1)
}

const runCatchingFunc = "github.com/py2goasync/py2goasync/runtime/py.runCatching"

// MarkCaughtIn is for exceptions recovered by Go code that calls into the
// program (asyncio's Handle._run catching a callback's exception): the
// Python frames below the Go function named catcher (a runtime.Frame
// Function) lie outside the traceback, as they do in CPython where the
// callback runs from the event loop. Call it from the deferred function
// that recovers the panic.
func (e *BaseException) MarkCaughtIn(catcher string) { e.markCaughtBy(catcher, 0) }

// markCaughtBy is markCaught for an exception recovered in the function
// named catcher; own is 1 when the catching Python frame is among the
// catcher's callers (py.Try), 0 when it is its callee (a compiled
// coroutine's body).
func (e *BaseException) markCaughtBy(catcher string, own int) {
	if len(e.raises) == 0 {
		return
	}
	var buf [64]uintptr
	st := walkStack(buf[:], 3)
	e.markCaughtAt(catcher, own, &st)
}

// markCaughtAt is markCaughtBy given the stack, st, from the deferred
// function that recovered the exception.
func (e *BaseException) markCaughtAt(catcher string, own int, st *goStack) {
	if st.phys != nil && e.raises[len(e.raises)-1].phys != nil && e.markCaughtPhys(catcher, own, st) {
		return
	}
	pcs := st.logical()
	// Only the frames down to the catcher and the catching Python frame
	// are resolved here (an import nests a hundred Go frames deep, and
	// ImportError and KeyError fallbacks are common there); those outside
	// are counted when a traceback is made.
	at, found := -1, 0
	frames := newCallerFrames(pcs)
	panicking := false
	var group frameGrouper
	for i := 0; ; i++ {
		f, more := frames.Next()
		switch {
		case !panicking:
			panicking = f.Function == "runtime.gopanic"
		case at < 0:
			if f.Function == catcher {
				at = i
			}
		default:
			if starts, _ := group.step(&f); starts {
				found++
			}
		}
		if !more || at >= 0 && found >= own {
			break
		}
	}
	if at < 0 || found < own {
		return
	}
	last := &e.raises[len(e.raises)-1]
	last.toLogical()
	if !hasSuffix(last.pcs, pcs[at+1:]) {
		// Raised on another stack (a generator's own goroutine): the
		// frames on this one, from where it came out to the catching
		// frame, are a raise of their own.
		// (A copy: st may be the catcher's buffer.)
		e.raises = append(e.raises, raiseSite{goStack: goStack{pcs: slices.Clone(pcs)}})
		last = &e.raises[len(e.raises)-1]
	}
	// A with statement's __exit__ re-raises what it was handed and an
	// outer try catches it again: the outermost catch counts.
	if outer := len(pcs) - (at + 1); !last.caught || outer < last.outerPCs {
		last.caught, last.outerPCs, last.own = true, outer, own
		e.Traceback = nil
	}
}

// markCaughtPhys is markCaughtAt when both the catching stack and the
// last raise's are physical: the frames are expanded one by one only down
// to the catcher and the catching Python frame, and the stacks compared
// and counted in physical frames. It reports false, having changed
// nothing, when the catcher is inlined into the function of its physical
// frame (the frames outside it then do not start at a physical frame).
func (e *BaseException) markCaughtPhys(catcher string, own int, st *goStack) bool {
	at := catchScanOf(catcher, own, st)
	switch at {
	case scanInlined:
		return false
	case scanNotFound:
		return true
	}
	outer := st.phys[at+1:]
	last := &e.raises[len(e.raises)-1]
	if !hasSuffix(last.phys, outer) {
		// Raised on another stack (see markCaughtAt).
		e.raises = append(e.raises, raiseSite{goStack: goStack{phys: slices.Clone(st.phys), skip: st.skip}})
		last = &e.raises[len(e.raises)-1]
	}
	if n := len(outer); !last.caught || n < last.outerPCs {
		last.caught, last.outerPCs, last.own = true, n, own
		e.Traceback = nil
	}
	return true
}

// What catchScanOf finds besides the catcher's physical frame.
const (
	scanNotFound = -1 // no catcher, or too few Python frames outside it
	scanInlined  = -2 // the catcher is inlined into its physical frame
)

// catchScanOf is the physical frame of st where the exception was caught:
// the frame of catcher after runtime.gopanic, with own Python frames
// outside it. The frames are expanded one by one, and only down to those.
// What it finds depends on nothing but those frames, so the last answer
// for the same innermost frames is remembered (catchScans): a try that
// catches again and again what the same code raised looks once.
func catchScanOf(catcher string, own int, st *goStack) int {
	slot := &catchScans[catchScanHash(st.phys, own)]
	if m := slot.Load(); m != nil && m.catcher == catcher && m.own == own && m.skip == st.skip &&
		len(m.frames) <= len(st.phys) && slices.Equal(m.frames, st.phys[:len(m.frames)]) {
		return m.at
	}
	x := pcExpander{phys: st.phys, skip: st.skip, i: -1}
	at, found := -1, 0
	panicking := false
	var group frameGrouper
	for {
		pc, i, outermost, ok := x.next()
		if !ok {
			return scanNotFound
		}
		fi := frameInfoOf(pc)
		switch {
		case !panicking:
			panicking = fi.Function == "runtime.gopanic"
		case at < 0:
			if fi.Function == catcher {
				if !outermost {
					slot.Store(&catchScan{frames: slices.Clone(st.phys[:i+1]), catcher: catcher, own: own, skip: st.skip, at: scanInlined})
					return scanInlined
				}
				at = i
			}
		default:
			f := fi.Frame
			f.File = fi.file
			if starts, _ := group.stepFile(&f); starts {
				found++
			}
		}
		if at >= 0 && found >= own {
			slot.Store(&catchScan{frames: slices.Clone(st.phys[:i+1]), catcher: catcher, own: own, skip: st.skip, at: at})
			return at
		}
	}
}

// catchScan is one remembered answer of catchScanOf: frames are the
// physical frames it looked at.
type catchScan struct {
	frames    []uintptr
	catcher   string
	own, skip int
	at        int
}

var catchScans [256]atomic.Pointer[catchScan]

// catchScanHash picks a catchScans slot from the innermost frames: the
// recovering function's few, runtime.gopanic's, then the raise's, which
// tell catches apart.
func catchScanHash(phys []uintptr, own int) int {
	h := uintptr(own)
	for _, pc := range phys[:min(8, len(phys))] {
		h = (h ^ pc) * 0x9E3779B97F4A7C15
	}
	return int(h >> 56)
}

// toLogical drops r's physical stack for its expansion (outerPCs then
// counts logical frames).
func (r *raiseSite) toLogical() {
	if r.phys == nil {
		return
	}
	if r.caught {
		r.outerPCs = r.logicalTail(r.outerPCs)
	}
	r.logical()
	r.phys = nil
}

// outerFrames is how many Python frames of r, a caught raise, lie outside
// the frame that caught it.
func (r *raiseSite) outerFrames() int {
	n, outer := 0, r.outerPCs
	if r.phys != nil {
		outer = r.logicalTail(outer)
	}
	pcs := r.logical()
	frames := newCallerFrames(pcs[len(pcs)-outer:])
	var group frameGrouper
	for {
		f, more := frames.Next()
		if starts, _ := group.step(&f); starts {
			n++
		}
		if !more {
			break
		}
	}
	return n - r.own
}

// hasSuffix reports whether the stack s ends with the frames of t: whether
// what raised s ran inside the frames t lists.
func hasSuffix(s, t []uintptr) bool {
	if len(t) > len(s) {
		return false
	}
	s = s[len(s)-len(t):]
	for i := range t {
		if s[i] != t[i] {
			return false
		}
	}
	return true
}

// pythonFrames resolves Go program counters (innermost first) into the
// Python frames they run, innermost first. Consecutive Go frames of one
// Python frame (a try body inside py.Try, a boolean-operator closure) are
// one Python frame: the enclosing Go frame is not counted again.
func pythonFrames(pcs []uintptr) []TracebackEntry {
	var out []TracebackEntry
	// named marks the entries named from their code rather than from
	// the source position alone.
	var named []bool
	frames := newCallerFrames(pcs)
	var group frameGrouper
	// hidden is set inside a fed generator expression's consumer work
	// (Feeder.consume): the <genexpr> frame around it is not on CPython's
	// stack there, the consumer pulling from it is.
	hidden := false
	// awaitCall is set past the call of an `await o.m(a)`: the frame that
	// awaits shows the call's position.
	awaitCall := false
	// compIter is set past the iter() of an inline comprehension's first
	// iterable: the frame that calls it is outside the comprehension's.
	compIter := false
	for {
		f, more := frames.Next()
		var pos SourcePos
		f.File, pos = splitFile(f.File)
		if f.Function == feedConsumeFunc {
			hidden = true
		}
		if awaitCallFuncs[f.Function] {
			awaitCall = true
		}
		if f.Function == compIterFunc || f.Function == compAIterFunc {
			compIter = true
		}
		if (f.Function == runComprehensionFunc || f.Function == runComprehensionItemsFunc) && len(out) > 0 && !named[len(out)-1] {
			// The frame it runs is a comprehension's, however many
			// functions start on its line (`def f(xs): return [...]`).
			last := &out[len(out)-1]
			if name := comprehensionAt(last.File, last.Line); name != "" {
				last.Func = name
			}
		}
		starts, code := group.step(&f)
		if hidden && strings.HasSuffix(f.File, ".py") {
			if code != nil {
				hidden = false // the <genexpr> body's own Go frame, its outermost
			}
			if !more {
				break
			}
			continue
		}
		if starts {
			if awaitCall {
				pos, awaitCall = pos.call(), false
			}
			out = append(out, TracebackEntry{File: f.File, Line: f.Line, Func: positionName(f.File, f.Line), Pos: pos, outsideComp: compIter})
			compIter = false
			named = append(named, false)
		}
		if code != nil {
			last := &out[len(out)-1]
			last.Func = frameName(code, last.File, last.Line)
			named[len(named)-1] = true
		}
		if !more {
			break
		}
	}
	// A frame named by position alone, at the line where the function of
	// the frame inside it starts and with the same name, is that
	// function's caller (a module-level comprehension's <module>); of a
	// run of such frames (nested comprehensions), the outermost.
	for i := 1; i < len(out); i++ {
		o, in := &out[i], &out[i-1]
		if i+1 < len(out) && out[i+1].File == o.File && out[i+1].Line == o.Line && out[i+1].Func == o.Func {
			continue
		}
		if !named[i] && o.File == in.File && o.Line == in.Line && o.Func == in.Func {
			if s := spanAt(o.File, o.Line); s != nil && s.Start == o.Line && s.Name == o.Func {
				o.Func = enclosingFuncAt(o.File, o.Line)
			}
		}
	}
	return comprehensionFrames(out)
}

// positionName names a frame by its position alone (its Go function runs
// no noted code: a module body or a comprehension). A lambda or generator
// expression has its code noted, so one starting at the frame's line is an
// argument of a call there: the frame is the enclosing function's.
func positionName(file string, line int) string {
	if s := spanAt(file, line); s != nil && (s.Name == "<lambda>" || s.Name == "<genexpr>") && s.Start == line {
		return enclosingFuncAt(file, line)
	}
	return funcAt(file, line)
}

// awaitCallFuncs are the functions that make the call of an `await o.m(a)`
// (await_fast.go).
var awaitCallFuncs = map[string]bool{
	"github.com/py2goasync/py2goasync/runtime/py.awaitCall0":     true,
	"github.com/py2goasync/py2goasync/runtime/py.awaitCall1":     true,
	"github.com/py2goasync/py2goasync/runtime/py.awaitCallMeth1": true,
	"github.com/py2goasync/py2goasync/runtime/py.awaitCallFn1":   true,
}

const (
	runComprehensionFunc      = "github.com/py2goasync/py2goasync/runtime/py.RunComprehension"
	runComprehensionItemsFunc = "github.com/py2goasync/py2goasync/runtime/py.RunComprehensionItems"
)

// comprehensionAt names the innermost list, set or dict comprehension of
// file whose span holds line ("" if none).
func comprehensionAt(file string, line int) string {
	s := innermostSpan(file, func(s *FuncSpan) bool {
		switch s.Name {
		case "<listcomp>", "<setcomp>", "<dictcomp>":
			return s.Start <= line && line <= s.End
		}
		return false
	})
	if s == nil {
		return ""
	}
	return s.Name
}

// enclosingFuncAt names the function around the one that starts at line
// of file: the innermost span holding line that starts before it.
func enclosingFuncAt(file string, line int) string {
	s := innermostSpan(file, func(s *FuncSpan) bool { return s.Start < line && line <= s.End })
	if s == nil {
		return "<module>"
	}
	return s.Name
}

// innermostSpan is the shortest of file's function spans that keep
// accepts (nil: none).
func innermostSpan(file string, keep func(*FuncSpan) bool) *FuncSpan {
	var best *FuncSpan
	fileMaps()
	spans := funcSpans[file]
	for i := range spans {
		s := &spans[i]
		if keep(s) && (best == nil || s.End-s.Start < best.End-best.Start) {
			best = s
		}
	}
	return best
}

// frameGrouper groups Go frames, innermost first, into the Python frames
// they run. Consecutive Go frames of one Python frame (a try body inside
// py.Try, a boolean-operator closure) are one Python frame; a Go function
// noted as running a code's body (see noteBody) is the outermost Go frame
// of its Python frame.
type frameGrouper struct{ open bool }

// step takes the next Go frame outwards. starts reports that it begins a
// new Python frame; code, that it is the Go function running code's body.
func (g *frameGrouper) step(f *runtime.Frame) (starts bool, code *Code) {
	f.File = FrameFile(f.File)
	return g.stepFile(f)
}

// stepFile is step for a frame whose File is FrameFile's already.
func (g *frameGrouper) stepFile(f *runtime.Frame) (starts bool, code *Code) {
	if !strings.HasSuffix(f.File, ".py") {
		if g.open && !isBlockHelper(f.Function) {
			g.open = false
		}
		return false, nil
	}
	starts, g.open = !g.open, true
	if code = codeOfFrame(f); code != nil {
		g.open = false
	}
	return starts, code
}

// frameName names the Python frame of code's body at line: the function
// itself, unless line lies inside a class body nested in it (class bodies
// run inline in the enclosing Go function). A line that starts a nested
// function, lambda or comprehension is the enclosing frame's.
func frameName(code *Code, file string, line int) string {
	s := spanAt(file, line)
	if s == nil || s.Name == code.Name || s.Start == line {
		return code.Name
	}
	return s.Name
}

// CallerFrame is sys._getframe(depth): the Python frame depth levels
// above the innermost one on the calling goroutine's stack, with f_back
// links to the frames outside it. A coroutine's frame links to the frame
// that started the event loop (the loop itself is Go, not Python).
func CallerFrame(depth int) Object {
	entries := pythonFrames(wholeStack(2))
	if depth < 0 {
		depth = 0
	}
	if depth >= len(entries) {
		panic(NewError(ValueErrorType, "call stack is not deep enough"))
	}
	var back Object = None
	var f *frameObject
	for i := len(entries) - 1; i >= depth; i-- {
		en := entries[i]
		code := &Code{Name: en.Func, Qualname: en.Func, File: en.File, Line: en.Line}
		if d, ok := fileDef(en.File); ok {
			code.Module = d.Name
		}
		f = &frameObject{code: code, line: en.Line, back: back}
		back = f
	}
	return f
}

// WarningSite is where warnings.warn's stacklevel points from Go code
// that Python called: the file (as co_filename shows it), line and module
// globals of the Python frame level-1 frames out from the innermost one.
// ok is false when the stack is not that deep (CPython then warns from
// sys, line 1).
func WarningSite(level int) (file string, line int, globals *Dict, ok bool) {
	entries := pythonFrames(wholeStack(2))
	depth := max(level-1, 0)
	if depth >= len(entries) {
		return "", 0, nil, false
	}
	en := entries[depth]
	globals = NewDict()
	if d, ok := fileDef(en.File); ok {
		if m := moduleOfDef(d); m != nil {
			globals = m.Dict
		}
	}
	return displayFile(en.File), en.Line, globals, true
}

// moduleOfDef is the module object running d's code: __main__ for the
// main script, else sys.modules under d's name.
func moduleOfDef(d *ModuleDef) *Module {
	if m, ok := SysModules.GetStr("__main__"); ok {
		if mm, ok := m.(*Module); ok && mm.def == d {
			return mm
		}
	}
	if m, ok := SysModules.GetStr(d.Name); ok {
		if mm, ok := m.(*Module); ok {
			return mm
		}
	}
	return nil
}

// leftGenerator is PEP 479 for a StopIteration recovered in the Go
// function named catcher: when on its way it left the body of a generator
// or coroutine that runs as a plain Go call (an awaited coroutine that
// never suspended, called directly), that frame turned it into
// RuntimeError, as CPython's frame would have; the handler sees the
// RuntimeError. It runs in the deferred function recovering e, while the
// unwound frames are still on the stack. skipOwn drops the body catcher
// calls, which is the catching frame itself (a compiled coroutine's body
// catching inside its own try statement).
func (e *BaseException) leftGenerator(catcher string, skipOwn bool) *BaseException {
	if !e.cls.IsSubtype(StopIterationType) {
		return e
	}
	kind, caller, _ := innermostGeneratorFrame(catcher, skipOwn)
	if caller == "" {
		return e
	}
	return pep479Error(e, caller, kind)
}

// pep479Error is the RuntimeError a generator or coroutine body (kind)
// turns the StopIteration exc into as it leaves it; caller is the Go
// function that called the body: exc's traceback ends at the body's
// frame, the RuntimeError's starts at the caller's.
func pep479Error(exc *BaseException, caller, kind string) *BaseException {
	exc.MarkCaughtIn(caller)
	rt := NewError(RuntimeErrorType, kind+" raised StopIteration")
	rt.Cause, rt.Context, rt.SuppressContext = exc, exc, true
	rt.recordRaiseIn(caller)
	return rt
}

// innermostGeneratorFrame finds, among the Python frames a panic unwound
// on its way to the Go function named catcher, the innermost that runs the
// body of a generator, coroutine or async generator: its kind, and the Go
// function that called that body (caller is "" when there is none); inner
// reports one inside the outermost body below catcher.
func innermostGeneratorFrame(catcher string, skipOwn bool) (kind, caller string, inner bool) {
	pcs := wholeStack(3)
	frames := newCallerFrames(pcs)
	panicking := false
	type found struct{ kind, caller string }
	var bodies []found // innermost first
	var pending *Code  // a body whose caller is the next Go frame
	below := ""        // the previous (inner) Go frame's function
	hidden := false    // inside a fed generator expression's consumer work
	for {
		f, more := frames.Next()
		switch {
		case !panicking:
			panicking = f.Function == "runtime.gopanic"
		case f.Function == catcher:
			more = false
		default:
			if pending != nil {
				bodies = append(bodies, found{codeKind(pending), f.Function})
				pending = nil
			} else if isDirectAwait(f.Function) && !strings.HasPrefix(below, pyPackagePrefix) {
				// The frame below ran an awaited coroutine's body as a
				// plain call (its code is not noted as a body); below a
				// miss (the name rebound) are the runtime's call and await.
				bodies = append(bodies, found{"coroutine", f.Function})
			}
			if f.Function == feedConsumeFunc {
				// A fed generator expression's consumer work (set's
				// hashing, sum's adding) runs inside the <genexpr> body's
				// Go frame but outside its Python frame, as in CPython.
				hidden = true
			}
			if c := codeOfFrame(&f); c != nil {
				if hidden {
					hidden = false
				} else {
					pending = c
				}
			}
			below = f.Function
		}
		if !more {
			if pending != nil {
				bodies = append(bodies, found{codeKind(pending), catcher})
			}
			break
		}
	}
	if n := len(bodies); skipOwn && n > 0 && bodies[n-1].caller == catcher {
		bodies = bodies[:n-1]
	}
	for i, b := range bodies {
		if b.kind != "" {
			return b.kind, b.caller, i < len(bodies)-1
		}
	}
	return "", "", false
}

// codeKind names what kind of body c is in PEP 479's messages ("" for a
// plain function).
func codeKind(c *Code) string {
	switch {
	case c.Flags&CodeAsyncGenerator != 0:
		return "async generator"
	case c.Flags&CodeCoroutine != 0:
		return "coroutine"
	case c.Flags&CodeGenerator != 0:
		return "generator"
	}
	return ""
}

// isDirectAwait reports whether fn is one of the functions that run the
// body of the coroutine they await as a plain call: DirectAwait0..3 and,
// in compiled coroutines, CoFrame.AwaitDirect0..3.
func isDirectAwait(fn string) bool {
	rest, ok := strings.CutPrefix(fn, pyPackagePrefix)
	return ok && (strings.HasPrefix(rest, "DirectAwait") || strings.HasPrefix(rest, "(*CoFrame).AwaitDirect"))
}

const pyPackagePrefix = "github.com/py2goasync/py2goasync/runtime/py."

// callerFrames iterates the frames of pcs, a stack from runtime.Callers,
// as runtime.CallersFrames does, from a cache: Callers gives one pc per
// frame (an inlined call has its own), so a pc always stands for the same
// frame, and resolving it (the inline tree's tables) cost more than
// walking the stack: two thirds of a raise caught by the next frame.
type callerFrames struct{ pcs []uintptr }

func newCallerFrames(pcs []uintptr) *callerFrames { return &callerFrames{pcs} }

// Next is runtime.Frames.Next.
func (it *callerFrames) Next() (runtime.Frame, bool) {
	if len(it.pcs) == 0 {
		return runtime.Frame{}, false
	}
	pc := it.pcs[0]
	it.pcs = it.pcs[1:]
	return frameOfPC(pc), len(it.pcs) > 0
}

// resolvedFrames caches frameOfPC: tracebacks are made on any goroutine.
var resolvedFrames pcCache[*frameInfo]

// frameInfo is what frameOfPC resolves a pc into: the frame, and the
// Python file its Go file stands for (FrameFile, asked of every frame a
// catch looks at).
type frameInfo struct {
	runtime.Frame
	file string
}

// frameOfPC is the frame runtime.CallersFrames gives for pc, alone in a
// stack from runtime.Callers.
func frameOfPC(pc uintptr) runtime.Frame { return frameInfoOf(pc).Frame }

func frameInfoOf(pc uintptr) *frameInfo {
	if f, ok := resolvedFrames.load(pc); ok {
		return f
	}
	f, _ := runtime.CallersFrames([]uintptr{pc}).Next()
	fi := &frameInfo{Frame: f, file: FrameFile(f.File)}
	resolvedFrames.store(pc, fi)
	return fi
}

// CompSpan is a list, set or dict comprehension that awaits, which a
// coroutine's state machine runs inline (translate/coro.go,
// spillComprehension) where CPython runs it as a function of its own.
// Columns are UTF-8 byte offsets, as SourcePos's.
type CompSpan struct {
	Name                                       string // <listcomp>, <setcomp> or <dictcomp>
	Func                                       string // the coroutine function that runs it
	Line, Col, EndLine, EndCol                 int    // the comprehension
	IterLine, IterCol, IterEndLine, IterEndCol int    // its first iterable, evaluated outside it
}

// holds reports whether the comprehension's own frame runs what is at
// column col of line: inside its span, outside its first iterable's.
func (c *CompSpan) holds(line, col int) bool {
	in := func(l0, c0, l1, c1 int) bool {
		return (line > l0 || line == l0 && col >= c0) && (line < l1 || line == l1 && col < c1)
	}
	return in(c.Line, c.Col, c.EndLine, c.EndCol) && !in(c.IterLine, c.IterCol, c.IterEndLine, c.IterEndCol)
}

// comprehensionFrames puts in the frames of the inline comprehensions
// (CompSpan) an entry of out (innermost first) lies in: the innermost
// comprehension's frame where the entry was, then each enclosing frame at
// the comprehension it runs, as CPython's CALL of it.
func comprehensionFrames(out []TracebackEntry) []TracebackEntry {
	for i := 0; i < len(out); i++ {
		e := out[i]
		d, ok := fileDef(e.File)
		if !ok || len(d.Comps) == 0 || e.outsideComp {
			continue
		}
		var in []*CompSpan
		for k := range d.Comps {
			c := &d.Comps[k]
			if c.Func != e.Func {
				continue
			}
			if e.Pos.Known && c.holds(e.Line, e.Pos.Col) ||
				// A position without columns (its span is its whole
				// line) on a later line of the comprehension.
				!e.Pos.Known && e.Line > c.Line && e.Line <= c.EndLine && (e.Line < c.IterLine || e.Line > c.IterEndLine) {
				in = append(in, c)
			}
		}
		if len(in) == 0 {
			continue
		}
		// Innermost first: a comprehension inside another starts later
		// or ends sooner.
		slices.SortFunc(in, func(a, b *CompSpan) int {
			if a.holds(b.Line, b.Col) {
				return 1
			}
			return -1
		})
		frames := []TracebackEntry{{File: e.File, Line: e.Line, Func: in[0].Name, Pos: e.Pos}}
		for k, c := range in {
			name := e.Func
			if k+1 < len(in) {
				name = in[k+1].Name
			}
			frames = append(frames, TracebackEntry{File: e.File, Line: c.Line, Func: name,
				Pos: SourcePos{Known: true, Col: c.Col, EndCol: c.EndCol, EndLines: c.EndLine - c.Line}})
		}
		out = slices.Insert(slices.Delete(out, i, i+1), i, frames...)
		i += len(frames) - 1
	}
	return out
}

// CompIter and CompAIter are iter() and aiter() of the first iterable of a
// comprehension a coroutine runs inline: frames of their own, which
// pythonFrames tells apart (the caller is outside the comprehension).
//
//go:noinline
func CompIter(o Object) Object { return GetIter(o) }

//go:noinline
func CompAIter(o Object) Object { return AIter(o) }

const (
	compIterFunc  = "github.com/py2goasync/py2goasync/runtime/py.CompIter"
	compAIterFunc = "github.com/py2goasync/py2goasync/runtime/py.CompAIter"
)
