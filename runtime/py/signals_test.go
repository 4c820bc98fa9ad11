package py

import (
	"testing"
	"time"
)

// A tripped signal's handler runs in the main thread at its next
// Checkpoint; what it raises is raised there, and signals not handled yet
// stay pending for the next one.
func TestSignalsRunAtCheckpoint(t *testing.T) {
	EnterMain()
	defer func() { SignalHandler = nil }()
	var ran []int
	SignalHandler = func(sig int) {
		ran = append(ran, sig)
		if sig == 10 {
			panic(NewException(SystemExitType, Int(9)))
		}
	}
	Checkpoint()
	if len(ran) != 0 {
		t.Fatalf("handlers ran with no signal: %v", ran)
	}
	TripSignal(12)
	TripSignal(10)
	e := Catch(Checkpoint)
	if e == nil || !e.Type().IsSubtype(SystemExitType) || len(ran) != 1 || ran[0] != 10 {
		t.Fatalf("Checkpoint raised %v after handlers %v; want SystemExit from 10's", e, ran)
	}
	Checkpoint() // 12 is still pending
	if len(ran) != 2 || ran[1] != 12 {
		t.Fatalf("handlers %v; want 12 after 10", ran)
	}
	Checkpoint()
	if len(ran) != 2 {
		t.Fatalf("a handler ran twice: %v", ran)
	}
}

// A signal interrupts time.sleep in the main thread: its handler runs at
// once and its exception ends the sleep.
func TestSignalInterruptsSleep(t *testing.T) {
	EnterMain()
	defer func() { SignalHandler = nil }()
	SignalHandler = func(sig int) { panic(NewException(KeyboardInterruptType)) }
	go func() {
		time.Sleep(50 * time.Millisecond)
		TripSignal(2)
	}()
	start := time.Now()
	e := Catch(func() { SleepInterruptible(10 * time.Second) })
	if e == nil || !e.Type().IsSubtype(KeyboardInterruptType) {
		t.Fatalf("sleep ended with %v, want KeyboardInterrupt", e)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("the sleep was not interrupted (%v)", d)
	}
	// A handler that returns lets the sleep go on for the rest of it.
	SignalHandler = func(sig int) {}
	go func() {
		time.Sleep(20 * time.Millisecond)
		TripSignal(2)
	}()
	start = time.Now()
	SleepInterruptible(100 * time.Millisecond)
	if d := time.Since(start); d < 100*time.Millisecond {
		t.Fatalf("the sleep ended after %v, before its time", d)
	}
}

// The cost of the check at a loop back-edge with nothing pending: one
// atomic load shared with the GIL drop request.
func BenchmarkCheckpoint(b *testing.B) {
	EnterMain()
	for i := 0; i < b.N; i++ {
		Checkpoint()
	}
}
