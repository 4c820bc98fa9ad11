package json

// _json, the C accelerator of the host's json package (scanstring,
// make_scanner, make_encoder, encode_basestring(_ascii)), with the C
// module's behaviour: its error messages and positions, its recursion
// messages, its argument checks. With a host library, json is the host's
// json package on top of this module, as in CPython; the Go json module
// (json.go) serves programs built without one.

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// decodeError is json.decoder.JSONDecodeError as the json package defines
// it (the C module looks it up there), or the Go module's own class.
func decodeError() py.Object {
	if py.Translated("json.decoder") {
		if m, ok := py.ImportModule("json.decoder").(*py.Module); ok {
			if v, ok := m.Dict.GetStr("JSONDecodeError"); ok {
				return v
			}
		}
	}
	return DecodeErrorType
}

func raiseErrmsg(msg string, s py.Str, pos int) {
	py.Raise(py.Call(decodeError(), py.Str(msg), s, py.Int(pos)))
}

func stopIteration(idx int) {
	py.Raise(py.Call(py.StopIterationType, py.Int(idx)))
}

func isWS(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// scanString is scanstring_unicode: the string body starting after the
// opening quote at end; the result and the index after the closing quote.
func scanString(s py.Str, rs []rune, end int, strict bool) (py.Object, int) {
	n := len(rs)
	begin := end - 1
	if end < 0 || n < end {
		panic(py.NewError(py.ValueErrorType, "end is out of bounds"))
	}
	var b []rune
	for {
		next := end
		var c rune
		for ; next < n; next++ {
			c = rs[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f && strict {
				raiseErrmsg("Invalid control character at", s, next)
			}
		}
		if next >= n || (c != '"' && c != '\\') {
			raiseErrmsg("Unterminated string starting at", s, begin)
		}
		b = append(b, rs[end:next]...)
		next++
		if c == '"' {
			end = next
			break
		}
		if next == n {
			raiseErrmsg("Unterminated string starting at", s, begin)
		}
		c = rs[next]
		if c != 'u' {
			end = next + 1
			switch c {
			case '"', '\\', '/':
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			default:
				c = 0
			}
			if c == 0 {
				raiseErrmsg("Invalid \\escape", s, end-2)
			}
		} else {
			next++
			end = next + 4
			if end >= n {
				raiseErrmsg("Invalid \\uXXXX escape", s, next-1)
			}
			c = 0
			for ; next < end; next++ {
				d, ok := hexDigit(rs[next])
				if !ok {
					raiseErrmsg("Invalid \\uXXXX escape", s, end-5)
				}
				c = c<<4 | d
			}
			if c >= 0xd800 && c <= 0xdbff && end+6 < n && rs[next] == '\\' && rs[next+1] == 'u' {
				next += 2
				end += 6
				var c2 rune
				for ; next < end; next++ {
					d, ok := hexDigit(rs[next])
					if !ok {
						raiseErrmsg("Invalid \\uXXXX escape", s, end-5)
					}
					c2 = c2<<4 | d
				}
				if c2 >= 0xdc00 && c2 <= 0xdfff {
					c = 0x10000 + ((c - 0xd800) << 10) | (c2 - 0xdc00)
				} else {
					end -= 6
				}
			}
		}
		b = append(b, c)
	}
	return py.Str(py.RunesStr(b)), end
}

func hexDigit(r rune) (rune, bool) {
	switch {
	case r >= '0' && r <= '9':
		return r - '0', true
	case r >= 'a' && r <= 'f':
		return r - 'a' + 10, true
	case r >= 'A' && r <= 'F':
		return r - 'A' + 10, true
	}
	return 0, false
}

// scanner is a _json.make_scanner object's state for one call.
type scanner struct {
	strict                                                     bool
	objectHook, pairsHook, parseFloat, parseInt, parseConstant py.Object
	memo                                                       *py.Dict
	s                                                          py.Str
	rs                                                         []rune
}

func (sc *scanner) startsWith(idx int, word string) bool {
	i := idx
	for _, r := range word {
		if i >= len(sc.rs) || sc.rs[i] != r {
			return false
		}
		i++
	}
	return true
}

func (sc *scanner) skipWS(idx int) int {
	for idx < len(sc.rs) && isWS(sc.rs[idx]) {
		idx++
	}
	return idx
}

func (sc *scanner) scanOnce(idx int) (py.Object, int) {
	if idx < 0 {
		panic(py.NewError(py.ValueErrorType, "idx cannot be negative"))
	}
	if idx >= len(sc.rs) {
		stopIteration(idx)
	}
	switch sc.rs[idx] {
	case '"':
		return scanString(sc.s, sc.rs, idx+1, sc.strict)
	case '{':
		py.EnterRecursiveCall(" while decoding a JSON object from a unicode string")
		defer py.LeaveRecursiveCall()
		return sc.object(idx + 1)
	case '[':
		py.EnterRecursiveCall(" while decoding a JSON array from a unicode string")
		defer py.LeaveRecursiveCall()
		return sc.array(idx + 1)
	case 'n':
		if sc.startsWith(idx, "null") {
			return py.None, idx + 4
		}
	case 't':
		if sc.startsWith(idx, "true") {
			return py.True, idx + 4
		}
	case 'f':
		if sc.startsWith(idx, "false") {
			return py.False, idx + 5
		}
	case 'N':
		if sc.startsWith(idx, "NaN") {
			return py.Call(sc.parseConstant, py.Str("NaN")), idx + 3
		}
	case 'I':
		if sc.startsWith(idx, "Infinity") {
			return py.Call(sc.parseConstant, py.Str("Infinity")), idx + 8
		}
	case '-':
		if sc.startsWith(idx, "-Infinity") {
			return py.Call(sc.parseConstant, py.Str("-Infinity")), idx + 9
		}
	}
	return sc.number(idx)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// number is _match_number_unicode.
func (sc *scanner) number(start int) (py.Object, int) {
	rs, n := sc.rs, len(sc.rs)
	idx := start
	if idx < n && rs[idx] == '-' {
		idx++
		if idx >= n {
			stopIteration(start)
		}
	}
	switch {
	case idx < n && rs[idx] >= '1' && rs[idx] <= '9':
		idx++
		for idx < n && isDigit(rs[idx]) {
			idx++
		}
	case idx < n && rs[idx] == '0':
		idx++
	default:
		stopIteration(start)
	}
	isFloat := false
	if idx < n-1 && rs[idx] == '.' && isDigit(rs[idx+1]) {
		isFloat = true
		idx += 2
		for idx < n && isDigit(rs[idx]) {
			idx++
		}
	}
	if idx < n-1 && (rs[idx] == 'e' || rs[idx] == 'E') {
		e := idx
		idx++
		if idx < n-1 && (rs[idx] == '-' || rs[idx] == '+') {
			idx++
		}
		for idx < n && isDigit(rs[idx]) {
			idx++
		}
		if isDigit(rs[idx-1]) {
			isFloat = true
		} else {
			idx = e
		}
	}
	text := string(rs[start:idx])
	if isFloat {
		if sc.parseFloat != py.Object(py.FloatType) {
			return py.Call(sc.parseFloat, py.Str(text)), idx
		}
		f, _ := strconv.ParseFloat(text, 64)
		return py.Float(f), idx
	}
	if sc.parseInt != py.Object(py.IntType) {
		return py.Call(sc.parseInt, py.Str(text)), idx
	}
	return py.Call(py.IntType, py.Str(text)), idx
}

func (sc *scanner) object(idx int) (py.Object, int) {
	rs, n := sc.rs, len(sc.rs)
	var pairs []py.Object
	dict := py.NewDict()
	usePairs := sc.pairsHook != py.None
	idx = sc.skipWS(idx)
	if idx >= n || rs[idx] != '}' {
		for {
			if idx >= n || rs[idx] != '"' {
				raiseErrmsg("Expecting property name enclosed in double quotes", sc.s, idx)
			}
			k, next := scanString(sc.s, rs, idx+1, sc.strict)
			if v, ok := sc.memo.Get(k); ok {
				k = v
			} else {
				sc.memo.Set(k, k)
			}
			idx = sc.skipWS(next)
			if idx >= n || rs[idx] != ':' {
				raiseErrmsg("Expecting ':' delimiter", sc.s, idx)
			}
			idx = sc.skipWS(idx + 1)
			v, next := sc.scanOnce(idx)
			if usePairs {
				pairs = append(pairs, py.NewTuple(k, v))
			} else {
				dict.Set(k, v)
			}
			idx = sc.skipWS(next)
			if idx < n && rs[idx] == '}' {
				break
			}
			if idx >= n || rs[idx] != ',' {
				raiseErrmsg("Expecting ',' delimiter", sc.s, idx)
			}
			idx = sc.skipWS(idx + 1)
		}
	}
	idx++
	if usePairs {
		return py.Call(sc.pairsHook, py.NewList(pairs...)), idx
	}
	if sc.objectHook != py.None {
		return py.Call(sc.objectHook, dict), idx
	}
	return dict, idx
}

func (sc *scanner) array(idx int) (py.Object, int) {
	rs, n := sc.rs, len(sc.rs)
	var items []py.Object
	idx = sc.skipWS(idx)
	if idx >= n || rs[idx] != ']' {
		for {
			v, next := sc.scanOnce(idx)
			items = append(items, v)
			idx = sc.skipWS(next)
			if idx < n && rs[idx] == ']' {
				break
			}
			if idx >= n || rs[idx] != ',' {
				raiseErrmsg("Expecting ',' delimiter", sc.s, idx)
			}
			idx = sc.skipWS(idx + 1)
		}
	}
	return py.NewList(items...), idx + 1
}

// ScannerType is _json.make_scanner (c_make_scanner).
var ScannerType = py.NewNativeType("Scanner", "_json", nil, func(t *py.Type) py.Object {
	return &scannerObj{cls: t}
})

type scannerObj struct {
	cls *py.Type
	sc  scanner
}

func (s *scannerObj) Type() *py.Type { return s.cls }

func argStr(fname string, o py.Object, n int) py.Str {
	s, ok := o.(py.Str)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() argument %d must be str, not %s", fname, n, o.Type().Name)))
	}
	return s
}

// argIndex is a Py_ssize_t argument.
func argIndex(o py.Object) int {
	if _, big := o.(*py.BigInt); big {
		panic(py.NewError(py.OverflowErrorType, "Python int too large to convert to C ssize_t"))
	}
	return py.Index(o)
}

func init() {
	py.AddMethod(ScannerType, "__init__", func(args []py.Object, kw []string) py.Object {
		so := args[0].(*scannerObj)
		a := py.ParseArgs("make_scanner", args[1:], kw, []string{"context"}, 1)
		ctx := a[0]
		strict := py.Truth(py.GetAttr(ctx, "strict"))
		so.sc = scanner{
			strict:        strict,
			objectHook:    py.GetAttr(ctx, "object_hook"),
			pairsHook:     py.GetAttr(ctx, "object_pairs_hook"),
			parseFloat:    py.GetAttr(ctx, "parse_float"),
			parseInt:      py.GetAttr(ctx, "parse_int"),
			parseConstant: py.GetAttr(ctx, "parse_constant"),
		}
		return py.None
	})
	py.AddMethod(ScannerType, "__call__", func(args []py.Object, kw []string) py.Object {
		so, ok := args[0].(*scannerObj)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "descriptor '__call__' requires a '_json.Scanner' object"))
		}
		a := py.ParseArgs("scanner", args[1:], kw, []string{"string", "idx"}, 2)
		s := argStr("scanner", a[0], 1)
		sc := so.sc
		sc.s = s
		sc.rs = py.StrRunes(string(s))
		sc.memo = py.NewDict()
		v, end := sc.scanOnce(argIndex(a[1]))
		return py.NewTuple(v, py.Int(end))
	})

	py.RegisterModule("_json", func(m *py.Module) {
		m.Set("__doc__", py.Str("json speedups\n"))
		m.Set("make_scanner", ScannerType)
		m.Set("make_encoder", EncoderType)
		m.AddFunc("scanstring", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, "scanstring() takes no keyword arguments"))
			}
			if len(args) < 2 || len(args) > 3 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("scanstring expected at least 2 arguments, got %d", len(args))))
			}
			end := argIndex(args[1])
			s, ok := args[0].(py.Str)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("first argument must be a string, not %.80s", args[0].Type().Name)))
			}
			strict := true
			if len(args) == 3 {
				strict = py.Truth(args[2])
			}
			v, end := scanString(s, py.StrRunes(string(s)), end, strict)
			return py.NewTuple(v, py.Int(end))
		})
		// One argument, no keywords (json.encoder's _encoder(s) calls):
		// the fixed-arity entry, which parses nothing.
		oneStrFast := func(a py.Object) string {
			s, ok := a.(py.Str)
			if !ok {
				return strArg(a)
			}
			return string(s)
		}
		m.AddFunc("encode_basestring_ascii", func(args []py.Object, kw []string) py.Object {
			return py.Str(encodeBasestring(oneStr("encode_basestring_ascii", args, kw), true))
		}).SetFast(func(_, a py.Object) py.Object {
			return py.Str(encodeBasestring(oneStrFast(a), true))
		})
		m.AddFunc("encode_basestring", func(args []py.Object, kw []string) py.Object {
			return py.Str(encodeBasestring(oneStr("encode_basestring", args, kw), false))
		}).SetFast(func(_, a py.Object) py.Object {
			return py.Str(encodeBasestring(oneStrFast(a), false))
		})
	})
}

