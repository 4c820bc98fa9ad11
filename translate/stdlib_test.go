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

// TestTranslateStdlib runs the translator over every module of the local
// CPython's standard library (skipping tests and site-packages): it must
// never panic, and every file must either translate or be rejected with
// syntax errors or a list of unsupported constructs. Every translation
// must type-check against the runtime and be gofmt-clean (building each
// would take minutes; type-checking is what a build would reject).
func TestTranslateStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Skip("python3 not available")
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return nil
		}
		if info.IsDir() && (info.Name() == "site-packages" || info.Name() == "test" || info.Name() == "tests" || info.Name() == "idle_test") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	if len(files) < 300 {
		t.Fatalf("found only %d stdlib files under %s", len(files), root)
	}
	checker, err := gocheck.New("..")
	if err != nil {
		t.Fatal(err)
	}
	translated := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: translator panicked: %v", f, r)
				}
			}()
			gosrc, err := driver.TranslateSource(f, src)
			var uns translate.UnsupportedError
			var syn parser.ErrorList
			switch {
			case err == nil:
				translated++
				if err := checker.Check(f+".go", gosrc); err != nil {
					t.Errorf("%s: generated Go does not build:\n%v", f, err)
				}
			case errors.As(err, &uns), errors.As(err, &syn):
			default:
				t.Errorf("%s: unexpected error: %v", f, err)
			}
		}()
	}
	t.Logf("%d of %d stdlib files translated", translated, len(files))
	if translated*10 < len(files)*9 {
		t.Errorf("only %d of %d stdlib files translated (want at least 90%%)", translated, len(files))
	}
}
