package io

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// TextIO is _io.TextIOWrapper: text over any buffered binary stream.
type TextIO struct {
	base
	buffer   py.Object
	bfast    *Buffered // buffer, when it is a plain Buffered
	encoding string
	errors   string
	info     py.Object // the codec's CodecInfo (nil for the Go codecs)
	dec      decoder   // nil when the buffer is not readable
	nl       *nlDec    // dec, when it translates newlines
	enc      encoder   // nil when the buffer is not writable

	newline        py.Object // None or the newline argument
	readuniversal  bool
	readtranslate  bool
	readnl         string
	writetranslate bool
	writenl        string
	lineBuffering  bool
	writeThrough   bool

	decoded  string // the current decoded chunk
	used     int    // bytes of decoded handed out
	snapshot *snapshot
	b2c      float64

	pending   []byte
	chunkSize int

	seekable, telling, hasRead1 bool
	ready, detached             bool
}

// snapshot is the decoder state before the current chunk and the bytes
// fed to it since, from which tell() rebuilds a position.
type snapshot struct {
	flags py.Object
	input []byte
}

var TextIOWrapperType *py.Type

func (t *TextIO) Type() *py.Type {
	if t.cls != nil {
		return t.cls
	}
	return TextIOWrapperType
}

func (t *TextIO) checkAttached() {
	if t.detached {
		panic(valueError("underlying buffer has been detached"))
	}
	if !t.ready {
		panic(valueError("I/O operation on uninitialized object"))
	}
}

func (t *TextIO) isClosed() bool {
	if t.cls != nil {
		return py.Truth(py.GetAttr(t, "closed"))
	}
	if t.bfast != nil {
		t.bfast.checkInit()
		return t.bfast.rawClosed()
	}
	return py.Truth(py.GetAttr(t.buffer, "closed"))
}

func (t *TextIO) checkClosed() {
	t.checkAttached()
	if t.isClosed() {
		panic(valueError("I/O operation on closed file."))
	}
}

// localeEncoding is locale.getencoding(): what encoding=None or "locale"
// means (UTF-8 mode, on by default in the C locale, makes it utf-8).
func localeEncoding() string {
	if v := os.Getenv("PYTHONUTF8"); v == "1" {
		return "utf-8"
	}
	loc := os.Getenv("LC_ALL")
	if loc == "" {
		loc = os.Getenv("LC_CTYPE")
	}
	if loc == "" {
		loc = os.Getenv("LANG")
	}
	if loc == "" || loc == "C" || loc == "POSIX" {
		return "utf-8"
	}
	if i := strings.IndexByte(loc, '@'); i >= 0 {
		loc = loc[:i]
	}
	i := strings.IndexByte(loc, '.')
	if i < 0 {
		return "UTF-8"
	}
	cs := loc[i+1:]
	if normEncoding(cs) == "utf8" {
		return "UTF-8"
	}
	return strings.ToUpper(cs)
}

func optStr(fname, arg string, o py.Object) (string, bool) {
	if o == nil || o == py.None {
		return "", false
	}
	s, ok := o.(py.Str)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() argument '%s' must be str or None, not %s", fname, arg, o.Type().Name)))
	}
	return string(s), true
}

func checkNewline(fname string, o py.Object) {
	s, ok := optStr(fname, "newline", o)
	if ok && s != "" && s != "\n" && s != "\r" && s != "\r\n" {
		panic(valueError("illegal newline value: " + s))
	}
}

// setNewline applies a newline argument (None or a valid string).
func (t *TextIO) setNewline(o py.Object) {
	t.newline = o
	s, isStr := o.(py.Str)
	t.readuniversal = !isStr || s == ""
	t.readtranslate = !isStr
	t.readnl = string(s)
	t.writetranslate = !isStr || s != ""
	t.writenl = "\n"
	if isStr && s != "" {
		t.writenl = string(s)
	}
}

// makeCodecs builds the decoder and encoder for the current settings.
func (t *TextIO) makeCodecs() {
	t.dec, t.nl, t.enc = nil, nil, nil
	if py.Truth(py.CallMethod(t.buffer, "readable")) {
		t.dec = newDecoder(t.encoding, t.errors, t.info)
		if t.readuniversal {
			t.nl = &nlDec{inner: t.dec, translate: t.readtranslate}
			t.dec = t.nl
		}
	}
	if py.Truth(py.CallMethod(t.buffer, "writable")) {
		t.enc = newEncoder(t.encoding, t.errors, t.info)
	}
}

