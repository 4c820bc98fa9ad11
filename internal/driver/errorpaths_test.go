package driver

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// errorPathsDir holds programs that fail on purpose (see its README.md).
var errorPathsDir = filepath.Join("..", "..", "testdata", "errorpaths")

// errorPathDirectives are what a program's leading comments ask the test
// to do to it while it runs.
type errorPathDirectives struct {
	signals     []syscall.Signal // sent one per line of stdout read
	closeStdout bool             // close stdout's read end after the first line
	openStdin   bool             // stdin is a pipe left open (else /dev/null)
}

var signalNames = map[string]syscall.Signal{
	"SIGINT": syscall.SIGINT, "SIGTERM": syscall.SIGTERM, "SIGUSR1": syscall.SIGUSR1,
	"SIGUSR2": syscall.SIGUSR2, "SIGHUP": syscall.SIGHUP,
}

func parseDirectives(t *testing.T, src string) errorPathDirectives {
	var d errorPathDirectives
	for _, line := range strings.Split(src, "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		switch text := strings.TrimSpace(strings.TrimPrefix(line, "#")); {
		case strings.HasPrefix(text, "send:"):
			name := strings.TrimSpace(strings.TrimPrefix(text, "send:"))
			sig, ok := signalNames[name]
			if !ok {
				t.Fatalf("unknown signal %q", name)
			}
			d.signals = append(d.signals, sig)
		case text == "close-stdout":
			d.closeStdout = true
		case text == "stdin: open":
			d.openStdin = true
		}
	}
	return d
}

// TestErrorPaths runs every program of testdata/errorpaths under python3
// and as a py2goasync binary and compares stdout, exit status and stderr
// (normalized as the directory's README.md says).
func TestErrorPaths(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 (the oracle) is not available")
	}
	stdlib, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(errorPathsDir, "*.py"))
	if len(files) == 0 {
		t.Fatal("no error-path programs found")
	}
	t.Setenv("PY2GOASYNC_CACHE", goldenCacheDir())
	warmRuntime(t)
	norm := stderrNormalizer{stdlib: strings.TrimSpace(string(stdlib))}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			d := parseDirectives(t, string(src))
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "main.py"), src, 0o644); err != nil {
				t.Fatal(err)
			}
			var warnings bytes.Buffer
			bin, err := BuildProgram(Config{Script: "main.py", Dir: dir, Stderr: &warnings})
			if err != nil {
				t.Fatalf("build: %v\n%s", err, warnings.String())
			}
			wantOut, wantErr, wantCode := runErrorPath(t, dir, d, "python3", "main.py")
			gotOut, gotErr, gotCode := runErrorPath(t, dir, d, bin)
			if gotOut != wantOut {
				t.Errorf("stdout:\n got: %q\nwant: %q", gotOut, wantOut)
			}
			if gotCode != wantCode {
				t.Errorf("exit status %d, CPython's %d", gotCode, wantCode)
			}
			if g, w := norm.apply(gotErr, dir), norm.apply(wantErr, dir); g != w {
				t.Errorf("stderr differs from CPython's (normalized):\n--- CPython\n%s--- ours\n%s", w, g)
			}
			if strings.Contains(gotErr, "goroutine ") || strings.Contains(gotErr, "fatal error:") {
				t.Errorf("the program ended in a Go crash:\n%s", gotErr)
			}
		})
	}
}

// runErrorPath runs one side of an error-path case, acting on its
// directives as its stdout arrives; exit status -N means killed by signal N.
func runErrorPath(t *testing.T, dir string, d errorPathDirectives, name string, args ...string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONUNBUFFERED=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "PYTHONDONTWRITEBYTECODE=1", "PY2GOASYNC_ARGV0=main.py")
	if name != "python3" {
		cmd.Args[0] = "main.py"
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if d.openStdin {
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		defer stdin.Close()
	}
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	r := bufio.NewReader(pipe)
	signals := d.signals
	for {
		line, err := r.ReadString('\n')
		stdout.WriteString(line)
		if err != nil {
			break
		}
		if d.closeStdout {
			pipe.Close()
			break
		}
		if len(signals) > 0 {
			// Let the program reach the call it blocks in after its
			// line (python3 would otherwise take a signal that comes at
			// once in the print, or the next line, at random).
			time.Sleep(200 * time.Millisecond)
			cmd.Process.Signal(signals[0])
			signals = signals[1:]
		}
	}
	io.Copy(io.Discard, r)
	err = cmd.Wait()
	if ctx.Err() != nil {
		t.Fatalf("%s did not finish within 60 s", name)
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = -int(ws.Signal())
		}
	} else if err != nil {
		t.Fatalf("running %s: %v", name, err)
	}
	return stdout.String(), stderr.String(), code
}

// stderrNormalizer removes from a traceback what the comparison leaves
// out: paths and frames of the host's standard library.
type stderrNormalizer struct{ stdlib string }

var (
	frameLine = regexp.MustCompile(`^[ |]*File "([^"]*)", line \d+`)
	objAddr   = regexp.MustCompile(` at 0x[0-9a-f]+>`)
)

func (n stderrNormalizer) apply(s, dir string) string {
	var out []string
	lines := strings.Split(s, "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if m := frameLine.FindStringSubmatch(line); m != nil && strings.HasPrefix(m[1], n.stdlib+"/") {
			// Drop the frame and the lines under it (source, carets),
			// which are indented further (inside an exception group's
			// "|" margin too).
			under := line[:strings.Index(line, "File")] + "  "
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], under) && !frameLine.MatchString(lines[i+1]) {
				i++
			}
			continue
		}
		out = append(out, line)
	}
	s = strings.Join(out, "\n")
	s = strings.ReplaceAll(s, dir+"/", "")
	s = strings.ReplaceAll(s, dir, "$DIR")
	return objAddr.ReplaceAllString(s, " at 0x...>")
}
