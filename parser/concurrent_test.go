package parser

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestConcurrentParse parses the corpus from several goroutines at once
// (run with -race): the parser shares only read-only tables and pooled
// scratch memory.
func TestConcurrentParse(t *testing.T) {
	files, _ := filepath.Glob("testdata/snippets/*.py")
	var srcs [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, b)
	}
	want := make([]string, len(srcs))
	for i, s := range srcs {
		if m, err := ParseFile("x.py", s); err == nil {
			want[i] = Dump(m, true, 1)
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 3; r++ {
				for i, s := range srcs {
					m, err := ParseFile("x.py", s)
					got := ""
					if err == nil {
						got = Dump(m, true, 1)
					}
					if got != want[i] {
						t.Errorf("%s: concurrent parse differs", files[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
