package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCorpusDumps parses every seed corpus program with this parser and with
// CPython and compares ast.dump(..., include_attributes=True, indent=1).
func TestCorpusDumps(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/seed/*.py")
	if len(files) == 0 {
		files, _ = filepath.Glob("/work/shared/corpus/seed/*.py")
	}
	if len(files) == 0 {
		t.Skip("no corpus found")
	}
	compareDumps(t, files)
}

// TestSnippetDumps does the same for testdata/snippets, small files that
// exercise corners of the grammar (some of them invalid).
func TestSnippetDumps(t *testing.T) {
	files, _ := filepath.Glob("testdata/snippets/*.py")
	compareDumps(t, files)
}

func compareDumps(t *testing.T, files []string) {
	py := needPython(t)
	want := runOracle(t, py, files, false)
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DumpFile(f, src)
		if !want[i].ok {
			if err == nil {
				t.Errorf("%s: CPython rejects (line %d: %s), we accept", f, want[i].line, want[i].msg)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if got != want[i].dump {
			t.Errorf("%s: dump differs at %s", f, firstDiff(got, want[i].dump))
		}
	}
}
