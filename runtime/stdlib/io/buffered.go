package io

import (
	"bytes"
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Buffered is _io.BufferedReader, BufferedWriter and BufferedRandom: a
// buffer over any raw stream. A plain FileIO raw is driven directly; any
// other raw object (a Python RawIOBase subclass, a socket's SocketIO)
// through its readinto/write/seek methods.
type Buffered struct {
	base
	kind     bufKind
	raw      py.Object
	fio      *FileIO // raw, when it is a plain FileIO
	size     int
	rbuf     []byte // read-ahead: rbuf[rpos:rend] not yet handed out
	rpos     int
	rend     int
	wbuf     []byte // written, not yet passed to raw
	ready    bool
	detached bool
	// direct passes writes straight to raw (sys.stdout.buffer, whose raw
	// writes into print()'s own buffer).
	direct bool
}

type bufKind int

const (
	bufReader bufKind = iota
	bufWriter
	bufRandom
)

var (
	BufferedReaderType *py.Type
	BufferedWriterType *py.Type
	BufferedRandomType *py.Type
)

func (b *Buffered) builtinType() *py.Type {
	switch b.kind {
	case bufWriter:
		return BufferedWriterType
	case bufRandom:
		return BufferedRandomType
	}
	return BufferedReaderType
}

func (b *Buffered) Type() *py.Type {
	if b.cls != nil {
		return b.cls
	}
	return b.builtinType()
}

func (b *Buffered) readable() bool { return b.kind != bufWriter }
func (b *Buffered) writable() bool { return b.kind != bufReader }

func (b *Buffered) checkInit() {
	if b.detached {
		panic(valueError("raw stream has been detached"))
	}
	if !b.ready {
		panic(valueError("I/O operation on uninitialized object"))
	}
}

func (b *Buffered) avail() int { return b.rend - b.rpos }

func (b *Buffered) rawClosed() bool {
	if b.fio != nil {
		return b.fio.fd < 0
	}
	return py.Truth(py.GetAttr(b.raw, "closed"))
}

// checkClosed is CPython's CHECK_CLOSED: a closed raw with read-ahead
// left can still be read.
func (b *Buffered) checkClosed(msg string) {
	b.checkInit()
	if b.avail() == 0 && b.rawClosed() {
		panic(valueError(msg))
	}
}

// rawRead reads into p from raw: -1 when raw has nothing without blocking.
func (b *Buffered) rawRead(p []byte) int {
	if len(p) == 0 {
		return 0
	}
	if b.fio != nil {
		return b.fio.read(p)
	}
	ba := &py.ByteArray{B: make([]byte, len(p))}
	r := py.CallMethod(b.raw, "readinto", py.NewMemoryView(ba))
	if r == py.None {
		return -1
	}
	n := py.Index(r)
	if n < 0 || n > len(p) {
		panic(py.NewError(py.OSErrorType, fmt.Sprintf("raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len(p))))
	}
	copy(p, ba.B[:n])
	return n
}

// rawWrite writes p to raw: -1 when raw would block.
func (b *Buffered) rawWrite(p []byte) int {
	if b.fio != nil {
		return b.fio.write(p)
	}
	r := py.CallMethod(b.raw, "write", py.Bytes(p))
	if r == py.None {
		return -1
	}
	n := py.Index(r)
	if n < 0 || n > len(p) {
		panic(py.NewError(py.OSErrorType, fmt.Sprintf("raw write() returned invalid length %d (should have been between 0 and %d)", n, len(p))))
	}
	return n
}

func (b *Buffered) rawSeek(off int64, whence int) int64 {
	var pos int64
	if b.fio != nil {
		pos = b.fio.seek(off, whence)
	} else {
		pos = int64(py.Index(py.CallMethod(b.raw, "seek", py.Int(int(off)), py.Int(whence))))
	}
	if pos < 0 {
		panic(py.NewError(py.OSErrorType, fmt.Sprintf("Raw stream returned invalid position %d", pos)))
	}
	return pos
}

func (b *Buffered) rawTell() int64 {
	var pos int64
	if b.fio != nil {
		b.fio.checkClosed()
		pos = b.fio.seek(0, 1)
	} else {
		pos = int64(py.Index(py.CallMethod(b.raw, "tell")))
	}
	if pos < 0 {
		panic(py.NewError(py.OSErrorType, fmt.Sprintf("Raw stream returned invalid position %d", pos)))
	}
	return pos
}

// flushWrites passes the write buffer to raw.
// unflushed holds the writers with buffered data, which the program's
// exit flushes (CPython flushes a file when its last reference goes or at
// shutdown); one without pending data may be collected.
var (
	unflushed     = map[*Buffered]struct{}{}
	unflushedText = map[*TextIO]struct{}{}
)

func flushAtExit() {
	for t := range unflushedText {
		catch(func() { t.writeflush() })
	}
	for b := range unflushed {
		catch(func() {
			if !b.detached && !b.rawClosed() {
				b.flushWrites()
			}
		})
	}
}

func (b *Buffered) flushWrites() {
	delete(unflushed, b)
	buf := b.wbuf
	for len(b.wbuf) > 0 {
		n := b.rawWrite(b.wbuf)
		if n < 0 {
			panic(py.NewException(py.LoadBuiltin("BlockingIOError").(*py.Type), py.Int(11), py.Str("write could not complete without blocking"), py.Int(0)))
		}
		b.wbuf = b.wbuf[n:]
	}
	b.wbuf = buf[:0]
}

// rewind gives back the read-ahead: raw's position becomes the logical one.
func (b *Buffered) rewind() {
	if a := b.avail(); a > 0 {
		b.rawSeek(int64(-a), 1)
	}
	b.rpos, b.rend = 0, 0
}

// beforeRead flushes pending writes of a BufferedRandom.
func (b *Buffered) beforeRead() {
	if b.kind == bufRandom && len(b.wbuf) > 0 {
		b.flushWrites()
	}
}

// fill reads one raw chunk into the (empty) read buffer.
func (b *Buffered) fill() int {
	b.rpos, b.rend = 0, 0
	if len(b.rbuf) < b.size {
		b.rbuf = make([]byte, b.size)
	}
	n := b.rawRead(b.rbuf[:b.size])
	if n > 0 {
		b.rend = n
	}
	return n
}

func (b *Buffered) take(n int) []byte {
	out := b.rbuf[b.rpos : b.rpos+n]
	b.rpos += n
	return out
}

// read is read(n); nil, false is None.
func (b *Buffered) read(n int) ([]byte, bool) {
	b.checkClosed("read of closed file")
	b.beforeRead()
	if n < 0 {
		return b.readAll()
	}
	if a := b.avail(); a >= n {
		return append([]byte(nil), b.take(n)...), true
	}
	out := make([]byte, 0, n)
	out = append(out, b.take(b.avail())...)
	b.rpos, b.rend = 0, 0
	for len(out) < n {
		rem := n - len(out)
		if rem >= b.size {
			chunk := rem - rem%b.size
			start := len(out)
			out = out[:start+chunk]
			r := b.rawRead(out[start:])
			if r <= 0 {
				out = out[:start]
				if r < 0 && len(out) == 0 {
					return nil, false
				}
				return out, true
			}
			out = out[:start+r]
			continue
		}
		r := b.fill()
		if r <= 0 {
			if r < 0 && len(out) == 0 {
				return nil, false
			}
			return out, true
		}
		out = append(out, b.take(min(rem, b.avail()))...)
	}
	return out, true
}

func (b *Buffered) readAll() ([]byte, bool) {
	data := append([]byte(nil), b.take(b.avail())...)
	b.rpos, b.rend = 0, 0
	if b.fio != nil {
		rest, ok := b.fio.readall()
		if !ok {
			if len(data) == 0 {
				return nil, false
			}
			return data, true
		}
		return append(data, rest...), true
	}
	if ra := py.LookupAttr(b.raw, "readall"); ra != nil {
		r := py.Call(ra)
		if r == py.None {
			if len(data) == 0 {
				return nil, false
			}
			return data, true
		}
		rb, ok := py.BytesLike(r)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "readall() should return bytes"))
		}
		return append(data, rb...), true
	}
	for {
		r := py.CallMethod(b.raw, "read")
		if r == py.None {
			if len(data) == 0 {
				return nil, false
			}
			return data, true
		}
		rb, ok := py.BytesLike(r)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "read() should return bytes"))
		}
		if len(rb) == 0 {
			return data, true
		}
		data = append(data, rb...)
	}
}

