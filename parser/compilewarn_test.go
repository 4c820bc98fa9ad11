package parser

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// compileWarnScript makes CPython compile each file named in argv and print
// the warnings it issues ("Category line message"), then the location of
// the SyntaxError the first one becomes under an "error" filter.
const compileWarnScript = `
import sys, warnings
for name in sys.argv[1:]:
    with open(name) as f:
        src = f.read()
    print("==", name)
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        compile(src, name, "exec")
    for w in ws:
        print(w.category.__name__, w.lineno, w.message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, name, "exec")
        except SyntaxError as e:
            print("error", e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg)
`

// TestCompileWarningsOracle checks the parser's and the compiler's
// warnings, their order and the first one's location against CPython's.
func TestCompileWarningsOracle(t *testing.T) {
	py := needPython(t)
	files, _ := filepath.Glob("testdata/compilewarn/*.py")
	if len(files) == 0 {
		t.Fatal("no test files")
	}
	out, err := exec.Command(py, append([]string{"-c", compileWarnScript}, files...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		m, ws, err := ParseFileWarnings(name, src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ws = append(ws, CompileWarnings(m)...)
		fmt.Fprintln(&got, "==", name)
		for _, w := range ws {
			fmt.Fprintln(&got, w.Category, w.Line, w.Msg)
		}
		if len(ws) > 0 {
			w := ws[0]
			fmt.Fprintln(&got, "error", w.Line, w.Col, w.EndLine, w.EndCol, w.Msg)
		}
	}
	if got.String() != string(out) {
		t.Errorf("warnings differ from CPython's.\n--- CPython\n%s\n--- ours\n%s", out, got.String())
	}
}