func oneStr(name string, args []py.Object, kw []string) string {
	if len(kw) > 0 || len(args) != 1 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes exactly one argument (%d given)", name, len(args)+len(kw))))
	}
	return strArg(args[0])
}

// strArg is the text of a str, or of an instance of a subclass of str
// (PyUnicode_Check), read without calling its methods.
func strArg(a py.Object) string {
	if s, ok := py.UnwrapValue(a).(py.Str); ok {
		return string(s)
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("first argument must be a string, not %.80s", a.Type().Name)))
}

// encodeBasestring is CPython's ascii_escape_unicode / escape_unicode.
func encodeBasestring(s string, ascii bool) string {
	b := outBuf{make([]byte, 0, len(s)+2)}
	writeBasestring(&b, s, ascii)
	return unsafe.String(unsafe.SliceData(b.b), len(b.b))
}

// outBuf is the encoder's output: a byte slice appended to, reused from
// one encoding to the next (see getOutBuf), so a document is copied once,
// into its str, instead of at every doubling of a strings.Builder.
type outBuf struct{ b []byte }

func (o *outBuf) str(s string) { o.b = append(o.b, s...) }
func (o *outBuf) ch(c byte)    { o.b = append(o.b, c) }
func (o *outBuf) raw(p []byte) { o.b = append(o.b, p...) }

