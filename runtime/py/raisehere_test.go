package py

import "testing"

// A raise made by RaiseHere in a body runCatching runs comes back as the
// body's result, marked caught, with no panic.
func TestRaiseHereReturns(t *testing.T) {
	acquireMainForTest()
	e := NewError(ValueErrorType, "x")
	flow, result, exc := runCatching(func() (Flow, Object) {
		if fl, rv := RaiseHere(e); fl == FlowRaise {
			return fl, rv
		}
		return FlowNext, nil
	})
	if flow != FlowNext || result != nil || exc != e {
		t.Fatalf("runCatching = %v, %v, %v; want FlowNext, nil, the exception", flow, result, exc)
	}
	if !haveFPCallers {
		return
	}
	last := e.raises[len(e.raises)-1]
	if !last.caught || last.own != 1 {
		t.Fatalf("raise site %+v: not marked caught by runCatching", last)
	}
}
