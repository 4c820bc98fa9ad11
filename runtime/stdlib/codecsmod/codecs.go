// Package codecsmod is CPython's _codecs: the codec registry and error
// handler registry that codecs.py and the encodings package stand on, and
// the built-in codecs' encode/decode functions (UTF-8/16/32, ASCII,
// Latin-1, the escape codecs and charmaps), each returning (result,
// length consumed) as CPython's do.
package codecsmod

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/unicodedatamod"
)

var (
	searchFuncs []py.Object
	codecCache  = map[string]py.Object{}
	errHandlers = map[string]py.Object{}
)

// normalize is how _codecs.lookup names an encoding to the search
// functions: lower case, every run of characters other than letters,
// digits and '.' turned into one '_'.
func normalize(enc string) string {
	var b strings.Builder
	pendingSep := false
	for _, r := range strings.ToLower(enc) {
		if r == '.' || r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') || r >= utf8.RuneSelf {
			if pendingSep && b.Len() > 0 {
				b.WriteByte('_')
			}
			pendingSep = false
			b.WriteRune(r)
			continue
		}
		pendingSep = true
	}
	return b.String()
}

// encodingsLoaded is set once the encodings package, which registers the
// standard search function, was imported (CPython imports it at startup).
var encodingsLoaded bool

func lookup(enc string) py.Object {
	if !encodingsLoaded {
		encodingsLoaded = true
		importEncodings()
	}
	norm := normalize(enc)
	if c, ok := codecCache[norm]; ok {
		return c
	}
	for _, f := range searchFuncs {
		r := py.Call(f, py.Str(norm))
		if r == py.None {
			continue
		}
		if t, ok := r.(*py.Tuple); !ok || len(t.Items) != 4 {
			panic(py.NewError(py.TypeErrorType, "codec search functions must return 4-tuples"))
		}
		codecCache[norm] = r
		return r
	}
	panic(py.NewError(py.LookupErrorType, "unknown encoding: "+enc))
}

func strArg(o py.Object, def string) string {
	if o == nil || o == py.None {
		return def
	}
	return py.StrOf(o)
}

func bytesOf(fn string, o py.Object) []byte {
	switch v := o.(type) {
	case py.Bytes:
		return []byte(string(v))
	}
	if b, ok := py.BytesLike(o); ok {
		return b
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", o.Type().Name)))
}

func strOf(fn string, o py.Object) string {
	s, ok := o.(py.Str)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() argument 1 must be str, not %s", fn, o.Type().Name)))
	}
	return string(s)
}

func pair(a py.Object, n int) py.Object { return py.NewTuple(a, py.Int(n)) }

