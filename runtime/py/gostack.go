package py

import (
	"runtime"
	"slices"
)

// A goStack is a goroutine's Go stack as a raise or a catch takes it,
// innermost first. Where the frame-pointer chain can be walked
// (fpCallers) it is kept as the physical return addresses the walk finds
// (phys, of which the first skip logical frames are dropped) and expanded
// into what runtime.Callers gives (one pc per frame, inlined calls
// included: pcs) only when a traceback or a frame is asked for: most
// caught exceptions never are, and the expansion was most of a raise's
// cost. Elsewhere pcs is taken by runtime.Callers and phys is nil.
type goStack struct {
	phys []uintptr
	skip int
	pcs  []uintptr
}

// takeStack is the calling goroutine's Go stack, skipping skip frames
// (takeStack's own is the first): what runtime.Callers(skip+1, ...)
// gives, expanded or not.
//
//go:noinline
func takeStack(skip int) goStack {
	if haveFPCallers {
		// Room for most stacks on the Go stack (zeroing a bigger buffer
		// cost more than walking); a deeper one is walked again.
		var buf [64]uintptr
		st := walkStack(buf[:], skip+1)
		return goStack{phys: slices.Clone(st.phys), skip: st.skip}
	}
	// Room for most stacks at once on the Go stack: a walk that fills
	// its buffer starts again from the top with a bigger one (an import
	// or a recursion runs hundreds of frames deep), and each frame walked
	// costs a table lookup.
	var buf [512]uintptr
	pcs := buf[:]
	for {
		n := runtime.Callers(skip+1, pcs)
		if n < len(pcs) {
			return goStack{pcs: append([]uintptr(nil), pcs[:n]...)}
		}
		pcs = make([]uintptr, 4*len(pcs))
	}
}

// walkStack is takeStack into buf where the stack fits it (a stack to
// look at and drop): its phys may be buf.
//
//go:noinline
func walkStack(buf []uintptr, skip int) goStack {
	if !haveFPCallers {
		return takeStack(skip + 1)
	}
	phys := buf
	for {
		n := fpCallers(phys)
		if n < len(phys) {
			return goStack{phys: phys[:n], skip: skip}
		}
		phys = make([]uintptr, 8*len(phys))
	}
}

// wholeStack is the calling goroutine's Go stack, however deep, innermost
// first, skipping skip frames: what runtime.Callers(skip+1, ...) gives,
// one pc per frame, inlined calls included.
//
//go:noinline
func wholeStack(skip int) []uintptr {
	st := takeStack(skip + 1)
	return st.logical()
}

// logical is the stack as runtime.Callers gives it.
func (s *goStack) logical() []uintptr {
	if s.pcs == nil && s.phys != nil {
		s.pcs, _ = expandPCs(s.phys, s.skip, -1)
	}
	return s.pcs
}

// logicalTail is how many logical frames the outermost n physical ones
// of a physical stack stand for.
func (s *goStack) logicalTail(n int) int {
	pcs, at := expandPCs(s.phys, s.skip, len(s.phys)-n)
	if s.pcs == nil {
		s.pcs = pcs
	}
	return len(pcs) - at
}

// expandPCs turns phys, physical return addresses from fpCallers (the
// first one in takeStack), into what runtime.Callers gives: a pc per
// frame, the frames inlined at a call site included, wrappers left out
// (as Callers leaves them unless they call a panic), and the frame that
// faulted into runtime.sigpanic at the faulting pc. The first skip frames
// from takeStack's own are dropped. at is how many pcs come before
// phys[mark]'s (len(pcs) when mark is out of range).
func expandPCs(phys []uintptr, skip, mark int) (pcs []uintptr, at int) {
	out := make([]uintptr, 0, len(phys)+8)
	x := pcExpander{phys: phys, skip: skip, i: -1}
	at = -1
	for {
		pc, i, _, ok := x.next()
		if !ok {
			break
		}
		if i >= mark && at < 0 && mark >= 0 {
			at = len(out)
		}
		out = append(out, pc)
	}
	if at < 0 {
		at = len(out)
	}
	return out, at
}

// A pcExpander steps through the logical frames of a physical stack, as
// expandPCs lists them, without making the list: a catch looks at the
// innermost few only.
type pcExpander struct {
	phys   []uintptr
	skip   int
	i      int         // the physical frame of lfs (-1 before the first)
	lfs    []logicalPC // what is left of phys[i]'s frames
	callee frameKind
}

// next is the next logical frame: its pc, the index of the physical frame
// it belongs to, and whether it is the outermost of that frame's logical
// frames (the function the others were inlined into).
func (x *pcExpander) next() (pc uintptr, phys int, outermost, ok bool) {
	for {
		for len(x.lfs) > 0 {
			lf := x.lfs[0]
			x.lfs = x.lfs[1:]
			wrapped := lf.kind == frameWrapper && x.callee != framePanic && x.callee != frameSigpanic
			x.callee = lf.kind
			if wrapped {
				continue
			}
			if x.skip > 0 {
				x.skip--
				continue
			}
			return lf.pc, x.i, len(x.lfs) == 0, true
		}
		x.i++
		if x.i >= len(x.phys) {
			return 0, 0, false, false
		}
		pc := x.phys[x.i]
		if x.callee == frameSigpanic {
			pc++
		}
		x.lfs = logicalPCs(pc)
	}
}
