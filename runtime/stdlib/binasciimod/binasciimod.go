// Package binasciimod is CPython's binascii module: base64, hex,
// quoted-printable and uuencode conversions, crc32 and crc_hqx, with
// CPython's error messages (binascii.Error is a ValueError).
package binasciimod

import (
	"fmt"
	"hash/crc32"
	"math/big"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var (
	// ErrorType is binascii.Error; IncompleteType binascii.Incomplete.
	ErrorType      = py.NewClass("Error", "Error", "binascii", []py.Object{py.ValueErrorType}, py.NewDict())
	IncompleteType *py.Type
)

func fail(format string, a ...any) {
	panic(py.NewError(ErrorType, fmt.Sprintf(format, a...)))
}

// asciiData is the a2b_* argument: bytes-like, or a str of ASCII only.
func asciiData(o py.Object) []byte {
	if s, ok := o.(py.Str); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				panic(py.NewError(py.ValueErrorType, "string argument should contain only ASCII characters"))
			}
		}
		return []byte(s)
	}
	if b, ok := py.BytesLike(o); ok {
		return b
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("argument should be bytes, buffer or ASCII string, not '%s'", o.Type().Name)))
}

// binData is the b2a_* argument: bytes-like only.
func binData(o py.Object) []byte {
	if b, ok := py.BytesLike(o); ok {
		return b
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", o.Type().Name)))
}

const b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64table = func() [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		t[b64chars[i]] = byte(i)
	}
	return t
}()

// A2bBase64 decodes base64 as binascii.a2b_base64.
func A2bBase64(data []byte, strict bool) []byte {
	out := make([]byte, 0, len(data)/4*3+3)
	quadPos, pads := 0, 0
	var left byte
	padStarted := false
	if strict && len(data) > 0 && data[0] == '=' {
		fail("Leading padding not allowed")
	}
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '=' {
			padStarted = true
			pads++
			if quadPos >= 2 && quadPos+pads >= 4 {
				if strict && i+1 < len(data) {
					fail("Excess data after padding")
				}
				return out
			}
			continue
		}
		v := b64table[c]
		if v == 0xff {
			if strict {
				fail("Only base64 data is allowed")
			}
			continue
		}
		if strict && padStarted {
			fail("Discontinuous padding not allowed")
		}
		pads = 0
		switch quadPos {
		case 0:
			quadPos, left = 1, v
		case 1:
			quadPos = 2
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			quadPos = 3
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			quadPos = 0
			out = append(out, left<<6|v)
			left = 0
		}
	}
	if quadPos != 0 {
		if quadPos == 1 {
			n := 0
			for _, c := range data {
				if b64table[c] != 0xff {
					n++
				}
			}
			fail("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", n)
		}
		fail("Incorrect padding")
	}
	return out
}

