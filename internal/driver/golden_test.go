package driver

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// Golden cases live in testdata/golden/*.txtar at the repository root, one
// readable archive per case:
//
//	-- main.py --      the Python program
//	-- main.go --      the Go the translator must produce
//	-- stdout --       what running it must print (CPython's output)
//	-- exit --         the exit status, when not 0
//	-- stderr-tail --  the last line of stderr, when the program fails
//	-- stderr --       optional: all of stderr, compared exactly
//	-- env --          optional: NAME=value lines set for the run (python3's
//	                   and the program's); PYTHONUNBUFFERED is otherwise unset
//	-- errors --       instead of main.go/stdout: the translator's error output
//
// `go test ./internal/driver -update` rewrites main.go from the translator
// and stdout/exit/stderr-tail (and stderr, when the case has it) from
// python3 (the oracle), so review the diff.
var update = flag.Bool("update", false, "rewrite golden files")

const goldenDir = "../../testdata/golden"

type archive struct {
	comment string
	files   map[string]string
	order   []string
}

func parseArchive(data string) *archive {
	a := &archive{files: map[string]string{}}
	var cur string
	var buf strings.Builder
	flush := func() {
		if cur != "" {
			a.files[cur] = buf.String()
			a.order = append(a.order, cur)
		}
		buf.Reset()
	}
	for _, line := range strings.SplitAfter(data, "\n") {
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(strings.TrimRight(line, "\n"), " --") {
			flush()
			cur = strings.TrimSuffix(strings.TrimPrefix(strings.TrimRight(line, "\n"), "-- "), " --")
			continue
		}
		if cur == "" {
			a.comment += line
		} else {
			buf.WriteString(line)
		}
	}
	flush()
	return a
}

func (a *archive) set(name, content string) {
	if _, ok := a.files[name]; !ok {
		a.order = append(a.order, name)
	}
	a.files[name] = content
}

func (a *archive) remove(name string) {
	delete(a.files, name)
	for i, n := range a.order {
		if n == name {
			a.order = append(a.order[:i], a.order[i+1:]...)
			return
		}
	}
}

func (a *archive) format() string {
	var b strings.Builder
	b.WriteString(a.comment)
	rank := map[string]int{"main.py": 0, "env": 1, "errors": 2, "stdout": 3, "exit": 4, "stderr-tail": 5, "stderr": 6, "main.go": 7}
	sort.SliceStable(a.order, func(i, j int) bool { return rank[a.order[i]] < rank[a.order[j]] })
	for _, n := range a.order {
		fmt.Fprintf(&b, "-- %s --\n", n)
		c := a.files[n]
		b.WriteString(c)
		if c != "" && !strings.HasSuffix(c, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return lines[i]
		}
	}
	return ""
}

// runProgram runs a command, returning stdout, stderr and exit status.
func runProgram(t *testing.T, dir string, name string, args ...string) (string, string, int) {
	t.Helper()
	return runProgramAs(t, dir, name, name, args...)
}

// runProgramAs is runProgram with argv[0] set to argv0.
func runProgramAs(t *testing.T, dir string, name, argv0 string, args ...string) (string, string, int) {
	t.Helper()
	return runProgramEnv(t, dir, nil, name, argv0, args...)
}

// caseEnv is the environment a golden case runs in: the test's, less
// PYTHONUNBUFFERED (which changes when output is written, and so what a
// broken pipe does), plus the case's env section.
func caseEnv(a *archive) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONUNBUFFERED=") {
			env = append(env, kv)
		}
	}
	for _, line := range strings.Split(a.files["env"], "\n") {
		if line = strings.TrimSpace(line); line != "" {
			env = append(env, line)
		}
	}
	return env
}

// runProgramEnv is runProgramAs in the environment env (nil: the test's).
func runProgramEnv(t *testing.T, dir string, env []string, name, argv0 string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Args[0] = argv0
	cmd.Dir = dir
	cmd.Env = env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s: %v", name, err)
	}
	return out.String(), errb.String(), code
}

// goldenCacheDir is the program cache of the tests that build programs
// (this package's and internal/cli's): one directory, so that the runtime
// is compiled once per runtime version, not once per test run or case.
func goldenCacheDir() string {
	return filepath.Join(os.TempDir(), "py2goasync-test-cache")
}

// warmRuntime compiles the runtime (by building an empty program) before
// cases build in parallel: Go's build cache does not share work between
// concurrent go commands, so parallel cold builds would each compile it.
func warmRuntime(t *testing.T) {
	t.Helper()
	goSrc, err := TranslateSource("main.py", []byte("pass\n"))
	if err != nil {
		t.Fatalf("translate: %v", err)
	}
	if _, err := BuildSource(goSrc); err != nil {
		t.Fatalf("building the runtime: %v", err)
	}
}

// TestGolden checks every golden case. Translation is fast; building, vetting
// and running a case take seconds, so cases run in parallel (go test
// -parallel, GOMAXPROCS by default) once the runtime is compiled.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.txtar"))
	if len(files) == 0 {
		t.Fatal("no golden cases found")
	}
	t.Setenv("PY2GOASYNC_CACHE", goldenCacheDir())
	_, havePython := exec.LookPath("python3")
	warmRuntime(t)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			checkGolden(t, file, havePython == nil)
		})
	}
}