// freeOutBufs are buffers of finished encodings (guarded by the GIL; a
// default() encoding another document meanwhile takes another one).
var freeOutBufs [][]byte

// maxKeptOutBuf is the largest buffer kept for reuse.
const maxKeptOutBuf = 4 << 20

func getOutBuf() *outBuf {
	if n := len(freeOutBufs); n > 0 {
		b := freeOutBufs[n-1]
		freeOutBufs = freeOutBufs[:n-1]
		return &outBuf{b[:0]}
	}
	return &outBuf{make([]byte, 0, 256)}
}

func putOutBuf(o *outBuf) {
	if cap(o.b) <= maxKeptOutBuf && len(freeOutBufs) < 4 {
		freeOutBufs = append(freeOutBufs, o.b)
	}
}

// plainASCII[c] is set for the bytes writeBasestring copies as they are
// with ensure_ascii: printable ASCII but '"' and '\\'; plainAny[c] for the
// bytes it copies without it: all but controls, '"' and '\\' (a non-ASCII
// character goes out as its own bytes). One load per byte in the scan.
var plainASCII, plainAny = func() (a, u [256]bool) {
	for c := 0x20; c < 0x100; c++ {
		u[c] = c != '"' && c != '\\'
		a[c] = u[c] && c < 0x7f
	}
	return a, u
}()