func (b *Buffered) read1(n int) []byte {
	b.checkClosed("read of closed file")
	b.beforeRead()
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return nil
	}
	if a := b.avail(); a > 0 {
		return append([]byte(nil), b.take(min(a, n))...)
	}
	b.rpos, b.rend = 0, 0
	out := make([]byte, n)
	r := b.rawRead(out)
	if r < 0 {
		r = 0
	}
	return out[:r]
}

func (b *Buffered) peek() []byte {
	b.checkClosed("peek of closed file")
	b.beforeRead()
	if b.avail() == 0 {
		b.fill()
	}
	return append([]byte(nil), b.rbuf[b.rpos:b.rend]...)
}

func (b *Buffered) readline(limit int) string {
	b.checkClosed("readline of closed file")
	b.beforeRead()
	win := b.rbuf[b.rpos:b.rend]
	if limit >= 0 && len(win) > limit {
		win = win[:limit]
	}
	if i := bytes.IndexByte(win, '\n'); i >= 0 {
		return string(b.take(i + 1))
	}
	if limit >= 0 && len(win) == limit {
		return string(b.take(limit))
	}
	out := append([]byte(nil), b.take(b.avail())...)
	for limit < 0 || len(out) < limit {
		if b.fill() <= 0 {
			break
		}
		win := b.rbuf[b.rpos:b.rend]
		if limit >= 0 && len(win) > limit-len(out) {
			win = win[:limit-len(out)]
		}
		if i := bytes.IndexByte(win, '\n'); i >= 0 {
			return string(append(out, b.take(i+1)...))
		}
		out = append(out, b.take(len(win))...)
	}
	return string(out)
}

