package parser

import "testing"

func BenchmarkLex(b *testing.B) {
	srcs := benchFiles(b)
	n := 0
	for _, s := range srcs {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range srcs {
			ls := make([]int32, 1, 64)
			lx := newLexer(s, 0, len(s), 1, &ls, false)
			for {
				t := lx.next()
				if t.Kind == tEndMarker || t.Kind == tError {
					break
				}
			}
		}
	}
}
