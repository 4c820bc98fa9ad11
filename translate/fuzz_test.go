package translate_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/internal/driver"
	"github.com/py2goasync/py2goasync/internal/gocheck"
	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/translate"
)

// FuzzTranslate feeds programs to the whole front end (parser, checks,
// translator). Each must either be rejected as CPython would reject it or
// as unsupported, with positions, or become Go that type-checks against
// the runtime and is gofmt-clean: never a panic, never broken Go. The seeds
// are valid programs (the seed corpus, the golden cases, the smaller files
// of the local standard library), so mutations stay near valid Python.
//
//	go test -run '^$' -fuzz FuzzTranslate -fuzztime 10m ./translate/
func FuzzTranslate(f *testing.F) {
	var seeds []string
	for _, pattern := range []string{"../../shared/corpus/seed/*.py", "/work/shared/corpus/seed/*.py", "../testdata/golden/*.txtar"} {
		files, _ := filepath.Glob(pattern)
		seeds = append(seeds, files...)
	}
	if out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output(); err == nil {
		files, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "*.py"))
		seeds = append(seeds, files...)
	}
	for _, name := range seeds {
		src, err := os.ReadFile(name)
		if err != nil || len(src) > 16<<10 {
			continue
		}
		if strings.HasSuffix(name, ".txtar") {
			src = txtarFile(src, "main.py")
		}
		f.Add(src)
	}
	// The checker loads the runtime's packages from source: seconds, far
	// more on a loaded machine. Made before fuzzing starts, in each worker,
	// it does not count against the first input (the fuzzer takes a slow
	// input for a hung worker).
	checker, err := gocheck.New("..")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		gosrc, err := driver.TranslateSource("fuzz.py", src)
		var uns translate.UnsupportedError
		var syn parser.ErrorList
		switch {
		case err == nil:
			if err := checker.Check("fuzz.go", gosrc); err != nil {
				t.Fatalf("generated Go does not build:\n%v", err)
			}
		case errors.As(err, &uns), errors.As(err, &syn):
		default:
			t.Fatalf("error of type %T: %v", err, err)
		}
	})
}

// txtarFile returns the named file of a txtar archive (a golden case).
func txtarFile(archive []byte, name string) []byte {
	marker := "-- " + name + " --\n"
	_, rest, ok := strings.Cut(string(archive), marker)
	if !ok {
		return nil
	}
	if i := strings.Index(rest, "\n-- "); i >= 0 {
		rest = rest[:i+1]
	}
	return []byte(rest)
}
