package codecsmod

import (
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// UTF-7 (RFC 2152) as CPython's codec writes and reads it: the encoder
// writes the characters of sets D and O and whitespace directly and
// everything else (and '+', '\\', '~') as modified base64 of UTF-16 code
// units between '+' and an optional '-'; the decoder takes any ASCII but
// '+' directly.

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func isBase64(c rune) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
}

func fromBase64(c byte) uint64 { return uint64(strings.IndexByte(base64Alphabet, c)) }

// encodeDirect reports whether the encoder writes c as itself.
func encodeDirect(c rune) bool {
	if c == '\t' || c == '\n' || c == '\r' {
		return true
	}
	return c >= ' ' && c < 127 && c != '+' && c != '\\' && c != '~'
}

func encodeUTF7(s string) []byte {
	var out []byte
	inShift := false
	var bits uint
	var buf uint64
	flush := func() {
		for bits >= 6 {
			out = append(out, base64Alphabet[(buf>>(bits-6))&0x3f])
			bits -= 6
		}
	}
	for _, c := range py.StrRunes(s) {
		if inShift {
			if encodeDirect(c) {
				if bits > 0 {
					out = append(out, base64Alphabet[(buf<<(6-bits))&0x3f])
					buf, bits = 0, 0
				}
				inShift = false
				// A character of the base64 set (or '-') after the shift
				// would be read as part of it: end it with '-'.
				if isBase64(c) || c == '-' {
					out = append(out, '-')
				}
				out = append(out, byte(c))
				continue
			}
		} else {
			switch {
			case c == '+':
				out = append(out, '+', '-')
				continue
			case encodeDirect(c):
				out = append(out, byte(c))
				continue
			}
			out = append(out, '+')
			inShift = true
		}
		if c >= 0x10000 {
			c -= 0x10000
			buf = buf<<16 | uint64(0xd800+(c>>10))
			bits += 16
			flush()
			c = 0xdc00 + c&0x3ff
		}
		buf = buf<<16 | uint64(c)
		bits += 16
		flush()
		buf &= 1<<bits - 1
	}
	if bits > 0 {
		out = append(out, base64Alphabet[(buf<<(6-bits))&0x3f])
	}
	if inShift {
		out = append(out, '-')
	}
	return out
}

// decodeUTF7 decodes b; unless final, an unterminated shift sequence at
// the end is left for the next call (consumed stops before its '+').
func decodeUTF7(b []byte, errors string, final bool) (string, int) {
	var out []rune
	inShift := false
	var bits uint
	var buf uint64
	var surrogate rune
	startinpos, shiftOutStart := 0, 0
	s := 0
	fail := func(msg string) {
		rep, next := decodeError("utf7", b, startinpos, s, msg, errors)
		out = append(out, py.StrRunes(rep)...)
		s = next
	}
	for s < len(b) {
		c := b[s]
		if inShift {
			if isBase64(rune(c)) {
				buf = buf<<6 | fromBase64(c)
				bits += 6
				s++
				if bits >= 16 {
					u := rune(buf>>(bits-16)) & 0xffff
					bits -= 16
					buf &= 1<<bits - 1
					if surrogate != 0 {
						if u >= 0xdc00 && u <= 0xdfff {
							out = append(out, 0x10000+(surrogate-0xd800)<<10+(u-0xdc00))
							surrogate = 0
							continue
						}
						out = append(out, surrogate)
						surrogate = 0
					}
					if u >= 0xd800 && u <= 0xdbff {
						surrogate = u
					} else {
						out = append(out, u)
					}
				}
				continue
			}
			// The end of a base64 section.
			inShift = false
			if bits >= 6 {
				s++
				fail("partial character in shift sequence")
				continue
			}
			if bits > 0 && buf != 0 {
				s++
				fail("non-zero padding bits in shift sequence")
				continue
			}
			if surrogate != 0 && c <= 127 && c != '+' {
				out = append(out, surrogate)
				surrogate = 0
			}
			if c == '-' {
				s++ // absorbed; other terminators are read as themselves
			}
			continue
		}
		switch {
		case c == '+':
			startinpos = s
			s++
			switch {
			case s < len(b) && b[s] == '-':
				s++
				out = append(out, '+')
			case s < len(b) && !isBase64(rune(b[s])):
				s++
				fail("ill-formed sequence")
			default:
				inShift, surrogate, bits, buf = true, 0, 0, 0
				shiftOutStart = len(out)
			}
		case c <= 127:
			out = append(out, rune(c))
			s++
		default:
			startinpos = s
			s++
			fail("unexpected special character")
		}
	}
	if inShift && final {
		inShift = false
		if surrogate != 0 || bits >= 6 || (bits > 0 && buf != 0) {
			s = len(b)
			fail("unterminated shift sequence")
			if s < len(b) {
				rest, _ := decodeUTF7(b[s:], errors, final)
				return py.RunesStr(out) + rest, len(b)
			}
		}
	}
	if inShift {
		return py.RunesStr(out[:shiftOutStart]), startinpos
	}
	return py.RunesStr(out), s
}
