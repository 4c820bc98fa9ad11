package signal

import (
	"os"
	gosignal "os/signal"
	"sync"
	"syscall"
	"unsafe"
)

// Most deadly signals are left to the kernel at start: their disposition
// goes back to SIG_DFL, which ends the process by the signal as CPython's
// default does, instead of being taken by os/signal.Notify. Notify costs
// a round trip with Go's signal-mask thread per signal (sigenable), and
// the ~45 deadly signals, most of them real-time ones, made that ~150
// context switches and 3 ms of CPU at every program's start. Go's handler
// is saved and put back before the program first hands one of them to
// os/signal (a Python handler, SIG_IGN, a mask, a waiter, an event loop).
//
// The synchronous faults (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP) stay
// with Go, which turns its own into panics; SIGHUP and SIGTERM need
// neither, since Go's runtime ends the process by them when nothing is
// notified.

var (
	kernelMu sync.Mutex
	// goAction holds Go's handler of each signal left to the kernel.
	goAction    [65]kernelSigaction
	kernelOwned [65]bool
)

// leftToKernel are the deadly signals start gives back to the kernel.
func leftToKernel(sig int) bool {
	switch syscall.Signal(sig) {
	case syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGFPE, syscall.SIGILL, syscall.SIGTRAP, syscall.SIGHUP, syscall.SIGTERM:
		return false
	}
	return isDeadly(sig)
}

// giveToKernel sets sig's disposition to SIG_DFL, keeping Go's handler.
func giveToKernel(sig int) {
	kernelMu.Lock()
	defer kernelMu.Unlock()
	var dfl kernelSigaction
	if _, _, e := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&dfl)), uintptr(unsafe.Pointer(&goAction[sig])), 8, 0, 0); e == 0 {
		kernelOwned[sig] = true
	}
}

// reclaim puts Go's handler of sig back if the kernel has it, before
// os/signal is told anything about sig.
func reclaim(sig syscall.Signal) {
	n := int(sig)
	if n < 1 || n >= len(kernelOwned) {
		return
	}
	kernelMu.Lock()
	defer kernelMu.Unlock()
	if kernelOwned[n] {
		syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(n), uintptr(unsafe.Pointer(&goAction[n])), 0, 8, 0, 0)
		kernelOwned[n] = false
	}
}

// goNotify, goReset and goIgnore are os/signal's, for a signal the kernel
// may hold.
func goNotify(c chan<- os.Signal, sig syscall.Signal) {
	reclaim(sig)
	gosignal.Notify(c, sig)
}

func goReset(sig syscall.Signal) {
	reclaim(sig)
	gosignal.Reset(sig)
}

func goIgnore(sig syscall.Signal) {
	reclaim(sig)
	gosignal.Ignore(sig)
}
