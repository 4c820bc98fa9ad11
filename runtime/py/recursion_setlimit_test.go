package py

import "testing"

// A depth saved before sys.setrecursionlimit and restored after it (a
// context manager lowering the limit around a generator's suspension, as
// test.support.infinite_recursion does) gives back the depth, not the
// levels left under the old limit.
func TestRestoreDepthAcrossSetRecursionLimit(t *testing.T) {
	acquireMainForTest()
	limit := recursionLimit
	defer SetRecursionLimit(Int(limit))
	before := RecursionDepth()
	saved := SaveDepth()
	SetRecursionLimit(Int(before + 50))
	EnterRecursiveCall("")
	RestoreDepth(saved)
	SetRecursionLimit(Int(limit))
	if got := RecursionDepth(); got != before {
		t.Fatalf("depth after restore across a limit change: %d, want %d", got, before)
	}
	// And the other way: saved under the low limit, restored under the
	// high one, after the limit came back.
	SetRecursionLimit(Int(before + 50))
	saved = SaveDepth()
	SetRecursionLimit(Int(limit))
	EnterRecursiveCall("")
	RestoreDepth(saved)
	if got := RecursionDepth(); got != before {
		t.Fatalf("depth after restore under the old limit: %d, want %d", got, before)
	}
	// Catch restores the same way when the limit changes inside f.
	e := Catch(func() {
		SetRecursionLimit(Int(before + 20))
		for {
			EnterRecursiveCall("")
		}
	})
	SetRecursionLimit(Int(limit))
	if e == nil || !e.cls.IsSubtype(RecursionErrorType) {
		t.Fatalf("got %v, want RecursionError", e)
	}
	if got := RecursionDepth(); got != before {
		t.Fatalf("depth after Catch across a limit change: %d, want %d", got, before)
	}
}