func (t *TextIO) init(args []py.Object, kw []string) {
	a := py.ParseArgs("TextIOWrapper", args, kw, []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1)
	t.ready, t.detached = false, false
	enc, hasEnc := optStr("TextIOWrapper", "encoding", a[1])
	errs, hasErrs := optStr("TextIOWrapper", "errors", a[2])
	checkNewline("TextIOWrapper", a[3])
	if !hasEnc || enc == "locale" {
		enc = localeEncoding()
	}
	if !hasErrs {
		errs = "strict"
	}
	t.info = lookupText(enc)
	t.buffer = a[0]
	t.bfast = nil
	if b, ok := a[0].(*Buffered); ok && b.cls == nil {
		t.bfast = b
	}
	t.encoding, t.errors = enc, errs
	nl := a[3]
	if nl == nil {
		nl = py.None
	}
	t.setNewline(nl)
	t.lineBuffering = a[4] != nil && py.Truth(a[4])
	t.writeThrough = a[5] != nil && py.Truth(a[5])
	t.chunkSize = 8192
	t.decoded, t.used, t.snapshot, t.pending = "", 0, nil, nil
	t.makeCodecs()
	t.seekable = py.Truth(py.CallMethod(t.buffer, "seekable"))
	t.telling = t.seekable
	t.hasRead1 = py.LookupAttr(t.buffer, "read1") != nil
	if t.seekable && t.enc != nil {
		if pos := py.CallMethod(t.buffer, "tell"); py.CompareBool(pos, py.Int(0), py.OpNe) {
			t.enc.setstate0()
		}
	}
	t.ready = true
}

// NewTextIO wraps buffer as open() does.
func NewTextIO(buffer py.Object, encoding, errors string, newline py.Object, lineBuffering bool) *TextIO {
	t := &TextIO{base: base{dict: py.NewDict()}}
	args := []py.Object{buffer}
	if encoding != "" {
		args = append(args, py.Str(encoding))
	} else {
		args = append(args, py.None)
	}
	if errors != "" {
		args = append(args, py.Str(errors))
	} else {
		args = append(args, py.None)
	}
	args = append(args, newline, py.NewBool(lineBuffering))
	t.init(args, nil)
	return t
}

// The buffer's methods, directly when it is a plain Buffered.

func (t *TextIO) bufRead1(n int) []byte {
	if t.bfast != nil {
		return t.bfast.read1(n)
	}
	name := "read"
	if t.hasRead1 {
		name = "read1"
	}
	r := py.CallMethod(t.buffer, name, py.Int(n))
	b, ok := py.BytesLike(r)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("underlying %s() should have returned a bytes-like object, not '%s'", name, r.Type().Name)))
	}
	return b
}

func (t *TextIO) bufReadAll() []byte {
	if t.bfast != nil {
		b, _ := t.bfast.read(-1)
		return b
	}
	r := py.CallMethod(t.buffer, "read")
	if r == py.None {
		return nil
	}
	b, ok := py.BytesLike(r)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("underlying read() should have returned a bytes object, not '%s'", r.Type().Name)))
	}
	return b
}

func (t *TextIO) writeflush() {
	if len(t.pending) == 0 {
		return
	}
	delete(unflushedText, t)
	b := t.pending
	t.pending = nil
	if t.bfast != nil {
		t.bfast.write(b)
	} else {
		py.CallMethod(t.buffer, "write", py.Bytes(b))
	}
	if t.pending == nil {
		t.pending = b[:0] // both writes copied it
	}
}

func (t *TextIO) bufFlush() {
	if t.bfast != nil {
		t.bfast.flush()
		return
	}
	py.CallMethod(t.buffer, "flush")
}

func (t *TextIO) flush() {
	t.checkClosed()
	t.telling = t.seekable
	t.writeflush()
	t.bufFlush()
}

// callFlush is self.flush(), honouring an override.
func (t *TextIO) callFlush() {
	if t.cls != nil {
		py.CallMethod(t, "flush")
		return
	}
	t.flush()
}

