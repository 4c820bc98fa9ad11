package cli

import (
	"bytes"
	"debug/elf"
	"os"
	"path/filepath"
	"testing"
)

// TestCrossCompile builds a program for another platform: build honours
// GOOS and GOARCH, as go build does. It compiles the whole runtime for
// that platform (a minute or more), so it runs in `make test-all`
// (PY2GOASYNC_CROSS=1).
func TestCrossCompile(t *testing.T) {
	if os.Getenv("PY2GOASYNC_CROSS") == "" {
		t.Skip("set PY2GOASYNC_CROSS=1 (make test-all) to cross-compile the runtime")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("main.py", []byte("import sys\nprint('hello', sys.platform)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOOS", "linux")
	t.Setenv("GOARCH", "arm64")
	var stdout, stderr bytes.Buffer
	if code := Main([]string{"build", "-trimpath", "-ldflags=-s -w", "-o", "out/hello-arm64", "main.py"}, &stdout, &stderr); code != 0 {
		t.Fatalf("build exited %d:\n%s", code, stderr.String())
	}
	f, err := elf.Open(filepath.Join(dir, "out", "hello-arm64"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if f.Machine != elf.EM_AARCH64 {
		t.Errorf("built for %v, want EM_AARCH64", f.Machine)
	}
}
