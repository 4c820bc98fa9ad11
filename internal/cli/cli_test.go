package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, &out, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSyntaxErrorIsReportedWithPosition(t *testing.T) {
	p := writeFile(t, "bad.py", "x = (1,\ny = 2\n")
	out, errOut, code := run(t, p)
	if code != 1 || out != "" {
		t.Fatalf("exit %d, stdout %q; want exit 1 and no Go", code, out)
	}
	if !strings.Contains(errOut, "bad.py:1:5: SyntaxError: '(' was never closed") {
		t.Errorf("stderr = %q", errOut)
	}
}

func TestUnsupportedConstructsAreListedTogether(t *testing.T) {
	// A coroutine's states are numbered in 16 bits: two functions over
	// the limit are both reported.
	over := strings.Repeat("    await g()\n", 1<<15)
	p := writeFile(t, "uns.py", "async def f():\n"+over+"async def h():\n"+over)
	outDir := filepath.Join(t.TempDir(), "out")
	_, errOut, code := run(t, p, "-o", outDir)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(errOut), "\n") {
		if !strings.HasPrefix(l, "py2goasync: translating") { // progress, on a slow machine
			lines = append(lines, l)
		}
	}
	if len(lines) != 2 || !strings.Contains(lines[0], "uns.py:1:1: unsupported: more than 32767 awaits and yields in one function") ||
		!strings.Contains(lines[1], "uns.py:32770:1: unsupported: more than 32767 awaits and yields in one function") {
		t.Errorf("stderr = %q", errOut)
	}
	if _, err := os.Stat(outDir); !os.IsNotExist(err) {
		t.Errorf("output directory was written despite errors")
	}
}

func TestTranslateWritesModule(t *testing.T) {
	p := writeFile(t, "ok.py", "print('hi')\n")
	out, _, code := run(t, p)
	if code != 0 || !strings.Contains(out, "\npackage ") {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	dir := filepath.Join(t.TempDir(), "mod")
	t.Setenv("PY2GOASYNC_CACHE", testCacheDir())
	if _, errOut, code := run(t, p, "-o", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, f := range []string{"main.go", "go.mod", "go.work", "_runtime/go.mod", "_runtime/runtime/py/object.go"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
}

func TestMissingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nope.py")
	for _, args := range [][]string{{p}, {"build", p}, {"run", p}, {"ast", p}} {
		_, errOut, code := run(t, args...)
		if want := "py2goasync: open " + p + ": no such file or directory\n"; code != 1 || errOut != want {
			t.Errorf("%v: exit %d, stderr %q; want exit 1, %q", args, code, errOut, want)
		}
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{{}, {"build"}, {"run"}, {"ast"}, {"--nope"}, {"build", "-o"}, {"version", "x"}, {"a.py", "b.py"}} {
		_, errOut, code := run(t, args...)
		if code != 2 || !strings.Contains(errOut, "sage") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and the usage", args, code, errOut)
		}
	}
}

// build -o decides where the executable goes as go build -o does.
func TestOutputPath(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ out, want string }{
		{"", "prog"},
		{"x", "x"},
		{"new/x", "new/x"},
		{"new/", "new/prog"},
		{dir, filepath.Join(dir, "prog")},
	} {
		if got := outputPath(c.out, "src/prog.py"); got != c.want {
			t.Errorf("outputPath(%q) = %q, want %q", c.out, got, c.want)
		}
	}
}

func TestVersionAndAST(t *testing.T) {
	for _, arg := range []string{"version", "--version"} {
		out, _, code := run(t, arg)
		if code != 0 || out != versionLine()+"\n" || !strings.HasPrefix(out, "py2goasync version "+Version+" go") {
			t.Errorf("%s: exit %d, %q", arg, code, out)
		}
	}
	p := writeFile(t, "a.py", "x = 1\n")
	out, _, code := run(t, "ast", p)
	if code != 0 || !strings.HasPrefix(out, "Module(\n body=[\n  Assign(") {
		t.Errorf("ast: exit %d, %q", code, out)
	}
}

func TestCompileTimeErrorsAreSyntaxErrors(t *testing.T) {
	p := writeFile(t, "aw.py", "def f():\n    await g()\n")
	_, errOut, code := run(t, p)
	if code != 1 || !strings.Contains(errOut, "aw.py:2:5: SyntaxError: 'await' outside async function") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestFrameLocalsAreReported(t *testing.T) {
	// A frame object's f_locals is always empty: each load of the
	// attribute in the program's own modules is reported; a store is not
	// a use of the locals.
	src := "import sys\n\ndef f():\n    x = 1\n    return sys._getframe().f_locals\n\n" +
		"class C:\n    f_locals = None\n\nc = C()\nc.f_locals = 2\nprint(f(), c.f_locals)\n"
	wantWarnings(t, "frames.py", src, "f_locals is always empty", "frames.py:5:12", "frames.py:12:12")
}

func TestDelMethodsAreReported(t *testing.T) {
	// __del__ is never called (objects are not reference counted): each
	// one the program's classes define is reported with its position;
	// a function of that name outside a class is not a finalizer.
	src := "class A:\n    def __del__(self):\n        print('A')\n\n" +
		"class B:\n    if True:\n        __del__ = lambda self: None\n    def f(self):\n        def __del__():\n            pass\n\n" +
		"def __del__():\n    pass\n"
	wantWarnings(t, "fin.py", src, "__del__ is never called", "fin.py:2:5", "fin.py:7:9")
}

// wantWarnings translates src (as file name) and checks that the warnings
// containing text are at the positions at, in order.
func wantWarnings(t *testing.T, name, src, text string, at ...string) {
	t.Helper()
	p := writeFile(t, name, src)
	t.Setenv("PY2GOASYNC_CACHE", testCacheDir())
	_, errOut, code := run(t, p, "-o", filepath.Join(t.TempDir(), "out"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var warned []string
	for _, l := range strings.Split(errOut, "\n") {
		if strings.Contains(l, text) {
			warned = append(warned, l[:strings.Index(l, ": warning:")])
		}
	}
	ok := len(warned) == len(at)
	for i := 0; ok && i < len(at); i++ {
		ok = strings.HasSuffix(warned[i], at[i])
	}
	if !ok {
		t.Errorf("warnings at %q; want %q\nstderr: %s", warned, at, errOut)
	}
}