func (t *TextIO) write(s string) int {
	t.checkClosed()
	if t.enc == nil {
		panic(unsupportedOp("not writable"))
	}
	text := s
	haslf := (t.writetranslate || t.lineBuffering) && strings.IndexByte(text, '\n') >= 0
	if haslf && t.writetranslate && t.writenl != "\n" {
		text = strings.ReplaceAll(text, "\n", t.writenl)
	}
	needflush := t.lineBuffering && (haslf || strings.IndexByte(text, '\r') >= 0)
	if len(t.pending) == 0 {
		unflushedText[t] = struct{}{}
	}
	if g, ok := t.enc.(*goEnc); ok && (g.utf8 || isASCII(text)) {
		t.pending = append(t.pending, text...)
	} else {
		t.pending = append(t.pending, t.enc.encode(text, false)...)
	}
	if len(t.pending) >= t.chunkSize || needflush || t.writeThrough {
		t.writeflush()
	}
	if needflush {
		t.bufFlush()
	}
	t.decoded, t.used, t.snapshot = "", 0, nil
	if t.dec != nil {
		t.dec.reset()
	}
	return utf8.RuneCountInString(s)
}

// readChunk decodes the next chunk of the buffer; false at EOF.
func (t *TextIO) readChunk(sizeHint int) bool {
	if t.dec == nil {
		panic(unsupportedOp("not readable"))
	}
	var decBuf []byte
	var decFlags py.Object
	if t.telling {
		decBuf, decFlags = t.dec.getstate()
		decBuf = append([]byte(nil), decBuf...)
	}
	size := t.chunkSize
	if sizeHint > 0 {
		h := int(max(t.b2c, 1.0) * float64(sizeHint))
		size = max(size, h)
	}
	chunk := t.bufRead1(size)
	eof := len(chunk) == 0
	t.decoded = t.dec.decode(chunk, eof)
	t.used = 0
	if n := utf8.RuneCountInString(t.decoded); n > 0 {
		t.b2c = float64(len(chunk)) / float64(n)
	} else {
		t.b2c = 0
	}
	if t.telling {
		t.snapshot = &snapshot{flags: decFlags, input: append(decBuf, chunk...)}
	}
	return !eof
}

// takeChars hands out up to n characters of the decoded chunk.
func (t *TextIO) takeChars(n int) string {
	rest := t.decoded[t.used:]
	if n < 0 || n >= len(rest) {
		if n < 0 || utf8.RuneCountInString(rest) <= n {
			t.used = len(t.decoded)
			return rest
		}
	}
	i := runeOffset(rest, n)
	t.used += i
	return rest[:i]
}

// runeOffset is the byte offset of the n-th character of s (len(s) past
// the end).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

func (t *TextIO) readPrep() {
	t.checkClosed()
	if t.dec == nil {
		panic(unsupportedOp("not readable"))
	}
	t.writeflush()
}

func (t *TextIO) read(n int) string {
	t.readPrep()
	if n < 0 {
		input := t.bufReadAll()
		s := t.decoded[t.used:] + t.dec.decode(input, true)
		t.decoded, t.used, t.snapshot = "", 0, nil
		return s
	}
	var sb strings.Builder
	got := 0
	part := t.takeChars(n)
	sb.WriteString(part)
	got += utf8.RuneCountInString(part)
	for got < n {
		more := t.readChunk(n - got)
		part := t.takeChars(n - got)
		sb.WriteString(part)
		got += utf8.RuneCountInString(part)
		if !more {
			break
		}
	}
	return sb.String()
}

// findEOL finds the end of a line in line from byte start: the offset
// just past the line ending, or -1.
func (t *TextIO) findEOL(line string, start int) int {
	switch {
	case t.readtranslate:
		if i := strings.IndexByte(line[start:], '\n'); i >= 0 {
			return start + i + 1
		}
	case t.readuniversal:
		s := line[start:]
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			return -1
		}
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			return start + i + 2
		}
		return start + i + 1
	default:
		from := max(0, start-len(t.readnl)+1)
		if i := strings.Index(line[from:], t.readnl); i >= 0 {
			return from + i + len(t.readnl)
		}
	}
	return -1
}

