package parser

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// stdlibFiles lists the .py files of the local CPython's standard library,
// leaving out site-packages.
func stdlibFiles(t testing.TB, py string) []string {
	out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Fatal(err)
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files
}

// TestStdlibDumps compares our dump with CPython's for every file of the
// standard library. It takes about a minute, so it runs only with
// PARSER_STDLIB=1:
//
//	PARSER_STDLIB=1 go test -run TestStdlibDumps -v ./parser/
//
// PARSER_STDLIB_LIST=1 also lists every differing file with its first
// difference; PARSER_STDLIB_DIR=dir compares another tree instead.
func TestStdlibDumps(t *testing.T) {
	if os.Getenv("PARSER_STDLIB") == "" {
		t.Skip("set PARSER_STDLIB=1 to compare against the whole standard library")
	}
	py := needPython(t)
	files := stdlibFiles(t, py)
	if dir := os.Getenv("PARSER_STDLIB_DIR"); dir != "" {
		// Any other tree of Python files, e.g. site-packages.
		files = nil
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
				files = append(files, path)
			}
			return nil
		})
	}
	want := runOracle(t, py, files, true)
	identical, differ, rejectedOK := 0, 0, 0
	var bad []string
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ParseFile(f, src)
		w := want[i]
		if !w.ok {
			// CPython gives no line for encoding errors (lineno None): any line matches.
			if err != nil && w.line == 0 {
				rejectedOK++
				continue
			}
			if err == nil {
				bad = append(bad, f+": CPython rejects at line "+itoa(w.line)+" ("+w.msg+"), we accept")
				continue
			}
			if el := err.(ErrorList); el[0].Line != w.line {
				bad = append(bad, f+": rejected on line "+itoa(el[0].Line)+" ("+el[0].Msg+"), CPython says line "+itoa(w.line)+" ("+w.msg+")")
				continue
			}
			rejectedOK++
			continue
		}
		if err != nil {
			differ++
			t.Logf("DIFF %s: we reject: %v", f, err)
			continue
		}
		errs := Check(m, f)
		switch {
		case w.checkLine == 0 && errs != nil:
			bad = append(bad, f+": Check reports "+errs.Error()+", CPython compiles it")
		case w.checkLine != 0 && errs == nil:
			bad = append(bad, fmt.Sprintf("%s: CPython's compile() fails at %d:%d (%s), Check accepts", f, w.checkLine, w.checkCol, w.checkMsg))
		case w.checkLine != 0 && (errs[0].Line != w.checkLine || errs[0].Msg != w.checkMsg):
			bad = append(bad, fmt.Sprintf("%s: Check says %d:%d (%s), CPython %d:%d (%s)", f, errs[0].Line, errs[0].Col, errs[0].Msg, w.checkLine, w.checkCol, w.checkMsg))
		}
		if got := Dump(m, true, 1); got != w.dump {
			differ++
			if os.Getenv("PARSER_STDLIB_LIST") != "" {
				t.Logf("DIFF %s: %s", f, firstDiff(got, w.dump))
			} else {
				t.Logf("DIFF %s", f)
			}
			continue
		}
		identical++
	}
	accepted := identical + differ
	pct := 100 * float64(identical) / float64(max(accepted, 1))
	t.Logf("%d files: %d accepted by CPython, %d identical dumps (%.2f%%), %d differ; %d rejected by both on the same line",
		len(files), accepted, identical, pct, differ, rejectedOK)
	for _, b := range bad {
		t.Error(b)
	}
	if pct < 99.5 {
		t.Errorf("identical dumps %.2f%% < 99.5%%", pct)
	}
}