const (
	loBytes = 0x0101010101010101
	hiBytes = 0x8080808080808080
)

// plainRun is the end of the run of bytes of s from i on that need no
// escape. Eight bytes at a time: a word is plain unless it holds a byte
// below 0x20, a '"', a '\\', or (with ascii) a byte from 0x7f up; the
// last 0-7 bytes are scanned a byte at a time.
func plainRun(s string, i int, ascii bool) int {
	bs := unsafe.Slice(unsafe.StringData(s), len(s))
	for ; i+8 <= len(bs); i += 8 {
		x := binary.LittleEndian.Uint64(bs[i:])
		m := (x - 0x20*loBytes) &^ x
		q := x ^ ('"' * loBytes)
		m |= (q - loBytes) &^ q
		q = x ^ ('\\' * loBytes)
		m |= (q - loBytes) &^ q
		if ascii {
			m |= x | (x + loBytes)
		}
		if m &= hiBytes; m != 0 {
			// The lowest flagged byte is exact: a borrow or carry
			// only flags bytes above one that needs an escape.
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	tab := &plainAny
	if ascii {
		tab = &plainASCII
	}
	for i < len(bs) && tab[bs[i]] {
		i++
	}
	return i
}

// writeBasestring writes s quoted and escaped to b; runs of characters
// that need no escape are copied at once.
func writeBasestring(b *outBuf, s string, ascii bool) {
	i := plainRun(s, 0, ascii)
	if i == len(s) {
		// Nothing to escape: the quotes and s, room made once.
		b.b = slices.Grow(b.b, len(s)+2)
		n := len(b.b)
		p := b.b[n : n+len(s)+2]
		p[0] = '"'
		copy(p[1:], s)
		p[len(s)+1] = '"'
		b.b = b.b[:n+len(s)+2]
		return
	}
	b.b = slices.Grow(b.b, len(s)+8)
	b.b = append(b.b, '"')
	b.b = append(b.b, s[:i]...)
	for {
		// s[i] needs an escape.
		if c := s[i]; c < 0x80 {
			if e := shortEscape[c]; e != 0 {
				b.b = append(b.b, '\\', e)
			} else {
				writeU4(b, rune(c))
			}
			i++
		} else {
			// With ascii: a non-ASCII character, or a lone surrogate.
			r, size := py.DecodeRune(s[i:])
			i += size
			if r > 0xffff {
				v := r - 0x10000
				writeU4(b, 0xd800|((v>>10)&0x3ff))
				writeU4(b, 0xdc00|(v&0x3ff))
			} else {
				writeU4(b, r)
			}
		}
		j := plainRun(s, i, ascii)
		b.b = append(b.b, s[i:j]...)
		if i = j; i == len(s) {
			break
		}
	}
	b.b = append(b.b, '"')
}

// shortEscape[c] is the letter of the two-character escape of the ASCII
// character c, 0 for \u00XX.
var shortEscape = [128]byte{'"': '"', '\\': '\\', '\n': 'n', '\r': 'r', '\t': 't', '\b': 'b', '\f': 'f'}

// writeU4 writes the escape \uXXXX of a UTF-16 code unit.
func writeU4(b *outBuf, u rune) {
	const hex = "0123456789abcdef"
	b.str(`\u`)
	b.ch(hex[u>>12&0xf])
	b.ch(hex[u>>8&0xf])
	b.ch(hex[u>>4&0xf])
	b.ch(hex[u&0xf])
}

// EncoderType is _json.make_encoder (c_make_encoder).
var EncoderType = py.NewNativeType("Encoder", "_json", nil, func(t *py.Type) py.Object {
	return &encoderObj{cls: t}
})

func (e *encoderObj) Type() *py.Type { return e.cls }

type encoderObj struct {
	cls                          *py.Type
	markers                      py.Object // *py.Dict or None
	defaultFn, encoder, indent   py.Object
	keySep, itemSep              py.Str
	sortKeys, skipKeys, allowNaN bool
	fastEncode                   int // 0: call encoder; 1: escape; 2: ascii
	scratch                      [24]byte
	// pairs holds the items of the dicts being written, a stack (see
	// dict). An exception leaves its part there; the next top-level
	// dict starts above it.
	pairs []py.Object
	// marks are the containers being written and the objects handed to
	// default(), as markers holds their ids, a stack (see markerEnter).
	marks []mark
	// lazy is set while marks not yet in markers are kept only in
	// marks: markers was empty when the call began and no Python code
	// has run since.
	lazy  bool
	base  int // where this call's marks start
	order keyOrder
}

// mark is an entry of markers: the object, and its id once in markers.
type mark struct {
	o  py.Object
	id py.Object
}

func init() {
	py.AddMethod(EncoderType, "__init__", func(args []py.Object, kw []string) py.Object {
		e := args[0].(*encoderObj)
		a := py.ParseArgs("make_encoder", args[1:], kw, []string{"markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}, 9)
		if _, ok := a[0].(*py.Dict); !ok && a[0] != py.None {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("make_encoder() argument 1 must be dict or None, not %s", a[0].Type().Name)))
		}
		e.markers, e.defaultFn, e.encoder, e.indent = a[0], a[1], a[2], a[3]
		e.keySep, e.itemSep = argStr("make_encoder", a[4], 5), argStr("make_encoder", a[5], 6)
		e.sortKeys = py.Truth(a[6])
		e.skipKeys = py.Truth(a[7])
		e.allowNaN = py.Truth(a[8])
		if f, ok := e.encoder.(*py.BuiltinFunction); ok && f.Module == "_json" {
			switch f.Name {
			case "encode_basestring":
				e.fastEncode = 1
			case "encode_basestring_ascii":
				e.fastEncode = 2
			}
		}
		return py.None
	})
	py.AddMethod(EncoderType, "__call__", func(args []py.Object, kw []string) py.Object {
		e, ok := args[0].(*encoderObj)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "descriptor '__call__' requires a '_json.Encoder' object"))
		}
		a := py.ParseArgs("_iterencode", args[1:], kw, []string{"obj", "_current_indent_level"}, 2)
		py.Index(a[1])
		b := getOutBuf()
		defer putOutBuf(b)
		// Markers are put in the markers dict only when something could
		// see them (Python code about to run, an exception about to be
		// raised): an encoding of plain data makes no ids and no dict
		// entries. A call from default() keeps the caller's state.
		lazy, base := e.lazy, e.base
		d, ok := e.markers.(*py.Dict)
		e.lazy, e.base = ok && d.Len() == 0, len(e.marks)
		e.encode(b, a[0])
		e.lazy, e.base = lazy, base
		// CPython 3.11's encoder returns a list (_PyAccu_FinishAsList).
		return py.NewList(py.Str(string(b.b)))
	})
}