// encodeError raises UnicodeEncodeError, or applies a non-strict handler:
// it returns the replacement for the runes s[start:end] (as runes) and
// where encoding resumes.
func encodeError(encoding string, runes []rune, start, end int, reason, errors string) (string, int) {
	switch errors {
	case "", "strict":
		panic(py.NewException(py.UnicodeEncodeErrorType, py.Str(encoding), py.Str(py.RunesStr(runes)), py.Int(start), py.Int(end), py.Str(reason)))
	case "ignore":
		return "", end
	case "replace":
		return strings.Repeat("?", end-start), end
	case "backslashreplace":
		var b strings.Builder
		for _, r := range runes[start:end] {
			switch {
			case r < 0x100:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r < 0x10000:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		}
		return b.String(), end
	case "xmlcharrefreplace":
		var b strings.Builder
		for _, r := range runes[start:end] {
			fmt.Fprintf(&b, "&#%d;", r)
		}
		return b.String(), end
	}
	h, ok := errHandlers[errors]
	if !ok {
		panic(py.NewError(py.LookupErrorType, "unknown error handler name '"+errors+"'"))
	}
	exc := py.NewException(py.UnicodeEncodeErrorType, py.Str(encoding), py.Str(py.RunesStr(runes)), py.Int(start), py.Int(end), py.Str(reason))
	r := py.Call(h, exc)
	t, ok := r.(*py.Tuple)
	if !ok || len(t.Items) != 2 {
		panic(py.NewError(py.TypeErrorType, "encoding error handler must return (str/bytes, int) tuple"))
	}
	pos := int(py.Index(t.Items[1]))
	if pos < 0 {
		pos += len(runes)
	}
	return py.StrOf(t.Items[0]), pos
}

// decodeError is encodeError's counterpart: the replacement text for the
// bytes b[start:end] and where decoding resumes.
func decodeError(encoding string, b []byte, start, end int, reason, errors string) (string, int) {
	switch errors {
	case "", "strict":
		panic(py.NewException(py.UnicodeDecodeErrorType, py.Str(encoding), py.Bytes(b), py.Int(start), py.Int(end), py.Str(reason)))
	case "ignore":
		return "", end
	case "replace":
		return "\ufffd", end
	case "surrogateescape":
		// Bytes 0x80..0xFF become U+DC80..U+DCFF (os.fsdecode's handler).
		var sb strings.Builder
		k := start
		for k < end && b[k] >= 0x80 {
			py.WriteRune(&sb, 0xdc00+rune(b[k]))
			k++
		}
		if k == start {
			panic(py.NewException(py.UnicodeDecodeErrorType, py.Str(encoding), py.Bytes(b), py.Int(start), py.Int(end), py.Str(reason)))
		}
		return sb.String(), k
	case "backslashreplace":
		var sb strings.Builder
		for _, c := range b[start:end] {
			fmt.Fprintf(&sb, `\x%02x`, c)
		}
		return sb.String(), end
	}
	h, ok := errHandlers[errors]
	if !ok {
		panic(py.NewError(py.LookupErrorType, "unknown error handler name '"+errors+"'"))
	}
	exc := py.NewException(py.UnicodeDecodeErrorType, py.Str(encoding), py.Bytes(b), py.Int(start), py.Int(end), py.Str(reason))
	r := py.Call(h, exc)
	t, ok := r.(*py.Tuple)
	if !ok || len(t.Items) != 2 {
		panic(py.NewError(py.TypeErrorType, "decoding error handler must return (str, int) tuple"))
	}
	pos := int(py.Index(t.Items[1]))
	if pos < 0 {
		pos += len(b)
	}
	return py.StrOf(t.Items[0]), pos
}

// encodeLimited encodes code points below limit as single bytes (ASCII,
// Latin-1).
func encodeLimited(encoding string, s string, limit rune, errors string) ([]byte, int) {
	runes := py.StrRunes(s)
	out := make([]byte, 0, len(runes))
	for i := 0; i < len(runes); {
		if runes[i] < limit {
			out = append(out, byte(runes[i]))
			i++
			continue
		}
		j := i
		for j < len(runes) && runes[j] >= limit {
			j++
		}
		if errors == "surrogateescape" {
			out = surrogateEscape(out, encoding, runes, i, j, fmt.Sprintf("ordinal not in range(%d)", limit))
			i = j
			continue
		}
		rep, next := encodeError(encoding, runes, i, j, fmt.Sprintf("ordinal not in range(%d)", limit), errors)
		for _, r := range rep {
			if r >= limit {
				panic(py.NewException(py.UnicodeEncodeErrorType, py.Str(encoding), py.Str(s), py.Int(i), py.Int(j), py.Str(fmt.Sprintf("ordinal not in range(%d)", limit))))
			}
			out = append(out, byte(r))
		}
		i = next
	}
	return out, len(runes)
}

func decodeASCII(b []byte, errors string) string {
	var sb strings.Builder
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			sb.WriteByte(b[i])
			i++
			continue
		}
		rep, next := decodeError("ascii", b, i, i+1, "ordinal not in range(128)", errors)
		sb.WriteString(rep)
		i = next
	}
	return sb.String()
}

