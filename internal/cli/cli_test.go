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
	p := writeFile(t, "uns.py", "class A(**kw):\n    pass\nclass B(object, **kw):\n    pass\n")
	outDir := filepath.Join(t.TempDir(), "out")
	_, errOut, code := run(t, p, "-o", outDir)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "uns.py:1:9: unsupported: **kwargs in a class statement") ||
		!strings.Contains(lines[1], "uns.py:3:17: unsupported: **kwargs in a class statement") {
		t.Errorf("stderr = %q", errOut)
	}
	if _, err := os.Stat(outDir); !os.IsNotExist(err) {
		t.Errorf("output directory was written despite errors")
	}
}

func TestTranslateWritesModule(t *testing.T) {
	p := writeFile(t, "ok.py", "print('hi')\n")
	out, _, code := run(t, p)
	if code != 0 || !strings.Contains(out, "package main") {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	dir := filepath.Join(t.TempDir(), "mod")
	if _, errOut, code := run(t, p, "-o", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, f := range []string{"main.go", "go.mod", "_runtime/go.mod", "_runtime/runtime/py/object.go"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
}

func TestMissingFile(t *testing.T) {
	_, errOut, code := run(t, filepath.Join(t.TempDir(), "nope.py"))
	if code != 1 || !strings.Contains(errOut, "cannot read") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestVersionAndAST(t *testing.T) {
	out, _, code := run(t, "version")
	if code != 0 || !strings.HasPrefix(out, "py2goasync ") {
		t.Errorf("version: exit %d, %q", code, out)
	}
	p := writeFile(t, "a.py", "x = 1\n")
	out, _, code = run(t, "ast", p)
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