func (b *Buffered) readinto(p []byte, one bool) int {
	b.checkClosed("readinto of closed file")
	b.beforeRead()
	got := copy(p, b.rbuf[b.rpos:b.rend])
	b.rpos += got
	if got == len(p) || (one && got > 0) {
		return got
	}
	b.rpos, b.rend = 0, 0
	for got < len(p) {
		rem := len(p) - got
		var r int
		if rem >= b.size || one {
			r = b.rawRead(p[got:])
		} else {
			r = b.fill()
			if r > 0 {
				r = copy(p[got:], b.take(min(rem, b.avail())))
			}
		}
		if r <= 0 {
			if r < 0 && got == 0 {
				return -1
			}
			break
		}
		got += r
		if one {
			break
		}
	}
	return got
}

func (b *Buffered) write(p []byte) int {
	b.checkInit()
	if b.rawClosed() {
		panic(valueError("write to closed file"))
	}
	if b.kind == bufRandom && b.avail() > 0 {
		b.rewind()
	}
	if b.direct {
		// The raw stream is sys.stdout's own buffer, which keeps what it
		// could not write: nothing stays here, even when the write fails.
		defer func() { b.wbuf = b.wbuf[:0] }()
		b.wbuf = append(b.wbuf, p...)
		b.flushWrites()
		return len(p)
	}
	if len(b.wbuf)+len(p) <= b.size {
		if len(b.wbuf) == 0 {
			unflushed[b] = struct{}{}
		}
		b.wbuf = append(b.wbuf, p...)
		return len(p)
	}
	b.flushWrites()
	if len(p) >= b.size {
		for rest := p; len(rest) > 0; {
			n := b.rawWrite(rest)
			if n < 0 {
				panic(py.NewException(py.LoadBuiltin("BlockingIOError").(*py.Type), py.Int(11), py.Str("write could not complete without blocking"), py.Int(len(p)-len(rest))))
			}
			rest = rest[n:]
		}
		return len(p)
	}
	unflushed[b] = struct{}{}
	b.wbuf = append(b.wbuf, p...)
	return len(p)
}

func (b *Buffered) flush() {
	b.checkInit()
	if b.writable() {
		if b.rawClosed() {
			panic(valueError("flush of closed file"))
		}
		b.flushWrites()
		if b.kind == bufRandom {
			b.rewind()
		}
		if b.fio != nil && b.fio.flush != nil {
			b.fio.flush()
		}
		return
	}
	if b.rawClosed() {
		panic(valueError("I/O operation on closed file."))
	}
}

func (b *Buffered) seek(off int64, whence int) int64 {
	b.checkInit()
	if whence < 0 || whence > 4 {
		panic(valueError(fmt.Sprintf("whence value %d unsupported", whence)))
	}
	b.checkClosed("seek of closed file")
	if !py.Truth(py.CallMethod(b.raw, "seekable")) {
		panic(unsupportedOp("File or stream is not seekable."))
	}
	if b.writable() {
		b.flushWrites()
	}
	if whence == 1 {
		off -= int64(b.avail())
	}
	pos := b.rawSeek(off, whence)
	b.rpos, b.rend = 0, 0
	return pos
}

