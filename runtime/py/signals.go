package py

import (
	"sync/atomic"
	"time"
)

// Signals reach Python handlers as in CPython, which runs them in the
// main thread between bytecodes. A goroutine of the signal module takes
// the OS signal (os/signal.Notify) and calls TripSignal, which records it
// and sets a bit of evalBreaker; the main thread runs the handler at its
// next safe point, where an exception the handler raises (KeyboardInterrupt
// from the default SIGINT handler, SystemExit from sys.exit) is raised:
//
//   - Checkpoint, which generated code calls on every loop back-edge and
//     iteration calls on every step, already loading evalBreaker for GIL
//     drop requests: signals cost nothing more there;
//   - the blocking waits CPython's EINTR interrupts: time.sleep
//     (SleepInterruptible) and the event loop's wait.

// evalBreaker holds the reasons the running thread must leave its fast
// path at the next Checkpoint (CPython's eval_breaker).
var evalBreaker atomic.Uint32

const (
	breakGILDrop uint32 = 1 << iota // another thread has waited switchInterval for the GIL
	breakSignals                    // a signal awaits its Python handler
)

var (
	// tripped marks the signals that arrived and await their handler.
	tripped [65]atomic.Bool
	// signalWake holds a token when a signal arrived, for the main
	// thread's interruptible waits.
	signalWake = make(chan struct{}, 1)
	// signalWaker wakes the event loop the main thread runs (nil: none).
	signalWaker atomic.Pointer[func()]
	// SignalHandler runs the Python handler of sig in the main thread
	// (set by the signal module).
	SignalHandler func(sig int)
	// signalsRouted is set when the signal module delivers the OS's
	// signals through TripSignal.
	signalsRouted atomic.Bool
)

// TripSignal records that sig arrived; any goroutine may call it.
func TripSignal(sig int) {
	if sig <= 0 || sig >= len(tripped) {
		return
	}
	tripped[sig].Store(true)
	evalBreaker.Or(breakSignals)
	select {
	case signalWake <- struct{}{}:
	default:
	}
	wakeSignalPipe()
	if w := signalWaker.Load(); w != nil {
		(*w)()
	}
}

// RouteSignals records that the program's OS signals reach Python
// handlers through TripSignal (the signal module does it at start).
func RouteSignals() { signalsRouted.Store(true) }

// SignalsRouted reports whether RouteSignals was called.
func SignalsRouted() bool { return signalsRouted.Load() }

// SetSignalWaker sets the function that wakes the event loop the main
// thread is waiting in when a signal arrives (nil: none), returning the
// previous one.
func SetSignalWaker(f func()) func() {
	var p *func()
	if f != nil {
		p = &f
	}
	if old := signalWaker.Swap(p); old != nil {
		return *old
	}
	return nil
}

// SwapSignalWaker is SetSignalWaker taking and returning the function by
// pointer (nil: none), so that a caller keeping its waker allocates
// nothing per call.
func SwapSignalWaker(p *func()) *func() { return signalWaker.Swap(p) }

// SignalsPending reports whether CheckSignals would run a handler now.
func SignalsPending() bool {
	return evalBreaker.Load()&breakSignals != 0 && current == MainThread
}

// CheckSignals is PyErr_CheckSignals: in the main thread, it runs the
// handlers of the signals that arrived; what a handler raises is raised
// here. Elsewhere it does nothing (the main thread will).
func CheckSignals() {
	if evalBreaker.Load()&breakSignals != 0 && current == MainThread {
		runSignalHandlers()
	}
}

// runSignalHandlers runs the pending handlers in signal-number order. If
// one raises, the signals not yet handled stay pending.
func runSignalHandlers() {
	evalBreaker.And(^breakSignals)
	defer func() {
		for i := range tripped {
			if tripped[i].Load() {
				evalBreaker.Or(breakSignals)
				break
			}
		}
	}()
	for sig := 1; sig < len(tripped); sig++ {
		if tripped[sig].Swap(false) && SignalHandler != nil {
			SignalHandler(sig)
		}
	}
}

// checkpointSlow is Checkpoint's path when evalBreaker is set.
//
//go:noinline
func checkpointSlow() {
	if evalBreaker.Load()&breakGILDrop != 0 {
		dropGIL()
	}
	CheckSignals()
}

// SignalWakeup is, in the main thread, the channel that receives a token
// when a signal arrives, for blocking waits that CPython's EINTR
// interrupts: wait on it too without the GIL, then call CheckSignals (its
// handler may raise) and go on waiting. Elsewhere it is nil (never ready).
func SignalWakeup() <-chan struct{} {
	if current == MainThread {
		return signalWake
	}
	return nil
}

// SleepInterruptible sleeps for d as time.sleep does in the main thread:
// a signal's arrival interrupts the sleep, its handler runs (and may
// raise), and the sleep goes on for the rest of d. Other threads just
// sleep. The caller holds the GIL.
func SleepInterruptible(d time.Duration) {
	if current != MainThread {
		WithoutGIL(func() { time.Sleep(d) })
		return
	}
	deadline := time.Now().Add(d)
	for {
		CheckSignals()
		left := time.Until(deadline)
		if left <= 0 {
			return
		}
		WithoutGIL(func() {
			t := time.NewTimer(left)
			select {
			case <-t.C:
			case <-signalWake:
				t.Stop()
			}
		})
	}
}

// Hooks between the signal module and asyncio's Runner, kept here so that
// neither package imports the other: a program links asyncio only when it
// imports it, and every program links signal (internal/driver/linkset.go).
var (
	// SigintIsDefault, set by the signal module, reports whether SIGINT
	// has Python's default handler (nil: assume it has).
	SigintIsDefault func() bool
	// ClaimSignal, set by the signal module, makes the module the one
	// receiver of sig for a loop's add_signal_handler: deliver runs for
	// each arrival until release is called. As CPython's loop installs a
	// Python handler, a claimed signal no longer ends the process by its
	// default action; one receiver decides both in arrival order.
	ClaimSignal func(sig int, deliver func()) (release func())
	// InterruptRunner, set by asyncio, delivers SIGINT's default action to
	// the running asyncio Runner; it reports whether one took it.
	InterruptRunner func() bool
)
