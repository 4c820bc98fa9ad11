package io

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The incremental decoders and encoders TextIOWrapper drives: UTF-8,
// Latin-1 and ASCII in Go, any other codec through the codec registry's
// incremental classes, and the universal-newline layer.

type decoder interface {
	decode(b []byte, final bool) string
	getstate() (buf []byte, flags py.Object)
	setstate(buf []byte, flags py.Object)
	reset()
}

type encoder interface {
	encode(s string, final bool) []byte
	reset()
	// setstate0 is setstate(0): the stream is not at its start (no BOM).
	setstate0()
}

var encReplacer *strings.Replacer

func normEncoding(enc string) string {
	e := strings.ToLower(encReplacer.Replace(enc))
	switch e {
	case "utf8", "u8", "utf":
		return "utf8"
	case "ascii", "usascii", "646":
		return "ascii"
	case "latin1", "iso88591", "l1", "8859", "cp819", "latin":
		return "latin1"
	}
	return e
}

// utf8Dec is UTF-8's incremental decoder: an incomplete sequence at the
// end of a chunk waits for the next one.
type utf8Dec struct {
	errors string
	pend   []byte
}

func (d *utf8Dec) decode(b []byte, final bool) string {
	data := b
	if len(d.pend) > 0 {
		data = append(append([]byte(nil), d.pend...), b...)
		d.pend = nil
	}
	if !final {
		if k := incompleteTail(data); k > 0 {
			d.pend = append([]byte(nil), data[len(data)-k:]...)
			data = data[:len(data)-k]
		}
	}
	if len(data) == 0 {
		return ""
	}
	if utf8.Valid(data) {
		return string(data)
	}
	return py.DecodeBytes(data, "utf-8", d.errors)
}

// incompleteTail is the length of a UTF-8 sequence cut short at the end
// of data (0 when data ends on a boundary or on invalid bytes).
func incompleteTail(data []byte) int {
	for k := 1; k <= 3 && k <= len(data); k++ {
		c := data[len(data)-k]
		if c&0xC0 == 0x80 {
			continue // continuation byte: look further back
		}
		need := 0
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 2
		case c >= 0xE0 && c <= 0xEF:
			need = 3
		case c >= 0xF0 && c <= 0xF4:
			need = 4
		}
		if need > k {
			return k
		}
		return 0
	}
	return 0
}

func (d *utf8Dec) getstate() ([]byte, py.Object) { return d.pend, py.Int(0) }
func (d *utf8Dec) setstate(buf []byte, flags py.Object) {
	d.pend = append([]byte(nil), buf...)
}
func (d *utf8Dec) reset() { d.pend = nil }

// byteDec decodes a one-byte-per-character codec (Latin-1, ASCII).
type byteDec struct{ enc, errors string }

func (d *byteDec) decode(b []byte, final bool) string {
	if len(b) == 0 {
		return ""
	}
	if isASCII(b) {
		return string(b)
	}
	return py.DecodeBytes(b, d.enc, d.errors)
}

func isASCII[T string | []byte](b T) bool {
	for i := 0; i < len(b); i++ {
		if b[i] >= 0x80 {
			return false
		}
	}
	return true
}
func (d *byteDec) getstate() ([]byte, py.Object)    { return nil, py.Int(0) }
func (d *byteDec) setstate(buf []byte, f py.Object) {}
func (d *byteDec) reset()                           {}

// pyDec is a codec's IncrementalDecoder object.
type pyDec struct{ obj py.Object }

func (d *pyDec) decode(b []byte, final bool) string {
	r := py.CallMethod(d.obj, "decode", py.Bytes(b), py.NewBool(final))
	s, ok := r.(py.Str)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("decoder should return a string result, not '%s'", r.Type().Name)))
	}
	return string(s)
}

func (d *pyDec) getstate() ([]byte, py.Object) {
	st := py.CallMethod(d.obj, "getstate")
	t, ok := st.(*py.Tuple)
	if !ok || len(t.Items) != 2 {
		panic(py.NewError(py.TypeErrorType, "illegal decoder state"))
	}
	b, ok := py.BytesLike(t.Items[0])
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("illegal decoder state: the first item of the decoder state must be bytes, not '%s'", t.Items[0].Type().Name)))
	}
	return append([]byte(nil), b...), t.Items[1]
}

func (d *pyDec) setstate(buf []byte, flags py.Object) {
	py.CallMethod(d.obj, "setstate", py.NewTuple(py.Bytes(buf), flags))
}
func (d *pyDec) reset() { py.CallMethod(d.obj, "reset") }

// nlDec is IncrementalNewlineDecoder's logic over an inner decoder: it
// holds back a trailing '\r' (a following '\n' may come in the next
// chunk), records the newlines seen and translates them when asked.
type nlDec struct {
	inner     decoder // nil: the input is already text
	translate bool
	pendingcr bool
	seennl    int
}

const (
	seenLF   = 1
	seenCR   = 2
	seenCRLF = 4
)

func (d *nlDec) decode(b []byte, final bool) string {
	var out string
	if d.inner != nil {
		out = d.inner.decode(b, final)
	}
	return d.process(out, final)
}