// decodeUTF8 decodes b; with final false an incomplete sequence at the end
// is left for later. It returns the text and the bytes consumed.
func decodeUTF8(b []byte, errors string, final bool) (string, int) {
	var sb strings.Builder
	i := 0
	for i < len(b) {
		c := b[i]
		if c < 0x80 {
			sb.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			sb.WriteRune(r)
			i += n
			continue
		}
		if errors == "surrogatepass" && c == 0xed && i+2 < len(b) && b[i+1] >= 0xa0 && b[i+1] <= 0xbf && b[i+2] >= 0x80 && b[i+2] <= 0xbf {
			// A surrogate's 3-byte form is a Str's own.
			sb.Write(b[i : i+3])
			i += 3
			continue
		}
		// Work out CPython's reason and the length of the bad sequence.
		need := 0
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need = 1
		case c >= 0xe0 && c <= 0xef:
			need = 2
		case c >= 0xf0 && c <= 0xf4:
			need = 3
		}
		if need == 0 {
			rep, next := decodeError("utf-8", b, i, i+1, "invalid start byte", errors)
			sb.WriteString(rep)
			i = next
			continue
		}
		k := 1
		for ; k <= need && i+k < len(b); k++ {
			cc := b[i+k]
			lo, hi := byte(0x80), byte(0xbf)
			if k == 1 {
				switch c {
				case 0xe0:
					lo = 0xa0
				case 0xed:
					hi = 0x9f
				case 0xf0:
					lo = 0x90
				case 0xf4:
					hi = 0x8f
				}
			}
			if cc < lo || cc > hi {
				break
			}
		}
		if i+k >= len(b) && k <= need {
			// Truncated at the end of the data.
			if !final {
				return sb.String(), i
			}
			rep, next := decodeError("utf-8", b, i, len(b), "unexpected end of data", errors)
			sb.WriteString(rep)
			i = next
			continue
		}
		rep, next := decodeError("utf-8", b, i, i+k, "invalid continuation byte", errors)
		sb.WriteString(rep)
		i = next
	}
	return sb.String(), i
}

func encodeUTF8(s string, errors string) []byte {
	if errors == "surrogatepass" || !py.StrHasSurrogates(s) {
		return []byte(s)
	}
	runes := py.StrRunes(s)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(runes); {
		if !py.IsSurrogate(runes[i]) {
			out = py.AppendRune(out, runes[i])
			i++
			continue
		}
		j := i
		for j < len(runes) && py.IsSurrogate(runes[j]) {
			j++
		}
		if errors == "surrogateescape" {
			out = surrogateEscape(out, "utf-8", runes, i, j, "surrogates not allowed")
			i = j
			continue
		}
		rep, next := encodeError("utf-8", runes, i, j, "surrogates not allowed", errors)
		if py.StrHasSurrogates(rep) {
			panic(py.NewException(py.UnicodeEncodeErrorType, py.Str("utf-8"), py.Str(s), py.Int(i), py.Int(j), py.Str("surrogates not allowed")))
		}
		out = append(out, rep...)
		i = next
	}
	return out
}

// surrogateEscape is the surrogateescape handler for runes[start:end]:
// U+DC80..U+DCFF become the bytes 0x80..0xFF; anything else raises the
// codec's UnicodeEncodeError.
func surrogateEscape(out []byte, encoding string, runes []rune, start, end int, reason string) []byte {
	for _, r := range runes[start:end] {
		if r < 0xdc80 || r > 0xdcff {
			panic(py.NewException(py.UnicodeEncodeErrorType, py.Str(encoding), py.Str(py.RunesStr(runes)), py.Int(start), py.Int(end), py.Str(reason)))
		}
		out = append(out, byte(r-0xdc00))
	}
	return out
}

// checkSurrogates raises the UTF-16/32 codecs' error for a lone surrogate
// in s unless errors is surrogatepass.
func checkSurrogates(encoding, s, errors string) {
	if errors != "surrogatepass" && py.StrHasSurrogates(s) {
		panic(py.SurrogateEncodeError(encoding, s))
	}
}

// utf16 encodes or decodes UTF-16 in a byte order (bom: write one first).
func encodeUTF16(s string, big, bom bool) []byte {
	var out []byte
	put := func(u uint16) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	if bom {
		put(0xfeff)
	}
	for _, r := range py.StrRunes(s) {
		if r >= 0x10000 {
			r -= 0x10000
			put(uint16(0xd800 + (r >> 10)))
			put(uint16(0xdc00 + (r & 0x3ff)))
		} else {
			put(uint16(r))
		}
	}
	return out
}

