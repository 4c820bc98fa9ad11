package py

import (
	"sync"
	"testing"
)

// TestLazyRunsOnce checks Lazy's setup: its functions run in order at the
// first call only, and concurrent first calls all return after they ran.
func TestLazyRunsOnce(t *testing.T) {
	var order []int
	setup := Lazy(func() { order = append(order, 1) }, func() { order = append(order, 2) })
	if len(order) != 0 {
		t.Fatalf("Lazy ran its functions before the first call: %v", order)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			setup()
			if len(order) != 2 {
				t.Errorf("setup returned before its functions ran: %v", order)
			}
		}()
	}
	wg.Wait()
	setup()
	if len(order) != 2 || order[0] != 1 || order[1] != 2 {
		t.Fatalf("want [1 2], got %v", order)
	}
}
