package py

import (
	"testing"
	"time"
)

// A thread spinning in Python code must let a thread waiting for the GIL
// in after about the switch interval, as CPython does.
func TestCheckpointHandsOverTheGIL(t *testing.T) {
	EnterMain()
	got := make(chan time.Duration, 1)
	start := time.Now()
	WithoutGIL(func() {}) // the main thread holds the GIL again below
	StartThread("waiter", nil, func() { got <- time.Since(start) })
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		Checkpoint() // a loop back-edge of the spinning main thread
		select {
		case d := <-got:
			if d > time.Second {
				t.Fatalf("waiter got the GIL only after %v", d)
			}
			return
		default:
		}
	}
	t.Fatal("the waiting thread never got the GIL from a spinning thread")
}