func decodeUTF16(b []byte, errors string, order int, final bool) (string, int, int) {
	// order: -1 little, 1 big, 0 detect from a BOM (default little).
	i := 0
	if order == 0 && len(b) >= 2 {
		switch {
		case b[0] == 0xff && b[1] == 0xfe:
			order, i = -1, 2
		case b[0] == 0xfe && b[1] == 0xff:
			order, i = 1, 2
		}
	}
	if order == 0 {
		order = -1
	}
	unit := func(j int) uint16 {
		if order > 0 {
			return uint16(b[j])<<8 | uint16(b[j+1])
		}
		return uint16(b[j+1])<<8 | uint16(b[j])
	}
	var sb strings.Builder
	for i+1 < len(b) {
		u := unit(i)
		switch {
		case u < 0xd800 || u > 0xdfff:
			py.WriteRune(&sb, rune(u))
			i += 2
		case u <= 0xdbff && i+3 < len(b):
			u2 := unit(i + 2)
			if u2 >= 0xdc00 && u2 <= 0xdfff {
				py.WriteRune(&sb, 0x10000+(rune(u)-0xd800)<<10+rune(u2)-0xdc00)
				i += 4
				continue
			}
			rep, next := decodeError("utf-16-le", b, i, i+2, "illegal UTF-16 surrogate", errors)
			sb.WriteString(rep)
			i = next
		case u <= 0xdbff:
			if !final {
				return sb.String(), i, order
			}
			rep, next := decodeError("utf-16-le", b, i, len(b), "unexpected end of data", errors)
			sb.WriteString(rep)
			i = next
		default:
			rep, next := decodeError("utf-16-le", b, i, i+2, "illegal encoding", errors)
			sb.WriteString(rep)
			i = next
		}
	}
	if i < len(b) && final {
		rep, next := decodeError("utf-16-le", b, i, len(b), "truncated data", errors)
		sb.WriteString(rep)
		i = next
	}
	return sb.String(), i, order
}

func encodeUTF32(s string, big, bom bool) []byte {
	var out []byte
	put := func(r rune) {
		u := uint32(r)
		if big {
			out = append(out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
		}
	}
	if bom {
		put(0xfeff)
	}
	for _, r := range py.StrRunes(s) {
		put(r)
	}
	return out
}

func decodeUTF32(b []byte, errors string, order int, final bool) (string, int, int) {
	i := 0
	if order == 0 && len(b) >= 4 {
		switch {
		case b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0:
			order, i = -1, 4
		case b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff:
			order, i = 1, 4
		}
	}
	if order == 0 {
		order = -1
	}
	var sb strings.Builder
	for i+3 < len(b) {
		var u uint32
		if order > 0 {
			u = uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
		} else {
			u = uint32(b[i+3])<<24 | uint32(b[i+2])<<16 | uint32(b[i+1])<<8 | uint32(b[i])
		}
		if u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff) {
			rep, next := decodeError("utf-32-le", b, i, i+4, "code point not in range(0x110000)", errors)
			sb.WriteString(rep)
			i = next
			continue
		}
		py.WriteRune(&sb, rune(u))
		i += 4
	}
	if i < len(b) && final {
		rep, next := decodeError("utf-32-le", b, i, len(b), "truncated data", errors)
		sb.WriteString(rep)
		i = next
	}
	return sb.String(), i, order
}