func (b *Buffered) tell() int64 {
	b.checkInit()
	pos := b.rawTell() - int64(b.avail()) + int64(len(b.wbuf))
	if pos < 0 {
		pos = 0
	}
	return pos
}

func (b *Buffered) close() {
	b.checkInit()
	if b.rawClosed() {
		return
	}
	flushErr := catch(func() {
		if b.writable() {
			b.flush()
		}
	})
	closeErr := catch(func() { py.CallMethod(b.raw, "close") })
	b.rbuf, b.rpos, b.rend = nil, 0, 0
	if closeErr != nil {
		if flushErr != nil {
			py.SetAttr(closeErr, "__context__", flushErr)
		}
		panic(closeErr)
	}
	if flushErr != nil {
		panic(flushErr)
	}
}

// init is __init__(raw, buffer_size=DEFAULT_BUFFER_SIZE).
func (b *Buffered) init(args []py.Object, kw []string) {
	a := py.ParseArgs(b.builtinType().Name, args, kw, []string{"raw", "buffer_size"}, 1)
	raw := a[0]
	size := defaultBufferSize
	if a[1] != nil {
		size = py.Index(a[1])
	}
	b.ready, b.detached = false, false
	if b.kind == bufRandom {
		checkMethod(raw, "seekable", "File or stream is not seekable.")
	}
	if b.kind != bufWriter {
		checkMethod(raw, "readable", "File or stream is not readable.")
	}
	if b.kind != bufReader {
		checkMethod(raw, "writable", "File or stream is not writable.")
	}
	if size <= 0 {
		panic(valueError("buffer size must be strictly positive"))
	}
	b.raw, b.size = raw, size
	b.fio = nil
	if f, ok := raw.(*FileIO); ok && f.cls == nil {
		b.fio = f
	}
	b.rbuf, b.rpos, b.rend, b.wbuf = nil, 0, 0, nil
	b.ready = true
}

func checkMethod(o py.Object, name, msg string) {
	if !py.Truth(py.CallMethod(o, name)) {
		panic(unsupportedOp(msg))
	}
}

// NewBuffered wraps raw (used by open()).
func NewBuffered(kind bufKind, raw py.Object, size int) *Buffered {
	b := &Buffered{base: base{dict: py.NewDict()}, kind: kind, raw: raw, size: size, ready: true}
	if f, ok := raw.(*FileIO); ok && f.cls == nil {
		b.fio = f
	}
	return b
}

func (b *Buffered) repr() string {
	tp := tpName(b, b.builtinType())
	var name py.Object
	if exc := catch(func() { name = py.LookupAttr(b, "name") }); exc != nil {
		if !exc.Type().IsSubtype(py.ExceptionType) {
			panic(exc)
		}
		name = nil
	}
	if name == nil {
		return "<" + tp + ">"
	}
	return fmt.Sprintf("<%s name=%s>", tp, py.Repr(name))
}

// Next is the iterator protocol: readline, or a subclass's override.
func (b *Buffered) Next() (py.Object, bool) {
	var line py.Object
	if b.cls != nil {
		if v, ok, done := overriddenNext(b, b.cls); done {
			return v, ok
		}
		line = py.CallMethod(b, "readline")
	} else {
		line = py.Bytes(b.readline(-1))
	}
	if py.Len(line) == 0 {
		return nil, false
	}
	return line, true
}

// overriddenNext calls a Python subclass's own __next__ (done is false
// when the class keeps the builtin one).
func overriddenNext(o py.Object, cls *py.Type) (v py.Object, ok bool, done bool) {
	m := cls.Lookup("__next__")
	if m == nil {
		return nil, false, false
	}
	if _, builtin := m.(*py.BuiltinFunction); builtin {
		return nil, false, false
	}
	exc := catch(func() { v = py.Call(py.LookupSpecial(o, "__next__")) })
	if exc != nil {
		if exc.Type().IsSubtype(py.StopIterationType) {
			return nil, false, true
		}
		panic(exc)
	}
	return v, true, true
}

func bytesOrNone(b []byte, ok bool) py.Object {
	if !ok {
		return py.None
	}
	return py.Bytes(b)
}