func (t *TextIO) readline(limit int) string {
	t.readPrep()
	// The common case: a whole line in the current chunk.
	rest := t.decoded[t.used:]
	if limit < 0 {
		if end := t.findEOL(rest, 0); end >= 0 {
			t.used += end
			return rest[:end]
		}
	}
	line := rest
	t.used = len(t.decoded)
	start := 0
	endpos := -1
	for {
		if endpos = t.findEOL(line, start); endpos >= 0 {
			break
		}
		if limit >= 0 && utf8.RuneCountInString(line) >= limit {
			endpos = runeOffset(line, limit)
			break
		}
		start = len(line)
		got := false
		for t.readChunk(0) {
			if t.decoded != "" {
				got = true
				break
			}
		}
		if !got && t.decoded != "" {
			got = true
		}
		if !got {
			t.decoded, t.used, t.snapshot = "", 0, nil
			return line
		}
		line += t.decoded
		t.used = len(t.decoded)
	}
	if limit >= 0 && utf8.RuneCountInString(line[:endpos]) > limit {
		endpos = runeOffset(line, limit)
	}
	t.used -= len(line) - endpos
	return line[:endpos]
}

// Next is the iterator protocol.
func (t *TextIO) Next() (py.Object, bool) {
	if t.cls != nil {
		if v, ok, done := overriddenNext(t, t.cls); done {
			return v, ok
		}
	}
	return t.nextBase()
}

// nextBase is the builtin __next__.
func (t *TextIO) nextBase() (py.Object, bool) {
	t.checkAttached()
	t.telling = false
	var line py.Object
	if t.cls != nil {
		line = py.CallMethod(t, "readline")
		if _, isStr := line.(py.Str); !isStr {
			panic(py.NewError(py.OSErrorType, fmt.Sprintf("readline() should have returned a str object, not '%s'", line.Type().Name)))
		}
	} else {
		line = py.Str(t.readline(-1))
	}
	if line == py.Object(py.Str("")) {
		t.snapshot = nil
		t.telling = t.seekable
		return nil, false
	}
	return line, true
}

// The tell/seek cookie: start position, decoder flags, bytes to feed,
// characters to skip and an EOF flag, packed as CPython's C layer packs
// them (a little-endian struct of an off_t, three ints and a char).

type cookie struct {
	start     *big.Int
	flags     *big.Int
	bytesFeed int
	charsSkip int
	needEOF   bool
}

func bigOf(o py.Object) *big.Int {
	if v, ok := py.BigOf(o); ok {
		return v
	}
	return big.NewInt(int64(py.Index(o)))
}

var mask32 *big.Int

func (c cookie) pack() py.Object {
	r := new(big.Int).Set(c.start)
	add := func(v *big.Int, shift uint) {
		r.Or(r, new(big.Int).Lsh(new(big.Int).And(v, mask32), shift))
	}
	if c.flags != nil {
		add(c.flags, 64)
	}
	add(big.NewInt(int64(c.bytesFeed)), 96)
	add(big.NewInt(int64(c.charsSkip)), 128)
	if c.needEOF {
		add(big.NewInt(1), 160)
	}
	return py.NewBigInt(r)
}

func unpackCookie(o py.Object) cookie {
	v := bigOf(o)
	if v.BitLen() > 168 {
		panic(py.NewError(py.OverflowErrorType, "int too big to convert"))
	}
	part := func(shift uint, m *big.Int) *big.Int { return new(big.Int).And(new(big.Int).Rsh(v, shift), m) }
	return cookie{
		start:     part(0, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(1))),
		flags:     part(64, mask32),
		bytesFeed: int(part(96, mask32).Int64()),
		charsSkip: int(part(128, mask32).Int64()),
		needEOF:   part(160, big.NewInt(0xff)).Sign() != 0,
	}
}