// writeStr writes the encoded s to b.
func (e *encoderObj) writeStr(b *outBuf, s py.Str) {
	switch e.fastEncode {
	case 1:
		writeBasestring(b, string(s), false)
		return
	case 2:
		writeBasestring(b, string(s), true)
		return
	}
	e.sync()
	r := py.Call(e.encoder, s)
	rs, ok := r.(py.Str)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("encoder() must return a string, not %.80s", r.Type().Name)))
	}
	b.str(string(rs))
}

func (e *encoderObj) float(o py.Object) string {
	f, _ := py.FloatValue(o)
	switch {
	case f != f || f > 1.7976931348623157e308 || f < -1.7976931348623157e308:
		if !e.allowNaN {
			e.sync()
			panic(py.NewError(py.ValueErrorType, "Out of range float values are not JSON compliant"))
		}
		switch {
		case f > 0:
			return "Infinity"
		case f < 0:
			return "-Infinity"
		}
		return "NaN"
	}
	if _, ok := o.(py.Float); ok {
		return py.FloatRepr(f)
	}
	return py.StrOf(py.Call(py.GetAttr(py.FloatType, "__repr__"), o))
}

func intRepr(o py.Object) string {
	switch o.(type) {
	case py.Int, *py.BigInt:
		return py.Repr(o)
	}
	return py.StrOf(py.Call(py.GetAttr(py.IntType, "__repr__"), o))
}