func initBuffered() {
	for _, t := range []*py.Type{BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		t := t
		kind := map[*py.Type]bufKind{BufferedReaderType: bufReader, BufferedWriterType: bufWriter, BufferedRandomType: bufRandom}[t]
		t.Bases = []*py.Type{privBuffered}
		t.MRO = append([]*py.Type{t}, privBuffered.MRO...)
		py.SetSubclassable(t)
		py.SetNewInstance(t, newInstanceFunc(t, func(bs base) py.Object { return &Buffered{base: bs, kind: kind} }))
		defm(t, "__init__", func(b *Buffered, args []py.Object, kw []string) py.Object { b.init(args, kw); return py.None })
		defm(t, "__repr__", func(b *Buffered, args []py.Object, kw []string) py.Object { return py.Str(b.repr()) })
		defm(t, "close", func(b *Buffered, args []py.Object, kw []string) py.Object { b.close(); return py.None })
		defm(t, "flush", func(b *Buffered, args []py.Object, kw []string) py.Object { b.flush(); return py.None })
		defm(t, "detach", func(b *Buffered, args []py.Object, kw []string) py.Object {
			b.checkInit()
			if b.writable() {
				b.flush()
			}
			raw := b.raw
			b.raw, b.fio, b.detached = nil, nil, true
			return raw
		})
		defm(t, "seek", func(b *Buffered, args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("seek", args, kw, []string{"target", "whence"}, 1)
			whence := 0
			if a[1] != nil {
				whence = py.Index(a[1])
			}
			if _, ok := a[0].(py.Float); ok {
				panic(py.NewError(py.TypeErrorType, "an integer is required"))
			}
			return py.Int(int(b.seek(int64(py.Index(a[0])), whence)))
		})
		defm(t, "tell", func(b *Buffered, args []py.Object, kw []string) py.Object { return py.Int(int(b.tell())) })
		defm(t, "truncate", func(b *Buffered, args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("truncate", args, kw, []string{"pos"}, 0)
			b.checkClosed("truncate of closed file")
			if !b.writable() {
				panic(unsupportedOp("truncate"))
			}
			b.flushWrites()
			if b.kind == bufRandom {
				b.rewind()
			}
			pos := a[0]
			if pos == nil || pos == py.None {
				pos = py.Int(int(b.tell()))
			}
			r := py.CallMethod(b.raw, "truncate", pos)
			b.rpos, b.rend = 0, 0
			return r
		})
		for _, n := range []string{"fileno", "isatty", "readable", "writable", "seekable"} {
			n := n
			defm(t, n, func(b *Buffered, args []py.Object, kw []string) py.Object {
				b.checkInit()
				return py.CallMethod(b.raw, n)
			})
		}
		defm(t, "__getstate__", func(b *Buffered, args []py.Object, kw []string) py.Object {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("cannot pickle '%s' object", tpName(b, b.builtinType()))))
		})
		defm(t, "_dealloc_warn", func(b *Buffered, args []py.Object, kw []string) py.Object { return py.None })
		defm(t, "__next__", func(b *Buffered, args []py.Object, kw []string) py.Object {
			line := py.CallMethod(b, "readline")
			if py.Len(line) == 0 {
				panic(py.NewException(py.StopIterationType))
			}
			return line
		})
		py.AddGetter(t, "raw", func(o py.Object) py.Object { b := o.(*Buffered); b.checkInit(); return b.raw }, readonly(t, "raw"))
		py.AddGetter(t, "closed", func(o py.Object) py.Object {
			b := o.(*Buffered)
			b.checkInit()
			return py.GetAttr(b.raw, "closed")
		}, readonly(t, "closed"))
		py.AddGetter(t, "name", func(o py.Object) py.Object { b := o.(*Buffered); b.checkInit(); return py.GetAttr(b.raw, "name") }, readonly(t, "name"))
		py.AddGetter(t, "mode", func(o py.Object) py.Object { b := o.(*Buffered); b.checkInit(); return py.GetAttr(b.raw, "mode") }, readonly(t, "mode"))
		py.AddGetter(t, "_finalizing", func(o py.Object) py.Object { return py.False }, func(o, v py.Object) {})
		if kind != bufWriter {
			defm(t, "read", func(b *Buffered, args []py.Object, kw []string) py.Object {
				a := py.ParseArgs("read", args, kw, []string{"size"}, 0)
				n := sizeArg(a[0])
				if n < -1 {
					panic(valueError("read length must be non-negative or -1"))
				}
				return bytesOrNone(b.read(n))
			})
			defm(t, "read1", func(b *Buffered, args []py.Object, kw []string) py.Object {
				a := py.ParseArgs("read1", args, kw, []string{"size"}, 0)
				return py.Bytes(b.read1(sizeArg(a[0])))
			})
			defm(t, "peek", func(b *Buffered, args []py.Object, kw []string) py.Object {
				py.ParseArgs("peek", args, kw, []string{"size"}, 0)
				return py.Bytes(b.peek())
			})
			defm(t, "readline", func(b *Buffered, args []py.Object, kw []string) py.Object {
				a := py.ParseArgs("readline", args, kw, []string{"size"}, 0)
				return py.Bytes(b.readline(sizeArg(a[0])))
			})
			for _, one := range []bool{false, true} {
				one := one
				name := "readinto"
				if one {
					name = "readinto1"
				}
				defm(t, name, func(b *Buffered, args []py.Object, kw []string) py.Object {
					a := py.ParseArgs(name, args, kw, []string{"buffer"}, 1)
					n := b.readinto(bufferArg(name, a[0]), one)
					if n < 0 {
						return py.None
					}
					return py.Int(n)
				})
			}
		}
		if kind != bufReader {
			defm(t, "write", func(b *Buffered, args []py.Object, kw []string) py.Object {
				a := py.ParseArgs("write", args, kw, []string{"buffer"}, 1)
				return py.MakeInt(int64(b.write(bytesArg(a[0]))))
			})
		}
	}
	initRWPair()
}

