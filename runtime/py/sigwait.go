package py

import (
	"sync"
	"syscall"
	"unsafe"
)

// A blocking read in CPython's main thread is interrupted by a signal's
// arrival (EINTR): the handler runs and may raise (KeyboardInterrupt from
// input() or a socket's recv). Go restarts interrupted system calls, so
// the main thread instead waits for the descriptor with ppoll beside a
// pipe that TripSignal writes to.

var (
	sigPipeOnce sync.Once
	sigPipe     [2]int // read and write ends, non-blocking; -1 if none
)

// signalPipe is the pipe a signal's arrival writes a byte to.
func signalPipe() (r, w int) {
	sigPipeOnce.Do(func() {
		if err := syscall.Pipe2(sigPipe[:], syscall.O_NONBLOCK|syscall.O_CLOEXEC); err != nil {
			sigPipe = [2]int{-1, -1}
		}
	})
	return sigPipe[0], sigPipe[1]
}

// wakeSignalPipe tells a WaitReady in progress that a signal arrived.
func wakeSignalPipe() {
	if _, w := signalPipe(); w >= 0 {
		syscall.Write(w, []byte{0})
	}
}

type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

const (
	pollIn  = 0x1
	pollOut = 0x4
)

// WaitReady blocks the main thread until the blocking descriptor fd can
// be read (or written, if write) without blocking, running the handlers
// of signals that arrive meanwhile; what a handler raises is raised here.
// Elsewhere, or when no Python handler can run, it returns at once and
// the blocking call waits by itself. The caller holds the GIL.
func WaitReady(fd int, write bool) {
	if current != MainThread || !signalsRouted.Load() {
		return
	}
	r, _ := signalPipe()
	if r < 0 {
		return
	}
	events := int16(pollIn)
	if write {
		events = pollOut
	}
	for {
		CheckSignals()
		fds := [2]pollFd{{fd: int32(fd), events: events}, {fd: int32(r), events: pollIn}}
		var errno syscall.Errno
		WithoutGIL(func() {
			_, _, errno = syscall.Syscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&fds[0])), 2, 0, 0, 0, 0)
		})
		switch {
		case errno == syscall.EINTR:
		case errno != 0:
			return // let the call itself report the descriptor's error
		case fds[1].revents != 0:
			var buf [64]byte
			for {
				if n, _ := syscall.Read(r, buf[:]); n <= 0 {
					break
				}
			}
			if fds[0].revents == 0 {
				continue
			}
			return
		default:
			return
		}
	}
}