// escapeDecode decodes Python string escapes in b (unicode_escape when
// unicode, escape_decode's bytes form otherwise).
func escapeDecode(b []byte, errors string, unicode bool) (string, []byte) {
	var sb strings.Builder
	var out []byte
	emit := func(r rune) {
		if unicode {
			py.WriteRune(&sb, r)
		} else {
			out = append(out, byte(r))
		}
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' {
			if unicode {
				py.WriteRune(&sb, rune(c)) // Latin-1, as CPython reads the source bytes
			} else {
				out = append(out, c)
			}
			i++
			continue
		}
		if i+1 >= len(b) {
			panic(py.NewError(py.ValueErrorType, "Trailing \\ in string"))
		}
		e := b[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			emit(rune(e))
		case 'a':
			emit(7)
		case 'b':
			emit(8)
		case 'f':
			emit(12)
		case 'n':
			emit('\n')
		case 'r':
			emit('\r')
		case 't':
			emit('\t')
		case 'v':
			emit(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(e - '0')
			for k := 0; k < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
				v = v*8 + rune(b[i]-'0')
				i++
			}
			emit(v)
		case 'N':
			if !unicode {
				out = append(out, '\\', e)
				continue
			}
			// \N{name}: a character's name or alias, as unicodedata
			// looks it up (no named sequences).
			start, reason := i-2, "malformed \\N character escape"
			if i < len(b) && b[i] == '{' {
				end := bytes.IndexByte(b[i+1:], '}')
				switch {
				case end < 0:
					i = len(b)
				case end == 0:
					i++ // CPython's error ends at the '}'
				default:
					name := string(b[i+1 : i+1+end])
					i += end + 2
					if r, ok := unicodedatamod.LookupName(name); ok {
						emit(r)
						continue
					}
					reason = "unknown Unicode character name"
				}
			}
			rep, next := decodeError("unicodeescape", b, start, i, reason, errors)
			sb.WriteString(rep)
			i = next
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if (e == 'u' || e == 'U') && !unicode {
				out = append(out, '\\', e)
				continue
			}
			if i+n > len(b) || !isHex(b[i:i+n]) {
				reason := fmt.Sprintf("truncated \\%cXX escape", e)
				if e == 'u' {
					reason = "truncated \\uXXXX escape"
				} else if e == 'U' {
					reason = "truncated \\UXXXXXXXX escape"
				}
				if !unicode {
					panic(py.NewError(py.ValueErrorType, fmt.Sprintf("invalid \\x escape at position %d", i-2)))
				}
				end := i
				for end < len(b) && end < i+n && isHex(b[end:end+1]) {
					end++
				}
				rep, next := decodeError("unicodeescape", b, i-2, end, reason, errors)
				sb.WriteString(rep)
				i = next
				continue
			}
			var v rune
			for _, h := range b[i : i+n] {
				v = v*16 + rune(hexVal(h))
			}
			i += n
			if v > 0x10ffff {
				rep, next := decodeError("unicodeescape", b, i-n-2, i, "illegal Unicode character", errors)
				sb.WriteString(rep)
				i = next
				continue
			}
			emit(v)
		default:
			if unicode {
				sb.WriteByte('\\')
				py.WriteRune(&sb, rune(e))
			} else {
				out = append(out, '\\', e)
			}
		}
	}
	return sb.String(), out
}

func isHex(b []byte) bool {
	for _, c := range b {
		if hexVal(c) < 0 {
			return false
		}
	}
	return true
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// unicodeEscape is the unicode_escape (raw: raw_unicode_escape) encoder.
func unicodeEscape(s string, raw bool) []byte {
	var out []byte
	for _, r := range py.StrRunes(s) {
		switch {
		case raw && r < 0x100:
			out = append(out, byte(r))
		case !raw && r == '\\':
			out = append(out, '\\', '\\')
		case !raw && r == '\t':
			out = append(out, '\\', 't')
		case !raw && r == '\n':
			out = append(out, '\\', 'n')
		case !raw && r == '\r':
			out = append(out, '\\', 'r')
		case !raw && (r < 0x20 || r >= 0x7f && r < 0x100):
			out = append(out, fmt.Sprintf(`\x%02x`, r)...)
		case r < 0x80:
			out = append(out, byte(r))
		case r < 0x10000:
			out = append(out, fmt.Sprintf(`\u%04x`, r)...)
		default:
			out = append(out, fmt.Sprintf(`\U%08x`, r)...)
		}
	}
	return out
}

// importEncodings imports the encodings package when the program links it.
func importEncodings() {
	py.CatchMatching(py.ModuleNotFoundErrorType, func() { py.ImportModule("encodings") })
}
