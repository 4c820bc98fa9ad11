package py

import (
	"strings"
	"testing"
)

// TestASCIIPrefix checks the word-at-a-time scan against a byte loop for
// every length up to 40 and every position of a non-ASCII byte.
func TestASCIIPrefix(t *testing.T) {
	byteLoop := func(s string) int {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return i
			}
		}
		return len(s)
	}
	for n := 0; n <= 40; n++ {
		plain := strings.Repeat("a", n)
		if got := asciiPrefix(plain); got != n {
			t.Errorf("asciiPrefix(%d ASCII bytes) = %d", n, got)
		}
		for at := 0; at < n; at++ {
			for _, c := range []byte{0x80, 0xc3, 0xff} {
				b := []byte(plain)
				b[at] = c
				s := string(b)
				if got, want := asciiPrefix(s), byteLoop(s); got != want {
					t.Errorf("asciiPrefix(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
	if got := strLen("ab\u00e9" + strings.Repeat("x", 20)); got != 23 {
		t.Errorf("strLen = %d, want 23", got)
	}
}
