package py

import (
	"fmt"
	"iter"
	"os"
	"strings"
	"unicode/utf8"
)

// A Str holds UTF-8, except that lone surrogates (U+D800..U+DFFF), which
// CPython's str may hold (surrogateescape, "\ud800" literals, chr(0xdc80)),
// are held in their 3-byte generalized-UTF-8 form: ED A0..BF 80..BF. Each
// such triple is one code point to len, indexing, slicing, iteration, ord
// and repr. Byte order still follows code point order (the triples sort
// between U+D7FF and U+E000), so comparison and hashing work on the bytes
// as before. A pair of surrogates stays two code points, never joined into
// the character they would spell in UTF-16, as in CPython.
//
// Go's utf8 package sees each byte of a triple as an invalid byte; the
// helpers here decode them. Code that only cares about valid text can keep
// using utf8: a string without the byte 0xED followed by 0xA0..0xBF has no
// surrogates (StrHasSurrogates is one IndexByte scan for such strings).

// isSurrogateAt reports whether s[i:] starts with an encoded surrogate.
func isSurrogateAt(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xed && s[i+1] >= 0xa0 && s[i+1] <= 0xbf && s[i+2] >= 0x80 && s[i+2] <= 0xbf
}

// IsSurrogate reports whether r is a surrogate code point.
func IsSurrogate(r rune) bool { return r >= 0xd800 && r <= 0xdfff }

// StrHasSurrogates reports whether s holds a lone surrogate.
func StrHasSurrogates(s string) bool {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], 0xed)
		if j < 0 {
			return false
		}
		i += j
		if isSurrogateAt(s, i) {
			return true
		}
		i++
	}
	return false
}

// countSurrogates is the number of lone surrogates in s.
func countSurrogates(s string) int {
	n := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], 0xed)
		if j < 0 {
			break
		}
		i += j
		if isSurrogateAt(s, i) {
			n++
			i += 3
			continue
		}
		i++
	}
	return n
}

// DecodeRune is utf8.DecodeRuneInString that also decodes a lone
// surrogate. An empty s gives (utf8.RuneError, 0).
func DecodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	r, n := utf8.DecodeRuneInString(s)
	if n == 1 && r == utf8.RuneError && isSurrogateAt(s, 0) {
		return surrogateAt(s, 0), 3
	}
	return r, n
}

// DecodeLastRune is utf8.DecodeLastRuneInString that also decodes a lone
// surrogate.
func DecodeLastRune(s string) (rune, int) {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 1 && r == utf8.RuneError && len(s) >= 3 && isSurrogateAt(s, len(s)-3) {
		return DecodeRune(s[len(s)-3:])
	}
	return r, n
}

