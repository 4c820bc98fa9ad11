package py

import (
	"runtime"
	"slices"
	"testing"
)

// calleesStack returns wholeStack(1) and runtime.Callers' view of the same
// point, through an inlined call and a method value (a wrapper).
func calleesStack() (fp, callers []uintptr) {
	pcs := make([]uintptr, 512)
	n := runtime.Callers(1, pcs)
	return wholeStack(1), pcs[:n]
}

func inlinedCaller() ([]uintptr, []uintptr) { return calleesStack() }

type stackHolder struct{}

func (stackHolder) get() ([]uintptr, []uintptr) { return inlinedCaller() }

// TestWholeStackMatchesCallers checks that the frame-pointer walk gives
// what runtime.Callers gives, frame for frame (a pc of its own for
// inlined calls, no wrappers), also while a panic unwinds.
func TestWholeStackMatchesCallers(t *testing.T) {
	if !haveFPCallers {
		t.Skip("no frame-pointer walk here")
	}
	check := func(what string, fp, callers []uintptr) {
		t.Helper()
		// The two calls differ in their own line within calleesStack.
		if len(fp) != len(callers) || !slices.Equal(fp[1:], callers[1:]) {
			t.Errorf("%s: frame-pointer walk %s\nruntime.Callers %s", what, frameNames(fp), frameNames(callers))
		}
	}
	fp, callers := stackHolder{}.get()
	check("plain", fp, callers)
	get := stackHolder{}.get // a method value: called through a wrapper
	fp, callers = get()
	check("method value", fp, callers)
	func() {
		defer func() {
			recover()
			fp, callers := calleesStack()
			check("deferred during a panic", fp, callers)
		}()
		var m map[string]int
		m["x"]++ // a real runtime panic
		panic("unreachable")
	}()
	func() {
		defer func() {
			recover()
			fp, callers := calleesStack()
			check("deferred during a signal panic", fp, callers)
		}()
		var p *stackHolder
		_ = *p
	}()
}

func frameNames(pcs []uintptr) []string {
	var out []string
	for _, pc := range pcs {
		f := frameOfPC(pc)
		out = append(out, f.Function)
	}
	return out
}
