package py

import (
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// StdoutBuffer is sys.stdout's buffers, CPython's two layers: the
// TextIOWrapper's pending text (handed down in chunks of 8192 bytes) over
// a BufferedWriter (of the descriptor's block size, 4096 for a pipe).
// Stdout is block-buffered when not a terminal, line-buffered on a
// terminal, unbuffered under PYTHONUNBUFFERED (python3 -u). Errors are
// CPython's: the write that fails raises its OSError (BrokenPipeError
// when the reader went away); text handed down with a failing write is
// dropped while the BufferedWriter keeps what it could not write, for the
// next flush to try again; a flush at exit that fails is reported as an
// "Exception ignored" and makes the exit status 120.
type StdoutBuffer struct {
	pending    []byte // the TextIOWrapper's pending bytes
	buf        []byte // the BufferedWriter's buffer
	size       int    // the BufferedWriter's buffer size
	fd         *os.File
	fdNum      int
	unbuffered bool
	lineBuffer bool
	started    bool
	isStderr   bool // line-buffered always; write errors dropped
}

// textChunkSize is TextIOWrapper's _CHUNK_SIZE.
const textChunkSize = 8192

func newStdoutBuffer() *StdoutBuffer {
	return &StdoutBuffer{fd: os.Stdout, fdNum: 1, size: 8192}
}

// newStderrBuffer is sys.stderr's buffers: as sys.stdout's, but
// line-buffered even when not a terminal (CPython 3.9+), write_through
// over the raw stream under PYTHONUNBUFFERED.
func newStderrBuffer() *StdoutBuffer {
	return &StdoutBuffer{fd: os.Stderr, fdNum: 2, size: 8192, isStderr: true}
}

// start reads the settings CPython reads when it creates sys.stdout.
func (b *StdoutBuffer) start() {
	if b.started {
		return
	}
	b.started = true
	b.unbuffered = os.Getenv("PYTHONUNBUFFERED") != ""
	var st syscall.Stat_t
	if syscall.Fstat(b.fdNum, &st) == nil && st.Blksize > 1 {
		b.size = int(st.Blksize)
	}
	b.lineBuffer = b.isStderr || isTerminal(b.fdNum)
}

// WriteString is TextIOWrapper.write(s).
func (b *StdoutBuffer) WriteString(s string) (int, error) {
	if b.unbuffered {
		// write_through over the unbuffered raw stream.
		if _, err := b.fd.WriteString(s); err != nil {
			return 0, err
		}
		return len(s), nil
	}
	if len(b.pending) > 0 && len(b.pending)+len(s) > textChunkSize {
		if err := b.handDown(); err != nil {
			return 0, err
		}
	}
	b.pending = append(b.pending, s...)
	if len(b.pending) >= textChunkSize {
		if err := b.handDown(); err != nil {
			return 0, err
		}
	}
	if b.lineBuffer && strings.ContainsAny(s, "\n\r") {
		return len(s), b.flush()
	}
	return len(s), nil
}

// Write is BufferedWriter.write(p), for bytes written to sys.stdout.buffer:
// they go below the text layer, whose pending text stays pending (so bytes
// overtake text not yet handed down, as in CPython).
func (b *StdoutBuffer) Write(p []byte) (int, error) {
	n, err := b.write(p)
	if err != nil && b.isStderr {
		b.drop()
		return len(p), nil
	}
	return n, err
}

func (b *StdoutBuffer) write(p []byte) (int, error) {
	if b.unbuffered {
		return b.fd.Write(p)
	}
	if err := b.bufWrite(p); err != nil {
		return 0, err
	}
	return len(p), nil
}

// handDown passes the pending text to the BufferedWriter; it is dropped
// when that fails.
func (b *StdoutBuffer) handDown() error {
	if len(b.pending) == 0 {
		return nil
	}
	err := b.bufWrite(b.pending)
	b.pending = b.pending[:0]
	return err
}

// bufWrite is BufferedWriter.write(p): into the buffer when it fits,
// else after writing the buffer out (which, failing, keeps the buffer and
// drops p); what does not fit in an empty buffer is written at once.
func (b *StdoutBuffer) bufWrite(p []byte) error {
	if len(b.buf)+len(p) <= b.size {
		b.buf = append(b.buf, p...)
		return nil
	}
	if err := b.rawFlush(); err != nil {
		return err
	}
	if len(p) > b.size {
		_, err := b.fd.Write(p)
		return err
	}
	b.buf = append(b.buf, p...)
	return nil
}

// rawFlush writes the BufferedWriter's buffer out, keeping what could not
// be written.
func (b *StdoutBuffer) rawFlush() error {
	if len(b.buf) == 0 {
		return nil
	}
	n, err := b.fd.Write(b.buf)
	b.buf = b.buf[:copy(b.buf, b.buf[max(n, 0):])]
	return err
}

// FlushBuffer is BufferedWriter.flush(), sys.stdout.buffer.flush(): the
// text layer's pending text stays pending.
func (b *StdoutBuffer) FlushBuffer() error {
	err := b.rawFlush()
	if err != nil && b.isStderr {
		b.drop()
		return nil
	}
	return err
}

// flush is TextIOWrapper.flush(): hand the text down, write the buffer.
func (b *StdoutBuffer) flush() error {
	if err := b.handDown(); err != nil {
		return err
	}
	return b.rawFlush()
}

// Flush writes everything out for the runtime's own ordering (before
// stderr output, a child process, a traceback). CPython does not flush
// there, so nothing is dropped on failure: the program's next flush, or
// the one at exit, meets the error again.
func (b *StdoutBuffer) Flush() error {
	if len(b.pending) > 0 {
		if len(b.buf)+len(b.pending) > b.size {
			if err := b.rawFlush(); err != nil {
				return err
			}
		}
		if len(b.buf)+len(b.pending) <= b.size {
			b.buf = append(b.buf, b.pending...)
			b.pending = b.pending[:0]
		} else {
			n, err := b.fd.Write(b.pending)
			b.pending = b.pending[:copy(b.pending, b.pending[max(n, 0):])]
			if err != nil {
				return err
			}
		}
	}
	return b.rawFlush()
}

// WriteStdout is sys.stdout.write(s) (and print), flushing afterwards
// when flush is set; a write error raises its OSError.
func WriteStdout(s string, flush bool) {
	s = stdioText(s, false)
	_, err := Stdout.WriteString(s)
	if err == nil && flush {
		err = Stdout.flush()
	}
	if err != nil {
		panic(NewOSError(err, ""))
	}
}

// WriteStderr is sys.stderr.write(s). The runtime's own stderr output
// goes straight to the descriptor after FlushStdout (which writes out
// sys.stderr's buffers too), so it keeps its place. Write errors are
// dropped with the text.
func WriteStderr(s string) {
	s = stdioText(s, true)
	if _, err := Stderr.WriteString(s); err != nil {
		Stderr.drop()
	}
}

// drop forgets what could not be written (sys.stderr only).
func (b *StdoutBuffer) drop() {
	b.pending, b.buf = b.pending[:0], b.buf[:0]
}

// flushStderr writes sys.stderr's buffers out, dropping them on error.
func flushStderr() {
	if len(Stderr.pending)+len(Stderr.buf) == 0 {
		return
	}
	if Stderr.flush() != nil {
		Stderr.drop()
	}
}

// flushStdoutAtExit flushes sys.stdout as Py_FinalizeEx does: a failure
// is printed as an unraisable exception and makes the exit status 120.
// sys.stderr is flushed after it.
func flushStdoutAtExit(code int) int {
	flushStderr()
	if err := Stdout.flush(); err != nil {
		e := NewOSError(err, "")
		fmt.Fprintf(os.Stderr, "Exception ignored in: %s\n%s\n", Repr(SysStdout), FormatExceptionOnly(e))
		if code != exitBySIGINT {
			code = 120
		}
	}
	return code
}

// sigpipe receives SIGPIPE. Asking for it makes a write to a closed pipe
// fail with EPIPE, on any descriptor, instead of killing the process
// (Go's default for stdout and stderr), as CPython ignores SIGPIPE.
// Handled rather than ignored, it is reset to the default in child
// processes, as CPython's subprocess restores it.
var sigpipe = make(chan os.Signal, 1) // never read: deliveries are dropped

// startStdio sets the standard streams up when a program starts, and runs
// the start hooks of the runtime's packages.
func startStdio() {
	signal.Notify(sigpipe, syscall.SIGPIPE)
	Stdout.start()
	Stderr.start()
	for _, f := range startHooks {
		f()
	}
}

var startHooks []func()

// OnStart registers f to run when a program starts (RunMain), before its
// main module.
func OnStart(f func()) { startHooks = append(startHooks, f) }