// AppendRune appends r's encoding to b, a surrogate in its 3-byte form.
func AppendRune(b []byte, r rune) []byte {
	if IsSurrogate(r) {
		return append(b, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(b, r)
}

// WriteRune writes r to b, a surrogate in its 3-byte form.
func WriteRune(b *strings.Builder, r rune) {
	if IsSurrogate(r) {
		b.WriteByte(0xed)
		b.WriteByte(byte(0x80 | (r>>6)&0x3f))
		b.WriteByte(byte(0x80 | r&0x3f))
		return
	}
	b.WriteRune(r)
}

// RuneStr is chr(r): the one-code-point string, a surrogate included.
func RuneStr(r rune) string {
	if r < utf8.RuneSelf {
		return asciiStrs[r]
	}
	if IsSurrogate(r) {
		return string(AppendRune(make([]byte, 0, 3), r))
	}
	return string(r)
}

var asciiStrs = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return
}()

// StrRunes is []rune(s), each lone surrogate one rune.
func StrRunes(s string) []rune {
	if !StrHasSurrogates(s) {
		return []rune(s)
	}
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// RunesStr is string(rs), keeping surrogates.
func RunesStr(rs []rune) string {
	for _, r := range rs {
		if IsSurrogate(r) {
			b := make([]byte, 0, len(rs)*3)
			for _, r := range rs {
				b = AppendRune(b, r)
			}
			return string(b)
		}
	}
	return string(rs)
}

// SurrogateEncodeError is the UnicodeEncodeError of encoding s with a codec
// that refuses surrogates ("surrogates not allowed"): the run of surrogates
// starting at the first one, positions in code points.
func SurrogateEncodeError(encoding, s string) *BaseException {
	start, end, pos := -1, -1, 0
	for i := 0; i < len(s); pos++ {
		r, n := DecodeRune(s[i:])
		i += n
		if IsSurrogate(r) {
			if start < 0 {
				start = pos
			}
			end = pos + 1
		} else if start >= 0 {
			break
		}
	}
	return NewException(UnicodeEncodeErrorType, Str(encoding), Str(s), Int(start), Int(end), Str("surrogates not allowed"))
}

// strIndexSlice is s[k] and s[a:b:c] for a str.
func strGetItem(v string, k Object) Object {
	if isASCII(v) {
		if s, ok := k.(*Slice); ok {
			start, stop, step := s.indices(len(v))
			if step == 1 {
				if start >= stop {
					return Str("")
				}
				return Str(v[start:stop])
			}
			var out []byte
			for k, i := 0, start; k < sliceLen(start, stop, step); k, i = k+1, i+step {
				out = append(out, v[i])
			}
			return Str(out)
		}
		return Str(asciiStrs[v[seqIndex(k, len(v), "string")]])
	}
	runes := StrRunes(v)
	if s, ok := k.(*Slice); ok {
		start, stop, step := s.indices(len(runes))
		var out []rune
		for k, i := 0, start; k < sliceLen(start, stop, step); k, i = k+1, i+step {
			out = append(out, runes[i])
		}
		return Str(RunesStr(out))
	}
	return Str(RuneStr(runes[seqIndex(k, len(runes), "string")]))
}

// codePoints ranges over s's code points and their byte offsets, each
// lone surrogate one code point: for i, r := range codePoints(s).
func codePoints(s string) iter.Seq2[int, rune] {
	return func(yield func(int, rune) bool) {
		skip := 0
		for i, r := range s {
			if skip > 0 {
				skip--
				continue
			}
			if r == utf8.RuneError && isSurrogateAt(s, i) {
				r, skip = surrogateAt(s, i), 2
			}
			if !yield(i, r) {
				return
			}
		}
	}
}

// surrogateAt is the surrogate encoded at s[i:] (isSurrogateAt holds).
func surrogateAt(s string, i int) rune {
	return 0xd000 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f)
}

// StrLen is len(s) in code points.
func StrLen(s string) int { return strLen(s) }

var stdioErrors string

// StdioErrors is sys.stdout's error handler as CPython 3.11 chooses it:
// the ":errors" part of PYTHONIOENCODING, else surrogateescape in UTF-8
// mode or under the C/POSIX locale or a UTF-8 locale CPython coerces it to
// (C.UTF-8, C.utf8, UTF-8), else strict. sys.stderr's is always
// backslashreplace.
func StdioErrors() string {
	if stdioErrors != "" {
		return stdioErrors
	}
	errs := "strict"
	if _, e, ok := strings.Cut(os.Getenv("PYTHONIOENCODING"), ":"); ok && e != "" {
		errs = e
	} else if os.Getenv("PYTHONUTF8") == "1" {
		errs = "surrogateescape"
	} else {
		loc := ""
		for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
			if loc = os.Getenv(v); loc != "" {
				break
			}
		}
		switch loc {
		case "", "C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8":
			errs = "surrogateescape"
		}
	}
	stdioErrors = errs
	return errs
}

// stdioText is s as sys.stdout (stderr: sys.stderr) encodes it to UTF-8:
// its lone surrogates handled by the stream's error handler, a
// UnicodeEncodeError raised for those it refuses.
func stdioText(s string, stderr bool) string {
	if !StrHasSurrogates(s) {
		return s
	}
	errs := "backslashreplace"
	if !stderr {
		errs = StdioErrors()
	}
	if errs == "surrogatepass" {
		return s
	}
	var b strings.Builder
	pos := 0
	for i := 0; i < len(s); pos++ {
		r, n := DecodeRune(s[i:])
		if !IsSurrogate(r) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		// The run of surrogates is what the error handler sees.
		start, j := pos, i
		var run []rune
		for j < len(s) {
			r, n := DecodeRune(s[j:])
			if !IsSurrogate(r) {
				break
			}
			run = append(run, r)
			j += n
		}
		switch errs {
		case "backslashreplace":
			for _, r := range run {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		case "surrogateescape":
			for _, r := range run {
				if r < 0xdc80 || r > 0xdcff {
					panic(NewException(UnicodeEncodeErrorType, Str("utf-8"), Str(s), Int(start), Int(start+len(run)), Str("surrogates not allowed")))
				}
				b.WriteByte(byte(r - 0xdc00))
			}
		case "ignore":
		case "replace":
			b.WriteString(strings.Repeat("?", len(run)))
		case "xmlcharrefreplace":
			for _, r := range run {
				fmt.Fprintf(&b, "&#%d;", r)
			}
		default:
			panic(NewException(UnicodeEncodeErrorType, Str("utf-8"), Str(s), Int(start), Int(start+len(run)), Str("surrogates not allowed")))
		}
		pos += len(run) - 1
		i = j
	}
	return b.String()
}