func (t *TextIO) tell() py.Object {
	t.checkClosed()
	if !t.seekable {
		panic(unsupportedOp("underlying stream is not seekable"))
	}
	if !t.telling {
		panic(py.NewError(py.OSErrorType, "telling position disabled by next() call"))
	}
	t.writeflush()
	t.callFlush()
	posObj := py.CallMethod(t.buffer, "tell")
	if t.dec == nil || t.snapshot == nil {
		return posObj
	}
	position := new(big.Int).Sub(bigOf(posObj), big.NewInt(int64(len(t.snapshot.input))))
	decFlags := t.snapshot.flags
	input := t.snapshot.input
	skip := utf8.RuneCountInString(t.decoded[:t.used])
	if skip == 0 {
		return cookie{start: position, flags: bigOf(decFlags)}.pack()
	}
	savedBuf, savedFlags := t.dec.getstate()
	savedBuf = append([]byte(nil), savedBuf...)
	defer t.dec.setstate(savedBuf, savedFlags)

	// A quick search for a start point near the position, then one byte
	// at a time from there.
	skipBytes := int(t.b2c * float64(skip))
	skipBack := 1
	if skipBytes > len(input) {
		skipBytes = len(input)
	}
	found := false
	for skipBytes > 0 {
		t.dec.setstate(nil, decFlags)
		n := utf8.RuneCountInString(t.dec.decode(input[:skipBytes], false))
		if n <= skip {
			b, d := t.dec.getstate()
			if len(b) == 0 {
				decFlags = d
				skip -= n
				found = true
				break
			}
			skipBytes -= len(b)
			skipBack = 1
		} else {
			skipBytes -= skipBack
			skipBack *= 2
		}
	}
	if !found {
		skipBytes = 0
		t.dec.setstate(nil, decFlags)
	}
	startPos := new(big.Int).Add(position, big.NewInt(int64(skipBytes)))
	startFlags := decFlags
	if skip == 0 {
		return cookie{start: startPos, flags: bigOf(startFlags)}.pack()
	}
	bytesFed, charsDecoded := 0, 0
	needEOF := false
	done := false
	for i := skipBytes; i < len(input); i++ {
		bytesFed++
		charsDecoded += utf8.RuneCountInString(t.dec.decode(input[i:i+1], false))
		b, d := t.dec.getstate()
		if len(b) == 0 && charsDecoded <= skip {
			startPos.Add(startPos, big.NewInt(int64(bytesFed)))
			skip -= charsDecoded
			startFlags, bytesFed, charsDecoded = d, 0, 0
		}
		if charsDecoded >= skip {
			done = true
			break
		}
	}
	if !done {
		charsDecoded += utf8.RuneCountInString(t.dec.decode(nil, true))
		needEOF = true
		if charsDecoded < skip {
			panic(py.NewError(py.OSErrorType, "can't reconstruct logical file position"))
		}
	}
	return cookie{start: startPos, flags: bigOf(startFlags), bytesFeed: bytesFed, needEOF: needEOF, charsSkip: skip}.pack()
}

func (t *TextIO) resetEncoder(atStart bool) {
	if t.enc == nil {
		return
	}
	if atStart {
		t.enc.reset()
	} else {
		t.enc.setstate0()
	}
}

func (t *TextIO) seek(cookieObj py.Object, whence int) py.Object {
	t.checkClosed()
	if !t.seekable {
		panic(unsupportedOp("underlying stream is not seekable"))
	}
	switch whence {
	case 1:
		if py.CompareBool(cookieObj, py.Int(0), py.OpNe) {
			panic(unsupportedOp("can't do nonzero cur-relative seeks"))
		}
		cookieObj = t.tell()
	case 2:
		if py.CompareBool(cookieObj, py.Int(0), py.OpNe) {
			panic(unsupportedOp("can't do nonzero end-relative seeks"))
		}
		t.callFlush()
		pos := py.CallMethod(t.buffer, "seek", py.Int(0), py.Int(2))
		t.decoded, t.used, t.snapshot = "", 0, nil
		if t.dec != nil {
			t.dec.reset()
		}
		t.resetEncoder(!py.Truth(pos))
		return pos
	case 0:
	default:
		panic(valueError(fmt.Sprintf("invalid whence (%d, should be 0, 1 or 2)", whence)))
	}
	if py.CompareBool(cookieObj, py.Int(0), py.OpLt) {
		panic(valueError("negative seek position " + py.Repr(cookieObj)))
	}
	t.callFlush()
	c := unpackCookie(cookieObj)
	py.CallMethod(t.buffer, "seek", py.NewBigInt(c.start))
	t.decoded, t.used, t.snapshot = "", 0, nil
	isZero := bigOf(cookieObj).Sign() == 0
	if isZero && t.dec != nil {
		t.dec.reset()
	} else if t.dec != nil {
		flags := py.NewBigInt(c.flags)
		t.dec.setstate(nil, flags)
		t.snapshot = &snapshot{flags: flags}
	}
	if c.charsSkip != 0 && t.dec != nil {
		var input []byte
		if t.bfast != nil {
			input, _ = t.bfast.read(c.bytesFeed)
		} else {
			input, _ = py.BytesLike(py.CallMethod(t.buffer, "read", py.Int(c.bytesFeed)))
		}
		t.decoded = t.dec.decode(input, c.needEOF)
		t.used = 0
		t.snapshot = &snapshot{flags: t.snapshot.flags, input: append([]byte(nil), input...)}
		if utf8.RuneCountInString(t.decoded) < c.charsSkip {
			panic(py.NewError(py.OSErrorType, "can't restore logical file position"))
		}
		t.used = runeOffset(t.decoded, c.charsSkip)
	}
	t.resetEncoder(isZero)
	return cookieObj
}

