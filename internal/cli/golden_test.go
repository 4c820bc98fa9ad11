package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.txt from what the commands print")

// TestGoldenCLI runs the command lines of testdata/golden.txt with a freshly
// built py2goasync in a scratch directory and compares what each prints
// with the file (see the file's header for its format). -update rewrites it.
func TestGoldenCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the tool and a program")
	}
	const golden = "testdata/golden.txt"
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	header, cases := parseTranscript(string(data))

	work := t.TempDir()
	tool := filepath.Join(t.TempDir(), "py2goasync")
	build := exec.Command("go", "build", "-o", tool, "../../cmd/py2goasync")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the tool: %v\n%s", err, out)
	}
	files := map[string]string{
		"main.py":       "import sys\nprint('hello', sys.argv[1:])\n",
		"bad.py":        "x = (1,\ny = 2\n",
		"sub/uses.py":   "import helper\n",
		"sub/helper.py": "def f(:\n    pass\n",
	}
	for name, src := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(work, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(work, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Builds share the golden tests' program cache, so the runtime is
	// compiled once per test run (and once per runtime version).
	env := append(os.Environ(), "PY2GOASYNC_CACHE="+testCacheDir())
	placeholders := strings.NewReplacer(
		work, "$WORK",
		"py2goasync version "+Version+" "+runtime.Version()+" "+runtime.GOOS+"/"+runtime.GOARCH,
		"py2goasync version $VERSION",
	)

	var got strings.Builder
	got.WriteString(header)
	for i, c := range cases {
		if i > 0 {
			got.WriteString("\n")
		}
		args := strings.Fields(c.cmd)
		name := args[0]
		switch name {
		case "py2goasync":
			name = tool
		case "go", "diff":
			// From PATH, as a user runs them on what py2goasync wrote.
		default:
			name = filepath.Join(work, name)
		}
		cmd := exec.Command(name, args[1:]...)
		cmd.Dir, cmd.Env = work, env
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("$ %s: %v", c.cmd, err)
		}
		block := formatResult(c.cmd, placeholders.Replace(stdout.String()), placeholders.Replace(dropProgress(stderr.String())), code)
		got.WriteString(block)
		if !*update && block != c.text {
			t.Errorf("$ %s:\n--- got\n%s--- want\n%s", c.cmd, block, c.text)
		}
	}
	if *update {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// progressLine matches the lines a slow step prints while it works (they
// come or not depending on how long the step takes, so they are left out).
var progressLine = regexp.MustCompile(`(?m)^py2goasync: [^\n]*\.\.\.\n`)

func dropProgress(stderr string) string { return progressLine.ReplaceAllString(stderr, "") }

// testCacheDir is the program cache the driver's golden tests use too.
func testCacheDir() string {
	return filepath.Join(os.TempDir(), "py2goasync-test-cache")
}

type transcriptCase struct {
	cmd  string // the command line after "$ "
	text string // the whole block, command line included
}

// parseTranscript splits golden.txt into its header (up to the first "$ "
// line) and its cases, each ending at a blank line.
func parseTranscript(s string) (header string, cases []transcriptCase) {
	lines := strings.SplitAfter(s, "\n")
	i := 0
	for ; i < len(lines) && !strings.HasPrefix(lines[i], "$ "); i++ {
		header += lines[i]
	}
	for i < len(lines) {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		c := transcriptCase{cmd: strings.TrimSpace(strings.TrimPrefix(lines[i], "$ "))}
		var b strings.Builder
		for ; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
			b.WriteString(lines[i])
		}
		c.text = b.String()
		cases = append(cases, c)
	}
	return header, cases
}

// formatResult renders one command's outcome as golden.txt spells it:
// stdout lines as they are, stderr lines after "! ", then "[exit N]"
// unless N is 0. Blank output lines are shown as "." so that blank lines
// can separate the cases.
func formatResult(cmdline, stdout, stderr string, code int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "$ %s\n", cmdline)
	emit := func(prefix, s string) {
		if s == "" {
			return
		}
		for _, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
			if strings.TrimSpace(l) == "" {
				l = "."
			}
			b.WriteString(strings.TrimRight(prefix+l, " ") + "\n")
		}
	}
	emit("", stdout)
	emit("! ", stderr)
	if code != 0 {
		fmt.Fprintf(&b, "[exit %d]\n", code)
	}
	return b.String()
}