// markerEnter records o as being written (c_make_encoder's markers[id(o)]
// = o), raising ValueError if it already is; the result is for
// markerLeave. While e.lazy, o goes on e.marks alone.
func (e *encoderObj) markerEnter(o py.Object) int {
	d, ok := e.markers.(*py.Dict)
	if !ok {
		return -1
	}
	if e.lazy {
		p := py.Id(o)
		for i := e.base; i < len(e.marks); i++ {
			if py.Id(e.marks[i].o) == p {
				e.sync()
				panic(py.NewError(py.ValueErrorType, "Circular reference detected"))
			}
		}
		if len(e.marks) < 64 {
			e.marks = append(e.marks, mark{o: o})
			return len(e.marks) - 1
		}
		// Deep: the dict's lookups from here on.
		e.sync()
	}
	// As PyLong_FromVoidPtr: the address, not a call of builtins.id.
	id := py.Int(int64(py.Id(o)))
	if _, in := d.Get(id); in {
		panic(py.NewError(py.ValueErrorType, "Circular reference detected"))
	}
	d.Set(id, o)
	e.marks = append(e.marks, mark{o: o, id: id})
	return len(e.marks) - 1
}

// markerLeave removes the mark markerEnter made (del markers[id(o)]).
// Marks above it are left over from an exception a default() caught:
// CPython leaves theirs in markers too.
func (e *encoderObj) markerLeave(i int) {
	if i < 0 {
		return
	}
	id := e.marks[i].id
	clear(e.marks[i:])
	e.marks = e.marks[:i]
	if id != nil {
		py.DelItem(e.markers, id)
	}
}