// B2aBase64 encodes base64 as binascii.b2a_base64.
func B2aBase64(data []byte, newline bool) []byte {
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	for i := 0; i < len(data); i += 3 {
		var n uint32
		k := len(data) - i
		if k > 3 {
			k = 3
		}
		for j := 0; j < 3; j++ {
			n <<= 8
			if j < k {
				n |= uint32(data[i+j])
			}
		}
		for j := 0; j < 4; j++ {
			if j <= k {
				out = append(out, b64chars[(n>>(18-6*j))&0x3f])
			} else {
				out = append(out, '=')
			}
		}
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

func unhex(c byte) int {
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

// Unhexlify is binascii.a2b_hex.
func Unhexlify(data []byte) []byte {
	if len(data)%2 != 0 {
		fail("Odd-length string")
	}
	out := make([]byte, len(data)/2)
	for i := range out {
		hi, lo := unhex(data[2*i]), unhex(data[2*i+1])
		if hi < 0 || lo < 0 {
			fail("Non-hexadecimal digit found")
		}
		out[i] = byte(hi<<4 | lo)
	}
	return out
}

const hexdigits = "0123456789abcdef"

// Hexlify is binascii.b2a_hex with an optional one-byte separator every
// perSep bytes (counted from the right when positive, the left when
// negative), as bytes.hex does.
func Hexlify(data []byte, sep byte, hasSep bool, perSep int) []byte {
	if !hasSep || perSep == 0 || len(data) == 0 {
		out := make([]byte, 2*len(data))
		for i, b := range data {
			out[2*i], out[2*i+1] = hexdigits[b>>4], hexdigits[b&0xf]
		}
		return out
	}
	group := perSep
	if group < 0 {
		group = -group
	}
	var out []byte
	n := len(data)
	for i, b := range data {
		if i > 0 {
			var boundary bool
			if perSep > 0 {
				boundary = (n-i)%group == 0
			} else {
				boundary = i%group == 0
			}
			if boundary {
				out = append(out, sep)
			}
		}
		out = append(out, hexdigits[b>>4], hexdigits[b&0xf])
	}
	return out
}

func sepArgs(sepObj, perObj py.Object) (byte, bool, int) {
	if sepObj == nil {
		return 0, false, 0
	}
	var sep []byte
	switch v := sepObj.(type) {
	case py.Str:
		rs := []rune(string(v))
		if len(rs) != 1 {
			panic(py.NewError(py.ValueErrorType, "sep must be length 1."))
		}
		// As CPython's binascii (not bytes.hex): any Latin-1 character.
		if rs[0] > 0xff {
			panic(py.NewError(py.ValueErrorType, "sep must be ASCII."))
		}
		sep = []byte{byte(rs[0])}
	default:
		b, ok := py.BytesLike(sepObj)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("sep must be str or bytes.")))
		}
		if len(b) != 1 {
			panic(py.NewError(py.ValueErrorType, "sep must be length 1."))
		}
		sep = b
	}
	per := 1
	if perObj != nil {
		per = py.Index(perObj)
	}
	return sep[0], true, per
}

const maxLineSize = 76