func (t *TextIO) repr() string {
	var sb strings.Builder
	sb.WriteString("<_io.TextIOWrapper")
	getName := func(attr string) py.Object {
		var v py.Object
		if exc := catch(func() { v = py.LookupAttr(t, attr) }); exc != nil {
			if !exc.Type().IsSubtype(py.ExceptionType) {
				panic(exc)
			}
			return nil
		}
		return v
	}
	if name := getName("name"); name != nil {
		sb.WriteString(" name=" + py.Repr(name))
	}
	if mode := getName("mode"); mode != nil {
		sb.WriteString(" mode=" + py.Repr(mode))
	}
	sb.WriteString(" encoding=" + py.Repr(py.Str(t.encoding)) + ">")
	return sb.String()
}

func (t *TextIO) close() {
	t.checkAttached()
	if t.isClosed() {
		return
	}
	flushErr := catch(func() { t.callFlush() })
	closeErr := catch(func() { py.CallMethod(t.buffer, "close") })
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

func (t *TextIO) reconfigure(args []py.Object, kw []string) {
	if len(args) != len(kw) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("reconfigure() takes 0 positional arguments but %d were given", len(args)-len(kw))))
	}
	a := py.ParseArgs("reconfigure", args, kw, []string{"encoding", "errors", "newline", "line_buffering", "write_through"}, 0)
	t.checkAttached()
	enc, hasEnc := optStr("reconfigure", "encoding", a[0])
	errs, hasErrs := optStr("reconfigure", "errors", a[1])
	if a[2] != nil {
		checkNewline("reconfigure", a[2])
	}
	if t.dec != nil && (hasEnc || hasErrs || a[2] != nil) && (t.snapshot != nil || t.decoded != "") {
		panic(unsupportedOp("It is not possible to set the encoding or newline of stream after the first read"))
	}
	if hasEnc || hasErrs || a[2] != nil {
		if hasEnc {
			if enc == "locale" {
				enc = localeEncoding()
			}
			t.info = lookupText(enc)
			t.encoding = enc
			if !hasErrs {
				errs, hasErrs = "strict", true
			}
		}
		if hasErrs {
			t.errors = errs
		}
		if a[2] != nil {
			t.setNewline(a[2])
		}
		t.callFlush()
		t.makeCodecs()
		if t.enc != nil && t.seekable {
			if pos := py.CallMethod(t.buffer, "tell"); py.CompareBool(pos, py.Int(0), py.OpNe) {
				t.enc.setstate0()
			}
		}
	} else if a[3] != nil || a[4] != nil {
		t.callFlush()
	}
	if a[3] != nil && a[3] != py.None {
		t.lineBuffering = py.Truth(a[3])
	}
	if a[4] != nil && a[4] != py.None {
		t.writeThrough = py.Truth(a[4])
	}
}

