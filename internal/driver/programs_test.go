package driver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Whole programs live in testdata/programs/NAME/: Python files (modules,
// packages) and a file "runs" listing how to start the program, one run a
// line: "main.py" (a script) or "-m pkg" (a module, from that directory).
// Without "runs" the program is main.py. A file "python" names the host
// interpreter to use (for its site-packages) instead of python3. Each run's expected results sit
// beside it in expected/RUN.{stdout,stderr,exit}, taken from python3 by
// -update; the program directory is written $DIR in them.
//
// Every run is translated with its imports (the host's standard library
// included), built, run from the program's directory, and compared. The
// runs listed in testdata/programs/passing.txt must match CPython; the
// others are reported (they wait for library work) and must not crash the
// build. A run that starts to match says so, to be added to the list.
// `make test` runs the listed runs only; `make test-all`
// (PY2GOASYNC_ALL_PROGRAMS=1) runs every one.

const programsDir = "../../testdata/programs"

// programTimeout bounds one program's run: CPython runs each in well under
// a second.
const programTimeout = time.Minute

type programRun struct {
	name string   // file name of its expected results
	args []string // after python3 / before the program's arguments
}

func programRuns(dir string) []programRun {
	data, err := os.ReadFile(filepath.Join(dir, "runs"))
	if err != nil {
		return []programRun{{"main", []string{"main.py"}}}
	}
	var runs []programRun
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		name := strings.NewReplacer(".py", "", "-m ", "m_", " ", "_", "/", "_").Replace(line)
		runs = append(runs, programRun{name, f})
	}
	return runs
}

func TestPrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: whole programs take minutes to build")
	}
	entries, err := os.ReadDir(programsDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("PY2GOASYNC_CACHE", goldenCacheDir())
	warmRuntime(t)
	passing := map[string]bool{}
	if data, err := os.ReadFile(filepath.Join(programsDir, "passing.txt")); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				passing[line] = true
			}
		}
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir, _ := filepath.Abs(filepath.Join(programsDir, e.Name()))
		for _, run := range programRuns(dir) {
			id := e.Name() + "/" + run.name
			if !passing[id] && os.Getenv("PY2GOASYNC_ALL_PROGRAMS") == "" && !*update {
				continue
			}
			t.Run(id, func(t *testing.T) {
				t.Parallel()
				diffs := testProgramRun(t, dir, run)
				switch {
				case len(diffs) > 0 && passing[id]:
					t.Error(strings.Join(diffs, "\n"))
				case len(diffs) > 0:
					t.Logf("not passing yet (not in passing.txt):\n%s", strings.Join(diffs, "\n"))
				case !passing[id]:
					t.Logf("%s now matches CPython: add it to testdata/programs/passing.txt", id)
				}
			})
		}
	}
}

// testProgramRun builds and runs one program run and returns how its
// results differ from CPython's.
func testProgramRun(t *testing.T, dir string, run programRun) []string {
	want := filepath.Join(dir, "expected", run.name)
	python := "python3"
	if data, err := os.ReadFile(filepath.Join(dir, "python")); err == nil {
		python = strings.TrimSpace(string(data))
		if _, err := os.Stat(python); err != nil {
			t.Skipf("%s is not installed (.ci/run installs it)", python)
		}
	}
	if *update {
		out, errOut, code := runCmd(t, dir, python, run.args...)
		os.MkdirAll(filepath.Dir(want), 0o755)
		os.WriteFile(want+".stdout", []byte(normalizeDir(out, dir)), 0o644)
		os.WriteFile(want+".stderr", []byte(normalizeDir(errOut, dir)), 0o644)
		if code != 0 {
			os.WriteFile(want+".exit", []byte(strconv.Itoa(code)+"\n"), 0o644)
		} else {
			os.Remove(want + ".exit")
		}
	}
	cfg := Config{}
	if python != "python3" {
		cfg.Python = python
	}
	var progArgs []string
	if run.args[0] == "-m" {
		cfg.Module, progArgs = run.args[1], run.args[2:]
	} else {
		cfg.Script, progArgs = run.args[0], run.args[1:]
	}
	var warnings bytes.Buffer
	cfg.Stderr = &warnings
	cfg.Dir = dir
	bin, err := BuildProgram(cfg)
	if err != nil {
		// Whatever a program imports, the build must work.
		t.Fatalf("build: %v\n%s", err, warnings.String())
	}
	argv0 := cfg.Script
	if cfg.Module != "" {
		argv0 = MainFile(cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), programTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, progArgs...)
	cmd.Args[0] = argv0
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PY2GOASYNC_ARGV0="+argv0)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatal(err)
		}
		code = ee.ExitCode()
	}
	if ctx.Err() != nil {
		return []string{fmt.Sprintf("the program did not finish within %v", programTimeout)}
	}
	var diffs []string
	check := func(what, got string) {
		exp, err := os.ReadFile(want + "." + what)
		if err != nil {
			exp = nil
		}
		if got = normalizeDir(got, dir); got != string(exp) {
			diffs = append(diffs, fmt.Sprintf("%s differs from CPython's:\n--- want\n%s\n--- got\n%s", what, exp, got))
		}
	}
	check("stdout", stdout.String())
	check("stderr", stderr.String())
	wantCode := 0
	if data, err := os.ReadFile(want + ".exit"); err == nil {
		wantCode, _ = strconv.Atoi(strings.TrimSpace(string(data)))
	}
	if code != wantCode {
		diffs = append(diffs, fmt.Sprintf("exit status %d, CPython's %d", code, wantCode))
	}
	if strings.Contains(stderr.String(), "goroutine ") || strings.Contains(stderr.String(), "fatal error:") {
		t.Errorf("the program ended in a Go crash:\n%s", stderr.String())
	}
	return diffs
}

func runCmd(t *testing.T, dir, name string, args ...string) (string, string, int) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONHASHSEED=0")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatal(err)
		}
		code = ee.ExitCode()
	}
	return stdout.String(), stderr.String(), code
}

// unittestTime is the run time unittest reports, which varies.
var unittestTime = regexp.MustCompile(`(Ran \d+ tests?) in \d+\.\d+s`)

// normalizeDir writes the program's directory as $DIR, so expectations do
// not depend on where the checkout is, and unittest's run time as 0.000s.
func normalizeDir(s, dir string) string {
	return unittestTime.ReplaceAllString(strings.ReplaceAll(s, dir, "$DIR"), "$1 in 0.000s")
}