// B2aQp is binascii.b2a_qp.
func B2aQp(data []byte, quotetabs, istext, header bool) []byte {
	crlf := false
	if i := strings.IndexByte(string(data), '\n'); i > 0 && data[i-1] == '\r' {
		crlf = true
	}
	eol := "\n"
	if crlf {
		eol = "\r\n"
	}
	var out []byte
	linelen := 0
	n := len(data)
	for i := 0; i < n; {
		c := data[i]
		quote := c > 126 || c == '=' || (header && c == '_') ||
			(c == '.' && linelen == 0 && (i+1 == n || data[i+1] == '\n' || data[i+1] == '\r' || data[i+1] == 0)) ||
			(!istext && (c == '\r' || c == '\n')) ||
			((c == '\t' || c == ' ') && i+1 == n) ||
			(c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')))
		if quote {
			if linelen+3 >= maxLineSize {
				out = append(out, '=')
				out = append(out, eol...)
				linelen = 0
			}
			out = append(out, '=', "0123456789ABCDEF"[c>>4], "0123456789ABCDEF"[c&0xf])
			i++
			linelen += 3
			continue
		}
		if istext && (c == '\n' || (i+1 < n && c == '\r' && data[i+1] == '\n')) {
			linelen = 0
			if l := len(out); l > 0 && (out[l-1] == ' ' || out[l-1] == '\t') {
				ch := out[l-1]
				out[l-1] = '='
				out = append(out, "0123456789ABCDEF"[ch>>4], "0123456789ABCDEF"[ch&0xf])
			}
			out = append(out, eol...)
			if c == '\r' {
				i += 2
			} else {
				i++
			}
			continue
		}
		if i+1 != n && data[i+1] != '\n' && linelen+1 >= maxLineSize {
			out = append(out, '=')
			out = append(out, eol...)
			linelen = 0
		}
		linelen++
		if header && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		i++
	}
	return out
}

// A2bQp is binascii.a2b_qp.
func A2bQp(data []byte, header bool) []byte {
	var out []byte
	n := len(data)
	for in := 0; in < n; {
		c := data[in]
		switch {
		case c == '=':
			in++
			if in >= n {
				return out
			}
			switch {
			case data[in] == '\n' || data[in] == '\r':
				if data[in] != '\n' {
					for in < n && data[in] != '\n' {
						in++
					}
				}
				if in < n {
					in++
				}
			case data[in] == '=':
				out = append(out, '=')
				in++
			case in+1 < n && unhex(data[in]) >= 0 && unhex(data[in+1]) >= 0:
				out = append(out, byte(unhex(data[in])<<4|unhex(data[in+1])))
				in += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			in++
		default:
			out = append(out, c)
			in++
		}
	}
	return out
}

// B2aUu is binascii.b2a_uu.
func B2aUu(data []byte, backtick bool) []byte {
	if len(data) > 45 {
		fail("At most 45 bytes at once")
	}
	enc := func(v byte) byte {
		if backtick && v == 0 {
			return '`'
		}
		return ' ' + v
	}
	out := []byte{enc(byte(len(data)) & 0x3f)}
	for i := 0; i < len(data); i += 3 {
		var n uint32
		for j := 0; j < 3; j++ {
			n <<= 8
			if i+j < len(data) {
				n |= uint32(data[i+j])
			}
		}
		for j := 0; j < 4; j++ {
			out = append(out, enc(byte(n>>(18-6*j))&0x3f))
		}
	}
	return append(out, '\n')
}

// A2bUu is binascii.a2b_uu.
func A2bUu(data []byte) []byte {
	first := byte(0)
	if len(data) > 0 {
		first = data[0]
		data = data[1:]
	}
	binLen := int((first - ' ') & 0x3f)
	out := make([]byte, 0, binLen)
	var acc uint32
	bits := 0
	i := 0
	for ; len(out) < binLen; i++ {
		var v byte
		if i >= len(data) || data[i] == '\n' || data[i] == '\r' {
			v = 0
		} else {
			c := data[i]
			if c < ' ' || c > ' '+64 {
				fail("Illegal char")
			}
			v = (c - ' ') & 0x3f
		}
		acc = acc<<6 | uint32(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	for ; i < len(data); i++ {
		c := data[i]
		if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			fail("Trailing garbage")
		}
	}
	return out
}

var hqxTable [256]uint16

// CrcHqx is binascii.crc_hqx.
func CrcHqx(data []byte, crc uint16) uint16 {
	for _, b := range data {
		crc = crc<<8 ^ hqxTable[byte(crc>>8)^b]
	}
	return crc
}

// uintArg is an "unsigned int" argument: any int, reduced modulo 2**32.
func uintArg(o py.Object) uint32 {
	b, ok := py.IndexBig(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", o.Type().Name)))
	}
	m := new(big.Int).And(b, big.NewInt(0xffffffff))
	return uint32(m.Uint64())
}

func boolKw(opts map[string]py.Object, name string) bool {
	v, ok := opts[name]
	return ok && py.Truth(v)
}

// parse handles "f(data, /, *, kwonly...)" and "f(data, a=..., b=...)" shapes.
// dataByName are the functions whose first parameter is not positional-only.
var dataByName map[string]bool

func parse(fname string, args []py.Object, kw []string, npos, required int, names ...string) ([]py.Object, map[string]py.Object) {
	n := len(args) - len(kw)
	if n > npos {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes at most %d argument%s (%d given)", fname, npos, plural(npos), n)))
	}
	pos := make([]py.Object, npos)
	copy(pos, args[:n])
	opts := map[string]py.Object{}
	for i, k := range kw {
		found := false
		for j, nm := range names {
			if nm == k {
				found = true
				if j < npos && (j >= 1 || dataByName[fname]) {
					if pos[j] != nil {
						panic(py.NewError(py.TypeErrorType, fmt.Sprintf("argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)))
					}
					pos[j] = args[n+i]
				} else {
					opts[k] = args[n+i]
				}
			}
		}
		if !found {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", fname, k)))
		}
	}
	for n < required && pos[n] != nil {
		n++
	}
	if n < required {
		if required == 1 && npos == 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes exactly 1 positional argument (%d given)", fname, n)))
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() missing required argument '%s' (pos %d)", fname, names[n], n+1)))
	}
	return pos, opts
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func setup0() {
	py.RegisterModule("binascii", func(m *py.Module) {
		m.Set("__doc__", py.Str("Conversion between binary data and ASCII"))
		m.Set("Error", ErrorType)
		m.Set("Incomplete", IncompleteType)
		m.AddFunc("a2b_base64", func(args []py.Object, kw []string) py.Object {
			a, opts := parse("a2b_base64", args, kw, 1, 1, "data", "strict_mode")
			return py.Bytes(A2bBase64(asciiData(a[0]), boolKw(opts, "strict_mode")))
		})
		m.AddFunc("b2a_base64", func(args []py.Object, kw []string) py.Object {
			a, opts := parse("b2a_base64", args, kw, 1, 1, "data", "newline")
			nl := true
			if v, ok := opts["newline"]; ok {
				nl = py.Truth(v)
			}
			return py.Bytes(B2aBase64(binData(a[0]), nl))
		})
		for _, name := range []string{"a2b_hex", "unhexlify"} {
			name := name
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a, _ := parse(name, args, kw, 1, 1, "hexstr")
				return py.Bytes(Unhexlify(asciiData(a[0])))
			})
		}
		for _, name := range []string{"b2a_hex", "hexlify"} {
			name := name
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a, _ := parse(name, args, kw, 3, 1, "data", "sep", "bytes_per_sep")
				data := binData(a[0])
				sep, has, per := sepArgs(a[1], a[2])
				return py.Bytes(Hexlify(data, sep, has, per))
			})
		}
		m.AddFunc("crc32", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, "crc32() takes no keyword arguments"))
			}
			if len(args) < 1 || len(args) > 2 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("crc32 expected at least 1 argument, got %d", len(args))))
			}
			var crc uint32
			if len(args) == 2 {
				crc = uintArg(args[1])
			}
			return py.Int(int64(crc32.Update(crc, crc32.IEEETable, binData(args[0]))))
		})
		m.AddFunc("crc_hqx", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, "crc_hqx() takes no keyword arguments"))
			}
			if len(args) != 2 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("crc_hqx expected 2 arguments, got %d", len(args))))
			}
			data := binData(args[0])
			return py.Int(int64(CrcHqx(data, uint16(uintArg(args[1])))))
		})
		m.AddFunc("a2b_qp", func(args []py.Object, kw []string) py.Object {
			a, _ := parse("a2b_qp", args, kw, 2, 1, "data", "header")
			return py.Bytes(A2bQp(asciiData(a[0]), a[1] != nil && py.Truth(a[1])))
		})
		m.AddFunc("b2a_qp", func(args []py.Object, kw []string) py.Object {
			a, _ := parse("b2a_qp", args, kw, 4, 1, "data", "quotetabs", "istext", "header")
			t := func(o py.Object, def bool) bool {
				if o == nil {
					return def
				}
				return py.Truth(o)
			}
			return py.Bytes(B2aQp(binData(a[0]), t(a[1], false), t(a[2], true), t(a[3], false)))
		})
		m.AddFunc("a2b_uu", func(args []py.Object, kw []string) py.Object {
			a, _ := parse("a2b_uu", args, kw, 1, 1, "data")
			return py.Bytes(A2bUu(asciiData(a[0])))
		})
		m.AddFunc("b2a_uu", func(args []py.Object, kw []string) py.Object {
			a, opts := parse("b2a_uu", args, kw, 1, 1, "data", "backtick")
			return py.Bytes(B2aUu(binData(a[0]), boolKw(opts, "backtick")))
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	IncompleteType = py.NewClass("Incomplete", "Incomplete", "binascii", []py.Object{py.ExceptionType}, py.NewDict())
	hqxTable = func() [256]uint16 {
		var t [256]uint16
		for i := range t {
			c := uint16(i) << 8
			for j := 0; j < 8; j++ {
				if c&0x8000 != 0 {
					c = c<<1 ^ 0x1021
				} else {
					c <<= 1
				}
			}
			t[i] = c
		}
		return t
	}()
	dataByName = map[string]bool{"a2b_qp": true, "b2a_qp": true}
}
