// Package zlibmod is CPython's zlib module on Go's compress packages:
// compress/decompress, compressobj/decompressobj (zlib, raw deflate and
// gzip containers, automatic detection for wbits 40-47), crc32, adler32
// and the constants, with zlib's error messages.
//
// Decompression is exact. Compression produces valid streams that round
// trip, but Go's deflate encoder does not choose the same matches as
// zlib's, so compressed bytes (and their length) differ from CPython's
// except for inputs without repeats.
package zlibmod

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math/big"
	"runtime"
	"sync"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// ErrorType is zlib.error.
var ErrorType *py.Type

func fail(msg string) { panic(py.NewError(ErrorType, msg)) }

var consts = []struct {
	name  string
	value int64
}{{"DEFLATED", 8}, {"DEF_BUF_SIZE", 16384}, {"DEF_MEM_LEVEL", 8}, {"MAX_WBITS", 15}, {"Z_BEST_COMPRESSION", 9},
	{"Z_BEST_SPEED", 1}, {"Z_BLOCK", 5}, {"Z_DEFAULT_COMPRESSION", -1}, {"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1},
	{"Z_FINISH", 4}, {"Z_FIXED", 4}, {"Z_FULL_FLUSH", 3}, {"Z_HUFFMAN_ONLY", 2}, {"Z_NO_COMPRESSION", 0},
	{"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_RLE", 3}, {"Z_SYNC_FLUSH", 2}, {"Z_TREES", 6}}

func data(o py.Object) []byte {
	b, ok := py.BytesLike(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", o.Type().Name)))
	}
	return b
}

// --- compression ---

type container int

const (
	rawFormat container = iota
	zlibFormat
	gzipFormat
	autoFormat
)

func compFormat(wbits int) container {
	switch {
	case wbits >= 9 && wbits <= 15:
		return zlibFormat
	case wbits >= -15 && wbits <= -9:
		return rawFormat
	case wbits >= 25 && wbits <= 31:
		return gzipFormat
	}
	fail("Bad compression level")
	return 0
}

// compressor writes one stream in a container.
type compressor struct {
	buf    bytes.Buffer
	fw     *flate.Writer
	zw     *zlib.Writer
	format container
	level  int
	crc    uint32
	size   uint32
	done   bool
}

func newCompressor(level, wbits, strategy int, dict []byte) *compressor {
	if level < -1 || level > 9 {
		fail("Bad compression level")
	}
	c := &compressor{format: compFormat(wbits), level: level}
	glevel := level
	if strategy == 2 { // Z_HUFFMAN_ONLY
		glevel = flate.HuffmanOnly
	}
	var err error
	switch c.format {
	case zlibFormat:
		c.zw, err = zlib.NewWriterLevelDict(&c.buf, glevel, dict)
	default:
		if c.format == gzipFormat {
			xfl := byte(0)
			switch level {
			case 9:
				xfl = 2
			case 1:
				xfl = 4
			}
			c.buf.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
		}
		c.fw, err = flate.NewWriterDict(&c.buf, glevel, dict)
	}
	if err != nil {
		fail("Bad compression level")
	}
	return c
}

func (c *compressor) write(p []byte) {
	if c.done {
		fail("Error -2 while compressing data: inconsistent stream state")
	}
	if c.zw != nil {
		c.zw.Write(p)
		return
	}
	c.crc = crc32.Update(c.crc, crc32.IEEETable, p)
	c.size += uint32(len(p))
	c.fw.Write(p)
}

func (c *compressor) flush(mode int) {
	switch mode {
	case 0: // Z_NO_FLUSH
		return
	case 4: // Z_FINISH
		if c.done {
			return
		}
		if c.zw != nil {
			c.zw.Close()
		} else {
			c.fw.Close()
			if c.format == gzipFormat {
				var t [8]byte
				for i := 0; i < 4; i++ {
					t[i] = byte(c.crc >> (8 * i))
					t[4+i] = byte(c.size >> (8 * i))
				}
				c.buf.Write(t[:])
			}
		}
		c.done = true
	default:
		if c.done {
			return
		}
		if c.zw != nil {
			c.zw.Flush()
		} else {
			c.fw.Flush()
		}
	}
}

func (c *compressor) take() py.Object {
	out := py.Bytes(c.buf.String())
	c.buf.Reset()
	return out
}

// --- decompression ---

// feeder is the input of a streaming inflater running on its own
// goroutine: its reads block until more input arrives, and it reports
// when the inflater waits for input.
type feeder struct {
	mu      sync.Mutex
	cond    *sync.Cond
	pending []byte
	starved bool
	closed  bool
}

func (f *feeder) ReadByte() (byte, error) {
	var b [1]byte
	_, err := f.Read(b[:])
	return b[0], err
}

func (f *feeder) Read(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for len(f.pending) == 0 {
		if f.closed {
			return 0, io.EOF
		}
		f.starved = true
		f.cond.Broadcast()
		f.cond.Wait()
	}
	n := copy(p, f.pending)
	f.pending = f.pending[n:]
	return n, nil
}

// inflater is a decompression stream: a goroutine reads the decompressed
// bytes out of Go's decoder into out.
type inflater struct {
	f        *feeder
	out      []byte
	finished bool  // the decoder returned (end of stream or an error)
	err      error // the decoder's error, nil at a clean end
	started  bool
	format   container
	dict     []byte
}

func newInflater(wbits int, dict []byte) *inflater {
	var format container
	switch {
	case wbits == 0 || wbits >= 8 && wbits <= 15:
		format = zlibFormat
	case wbits >= -15 && wbits <= -8:
		format = rawFormat
	case wbits >= 24 && wbits <= 31:
		format = gzipFormat
	case wbits >= 40 && wbits <= 47:
		format = autoFormat
	default:
		panic(py.NewError(py.ValueErrorType, "Invalid initialization option"))
	}
	f := &feeder{}
	f.cond = sync.NewCond(&f.mu)
	return &inflater{f: f, format: format, dict: dict}
}

func (z *inflater) run() {
	f := z.f
	var r io.Reader
	var err error
	format := z.format
	if format == autoFormat {
		var b [1]byte
		n, _ := io.ReadFull(f, b[:])
		f.mu.Lock()
		f.pending = append(b[:n:n], f.pending...)
		f.mu.Unlock()
		if n == 1 && b[0] == 0x1f {
			format = gzipFormat
		} else {
			format = zlibFormat
		}
	}
	switch format {
	case rawFormat:
		r = flate.NewReaderDict(f, z.dict)
	case zlibFormat:
		r, err = zlib.NewReaderDict(f, z.dict)
	case gzipFormat:
		var g *gzip.Reader
		g, err = gzip.NewReader(f)
		if err == nil {
			g.Multistream(false)
			r = g
		}
	}
	buf := make([]byte, 32768)
	for err == nil {
		var n int
		n, err = r.Read(buf)
		f.mu.Lock()
		z.out = append(z.out, buf[:n]...)
		f.mu.Unlock()
	}
	f.mu.Lock()
	z.finished = true
	if err != io.EOF {
		z.err = err
	}
	f.cond.Broadcast()
	f.mu.Unlock()
}

// feed gives the decoder more input and waits until it needs more or ends.
func (z *inflater) feed(p []byte, final bool) {
	f := z.f
	f.mu.Lock()
	f.pending = append(f.pending, p...)
	f.starved = false
	if final {
		f.closed = true
	}
	f.cond.Broadcast()
	f.mu.Unlock()
	if !z.started {
		z.started = true
		go z.run()
	}
	py.WithoutGIL(func() {
		f.mu.Lock()
		for !z.finished && !(f.starved && len(f.pending) == 0) {
			f.cond.Wait()
		}
		f.mu.Unlock()
	})
}

func (z *inflater) stop() {
	z.f.mu.Lock()
	z.f.closed = true
	z.f.cond.Broadcast()
	z.f.mu.Unlock()
}

// zlibError converts the decoder's error to zlib's message.
func zlibError(err error, truncated bool) {
	if err == nil {
		if truncated {
			fail("Error -5 while decompressing data: incomplete or truncated stream")
		}
		return
	}
	var ce flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		fail("Error -5 while decompressing data: incomplete or truncated stream")
	case errors.Is(err, zlib.ErrHeader), errors.Is(err, gzip.ErrHeader):
		fail("Error -3 while decompressing data: incorrect header check")
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		fail("Error -3 while decompressing data: incorrect data check")
	case errors.Is(err, zlib.ErrDictionary):
		fail("Error 2 while decompressing data")
	case errors.As(err, &ce):
		fail("Error -3 while decompressing data: invalid block type")
	}
	fail("Error -3 while decompressing data: " + err.Error())
}

