package asyncio

import (
	"bytes"
	"fmt"
	"strings"
	"syscall"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// asyncio.streams: StreamReader fed by a goroutine reading a pipe or a
// socket (completions posted to the loop), StreamWriter writing through a
// goroutine so that the loop never blocks.

const streamLimit = 1 << 16

// StreamReader is asyncio.StreamReader.
type StreamReader struct {
	loop   *Loop
	buf    []byte
	eof    bool
	waiter *Future
	exc    *py.BaseException
	limit  int
	// transport is the selector transport feeding the reader (streams
	// opened by open_connection/start_server); paused says the reader
	// paused its reading.
	transport streamTransport
	paused    bool
	// whole is the bytes object buf aliases entirely (see FeedBytes), or "".
	whole py.Bytes
	// owned says buf's array is the reader's own, filled by recv and
	// written nowhere else: its spare capacity takes the next read, and a
	// read of all of it hands the array over as the bytes returned.
	owned bool
	// bulk is the size of the next direct read (0: small reads, through
	// the transport's scratch buffer and data_received).
	bulk int
	// pyTransport is a `_transport` assigned from Python that is not a
	// runtime transport (tests set the private attribute to a mock).
	pyTransport py.Object
}

var StreamReaderType *py.Type

func streamReaderAlloc(t *py.Type) py.Object {
	return &StreamReader{limit: streamLimit}
}

func (*StreamReader) Type() *py.Type { return StreamReaderType }

func (r *StreamReader) String() string {
	info := []string{"StreamReader"}
	if len(r.buf) > 0 {
		info = append(info, fmt.Sprintf("%d bytes", len(r.buf)))
	}
	if r.eof {
		info = append(info, "eof")
	}
	if r.limit != streamLimit {
		info = append(info, fmt.Sprintf("limit=%d", r.limit))
	}
	if r.waiter != nil {
		info = append(info, "waiter="+py.Repr(r.waiter))
	}
	if r.exc != nil {
		info = append(info, "exception="+py.Repr(r.exc))
	}
	if tr := r.transportObj(); tr != nil {
		info = append(info, "transport="+py.Repr(tr))
	}
	if r.paused {
		info = append(info, "paused")
	}
	s := "<"
	for i, x := range info {
		if i > 0 {
			s += " "
		}
		s += x
	}
	return s + ">"
}

// transportObj is the reader's _transport (nil: None).
func (r *StreamReader) transportObj() py.Object {
	if r.pyTransport != nil {
		return r.pyTransport
	}
	if r.transport != nil {
		return r.transport
	}
	return nil
}

func (r *StreamReader) wake() {
	if w := r.waiter; w != nil {
		r.waiter = nil
		if !w.Done() {
			w.SetResult(py.None)
		}
	}
}

// FeedData is feed_data(data).
func (r *StreamReader) FeedData(b []byte) {
	if len(b) == 0 {
		return
	}
	r.buf = append(r.buf, b...)
	r.whole = ""
	r.fed()
}

// FeedBytes is feed_data for a bytes object: an empty buffer takes it
// without a copy (the buffer then aliases the immutable bytes, with no
// spare capacity, so it is never written in place), and a read of all of
// it returns the same object.
func (r *StreamReader) FeedBytes(b py.Bytes) {
	if len(b) == 0 {
		return
	}
	if len(r.buf) == 0 {
		r.buf = unsafe.Slice(unsafe.StringData(string(b)), len(b))
		r.whole = b
	} else {
		r.buf = append(r.buf, b...)
		r.whole = ""
	}
	r.fed()
}

func (r *StreamReader) fed() {
	r.wake()
	if !r.paused && len(r.buf) > 2*r.limit {
		if t := r.transport; t != nil {
			t.pauseReading()
			r.paused = true
		} else if t := r.pyTransport; t != nil {
			// Any other transport (a pipe's, one a program wrote):
			// one without pause_reading is forgotten, as in CPython.
			if e := catch(func() { py.CallMethod(t, "pause_reading") }); e != nil {
				if !e.Type().IsSubtype(py.NotImplementedErrorType) {
					panic(e)
				}
				r.pyTransport = nil
			} else {
				r.paused = true
			}
		}
	}
}

// resumeTransport calls the transport's resume_reading.
func (r *StreamReader) resumeTransport() {
	if r.transport != nil {
		r.transport.resumeReading()
	} else if r.pyTransport != nil {
		py.CallMethod(r.pyTransport, "resume_reading")
	}
}

// maybeResumeTransport is _maybe_resume_transport.
func (r *StreamReader) maybeResumeTransport() {
	if r.paused && len(r.buf) <= r.limit {
		r.paused = false
		r.resumeTransport()
	}
}

// FeedEOF is feed_eof().
func (r *StreamReader) FeedEOF() {
	r.eof = true
	r.wake()
}

func (r *StreamReader) setException(e *py.BaseException) {
	r.exc = e
	if w := r.waiter; w != nil {
		r.waiter = nil
		if !w.Done() {
			w.setException(e)
		}
	}
}

func (r *StreamReader) waitForData(fn string) {
	if r.waiter != nil {
		runtimeError("%s() called while another coroutine is already waiting for incoming data", fn)
	}
	l := r.loop
	if l == nil {
		l = GetRunningLoop()
		r.loop = l
	}
	if r.paused {
		r.paused = false
		r.resumeTransport()
	}
	r.waiter = NewFuture(l)
	w := r.waiter
	defer func() { r.waiter = nil }()
	w.AwaitDirect()
}

func (r *StreamReader) take(n int) py.Object {
	var data py.Bytes
	switch {
	case n == len(r.buf) && len(r.whole) == n:
		data = r.whole
	case n == len(r.buf) && r.owned && n > 0:
		// The array goes with the bytes object, never to be written again.
		data = py.Bytes(unsafe.String(&r.buf[0], n))
		r.owned = false
	default:
		data = py.Bytes(r.buf[:n])
	}
	r.whole = ""
	r.buf = r.buf[n:]
	if len(r.buf) == 0 {
		r.buf = nil
		r.owned = false
	}
	r.maybeResumeTransport()
	return data
}

// Direct reads: a stream receiving in bulk reads from its socket straight
// into its buffer, so that a read() of everything buffered returns that
// memory without a copy (data_received's path copies every chunk out of
// the transport's scratch buffer, and read() may copy it again).
const (
	bulkMin = 64 * 1024   // a read this large switches to direct reads
	bulkMax = 1024 * 1024 // the largest direct read
)

// builderLayout is strings.Builder's layout (Go 1.10 to this day).
type builderLayout struct {
	addr *strings.Builder
	buf  []byte
}

// makeNoZero is make([]byte, n, c) without clearing the memory: a read
// overwrites it, and only what was read is ever looked at. (A receive
// buffer of a MiB cleared at every read cost a seventh of a bulk
// transfer's CPU.) strings.Builder.Grow is the standard library's way to
// such memory; its layout is checked, and plain make serves otherwise.
func makeNoZero(n, c int) []byte {
	if unsafe.Sizeof(strings.Builder{}) != unsafe.Sizeof(builderLayout{}) {
		return make([]byte, n, c)
	}
	var sb strings.Builder
	sb.Grow(c)
	b := (*builderLayout)(unsafe.Pointer(&sb)).buf
	if cap(b) < c {
		return make([]byte, n, c)
	}
	return b[:n:c]
}

// noteRecv records the size of a read made through data_received: a large
// one starts direct reads.
func (r *StreamReader) noteRecv(n int) {
	if n >= bulkMin {
		r.bulk = min(2*n, bulkMax)
	}
}

// recv reads from fd into the buffer's spare capacity (growing it to
// r.bulk), as the transport's _read_ready would, and feeds what came.
func (r *StreamReader) recv(fd int) (int, error) {
	size := r.bulk
	if !r.owned || cap(r.buf)-len(r.buf) < size {
		nb := makeNoZero(len(r.buf), len(r.buf)+size)
		copy(nb, r.buf)
		r.buf, r.owned, r.whole = nb, true, ""
	}
	n, err := syscall.Read(fd, r.buf[len(r.buf):cap(r.buf)])
	if n <= 0 {
		return n, err
	}
	r.buf = r.buf[:len(r.buf)+n]
	switch {
	case n >= size:
		r.bulk = min(2*size, bulkMax)
	case n < bulkMin/2:
		r.bulk = 0 // back to small reads
	}
	r.fed()
	return n, nil
}

func (r *StreamReader) Read(n int) py.Object {
	if r.exc != nil {
		py.Raise(r.exc)
	}
	if n == 0 {
		return py.Bytes("")
	}
	if n < 0 {
		var all []byte
		for {
			b := r.Read(r.limit).(py.Bytes)
			if len(b) == 0 {
				break
			}
			all = append(all, b...)
		}
		return py.Bytes(all)
	}
	if len(r.buf) == 0 && !r.eof {
		r.waitForData("read")
	}
	return r.take(min(n, len(r.buf)))
}

func (r *StreamReader) ReadUntil(sep []byte) py.Object {
	if len(sep) == 0 {
		valueError("Separator should be at least one-byte string")
	}
	if r.exc != nil {
		py.Raise(r.exc)
	}
	offset := 0
	isep := -1
	for {
		if len(r.buf)-offset >= len(sep) {
			if i := bytes.Index(r.buf[offset:], sep); i >= 0 {
				isep = offset + i
				break
			}
			offset = len(r.buf) + 1 - len(sep)
			if offset > r.limit {
				py.Raise(py.Call(LimitOverrunErrorType, py.Str("Separator is not found, and chunk exceed the limit"), py.Int(offset)))
			}
		}
		if r.eof {
			chunk := r.take(len(r.buf))
			py.Raise(py.Call(IncompleteReadErrorType, chunk, py.None))
		}
		r.waitForData("readuntil")
	}
	if isep > r.limit {
		py.Raise(py.Call(LimitOverrunErrorType, py.Str("Separator is found, but chunk is longer than limit"), py.Int(isep)))
	}
	return r.take(isep + len(sep))
}

func (r *StreamReader) ReadLine() py.Object {
	var line py.Object
	e := catch(func() { line = r.ReadUntil([]byte{'\n'}) })
	if e != nil {
		if e.Type().IsSubtype(IncompleteReadErrorType) {
			p, _ := e.Dict.GetStr("partial")
			return p
		}
		if e.Type().IsSubtype(LimitOverrunErrorType) {
			consumed := py.Index(py.GetAttr(e, "consumed"))
			if consumed < len(r.buf) && r.buf[consumed] == '\n' {
				r.take(consumed + 1)
			} else {
				r.take(len(r.buf))
			}
			r.maybeResumeTransport()
			v := py.NewException(py.ValueErrorType, e.Args.Items[0])
			py.SetAttr(v, "__context__", e)
			panic(v)
		}
		panic(e)
	}
	return line
}

func (r *StreamReader) ReadExactly(n int) py.Object {
	if n < 0 {
		valueError("readexactly size can not be less than zero")
	}
	if r.exc != nil {
		py.Raise(r.exc)
	}
	for len(r.buf) < n {
		if r.eof {
			chunk := r.take(len(r.buf))
			py.Raise(py.Call(IncompleteReadErrorType, chunk, py.Int(n)))
		}
		r.waitForData("readexactly")
	}
	return r.take(n)
}

// StreamWriter is asyncio.StreamWriter: a transport, the protocol whose
// flow control drain() waits on, and the reader whose exception drain()
// raises. A writer of open_connection/start_server (a selector or SSL
// transport with a StreamReaderProtocol) calls them in Go (tr, proto,
// reader); any other (a pipe's for a subprocess, one a program made
// with StreamWriter(transport, protocol, reader, loop)) through their
// Python methods (gtr, gproto, greader), as streams.py does.
type StreamWriter struct {
	loop   *Loop
	reader *StreamReader
	// tr and proto are set for a writer on a selector transport
	// (open_connection, start_server): the methods are the transport's.
	tr    streamTransport
	proto *streamProtocol
	// gtr, gproto and greader are the other writers' objects.
	gtr, gproto, greader py.Object
}

var StreamWriterType *py.Type

func (*StreamWriter) Type() *py.Type { return StreamWriterType }

// newStreamWriter is StreamWriter(transport, protocol, reader, loop).
func newStreamWriter(l *Loop, tr, proto, reader py.Object) *StreamWriter {
	w := &StreamWriter{loop: l}
	r, rok := reader.(*StreamReader)
	st, tok := tr.(streamTransport)
	sp, pok := proto.(*streamProtocol)
	if tok && pok && (rok || isNone(reader)) {
		w.tr, w.proto, w.reader = st, sp, r
		return w
	}
	w.gtr, w.gproto, w.greader = tr, proto, reader
	if rok {
		w.reader = r
	}
	return w
}

func (w *StreamWriter) transport() py.Object {
	if w.tr != nil {
		return w.tr
	}
	return orNone(w.gtr)
}

func (w *StreamWriter) String() string {
	s := "<StreamWriter transport=" + py.Repr(w.transport())
	if w.reader != nil {
		s += " reader=" + w.reader.String()
	} else if w.greader != nil && !isNone(w.greader) {
		s += " reader=" + py.Repr(w.greader)
	}
	return s + ">"
}

// Write is writer.write(data).
func (w *StreamWriter) Write(b []byte) {
	if w.tr != nil {
		w.tr.Write(py.Bytes(b))
		return
	}
	py.CallMethod(w.gtr, "write", py.Bytes(b))
}

// Drain is `await writer.drain()`.
func (w *StreamWriter) Drain() py.Object {
	if w.tr != nil {
		if w.reader != nil && w.reader.exc != nil {
			panic(w.reader.exc)
		}
		if w.tr.isClosing() {
			sleep0()
		}
		w.proto.drainHelper()
		return py.None
	}
	if w.greader != nil && !isNone(w.greader) {
		if exc := py.CallMethod(w.greader, "exception"); !isNone(exc) {
			py.Raise(exc)
		}
	}
	if py.Truth(py.CallMethod(w.gtr, "is_closing")) {
		sleep0()
	}
	return py.Await(py.CallMethod(w.gproto, "_drain_helper"))
}

func (w *StreamWriter) Close() {
	if w.tr != nil {
		w.tr.Close()
		return
	}
	py.CallMethod(w.gtr, "close")
}

func (w *StreamWriter) WaitClosed() py.Object {
	if w.tr != nil {
		return w.proto.closed.AwaitDirect()
	}
	return py.Await(py.CallMethod(w.gproto, "_get_close_waiter", w))
}

func (r *StreamReader) feedObj(o py.Object) {
	if b, ok := o.(py.Bytes); ok {
		r.FeedBytes(b)
		return
	}
	r.FeedData(bytesArg(o))
}

func bytesArg(o py.Object) []byte {
	switch v := o.(type) {
	case py.Bytes:
		return []byte(v)
	}
	typeError("data argument must be a bytes-like object, not '%s'", o.Type().Name)
	return nil
}

func setupStreams() {
	t := StreamReaderType
	rOf := func(o py.Object) *StreamReader { return o.(*StreamReader) }
	intArg := func(o py.Object, d int) int {
		if o == nil {
			return d
		}
		return py.Index(o)
	}
	reprMethod(t)
	def(t, "__init__", func(a []py.Object, kw []string) py.Object {
		p := parse("StreamReader", a[1:], kw, []string{"limit", "loop"}, 0)
		r := rOf(a[0])
		r.limit = intArg(p[0], streamLimit)
		if r.limit <= 0 {
			valueError("Limit cannot be <= 0")
		}
		if p[1] != nil && !isNone(p[1]) {
			r.loop = asLoop(p[1])
		} else if l, ok := GetEventLoop().(*Loop); ok {
			// events.get_event_loop(): the running loop, else the
			// policy's (RuntimeError when there is none).
			r.loop = l
		}
		return py.None
	})
	getter(t, "_loop", func(o py.Object) py.Object {
		if l := rOf(o).loop; l != nil {
			return l
		}
		return py.None
	})
	def(t, "feed_data", func(a []py.Object, kw []string) py.Object { rOf(a[0]).feedObj(a[1]); return py.None })
	def(t, "feed_eof", func(a []py.Object, kw []string) py.Object { rOf(a[0]).FeedEOF(); return py.None })
	def(t, "set_transport", func(a []py.Object, kw []string) py.Object {
		p := parse("set_transport", a[1:], kw, []string{"transport"}, 1)
		r := rOf(a[0])
		if r.transportObj() != nil {
			raise(py.AssertionErrorType, "Transport already set")
		}
		if tr, ok := p[0].(streamTransport); ok {
			r.transport = tr
		} else if !isNone(p[0]) {
			r.pyTransport = p[0]
		}
		return py.None
	})
	def(t, "at_eof", func(a []py.Object, kw []string) py.Object {
		r := rOf(a[0])
		return py.NewBool(r.eof && len(r.buf) == 0)
	})
	def(t, "exception", func(a []py.Object, kw []string) py.Object {
		if e := rOf(a[0]).exc; e != nil {
			return e
		}
		return py.None
	})
	def(t, "set_exception", func(a []py.Object, kw []string) py.Object {
		e, _ := a[1].(*py.BaseException)
		rOf(a[0]).setException(e)
		return py.None
	})
	coroMethod(t, "read", goCode("read", "streams.py", 650), func(self py.Object, a []py.Object, kw []string) py.Object {
		p := parse("read", a, kw, []string{"n"}, 0)
		return rOf(self).Read(intArg(p[0], -1))
	})
	coroMethod(t, "readline", goCode("readline", "streams.py", 524), func(self py.Object, a []py.Object, kw []string) py.Object {
		return rOf(self).ReadLine()
	})
	coroMethod(t, "readuntil", goCode("readuntil", "streams.py", 553), func(self py.Object, a []py.Object, kw []string) py.Object {
		p := parse("readuntil", a, kw, []string{"separator"}, 0)
		sep := []byte{'\n'}
		if p[0] != nil {
			sep = bytesArg(p[0])
		}
		return rOf(self).ReadUntil(sep)
	})
	coroMethod(t, "readexactly", goCode("readexactly", "streams.py", 712), func(self py.Object, a []py.Object, kw []string) py.Object {
		p := parse("readexactly", a, kw, []string{"n"}, 1)
		return rOf(self).ReadExactly(py.Index(p[0]))
	})
	def(t, "__aiter__", func(a []py.Object, kw []string) py.Object { return a[0] })
	coroMethod(t, "__anext__", goCode("__anext__", "streams.py", 764), func(self py.Object, a []py.Object, kw []string) py.Object {
		line := rOf(self).ReadLine()
		if b, ok := line.(py.Bytes); ok && len(b) == 0 {
			raiseNoArg(py.StopAsyncIterationType)
		}
		return line
	})

	// The private attributes tests read: _buffer (a copy), _waiter,
	// _transport, _limit, _exception, _eof, _paused.
	getter(t, "_buffer", func(o py.Object) py.Object {
		return &py.ByteArray{B: append([]byte(nil), rOf(o).buf...)}
	})
	py.AddGetter(t, "_waiter", func(o py.Object) py.Object { return orNoneFut(rOf(o).waiter) },
		func(o, v py.Object) {
			if isNone(v) {
				rOf(o).waiter = nil
				return
			}
			f, ok := asFuture(v)
			if !ok {
				typeError("_waiter must be a Future or None")
			}
			rOf(o).waiter = f
		})
	py.AddGetter(t, "_transport", func(o py.Object) py.Object { return orNone(rOf(o).transportObj()) },
		func(o, v py.Object) {
			r := rOf(o)
			r.pyTransport = nil
			if isNone(v) {
				r.transport = nil
				return
			}
			if tr, ok := v.(streamTransport); ok {
				r.transport = tr
				return
			}
			r.pyTransport = v
		})
	getter(t, "_limit", func(o py.Object) py.Object { return py.Int(rOf(o).limit) })
	getter(t, "_eof", func(o py.Object) py.Object { return py.NewBool(rOf(o).eof) })
	getter(t, "_paused", func(o py.Object) py.Object { return py.NewBool(rOf(o).paused) })
	getter(t, "_exception", func(o py.Object) py.Object {
		if e := rOf(o).exc; e != nil {
			return e
		}
		return py.None
	})

	w := StreamWriterType
	w.SetNoNew()
	wOf := func(o py.Object) *StreamWriter { return o.(*StreamWriter) }
	// StreamWriter(transport, protocol, reader, loop), as streams.py's.
	py.SetCall(w, func(_ *py.Type, args []py.Object, kw []string) py.Object {
		p := parse("StreamWriter", args, kw, []string{"transport", "protocol", "reader", "loop"}, 4)
		if !isNone(p[2]) {
			if _, ok := p[2].(*StreamReader); !ok && !py.IsInstance(p[2], StreamReaderType) {
				raise(py.AssertionErrorType, "")
			}
		}
		return newStreamWriter(asLoop(p[3]), p[0], p[1], p[2])
	})
	getter(w, "_transport", func(o py.Object) py.Object { return wOf(o).transport() })
	getter(w, "_protocol", func(o py.Object) py.Object {
		if p := wOf(o).proto; p != nil {
			return p
		}
		return orNone(wOf(o).gproto)
	})
	getter(w, "_reader", func(o py.Object) py.Object {
		if r := wOf(o).reader; r != nil {
			return r
		}
		return orNone(wOf(o).greader)
	})
	getter(w, "_loop", func(o py.Object) py.Object { return wOf(o).loop })
	reprMethod(w)
	def(w, "write", func(a []py.Object, kw []string) py.Object {
		p := parse("write", a[1:], kw, []string{"data"}, 1)
		if t := wOf(a[0]).tr; t != nil {
			t.Write(p[0])
			return py.None
		}
		py.CallMethod(wOf(a[0]).gtr, "write", p[0])
		return py.None
	})
	def(w, "writelines", func(a []py.Object, kw []string) py.Object {
		p := parse("writelines", a[1:], kw, []string{"data"}, 1)
		if t := wOf(a[0]).tr; t != nil {
			t.Write(py.CallMethod(py.Bytes(""), "join", p[0]))
			return py.None
		}
		py.CallMethod(wOf(a[0]).gtr, "writelines", p[0])
		return py.None
	})
	def(w, "can_write_eof", func(a []py.Object, kw []string) py.Object {
		if t := wOf(a[0]).tr; t != nil {
			return py.NewBool(t.canWriteEOF())
		}
		return py.CallMethod(wOf(a[0]).gtr, "can_write_eof")
	})
	def(w, "write_eof", func(a []py.Object, kw []string) py.Object {
		if t := wOf(a[0]).tr; t != nil {
			t.writeEOF()
			return py.None
		}
		return py.CallMethod(wOf(a[0]).gtr, "write_eof")
	})
	def(w, "close", func(a []py.Object, kw []string) py.Object { wOf(a[0]).Close(); return py.None })
	def(w, "is_closing", func(a []py.Object, kw []string) py.Object {
		if t := wOf(a[0]).tr; t != nil {
			return py.NewBool(t.isClosing())
		}
		return py.CallMethod(wOf(a[0]).gtr, "is_closing")
	})
	def(w, "get_extra_info", func(a []py.Object, kw []string) py.Object {
		p := parse("get_extra_info", a[1:], kw, []string{"name", "default"}, 1)
		if t := wOf(a[0]).tr; t != nil {
			return t.extraInfo(p[0], orNone(p[1]))
		}
		return py.CallMethod(wOf(a[0]).gtr, "get_extra_info", p[0], orNone(p[1]))
	})
	coroMethod(w, "drain", goCode("drain", "streams.py", 365), func(self py.Object, a []py.Object, kw []string) py.Object {
		return wOf(self).Drain()
	})
	coroMethod(w, "wait_closed", goCode("wait_closed", "streams.py", 343), func(self py.Object, a []py.Object, kw []string) py.Object {
		return wOf(self).WaitClosed()
	})
	getter(w, "transport", func(o py.Object) py.Object { return wOf(o).transport() })
}
