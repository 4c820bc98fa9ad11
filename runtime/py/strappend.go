package py

import "unsafe"

// Appending to a string in a loop (s += piece) copies s every time when a
// concatenation is a fresh Go string: quadratic, where CPython resizes s
// in place when nothing else refers to it (0.04 s against 82 s for a
// million one-character appends). concatStr gives the result of a
// concatenation a buffer with room to spare, and remembers the buffer: a
// later concatenation whose left operand is the longest string handed out
// over that buffer writes its right operand in the room after it. Strings
// stay immutable: every string over a buffer is a prefix of it no longer
// than what was handed out, and bytes are only ever written past that.
// A concatenation of a string over a remembered buffer that is not the
// longest (t := s + "a"; u := s + "b") copies, as any other does.
//
// The buffers are remembered in a few slots, replaced round-robin: the
// slots keep their buffers alive until replaced (a dropped string built by
// appending stays allocated until strAppendSlots other long
// concatenations). Used only under the GIL, as every Python object is.

const (
	// strAppendMin is the length from which a concatenation's result gets
	// a remembered buffer: shorter ones are cheap to copy.
	strAppendMin = 64
	// strAppendSlots is how many buffers are remembered.
	strAppendSlots = 4
)

type strBuf struct {
	base *byte // the buffer's first byte (nil: free slot)
	used int   // length of the longest string handed out over it
	cap  int
}

var (
	strBufs    [strAppendSlots]strBuf
	strBufNext int
)

// concatStr is x + y.
func concatStr(x, y Str) Str {
	lx, ly := len(x), len(y)
	switch {
	case ly == 0:
		return x
	case lx == 0:
		return y
	}
	n := lx + ly
	if n < strAppendMin || n < lx {
		return x + y
	}
	p := unsafe.StringData(string(x))
	for i := range strBufs {
		e := &strBufs[i]
		if e.base != p || e.used != lx {
			continue
		}
		if e.cap-lx >= ly {
			copy(unsafe.Slice(p, e.cap)[lx:], y)
			e.used = n
			return Str(unsafe.String(p, n))
		}
		// Out of room: a buffer with room for as much again (a quarter
		// more once large), in this slot.
		room := n
		if n > 1<<20 {
			room = n / 4
		}
		return e.fill(x, y, n+room)
	}
	// A first concatenation: exact, remembered so that a next one onto
	// its result makes the room.
	e := &strBufs[strBufNext]
	strBufNext = (strBufNext + 1) % strAppendSlots
	return e.fill(x, y, n)
}

// fill makes e a new buffer of c bytes holding x+y and returns x+y.
func (e *strBuf) fill(x, y Str, c int) Str {
	buf := make([]byte, c)
	copy(buf[copy(buf, x):], y)
	n := len(x) + len(y)
	*e = strBuf{base: &buf[0], used: n, cap: c}
	return Str(unsafe.String(&buf[0], n))
}