// RWPair is _io.BufferedRWPair: a reader and a writer joined.
type RWPair struct {
	base
	r, w *Buffered
}

var BufferedRWPairType *py.Type

func (p *RWPair) Type() *py.Type {
	if p.cls != nil {
		return p.cls
	}
	return BufferedRWPairType
}

func (p *RWPair) check() {
	if p.r == nil || p.w == nil {
		panic(valueError("I/O operation on uninitialized object"))
	}
}

func initRWPair() {
	t := BufferedRWPairType
	t.Bases = []*py.Type{privBuffered}
	t.MRO = append([]*py.Type{t}, privBuffered.MRO...)
	py.SetSubclassable(t)
	py.SetNewInstance(t, newInstanceFunc(t, func(bs base) py.Object { return &RWPair{base: bs} }))
	defm(t, "__init__", func(p *RWPair, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("BufferedRWPair", args, kw, []string{"reader", "writer", "buffer_size"}, 2)
		size := py.Object(py.Int(defaultBufferSize))
		if a[2] != nil {
			size = a[2]
		}
		checkMethod(a[0], "readable", "File or stream is not readable.")
		checkMethod(a[1], "writable", "File or stream is not writable.")
		p.r = py.Call(BufferedReaderType, a[0], size).(*Buffered)
		p.w = py.Call(BufferedWriterType, a[1], size).(*Buffered)
		return py.None
	})
	fwd := func(name string, to func(p *RWPair) py.Object) {
		defm(t, name, func(p *RWPair, args []py.Object, kw []string) py.Object {
			p.check()
			m := py.GetAttr(to(p), name)
			return py.CallKw(m, args, kw)
		})
	}
	for _, n := range []string{"read", "peek", "read1", "readinto", "readinto1", "readable"} {
		fwd(n, func(p *RWPair) py.Object { return p.r })
	}
	for _, n := range []string{"write", "flush", "writable"} {
		fwd(n, func(p *RWPair) py.Object { return p.w })
	}
	defm(t, "isatty", func(p *RWPair, args []py.Object, kw []string) py.Object {
		p.check()
		if py.Truth(py.CallMethod(p.w, "isatty")) {
			return py.True
		}
		return py.CallMethod(p.r, "isatty")
	})
	defm(t, "close", func(p *RWPair, args []py.Object, kw []string) py.Object {
		p.check()
		werr := catch(func() { py.CallMethod(p.w, "close") })
		rerr := catch(func() { py.CallMethod(p.r, "close") })
		if rerr != nil {
			if werr != nil {
				py.SetAttr(rerr, "__context__", werr)
			}
			panic(rerr)
		}
		if werr != nil {
			panic(werr)
		}
		return py.None
	})
	py.AddGetter(t, "closed", func(o py.Object) py.Object {
		p := o.(*RWPair)
		p.check()
		return py.GetAttr(p.w, "closed")
	}, nil)
}

// initVarsBuffered sets the file's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVarsBuffered() {
	BufferedReaderType = py.NewType("BufferedReader", "_io", nil)
	BufferedWriterType = py.NewType("BufferedWriter", "_io", nil)
	BufferedRandomType = py.NewType("BufferedRandom", "_io", nil)
	BufferedRWPairType = py.NewType("BufferedRWPair", "_io", nil)
}
