package json

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// refEscape is the escape of s a code point at a time.
func refEscape(s string, ascii bool) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := py.DecodeRune(s[i:])
		raw := s[i : i+size]
		i += size
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r < 0x20 || ascii && r >= 0x7f && r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		case ascii && r > 0xffff:
			v := r - 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800|v>>10&0x3ff, 0xdc00|v&0x3ff)
		default:
			b.WriteString(raw)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// TestWriteBasestring checks the word-at-a-time escape against refEscape
// on random strs of every length, each special character at every offset.
func TestWriteBasestring(t *testing.T) {
	pieces := []string{"a", "Z", " ", "~", "\x7f", "\x00", "\x1f", "\"", "\\", "\n", "é", "\u2028", "\U0001f600",
		py.RunesStr([]rune{0xd800}), py.RunesStr([]rune{0xdfff}), "\xff"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for k := rng.Intn(40); k > 0; k-- {
			if rng.Intn(4) == 0 {
				sb.WriteString(pieces[rng.Intn(len(pieces))])
			} else {
				sb.WriteByte(byte('a' + rng.Intn(26)))
			}
		}
		s := sb.String()
		for _, ascii := range []bool{true, false} {
			b := outBuf{[]byte("x")}
			writeBasestring(&b, s, ascii)
			if got, want := string(b.b[1:]), refEscape(s, ascii); got != want {
				t.Fatalf("%q ascii=%v: got %q want %q", s, ascii, got, want)
			}
		}
	}
}

// TestPlainRun checks plainRun's index against a byte at a time scan from
// every start, on strs with an escape at every offset of every length up
// to 20 (the word loop, the tail word and its two reads).
func TestPlainRun(t *testing.T) {
	plain := func(c byte, ascii bool) bool {
		return c >= 0x20 && c != '"' && c != '\\' && (!ascii || c < 0x7f)
	}
	specials := []byte{0x00, 0x1f, '"', '\\', 0x7f, 0x80, 0xff, 0x20, '!', 0x7e}
	for n := 1; n <= 20; n++ {
		for pos := 0; pos < n; pos++ {
			for _, c := range specials {
				b := make([]byte, n)
				for k := range b {
					b[k] = 'a' + byte(k%26)
				}
				b[pos] = c
				s := string(b)
				for _, ascii := range []bool{true, false} {
					for i := 0; i <= n; i++ {
						want := i
						for want < n && plain(s[want], ascii) {
							want++
						}
						if got := plainRun(s, i, ascii); got != want {
							t.Fatalf("plainRun(%q, %d, %v) = %d, want %d", s, i, ascii, got, want)
						}
					}
				}
			}
		}
	}
}