// Decompress is a zlib.Decompress object.
type Decompress struct {
	z                          *inflater
	unusedData, unconsumedTail py.Object
	eof                        bool
	flushed                    bool
}

// DecompressType and CompressType are zlib's stream object types.
var (
	DecompressType *py.Type
	CompressType   *py.Type
)

func (*Decompress) Type() *py.Type { return DecompressType }

// Compress is a zlib.Compress object.
type Compress struct{ c *compressor }

func (*Compress) Type() *py.Type { return CompressType }

func (d *Decompress) step(p []byte, maxLength int, final bool) py.Object {
	z := d.z
	z.feed(p, final)
	z.f.mu.Lock()
	out := z.out
	if maxLength > 0 && len(out) > maxLength {
		out = out[:maxLength]
	}
	z.out = z.out[len(out):]
	left := len(z.out)
	finished, err := z.finished, z.err
	rest := append([]byte(nil), z.f.pending...)
	z.f.mu.Unlock()
	if finished && err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		zlibError(err, false)
	}
	if finished && err == nil && left == 0 {
		d.eof = true
		if len(rest) > 0 {
			d.unusedData = py.Bytes(string(d.unusedData.(py.Bytes)) + string(rest))
			z.f.mu.Lock()
			z.f.pending = nil
			z.f.mu.Unlock()
		}
	}
	return py.Bytes(out)
}