func checkGolden(t *testing.T, file string, havePython bool) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	a := parseArchive(string(data))
	src, ok := a.files["main.py"]
	if !ok {
		t.Fatal("case has no main.py")
	}
	dir := t.TempDir()
	pyFile := filepath.Join(dir, "main.py")
	if err := os.WriteFile(pyFile, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	goSrc, terr := TranslateSource("main.py", []byte(src))
	if _, wantErr := a.files["errors"]; wantErr || (terr != nil && *update) {
		got := ""
		if terr != nil {
			got = terr.Error() + "\n"
		}
		if *update {
			a.set("errors", got)
			a.remove("main.go")
			a.remove("stdout")
			writeArchive(t, file, a)
			return
		}
		if got != a.files["errors"] {
			t.Errorf("translator errors:\n got: %s\nwant: %s", got, a.files["errors"])
		}
		return
	}
	if terr != nil {
		t.Fatalf("translate: %v", terr)
	}
	if *update {
		a.set("main.go", string(goSrc))
		if havePython {
			stdout, stderr, code := runProgramEnv(t, dir, caseEnv(a), "python3", "python3", "main.py")
			a.set("stdout", stdout)
			if _, ok := a.files["stderr"]; ok {
				a.set("stderr", normalizeStderr(stderr))
			}
			if code != 0 {
				a.set("exit", strconv.Itoa(code)+"\n")
				a.set("stderr-tail", lastLine(stderr)+"\n")
			} else {
				a.remove("exit")
				a.remove("stderr-tail")
			}
		}
		writeArchive(t, file, a)
	} else if string(goSrc) != a.files["main.go"] {
		t.Errorf("generated Go differs from main.go (run with -update and review the diff)")
	}
	bin, err := BuildSource(goSrc)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if err := VetSource(goSrc); err != nil {
		t.Errorf("generated Go is not vet-clean: %v", err)
	}
	checkRun(t, a, dir, bin)
}

// checkRun runs a built case in dir and compares its output with the
// archive's. The program sees sys.argv[0] == "main.py", as under python3.
func checkRun(t *testing.T, a *archive, dir, bin string) {
	t.Helper()
	stdout, stderr, code := runProgramEnv(t, dir, caseEnv(a), bin, "main.py")
	if want := a.files["stdout"]; stdout != want {
		t.Errorf("stdout:\n got: %q\nwant: %q", stdout, want)
	}
	wantCode := 0
	if e, ok := a.files["exit"]; ok {
		wantCode, _ = strconv.Atoi(strings.TrimSpace(e))
	}
	if code != wantCode {
		t.Errorf("exit status %d, want %d (stderr: %s)", code, wantCode, stderr)
	}
	if tail, ok := a.files["stderr-tail"]; ok && lastLine(stderr) != strings.TrimSpace(tail) {
		t.Errorf("last stderr line %q, want %q", lastLine(stderr), strings.TrimSpace(tail))
	}
	if want, ok := a.files["stderr"]; ok && normalizeStderr(stderr) != want {
		t.Errorf("stderr:\n got: %q\nwant: %q", normalizeStderr(stderr), want)
	}
}

// mainPath matches the main script's path in a traceback, which is
// python3's directory for the case or the translator's.
var mainPath = regexp.MustCompile(`File "[^"\n]*/main\.py"`)

// normalizeStderr spells the main script's path in tracebacks "main.py".
func normalizeStderr(s string) string {
	return mainPath.ReplaceAllString(s, `File "main.py"`)
}

func writeArchive(t *testing.T, file string, a *archive) {
	if err := os.WriteFile(file, []byte(a.format()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// usesThreads matches the golden programs that run Python threads: the
// ones whose runtime paths can race.
var usesThreads = regexp.MustCompile(`\b(threading|to_thread|run_in_executor|concurrent\.futures|ThreadPoolExecutor|call_soon_threadsafe)\b`)

// TestGoldenRace builds the golden programs that use threads with the race
// detector and checks that they still print what CPython prints (a data
// race makes the program fail with exit status 66). It needs cgo and a C
// compiler, and compiles the runtime once more, instrumented, so it runs
// in `make test-all` (PY2GOASYNC_GOLDEN_RACE=1), not `make test`.
func TestGoldenRace(t *testing.T) {
	if os.Getenv("PY2GOASYNC_GOLDEN_RACE") == "" {
		t.Skip("set PY2GOASYNC_GOLDEN_RACE=1 (make test-all)")
	}
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.txtar"))
	cache := goldenCacheDir()
	t.Setenv("PY2GOASYNC_CACHE", cache)
	rtDir, err := ensureRuntime(cache)
	if err != nil {
		t.Fatal(err)
	}
	gobin, err := goTool()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		a := parseArchive(string(data))
		src := a.files["main.py"]
		if _, isErr := a.files["errors"]; isErr || !usesThreads.MatchString(src) {
			continue
		}
		n++
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			goSrc, err := TranslateSource("main.py", []byte(src))
			if err != nil {
				t.Fatalf("translate: %v", err)
			}
			dir := t.TempDir()
			if err := singleModule(dir, rtDir, goSrc); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "main.py"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(gobin, "build", "-race", "-o", "prog", ".")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "CGO_ENABLED=1", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local", "GOWORK=off")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("go build -race: %v\n%s", err, out)
			}
			checkRun(t, a, dir, filepath.Join(dir, "prog"))
		})
	}
	if n == 0 {
		t.Fatal("no golden case uses threads")
	}
}
