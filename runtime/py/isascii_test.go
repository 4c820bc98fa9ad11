package py

import "testing"

// TestIsASCII puts one non-ASCII byte at every offset of strings of every
// length up to 200 (the 64-byte loop, the word loop, the last word).
func TestIsASCII(t *testing.T) {
	for n := 0; n <= 200; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i % 128)
		}
		if !isASCII(string(b)) {
			t.Fatalf("isASCII(%d ASCII bytes) = false", n)
		}
		for pos := 0; pos < n; pos++ {
			c := b[pos]
			b[pos] = 0x80
			if isASCII(string(b)) {
				t.Fatalf("isASCII(%d bytes, 0x80 at %d) = true", n, pos)
			}
			b[pos] = c
		}
	}
}