func initTextIO() {
	tp := TextIOWrapperType
	tp.Bases = []*py.Type{privText}
	tp.MRO = append([]*py.Type{tp}, privText.MRO...)
	py.SetSubclassable(tp)
	py.SetNewInstance(tp, newInstanceFunc(tp, func(b base) py.Object { return &TextIO{base: b} }))
	def := func(name string, f func(t *TextIO, args []py.Object, kw []string) py.Object) { defm(tp, name, f) }
	def("__init__", func(t *TextIO, args []py.Object, kw []string) py.Object { t.init(args, kw); return py.None })
	def("__repr__", func(t *TextIO, args []py.Object, kw []string) py.Object { return py.Str(t.repr()) })
	def("write", func(t *TextIO, args []py.Object, kw []string) py.Object {
		if len(args) != 1 || len(kw) != 0 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("TextIOWrapper.write() takes exactly one argument (%d given)", len(args))))
		}
		s, ok := args[0].(py.Str)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("write() argument must be str, not %s", args[0].Type().Name)))
		}
		return py.MakeInt(int64(t.write(string(s))))
	})
	def("read", func(t *TextIO, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("read", args, kw, []string{"size"}, 0)
		n := sizeArg(a[0])
		t.checkAttached()
		return py.Str(t.read(n))
	})
	def("readline", func(t *TextIO, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("readline", args, kw, []string{"size"}, 0)
		n := -1
		if a[0] != nil {
			if _, ok := a[0].(py.Str); ok {
				panic(py.NewError(py.TypeErrorType, "'str' object cannot be interpreted as an integer"))
			}
			n = sizeArg(a[0])
		}
		t.checkAttached()
		return py.Str(t.readline(n))
	})
	def("__next__", func(t *TextIO, args []py.Object, kw []string) py.Object {
		v, ok := t.nextBase()
		if !ok {
			panic(py.NewException(py.StopIterationType))
		}
		return v
	})
	def("flush", func(t *TextIO, args []py.Object, kw []string) py.Object { t.checkAttached(); t.flush(); return py.None })
	def("close", func(t *TextIO, args []py.Object, kw []string) py.Object { t.close(); return py.None })
	def("detach", func(t *TextIO, args []py.Object, kw []string) py.Object {
		t.checkAttached()
		t.callFlush()
		b := t.buffer
		t.buffer, t.bfast, t.detached = nil, nil, true
		return b
	})
	def("tell", func(t *TextIO, args []py.Object, kw []string) py.Object { t.checkAttached(); return t.tell() })
	def("seek", func(t *TextIO, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("seek", args, kw, []string{"cookie", "whence"}, 1)
		t.checkAttached()
		whence := 0
		if a[1] != nil {
			whence = py.Index(a[1])
		}
		return t.seek(a[0], whence)
	})
	def("truncate", func(t *TextIO, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("truncate", args, kw, []string{"pos"}, 0)
		t.checkAttached()
		t.callFlush()
		pos := a[0]
		if pos == nil || pos == py.None {
			pos = py.CallMethod(t, "tell")
		}
		return py.CallMethod(t.buffer, "truncate", pos)
	})
	def("reconfigure", func(t *TextIO, args []py.Object, kw []string) py.Object { t.reconfigure(args, kw); return py.None })
	for _, n := range []string{"fileno", "isatty", "readable", "writable"} {
		n := n
		def(n, func(t *TextIO, args []py.Object, kw []string) py.Object {
			t.checkAttached()
			return py.CallMethod(t.buffer, n)
		})
	}
	def("seekable", func(t *TextIO, args []py.Object, kw []string) py.Object {
		t.checkAttached()
		return py.CallMethod(t.buffer, "seekable")
	})
	def("__getstate__", func(t *TextIO, args []py.Object, kw []string) py.Object {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("cannot pickle '%s' object", tpName(t, TextIOWrapperType))))
	})
	get := func(name string, f func(t *TextIO) py.Object) {
		py.AddGetter(tp, name, func(o py.Object) py.Object { return f(o.(*TextIO)) }, readonly(tp, name))
	}
	get("encoding", func(t *TextIO) py.Object { t.checkAttached(); return py.Str(t.encoding) })
	get("errors", func(t *TextIO) py.Object { t.checkAttached(); return py.Str(t.errors) })
	get("line_buffering", func(t *TextIO) py.Object { t.checkAttached(); return py.NewBool(t.lineBuffering) })
	get("write_through", func(t *TextIO) py.Object { t.checkAttached(); return py.NewBool(t.writeThrough) })
	get("buffer", func(t *TextIO) py.Object { t.checkAttached(); return t.buffer })
	get("name", func(t *TextIO) py.Object { t.checkAttached(); return py.GetAttr(t.buffer, "name") })
	get("closed", func(t *TextIO) py.Object { t.checkAttached(); return py.GetAttr(t.buffer, "closed") })
	get("newlines", func(t *TextIO) py.Object {
		t.checkAttached()
		if t.nl == nil {
			if t.dec == nil {
				return py.None
			}
			if pd, ok := t.dec.(*pyDec); ok {
				if v := py.LookupAttr(pd.obj, "newlines"); v != nil {
					return v
				}
			}
			return py.None
		}
		return t.nl.newlines()
	})
	py.AddGetter(tp, "_CHUNK_SIZE", func(o py.Object) py.Object { return py.Int(o.(*TextIO).chunkSize) }, func(o, v py.Object) {
		n := py.Index(v)
		if n <= 0 {
			panic(valueError("a strictly positive integer is required"))
		}
		o.(*TextIO).chunkSize = n
	})
	py.AddGetter(tp, "_finalizing", func(o py.Object) py.Object { return py.False }, func(o, v py.Object) {})
}