func (d *nlDec) process(out string, final bool) string {
	if d.pendingcr && (out != "" || final) {
		out = "\r" + out
		d.pendingcr = false
	}
	if !final && strings.HasSuffix(out, "\r") {
		out = out[:len(out)-1]
		d.pendingcr = true
	}
	if strings.IndexByte(out, '\r') < 0 {
		if strings.IndexByte(out, '\n') >= 0 {
			d.seennl |= seenLF
		}
		return out
	}
	crlf := strings.Count(out, "\r\n")
	cr := strings.Count(out, "\r") - crlf
	lf := strings.Count(out, "\n") - crlf
	if lf > 0 {
		d.seennl |= seenLF
	}
	if cr > 0 {
		d.seennl |= seenCR
	}
	if crlf > 0 {
		d.seennl |= seenCRLF
	}
	if d.translate {
		if crlf > 0 {
			out = strings.ReplaceAll(out, "\r\n", "\n")
		}
		if cr > 0 {
			out = strings.ReplaceAll(out, "\r", "\n")
		}
	}
	return out
}

func (d *nlDec) getstate() ([]byte, py.Object) {
	var buf []byte
	var flag py.Object = py.Int(0)
	if d.inner != nil {
		buf, flag = d.inner.getstate()
	}
	f := py.Binary(py.OpLShift, flag, py.Int(1))
	if d.pendingcr {
		f = py.Binary(py.OpOr, f, py.Int(1))
	}
	return buf, f
}

func (d *nlDec) setstate(buf []byte, flags py.Object) {
	d.pendingcr = py.Truth(py.Binary(py.OpAnd, flags, py.Int(1)))
	if d.inner != nil {
		d.inner.setstate(buf, py.Binary(py.OpRShift, flags, py.Int(1)))
	}
}

func (d *nlDec) reset() {
	d.seennl, d.pendingcr = 0, false
	if d.inner != nil {
		d.inner.reset()
	}
}

func (d *nlDec) newlines() py.Object {
	switch d.seennl {
	case 0:
		return py.None
	case seenLF:
		return py.Str("\n")
	case seenCR:
		return py.Str("\r")
	case seenCRLF:
		return py.Str("\r\n")
	}
	var items []py.Object
	if d.seennl&seenCR != 0 {
		items = append(items, py.Str("\r"))
	}
	if d.seennl&seenLF != 0 {
		items = append(items, py.Str("\n"))
	}
	if d.seennl&seenCRLF != 0 {
		items = append(items, py.Str("\r\n"))
	}
	return py.NewTuple(items...)
}

// goEnc encodes with the runtime's built-in codecs (stateless).
type goEnc struct {
	enc, errors string
	utf8        bool
}

func (e *goEnc) encode(s string, final bool) []byte {
	if e.utf8 || isASCII(s) {
		return []byte(s)
	}
	return py.EncodeStr(s, e.enc, e.errors)
}
func (e *goEnc) reset()     {}
func (e *goEnc) setstate0() {}

// pyEnc is a codec's IncrementalEncoder object.
type pyEnc struct{ obj py.Object }

func (e *pyEnc) encode(s string, final bool) []byte {
	r := py.CallMethod(e.obj, "encode", py.Str(s), py.NewBool(final))
	b, ok := py.BytesLike(r)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("encoder should return a bytes object, not '%s'", r.Type().Name)))
	}
	return b
}
func (e *pyEnc) reset()     { py.CallMethod(e.obj, "reset") }
func (e *pyEnc) setstate0() { py.CallMethod(e.obj, "setstate", py.Int(0)) }

// lookupText is _PyCodec_LookupTextEncoding: the codec's CodecInfo (nil
// for the codecs implemented here), LookupError for unknown or non-text
// codecs.
func lookupText(enc string) py.Object {
	switch normEncoding(enc) {
	case "utf8", "latin1", "ascii":
		return nil
	}
	info := py.CallMethod(py.Import("_codecs"), "lookup", py.Str(enc))
	if v := py.LookupAttr(info, "_is_text_encoding"); v != nil && !py.Truth(v) {
		panic(py.NewError(py.LookupErrorType, fmt.Sprintf("'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", enc)))
	}
	return info
}

func newDecoder(enc, errors string, info py.Object) decoder {
	switch normEncoding(enc) {
	case "utf8":
		return &utf8Dec{errors: errors}
	case "latin1", "ascii":
		return &byteDec{enc: enc, errors: errors}
	}
	return &pyDec{obj: py.Call(py.GetAttr(info, "incrementaldecoder"), py.Str(errors))}
}

func newEncoder(enc, errors string, info py.Object) encoder {
	switch normEncoding(enc) {
	case "utf8", "latin1", "ascii":
		return &goEnc{enc: enc, errors: errors, utf8: normEncoding(enc) == "utf8"}
	}
	return &pyEnc{obj: py.Call(py.GetAttr(info, "incrementalencoder"), py.Str(errors))}
}

// initVarsCodec sets the file's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVarsCodec() {
	encReplacer = strings.NewReplacer("-", "", "_", "", " ", "")
}