func intOpt(o py.Object, def int) int {
	if o == nil {
		return def
	}
	return py.Index(o)
}

func adler32(adler uint32, p []byte) uint32 {
	const mod = 65521
	s1, s2 := adler&0xffff, adler>>16
	for len(p) > 0 {
		n := len(p)
		if n > 5552 {
			n = 5552
		}
		for _, b := range p[:n] {
			s1 += uint32(b)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}

func uintArg(o py.Object) uint32 {
	b, ok := py.IndexBig(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", o.Type().Name)))
	}
	return uint32(new(big.Int).And(b, big.NewInt(0xffffffff)).Uint64())
}

func setup0() {
	dm := func(o py.Object) *Decompress { return o.(*Decompress) }
	DecompressType.SetNoNew()
	CompressType.SetNoNew()
	py.AddGetter(DecompressType, "unused_data", func(o py.Object) py.Object { return dm(o).unusedData }, nil)
	py.AddGetter(DecompressType, "unconsumed_tail", func(o py.Object) py.Object { return dm(o).unconsumedTail }, nil)
	py.AddGetter(DecompressType, "eof", func(o py.Object) py.Object { return py.NewBool(dm(o).eof) }, nil)
	py.AddMethod(DecompressType, "decompress", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("decompress", args[1:], kw, []string{"data", "max_length"}, 1)
		ml := intOpt(a[1], 0)
		if ml < 0 {
			panic(py.NewError(py.ValueErrorType, "max_length must be non-negative"))
		}
		return dm(args[0]).step(data(a[0]), ml, false)
	})
	py.AddMethod(DecompressType, "flush", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("flush", args[1:], kw, []string{"length"}, 0)
		if l := intOpt(a[0], 16384); l <= 0 {
			panic(py.NewError(py.ValueErrorType, "length must be greater than zero"))
		}
		d := dm(args[0])
		return d.step(nil, 0, false)
	})
	py.AddMethod(DecompressType, "copy", func(args []py.Object, kw []string) py.Object {
		panic(py.NewError(py.ValueErrorType, "Inconsistent stream state"))
	})
	cm := func(o py.Object) *Compress { return o.(*Compress) }
	py.AddMethod(CompressType, "compress", func(args []py.Object, kw []string) py.Object {
		if len(args) != 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("compress() takes exactly one argument (%d given)", len(args)-1)))
		}
		c := cm(args[0]).c
		c.write(data(args[1]))
		return c.take()
	})
	py.AddMethod(CompressType, "flush", func(args []py.Object, kw []string) py.Object {
		mode := 4
		if len(args) > 1 {
			mode = py.Index(args[1])
		}
		c := cm(args[0]).c
		c.flush(mode)
		return c.take()
	})
	py.AddMethod(CompressType, "copy", func(args []py.Object, kw []string) py.Object {
		panic(py.NewError(py.ValueErrorType, "Inconsistent stream state"))
	})

	py.RegisterModule("zlib", func(m *py.Module) {
		m.Set("__doc__", py.Str("The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\nadler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\ncompressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\ndecompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\nobjects support decompress() and flush()."))
		for _, c := range consts {
			m.Set(c.name, py.Int(c.value))
		}
		m.Set("ZLIB_VERSION", py.Str("1.2.13"))
		m.Set("ZLIB_RUNTIME_VERSION", py.Str("1.2.13"))
		m.Set("error", ErrorType)
		m.AddFunc("compress", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("compress", args, kw, []string{"data", "level", "wbits"}, 1)
			c := newCompressor(intOpt(a[1], -1), intOpt(a[2], 15), 0, nil)
			c.write(data(a[0]))
			c.flush(4)
			return c.take()
		})
		m.AddFunc("decompress", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("decompress", args, kw, []string{"data", "wbits", "bufsize"}, 1)
			if intOpt(a[2], 16384) < 0 {
				panic(py.NewError(py.ValueErrorType, "bufsize must be non-negative"))
			}
			z := newInflater(intOpt(a[1], 15), nil)
			d := &Decompress{z: z, unusedData: py.Bytes(""), unconsumedTail: py.Bytes("")}
			out := d.step(data(a[0]), 0, true)
			z.stop()
			if !d.eof {
				z.f.mu.Lock()
				err := z.err
				z.f.mu.Unlock()
				zlibError(err, true)
			}
			return out
		})
		m.AddFunc("decompressobj", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("decompressobj", args, kw, []string{"wbits", "zdict"}, 0)
			var dict []byte
			if a[1] != nil {
				dict = data(a[1])
			}
			z := newInflater(intOpt(a[0], 15), dict)
			d := &Decompress{z: z, unusedData: py.Bytes(""), unconsumedTail: py.Bytes("")}
			runtime.AddCleanup(d, func(z *inflater) { z.stop() }, z)
			return d
		})
		m.AddFunc("compressobj", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("compressobj", args, kw, []string{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0)
			if intOpt(a[1], 8) != 8 {
				fail("Invalid initialization option")
			}
			if ml := intOpt(a[3], 8); ml < 1 || ml > 9 {
				fail("Invalid initialization option")
			}
			var dict []byte
			if a[5] != nil {
				dict = data(a[5])
			}
			return &Compress{c: newCompressor(intOpt(a[0], -1), intOpt(a[2], 15), intOpt(a[4], 0), dict)}
		})
		m.AddFunc("crc32", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) < 1 || len(args) > 2 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("crc32 expected at least 1 argument, got %d", len(args))))
			}
			var v uint32
			if len(args) == 2 {
				v = uintArg(args[1])
			}
			return py.Int(int64(crc32.Update(v, crc32.IEEETable, data(args[0]))))
		})
		m.AddFunc("adler32", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) < 1 || len(args) > 2 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("adler32 expected at least 1 argument, got %d", len(args))))
			}
			v := uint32(1)
			if len(args) == 2 {
				v = uintArg(args[1])
			}
			return py.Int(int64(adler32(v, data(args[0]))))
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	ErrorType = py.NewClass("error", "error", "zlib", []py.Object{py.ExceptionType}, py.NewDict())
	DecompressType = py.NewNativeType("Decompress", "zlib", nil, nil)
	CompressType = py.NewNativeType("Compress", "zlib", nil, nil)
}