// NLDecoder is io.IncrementalNewlineDecoder.
type NLDecoder struct {
	base
	d     nlDec
	inner py.Object // the wrapped decoder object, or None
	ready bool
}

var IncrementalNewlineDecoderType *py.Type

func (n *NLDecoder) Type() *py.Type {
	if n.cls != nil {
		return n.cls
	}
	return IncrementalNewlineDecoderType
}

func (n *NLDecoder) check() {
	if !n.ready {
		panic(valueError("IncrementalNewlineDecoder.__init__() not called"))
	}
}

func initNLDecoder() {
	tp := IncrementalNewlineDecoderType
	py.SetSubclassable(tp)
	py.SetNewInstance(tp, newInstanceFunc(tp, func(b base) py.Object { return &NLDecoder{base: b} }))
	def := func(name string, f func(n *NLDecoder, args []py.Object, kw []string) py.Object) { defm(tp, name, f) }
	def("__init__", func(n *NLDecoder, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("IncrementalNewlineDecoder", args, kw, []string{"decoder", "translate", "errors"}, 2)
		n.inner = a[0]
		n.d = nlDec{translate: py.Truth(a[1])}
		if a[0] != py.None {
			n.d.inner = &pyDec{obj: a[0]}
		}
		n.ready = true
		return py.None
	})
	def("decode", func(n *NLDecoder, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("decode", args, kw, []string{"input", "final"}, 1)
		n.check()
		final := a[1] != nil && py.Truth(a[1])
		var out string
		if n.inner == py.None {
			s, ok := a[0].(py.Str)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("decoder should return a string result, not '%s'", a[0].Type().Name)))
			}
			out = string(s)
		} else {
			r := py.CallKw(py.GetAttr(n.inner, "decode"), []py.Object{a[0], py.NewBool(final)}, []string{"final"})
			s, ok := r.(py.Str)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("decoder should return a string result, not '%s'", r.Type().Name)))
			}
			out = string(s)
		}
		return py.Str(n.d.process(out, final))
	})
	def("getstate", func(n *NLDecoder, args []py.Object, kw []string) py.Object {
		n.check()
		b, f := n.d.getstate()
		return py.NewTuple(py.Bytes(b), f)
	})
	def("setstate", func(n *NLDecoder, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("setstate", args, kw, []string{"state"}, 1)
		n.check()
		st, ok := a[0].(*py.Tuple)
		if !ok || len(st.Items) != 2 {
			panic(py.NewError(py.TypeErrorType, "state argument must be a tuple"))
		}
		b, _ := py.BytesLike(st.Items[0])
		n.d.setstate(b, st.Items[1])
		return py.None
	})
	def("reset", func(n *NLDecoder, args []py.Object, kw []string) py.Object {
		n.check()
		n.d.reset()
		return py.None
	})
	py.AddGetter(tp, "newlines", func(o py.Object) py.Object { n := o.(*NLDecoder); n.check(); return n.d.newlines() }, nil)
}

// initVarsTextio sets the file's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVarsTextio() {
	TextIOWrapperType = py.NewType("TextIOWrapper", "_io", nil)
	mask32 = big.NewInt(0xffffffff)
	IncrementalNewlineDecoderType = py.NewType("IncrementalNewlineDecoder", "_io", nil)
}