// sync puts the marks kept only in e.marks into markers, as CPython's
// would hold them, before Python code can run or an exception is raised.
func (e *encoderObj) sync() {
	if !e.lazy {
		return
	}
	e.lazy = false
	d := e.markers.(*py.Dict)
	for i := range e.marks {
		if m := &e.marks[i]; m.id == nil {
			m.id = py.Int(int64(py.Id(m.o)))
			d.Set(m.id, m.o)
		}
	}
}

// enterRecursive is py.EnterRecursiveCall for a container, the marks
// synced first when it is going to raise.
func (e *encoderObj) enterRecursive() {
	if e.lazy && py.RecursionDepth() >= py.RecursionLimit() {
		e.sync()
	}
	py.EnterRecursiveCall(" while encoding a JSON object")
}

func (e *encoderObj) encode(b *outBuf, o py.Object) {
	switch v := o.(type) {
	case py.NoneType:
		b.str("null")
		return
	case py.Bool:
		if v {
			b.str("true")
		} else {
			b.str("false")
		}
		return
	case py.Str:
		e.writeStr(b, v)
		return
	case py.Int:
		b.raw(strconv.AppendInt(e.scratch[:0], int64(v), 10))
		return
	case py.Float:
		b.str(e.float(v))
		return
	case *py.List:
		if v.Type() == py.ListType {
			e.enterRecursive()
			e.list(b, o)
			py.LeaveRecursiveCall()
			return
		}
	case *py.Tuple:
		if v.Type() == py.TupleType {
			e.enterRecursive()
			e.list(b, o)
			py.LeaveRecursiveCall()
			return
		}
	case *py.Dict:
		if v.Type() == py.DictType {
			e.enterRecursive()
			e.dict(b, o)
			py.LeaveRecursiveCall()
			return
		}
	}
	// Subclasses and objects for default(): Python code may run.
	e.sync()
	switch {
	case py.IsInstance(o, py.StrType):
		// The str's own text, as PyUnicode data: no __str__.
		e.writeStr(b, py.Str(strArg(o)))
	case py.IsInstance(o, py.IntType):
		b.str(intRepr(o))
	case py.IsInstance(o, py.FloatType):
		b.str(e.float(o))
	case py.IsInstance(o, py.ListType) || py.IsInstance(o, py.TupleType):
		e.enterRecursive()
		e.list(b, o)
		py.LeaveRecursiveCall()
	case py.IsInstance(o, py.DictType):
		e.enterRecursive()
		e.dict(b, o)
		py.LeaveRecursiveCall()
	default:
		id := e.markerEnter(o)
		n := py.Call(e.defaultFn, o)
		py.EnterRecursiveCall(" while encoding a JSON object")
		e.encode(b, n)
		py.LeaveRecursiveCall()
		e.markerLeave(id)
	}
}

