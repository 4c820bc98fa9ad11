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
	want := runOracle(t, py, files, true)
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
		m, _ := ParseFile(f, src)
		errs := Check(m, f)
		w := want[i]
		if (errs == nil) != (w.checkLine == 0) || errs != nil && (errs[0].Line != w.checkLine || errs[0].Col != w.checkCol || errs[0].Msg != w.checkMsg) {
			t.Errorf("%s: Check says %v; CPython's compile() says %d:%d: %s", f, errs, w.checkLine, w.checkCol, w.checkMsg)
		}
		if got != want[i].dump {
			t.Errorf("%s: dump differs at %s", f, firstDiff(got, want[i].dump))
		}
	}
}