func (e *encoderObj) list(b *outBuf, o py.Object) {
	// An exact list is read in place, its length re-read after every item
	// as CPython's PySequence_Fast loop does (a default() that grows the
	// list is seen), an exact tuple in place; anything else is copied out
	// first (PySequence_Fast iterates a subclass).
	if l, ok := o.(*py.List); ok && l.Type() == py.ListType {
		if len(l.Items) == 0 {
			b.str("[]")
			return
		}
		id := e.markerEnter(o)
		b.ch('[')
		for i := 0; i < len(l.Items); i++ {
			if i > 0 {
				b.str(string(e.itemSep))
			}
			e.encode(b, l.Items[i])
		}
		b.ch(']')
		e.markerLeave(id)
		return
	}
	var items []py.Object
	if t, ok := o.(*py.Tuple); ok && t.Type() == py.TupleType {
		items = t.Items
	} else {
		items = py.AppendStar(nil, o)
	}
	if len(items) == 0 {
		b.str("[]")
		return
	}
	id := e.markerEnter(o)
	b.ch('[')
	for i, it := range items {
		if i > 0 {
			b.str(string(e.itemSep))
		}
		e.encode(b, it)
	}
	b.ch(']')
	e.markerLeave(id)
}

func (e *encoderObj) dict(b *outBuf, o py.Object) {
	if d, ok := o.(*py.Dict); ok && d.Len() == 0 || !ok && py.Len(o) == 0 {
		b.str("{}")
		return
	}
	id := e.markerEnter(o)
	b.ch('{')
	// kv holds the items as key, value pairs: an exact dict's are copied
	// out (what PyDict_Items makes, without its tuples); otherwise its
	// items() are listed, and sorted by their tuples as list.sort does.
	// They go on the pairs stack (nested dicts push theirs after), cleared
	// when the dict is written.
	base := len(e.pairs)
	d, exact := o.(*py.Dict)
	exact = exact && d.Type() == py.DictType
	if exact {
		d.Items(func(k, v py.Object) bool { e.pairs = append(e.pairs, k, v); return true })
	}
	if exact && e.sortKeys && !e.order.sort(e.pairs[base:]) {
		// Keys that are not all strs: list.sort of the item tuples.
		clear(e.pairs[base:])
		e.pairs = e.pairs[:base]
		exact = false
	}
	if !exact {
		e.sync()
		items := py.AppendStar(nil, py.CallMethod(o, "items"))
		if e.sortKeys {
			l := py.NewList(items...)
			py.CallMethod(l, "sort")
			items = l.Items
		}
		for _, item := range items {
			t, ok := item.(*py.Tuple)
			if !ok || len(t.Items) != 2 {
				panic(py.NewError(py.ValueErrorType, "items must return 2-tuples"))
			}
			e.pairs = append(e.pairs, t.Items[0], t.Items[1])
		}
	}
	kv := e.pairs[base:]
	first := true
	for i := 0; i < len(kv); i += 2 {
		key := kv[i]
		var kstr py.Str
		switch k := key.(type) {
		case py.Str:
			kstr = k
		case py.Bool:
			if k {
				kstr = "true"
			} else {
				kstr = "false"
			}
		case py.NoneType:
			kstr = "null"
		default:
			e.sync()
			switch {
			case py.IsInstance(key, py.StrType):
				kstr = py.Str(strArg(key))
			case py.IsInstance(key, py.FloatType):
				kstr = py.Str(e.float(key))
			case py.IsInstance(key, py.IntType):
				kstr = py.Str(intRepr(key))
			case e.skipKeys:
				continue
			default:
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("keys must be str, int, float, bool or None, not %.100s", key.Type().Name)))
			}
		}
		if !first {
			b.str(string(e.itemSep))
		}
		first = false
		e.writeStr(b, kstr)
		b.str(string(e.keySep))
		e.encode(b, kv[i+1])
	}
	b.ch('}')
	e.markerLeave(id)
	clear(kv)
	e.pairs = e.pairs[:base]
}

// strTab is the itab word of a Str held in an Object.
var strTab = func() unsafe.Pointer {
	var o py.Object = py.Str("")
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
}()

// strAt is the Object holding the Str *p (never written after).
func strAt(p *py.Str) py.Object {
	var o py.Object
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&o)) = [2]unsafe.Pointer{strTab, unsafe.Pointer(p)}
	return o
}
